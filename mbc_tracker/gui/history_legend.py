"""The History chart's key, beside the chart: a row for each series, appointments and flag rings.

On screen the chart is drawn without its legend (``build_history_figure(..., legend=False)``):
laying out and drawing the legend's words took a third of every redraw. Here each row is the
mark exactly as the chart draws it, rendered once by matplotlib into a small picture and kept
for the rest of the session, beside its label as Qt text: screen readers read it, it follows the
application's font, and it wraps instead of narrowing the plot. Each mark's colour and shape are
also said in words (its tooltip and accessible description), for anyone who cannot tell two
colours apart. A saved chart and the clinic summary keep the legend inside the picture.

matplotlib is imported when the first mark is drawn, never when this module is imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
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
    """The chart's key: a heading, then one row per entry (its mark, then its label).

    Scrolls when there are more entries than its height holds; hidden while there are none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[LegendEntry, ...] = ()
        self._labels: list[QLabel] = []
        self.setAccessibleName(self.tr("Chart key"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.heading = QLabel(self.tr("Key"), self)
        self.heading.setFont(scaled_font(self.font(), 1.0))
        outer.addWidget(self.heading)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = QWidget(self.scroll_area)
        self._rows_layout = QVBoxLayout(rows)
        self._rows_layout.setContentsMargins(0, 0, 4, 0)
        self._rows_layout.setSpacing(3)
        self._rows_layout.addStretch(1)
        self.scroll_area.setWidget(rows)
        outer.addWidget(self.scroll_area, 1)
        # Narrow, with long labels wrapped: the chart keeps the width.
        self.setFixedWidth(ICON_SIZE.width() + 12 + self.fontMetrics().averageCharWidth() * 24)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.hide()

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        """Show these entries (nothing is redone when they are the ones already shown)."""
        entries = tuple(entries)
        if entries == self._entries:
            return
        self._entries = entries
        self._labels = []
        while self._rows_layout.count() > 1:  # every row, not the stretch at the end
            item = self._rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, entry in enumerate(entries):
            self._rows_layout.insertWidget(index, self._row(entry))
        self.setVisible(bool(entries))

    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def labels(self) -> list[str]:
        """The rows' labels as shown, top to bottom."""
        return [label.text() for label in self._labels]

    def _row(self, entry: LegendEntry) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        mark = QLabel(row)
        mark.setObjectName("legendMark")
        mark.setPixmap(legend_pixmap(entry, self.devicePixelRatioF()))
        mark.setFixedSize(ICON_SIZE)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if theme.is_dark(self.palette()):
            mark.setStyleSheet(theme.chart_mark_style())  # a black mark on dark: unseen
        label = QLabel(entry.label, row)
        label.setObjectName("legendLabel")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (mark, label):
            widget.setToolTip(entry.description[:1].upper() + entry.description[1:])
        # Read out after the label: "Bone pain, blue line with round markers".
        mark.setAccessibleName(entry.description)
        label.setAccessibleDescription(entry.description)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)
        self._labels.append(label)
        return row
