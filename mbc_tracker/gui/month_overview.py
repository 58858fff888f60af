"""A month calendar that shows which days already hold something, and lets a person open one.

Days with an entry are bold, underlined and carry a dot, with a tooltip and a written legend, so
colour is never the only cue. Future days cannot be chosen: the calendar stops at today. The
same widget sits beside the Today form and inside the "Pick a day…" dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRect, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.gui.widgets import from_qdate, to_qdate

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord


class LoggedDaysCalendar(QCalendarWidget):
    """A QCalendarWidget that marks logged days with bold, underline, a dot and a tooltip.

    Signals: inherited from QCalendarWidget only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logged: set[dt.date] = set()
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Tall enough cells to leave room for the dot under each number.
        self.setMinimumHeight(self.fontMetrics().height() * 14)

    def logged_days(self) -> set[dt.date]:
        return set(self._logged)

    def set_logged_days(self, days: set[dt.date]) -> None:
        self._logged = set(days)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous month's marks
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        marked.setToolTip(self.tr("Something was logged on this day"))
        for day in self._logged:
            self.setDateTextFormat(to_qdate(day), marked)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        if from_qdate(date) not in self._logged:
            return
        # A dot under the number: a second cue besides weight and underline.
        radius = max(2, rect.height() // 12)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().highlight())
        painter.drawEllipse(
            rect.center().x() - radius, rect.bottom() - 3 * radius, 2 * radius, 2 * radius
        )
        painter.restore()


class MonthOverview(QWidget):
    """The calendar with its legend, reading logged days from the record.

    Signals: day_chosen(object)  # datetime.date the person clicked or pressed Enter on
    """

    day_chosen = Signal(object)

    def __init__(
        self,
        record: CareRecord,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = LoggedDaysCalendar(self)
        self.calendar.setAccessibleName(self.tr("Month overview"))
        self.calendar.setAccessibleDescription(
            self.tr(
                "Days with something logged are bold and underlined. Press Enter to open a day."
            )
        )
        layout.addWidget(self.calendar)
        self.legend = QLabel(
            self.tr(
                "Days shown in bold, underlined and with a dot have something logged. "
                "Click a day to open it."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self._read_for: tuple[int, int] | None = None  # the month whose logged days are shown
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.clicked.connect(self._on_date_chosen)
        self.calendar.activated.connect(self._on_date_chosen)
        self.refresh()

    def selected_day(self) -> dt.date:
        return from_qdate(self.calendar.selectedDate())

    def set_selected_day(self, day: dt.date) -> None:
        """Follow the day the form shows, without announcing it as a new choice.

        The logged days are read again only when another month comes into view (the calendar
        says so itself); a day of the month already shown needs no reading.
        """
        self.calendar.setMaximumDate(to_qdate(max(self._today(), day)))
        self.calendar.setSelectedDate(to_qdate(day))
        if self._read_for != self._month_shown():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read which days of the month on show hold entries (after a save, for example)."""
        today = self._today()
        if self.calendar.maximumDate() != to_qdate(today):
            self.calendar.setMaximumDate(to_qdate(today))
        year, month = self._month_shown()
        self._read_for = (year, month)
        first = dt.date(year, month, 1)
        # The grid also shows a few days of the months either side.
        days = self._record.daylog.days_with_entries(
            first - dt.timedelta(days=7), first + dt.timedelta(days=31 + 14)
        )
        self.calendar.set_logged_days(days)

    def _month_shown(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    @Slot(int, int)
    def _on_page_changed(self, _year: int, _month: int) -> None:
        self.refresh()

    @Slot(QDate)
    def _on_date_chosen(self, day: QDate) -> None:
        chosen = from_qdate(day)
        if chosen <= self._today():
            self.day_chosen.emit(chosen)


class PickDayDialog(QDialog):
    """The "Pick a day…" dialog: the month overview with Open and Cancel.

    Signals: inherited from QDialog (accepted, rejected, finished).
    """

    def __init__(
        self,
        record: CareRecord,
        current: dt.date,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick a day"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the day you want to see or change."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.overview = MonthOverview(record, self, today=today)
        self.overview.set_selected_day(current)
        self.overview.calendar.activated.connect(self.accept)
        layout.addWidget(self.overview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open this day"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_day(self) -> dt.date:
        return self.overview.selected_day()
