"""The History chart's key, under the chart: how to read a lane, each mark and vertical line, and
the flag rings.

On screen the chart is drawn without its legend (``build_history_figure(..., legend=False)``):
laying out and drawing the legend's words took a third of every redraw. Here each row is the
mark exactly as the chart draws it, rendered once by matplotlib into a small picture and kept
for the rest of the session, beside its label as Qt text: screen readers read it, it follows the
application's font, and it wraps instead of narrowing the plot. Each mark's colour and shape are
also said in words (its tooltip and accessible description), for anyone who cannot tell two
colours apart. The marks are drawn in the chart's own colours, which follow the desktop's theme,
so they read on the window's light or dark ground as they do on the chart. A saved chart and the
clinic summary keep the legend inside the picture.

matplotlib is imported when the first mark is drawn, never when this module is imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui import theme
from mbc_tracker.gui.widgets import scaled_font

if TYPE_CHECKING:
    from mbc_tracker.reports.history_chart import LegendEntry

# A mark's picture, in the chart canvas's logical pixels (a hundredth of an inch): room for a
# short stretch of line and the largest mark (a flag's ring) at the size the chart draws them.
ICON_SIZE = QSize(34, 18)

_Item = TypeVar("_Item")

# Each mark drawn once per session: by its look (the words do not change the picture) and the
# screen's pixel ratio.
_ICONS: dict[tuple[LegendEntry, float], QPixmap] = {}


def legend_pixmap(entry: LegendEntry, ratio: float) -> QPixmap:
    """``entry``'s mark as the chart draws it, for a screen of device pixel ratio ``ratio``."""
    key = (dataclasses.replace(entry, label="", description=""), ratio)
    pixmap = _ICONS.get(key)
    if pixmap is None:
        from mbc_tracker.reports.history_chart import legend_icon

        pixels = legend_icon(entry, ICON_SIZE.width(), ICON_SIZE.height(), ratio)
        height, width = pixels.shape[:2]
        image = QImage(
            pixels.tobytes(), width, height, width * 4, QImage.Format.Format_RGBA8888
        ).copy()  # the copy owns its pixels; the bytes above go away
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        _ICONS[key] = pixmap
    return pixmap


class HistoryLegend(QFrame):
    """The chart's key, under the chart: a heading, then the entries (each its mark, then its
    words, on one line) flowing along as many lines as the width needs, so the chart keeps the
    window's width and most of its height, and last a note (what a ring means).

    Hidden while there are no entries.
    """

    SPACING = 16  # between two entries on a line, in pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[LegendEntry, ...] = ()
        self._labels: list[QLabel] = []
        self._marks: list[QLabel] = []
        self._rows: list[QWidget] = []
        self._lines: list[list[QWidget]] = []
        self._reserved: tuple[tuple[str, ...], str] = ((), "")
        self.setAccessibleName(self.tr("Chart key"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.heading = QLabel(self.tr("Key:"), self)
        self.heading.setFont(scaled_font(self.font(), 1.0))
        outer.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        self._lines_layout = QVBoxLayout()
        self._lines_layout.setSpacing(2)
        outer.addLayout(self._lines_layout, 1)
        self.note = QLabel(self)
        self.note.setObjectName("legendNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        # The lines follow the width given, never the other way round: a long line must not
        # hold the window wider than it is.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.hide()

    def set_entries(self, entries: Sequence[LegendEntry], note: str = "") -> None:
        """Show these entries, and ``note`` after them (nothing is redone when they are the
        ones already shown)."""
        entries = tuple(entries)
        if entries == self._entries and note == self.note.text():
            return
        self.note.setText(note)
        self.note.setStyleSheet(theme.muted_style(self))
        if entries != self._entries:
            self._entries = entries
            # The rows there are take the new entries' words and marks (a new period changes
            # a label or two, rarely their number): cheaper than new widgets each time.
            for row in self._rows[len(entries) :]:
                row.setParent(None)
                row.deleteLater()
            del self._rows[len(entries) :], self._labels[len(entries) :]
            del self._marks[len(entries) :]
            for index, entry in enumerate(entries):
                if index < len(self._rows):
                    self._show_entry(index, entry)
                else:
                    self._rows.append(self._row(entry))
        self._lines = []
        self._place_rows()
        self.setVisible(bool(entries))

    def reserve_room_for(self, labels: Sequence[str], note: str) -> None:
        """Keep the key as tall as these labels and this note would make it at the width it
        has, even when it shows fewer: the chart above then keeps its height from one period
        to the next, and is not drawn twice for a key that grew or shrank."""
        reserved = (tuple(labels), note)
        if reserved != self._reserved:
            self._reserved = reserved
            self._lines = []
            self._place_rows()

    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def labels(self) -> list[str]:
        """The entries' labels as shown, in reading order."""
        return [label.text() for label in self._labels]

    def line_count(self) -> int:
        """How many lines the key takes now (its note included)."""
        return len(self._lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_rows()

    def _place_rows(self) -> None:
        """The entries, then the note, along lines as long as the width allows."""
        room = max(self.width() - self.heading.sizeHint().width() - 10, 1)
        items = [*self._rows, *([self.note] if self.note.text() else [])]
        lines = self._lines_for(items, [item.sizeHint().width() for item in items], room)
        if lines == self._lines:
            return
        self._lines = lines
        labels, note = self._reserved
        metrics = self.fontMetrics()
        row_width = ICON_SIZE.width() + 6
        reserved_widths = [row_width + metrics.horizontalAdvance(label) + 4 for label in labels]
        reserved_widths += [metrics.horizontalAdvance(note) + 4] if note else []
        line_count = max(len(lines), len(self._lines_for(reserved_widths, reserved_widths, room)))
        line_height = max(ICON_SIZE.height(), metrics.height() + 2)
        spacing = self._lines_layout.spacing()
        self.setFixedHeight(line_count * line_height + max(line_count - 1, 0) * spacing)
        while self._lines_layout.count():
            taken = self._lines_layout.takeAt(0)
            line_layout = taken.layout() if taken is not None else None
            if line_layout is not None:
                while line_layout.count():
                    line_layout.takeAt(0)
                line_layout.setParent(None)
        for line in lines:
            line_layout = QHBoxLayout()
            line_layout.setSpacing(self.SPACING)
            for item in line:
                line_layout.addWidget(item)
            line_layout.addStretch(1)
            self._lines_layout.addLayout(line_layout)
        self._lines_layout.addStretch(1)  # the lines at the top of the room kept for them
        self.note.setVisible(bool(self.note.text()))

    def _lines_for(
        self, items: Sequence[_Item], widths: Sequence[int], room: int
    ) -> list[list[_Item]]:
        """``items`` along lines no longer than ``room`` pixels, in order."""
        lines: list[list[_Item]] = []
        used = 0
        for item, width in zip(items, widths, strict=True):
            if lines and used + self.SPACING + width <= room:
                lines[-1].append(item)
                used += self.SPACING + width
            else:
                lines.append([item])
                used = width
        return lines

    def _show_entry(self, index: int, entry: LegendEntry) -> None:
        """Row ``index`` shows ``entry``: its mark, its words, and the mark in words."""
        mark, label = self._marks[index], self._labels[index]
        mark.setPixmap(legend_pixmap(entry, self.devicePixelRatioF()))
        label.setText(entry.label)
        for widget in (mark, label):
            widget.setToolTip(entry.description[:1].upper() + entry.description[1:])
        # Read out after the label: "Symptom, 0 to 10, a line in the symptom's lane ...".
        mark.setAccessibleName(entry.description)
        label.setAccessibleDescription(entry.description)

    def _row(self, entry: LegendEntry) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        mark = QLabel(row)
        mark.setObjectName("legendMark")
        mark.setFixedSize(ICON_SIZE)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(row)
        label.setObjectName("legendLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        self._marks.append(mark)
        self._labels.append(label)
        self._show_entry(len(self._labels) - 1, entry)
        return row
