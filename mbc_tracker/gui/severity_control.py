"""The 0-10 severity scale on Today: eleven large buttons with the band words under them.

Made for someone who is tired or in pain: big targets, the words none / mild / moderate / severe
in view, a clear "not recorded" state, and full use by keyboard alone. Compact, a scale is one row
(with "Not recorded" where Clear stands while there is nothing to clear): Today shows the band
words once above its scales (``SeverityLegend``, aligned with the buttons), so that five scales
and the flag banner fit a 1024x700 window. The whole scale is
one Tab stop; arrows, Home and End move along it, digits choose (1 then 0 typed quickly gives
10), Delete or Backspace clears. Screen readers hear the symptom's name and the current value.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY, SeverityBand, severity_band
from mbc_tracker.gui import theme
from mbc_tracker.gui.accessibility import install_accessibility
from mbc_tracker.gui.labels import band_label, band_range, severity_text

# How long after typing "1" a "0" still makes 10 rather than 0. Long enough for slow hands.
TEN_TYPING_SECONDS = 1.2
MARGIN = 6  # around the buttons, room for the focus frame
COMPACT_MARGIN = 4  # above and below a compact scale
SPACING = 3  # between the buttons
# From this text scale (200%) Today shows each symptom's name above its scale, not beside it,
# and the compact scale's buttons are narrower, so the form fits a 1024-pixel window.
NAMES_ABOVE_SCALES_FROM = 1.75


def button_size(widget: QWidget, compact: bool = False) -> tuple[int, int]:
    """Width and height of a scale button: large targets that grow with the font; taller than
    wide so that the whole scale with Clear fits beside the month overview on a 1024-pixel
    screen (compact ones a little narrower, to leave the symptom's name room beside them)."""
    metrics = widget.fontMetrics()
    height = metrics.height() * 2 + 8
    narrowest = metrics.horizontalAdvance("10") + 14
    if compact and theme.text_scale() >= NAMES_ABOVE_SCALES_FROM:
        # At 200% Today puts each name above its scale, and eleven buttons nearly square
        # were still wider than a 1024-pixel window: three quarters as wide as tall (still
        # some 60 by 80 pixels) leaves room for the scale's "Not recorded" beside them.
        return max(narrowest, height * 3 // 4), height
    width = max(narrowest, height - (10 if compact else 6))
    return width, height


def clear_button_width(widget: QWidget) -> int:
    """The cell after the buttons: Clear, or (compact) "Not recorded" on two lines there."""
    metrics = widget.fontMetrics()
    # Literal contexts: widget.tr() would look the words up under the caller's class name. The
    # compact "Not recorded" wraps between words, so its longest word sets the width.
    words = QCoreApplication.translate("SeverityControl", "Not recorded").split()
    return max(
        metrics.horizontalAdvance(QCoreApplication.translate("SeverityControl", "Clear")) + 32,
        max(metrics.horizontalAdvance(word) for word in words) + 8,
    )


class SeverityControl(QWidget):
    """A 0-10 choice with a "not recorded" state.

    Signals: value_changed(object)  # int 0..10 or None, after any change (by the person or code)
    """

    value_changed = Signal(object)

    def __init__(self, label: str, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        install_accessibility()
        self._label = label
        self._compact = compact
        self._value: int | None = None
        self._pending_one_at: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(label)

        layout = QGridLayout(self)
        rim = COMPACT_MARGIN if compact else MARGIN
        layout.setContentsMargins(MARGIN, rim, MARGIN, rim)
        layout.setHorizontalSpacing(SPACING)
        layout.setVerticalSpacing(2)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        width, height = button_size(self, compact)
        for value in range(MIN_SEVERITY, MAX_SEVERITY + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            # The scale itself takes focus, so Tab stops once here rather than eleven times.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(width, height)
            button.setAccessibleName(severity_text(value))
            button.setToolTip(severity_text(value))
            self._group.addButton(button, value)
            self._buttons.append(button)
            layout.addWidget(button, 0, value)
        self._group.idClicked.connect(self._on_button_clicked)
        # The chosen number must stand out clearly, not only by a slightly darker grey.
        self.setStyleSheet(
            "QPushButton:checked { background-color: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold;"
            " border: 2px solid palette(dark); border-radius: 4px; }"
        )

        if not compact:
            for band in SeverityBand:
                first, last = band_range(band)
                word = QLabel(band_label(band), self)
                word.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                layout.addWidget(word, 1, first, 1, last - first + 1)

        self._clear_button = QPushButton(self.tr("Clear"), self)
        self._clear_button.setMinimumWidth(clear_button_width(self))
        self._clear_button.setToolTip(self.tr("Mark as not recorded (Delete key)"))
        self._clear_button.setAccessibleName(self.tr("Clear {label}").format(label=label))
        self._clear_button.clicked.connect(self.clear)
        clear_policy = self._clear_button.sizePolicy()
        clear_policy.setRetainSizeWhenHidden(True)
        self._clear_button.setSizePolicy(clear_policy)
        layout.addWidget(self._clear_button, 0, MAX_SEVERITY + 1)

        self._value_label = QLabel(self.tr("Not recorded"), self)
        self._value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Shown only while nothing is recorded, in a place kept for it: filling a day must not
        # re-lay out (and repaint) the whole page because the words came or went.
        policy = self._value_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._value_label.setSizePolicy(policy)
        if compact:
            # One row: "Not recorded" stands where Clear is, while there is nothing to clear.
            self._value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._value_label.setWordWrap(True)
            self._value_label.setFixedWidth(clear_button_width(self))
            layout.addWidget(self._value_label, 0, MAX_SEVERITY + 1)
        else:
            layout.addWidget(self._value_label, 1, MAX_SEVERITY + 1)
        layout.setColumnStretch(MAX_SEVERITY + 2, 1)
        self._show_value()

    # -- value ---------------------------------------------------------------------------------

    def button(self, value: int) -> QPushButton:
        """The button for ``value`` (for the view's layout and for tests that click it)."""
        return self._buttons[value]

    @property
    def clear_button(self) -> QPushButton:
        return self._clear_button

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None and not MIN_SEVERITY <= value <= MAX_SEVERITY:
            raise ValueError(f"severity {value} is outside {MIN_SEVERITY}-{MAX_SEVERITY}")
        if value == self._value:
            return
        self._value = value
        self._show_value()
        self.value_changed.emit(value)

    @Slot()
    def clear(self) -> None:
        self.set_value(None)

    def _show_value(self) -> None:
        if self._value is None:
            # An exclusive group never lets go of its last button; release it for "not recorded".
            self._group.setExclusive(False)
            for button in self._buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._buttons[self._value].setChecked(True)
        # The checked button shows a value; only "not recorded" needs saying in words.
        self._value_label.setVisible(self._value is None)
        self._clear_button.setEnabled(self._value is not None)
        if self._compact:
            self._clear_button.setVisible(self._value is not None)
        self.setAccessibleDescription(severity_text(self._value))
        if QAccessible.isActive():  # a screen reader is listening: say the value changed
            QAccessible.updateAccessibility(
                QAccessibleValueChangeEvent(self, -1 if self._value is None else self._value)
            )
        # No repaint of the whole scale here: the buttons and the label repaint themselves, and
        # the scale paints only its focus frame (six scales filled at once were ~90 repaints).

    @Slot(int)
    def _on_button_clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._pending_one_at = None
        self.set_value(value)

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(MIN_SEVERITY if current is None else max(MIN_SEVERITY, current - 1))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(MIN_SEVERITY if current is None else min(MAX_SEVERITY, current + 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(MIN_SEVERITY)
        elif key == Qt.Key.Key_End:
            self.set_value(MAX_SEVERITY)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif event.text().isdigit() and len(event.text()) == 1:
            self._type_digit(int(event.text()))
            return
        else:
            super().keyPressEvent(event)
            return
        self._pending_one_at = None
        event.accept()

    def _type_digit(self, digit: int) -> None:
        now = time.monotonic()
        typed_ten = (
            digit == 0
            and self._pending_one_at is not None
            and now - self._pending_one_at <= TEN_TYPING_SECONDS
        )
        self._pending_one_at = now if digit == 1 else None
        self.set_value(10 if typed_ten else digit)

    # -- focus: the buttons do not take focus, so the scale shows it itself ----------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._pending_one_at = None
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color())
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 6, 6)
        painter.end()

    def band(self) -> SeverityBand | None:
        return None if self._value is None else severity_band(self._value)


class SeverityLegend(QWidget):
    """The band words none / mild / moderate / severe, once, above compact scales: laid out
    on the same grid as a scale's buttons, so each word sits over its numbers.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("severityLegend")
        layout = QGridLayout(self)
        layout.setContentsMargins(MARGIN, 0, MARGIN, 0)
        layout.setHorizontalSpacing(SPACING)
        width, _height = button_size(self, compact=True)
        for value in range(MIN_SEVERITY, MAX_SEVERITY + 1):
            layout.setColumnMinimumWidth(value, width)
        layout.setColumnMinimumWidth(MAX_SEVERITY + 1, clear_button_width(self))
        layout.setColumnStretch(MAX_SEVERITY + 2, 1)
        self.words: list[QLabel] = []
        for band in SeverityBand:
            first, last = band_range(band)
            word = QLabel(band_label(band), self)
            word.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            layout.addWidget(word, 0, first, 1, last - first + 1)
            self.words.append(word)
        self.setAccessibleName(
            self.tr("Scale: 0 none, 1 to 3 mild, 4 to 6 moderate, 7 to 10 severe")
        )
