"""A month calendar that shows which days already hold something, and lets a person open one.

Days with an entry are bold, underlined and carry a dot, with a tooltip and a written legend, so
colour is never the only cue. A day that raised a flag still open carries a small triangle in
its corner (filled when the flag asks to contact the care team promptly, outlined when it is to
mention at the next visit), explained in the same legend. Future days cannot be chosen: the
calendar stops at today. The same widget sits beside the Today form and inside the "Pick a
day…" dialog.

The flagged days come from the record's flag cache. While the cache is not built yet (the first
second after start), the triangles wait for it rather than keep the first screen waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPen,
    QPolygonF,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.flags import LEVEL_ORDER
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import current_language
from mbc_tracker.gui import theme
from mbc_tracker.gui.widgets import ReadableCalendar, from_qdate, to_qdate

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# Until the flag cache is built, the triangles are drawn this long after the month is shown
# (by then the window's warm-up has usually built the cache already).
FLAG_MARKS_DELAY_MS = 900


class LoggedDaysCalendar(ReadableCalendar):
    """A calendar (weekends and the days either side readable, see ``ReadableCalendar``) that
    marks logged days with bold, underline, a dot and a tooltip, and
    days with an open flag with a triangle.

    Signals: inherited from QCalendarWidget only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logged: set[dt.date] = set()
        self._flagged: dict[dt.date, FlagLevel] = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        if theme.text_scale() > 1.2 or current_language() == "es":
            # Large text: one letter per weekday keeps the month narrow enough to leave the
            # Today form its room at 1024 pixels (each day still says its full date aloud).
            # Spanish calendars head their columns so anyway (L M X J V S D), and its longer
            # words on Today need those pixels at 1024 too.
            self.setHorizontalHeaderFormat(
                QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
            )
        # Tall enough cells to leave room for the dot under each number.
        self.setMinimumHeight(self.fontMetrics().height() * 14)

    def logged_days(self) -> set[dt.date]:
        return set(self._logged)

    def flagged_days(self) -> dict[dt.date, FlagLevel]:
        """Days with an open flag, each with the most urgent level of its flags."""
        return dict(self._flagged)

    def set_logged_days(self, days: set[dt.date]) -> None:
        if days == self._logged:
            return  # (a save of a day already logged: nothing to paint again)
        self._logged = set(days)
        self._apply_formats()

    def set_flagged_days(self, days: dict[dt.date, FlagLevel]) -> None:
        if days == self._flagged:
            return
        self._flagged = dict(days)
        self._apply_formats()

    def _apply_formats(self) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous month's marks
        logged = self.tr("Something was logged on this day")
        flagged_words = {
            FlagLevel.PROMPTLY: self.tr("Flagged: contact your care team promptly"),
            FlagLevel.NEXT_VISIT: self.tr("Flagged: mention at your next visit"),
        }
        for day in self._logged | set(self._flagged):
            marked = QTextCharFormat()
            tips = []
            if day in self._logged:
                marked.setFontWeight(QFont.Weight.Bold)
                marked.setFontUnderline(True)
                tips.append(logged)
            if day in self._flagged:
                tips.append(flagged_words[self._flagged[day]])
            marked.setToolTip("\n".join(tips))
            self.setDateTextFormat(to_qdate(day), marked)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = from_qdate(date)
        level = self._flagged.get(day)
        if level is not None:
            self._paint_flag_mark(painter, rect, level)
        if day not in self._logged:
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

    def _paint_flag_mark(self, painter: QPainter, rect: QRect, level: FlagLevel) -> None:
        """A mark in the top right corner, the level's shape on every page: a filled triangle
        for "promptly", a ring for "at the next visit"."""
        side = max(6.0, rect.height() / 4)
        right, top = rect.right() - 2.0, rect.top() + 2.0
        colour = theme.level_colour(level, self.palette())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A line of 2 pixels or more (more in high contrast): at 1.5 the ring was a faint
        # hairline on a dark window.
        painter.setPen(QPen(colour, theme.mark_line_width(self.palette(), rect.height())))
        if level is FlagLevel.PROMPTLY:
            painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(right - side / 2, top),
                        QPointF(right, top + side),
                        QPointF(right - side, top + side),
                    ]
                )
            )
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(right - side, top, side, side))
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
        legend_beside: bool = False,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._today = today
        # The legend under the month (Today's narrow column), or beside it ("Pick a day…": at
        # 150% the month and its legend one above the other were taller than a 700-pixel
        # screen, and the dialog, held to the screen, drew the legend over the month).
        layout = QHBoxLayout(self) if legend_beside else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = LoggedDaysCalendar(self)
        self.calendar.setAccessibleName(self.tr("Month overview"))
        days = self.calendar.findChild(QWidget, "qt_calendar_calendarview")
        if days is not None:  # the grid of days takes the focus; name it for screen readers
            days.setAccessibleName(self.tr("Days of the month"))
        self.calendar.setAccessibleDescription(
            self.tr(
                "Days with something logged are bold and underlined; days with an open flag "
                "carry a triangle. Press Enter to open a day."
            )
        )
        layout.addWidget(self.calendar)
        self.legend = QLabel(
            self.tr(
                "Days shown in bold, underlined and with a dot have something logged. A "
                "mark in the corner shows a day with an open flag: ▲ to contact "
                "your care team promptly, ○ to mention at your next visit. "
                "Click a day to open it."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        # The calendar sets the column's width and the words wrap within it: a wrapped label
        # would ask for a width of its own, and the longer explanation widened the column
        # until Today's form no longer fitted at 1024 pixels.
        if legend_beside:
            self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.legend.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        else:
            policy = self.legend.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            self.legend.setSizePolicy(policy)
        layout.addWidget(self.legend)
        self._read_for: tuple[int, int] | None = None  # the month whose logged days are shown
        self._marks_pending = False
        self._flag_marks_timer = QTimer(self)
        self._flag_marks_timer.setSingleShot(True)
        self._flag_marks_timer.setInterval(FLAG_MARKS_DELAY_MS)
        self._flag_marks_timer.timeout.connect(self._mark_flags_now)
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
        self._read_for = self._month_shown()
        days = self._record.daylog.days_with_entries(*self._grid_span())
        self.calendar.set_logged_days(days)
        self.refresh_flags()

    @Slot()
    def refresh_flags(self) -> None:
        """Mark the days of the month on show that have an open flag (after a change to the
        flags, for example). From the flag cache; while it is not built, a moment later."""
        if self._record.flags.is_warm:
            self._mark_flags()
        else:
            self._flag_marks_timer.start()

    @Slot()
    def _mark_flags_now(self) -> None:
        if self.isVisible():
            self._mark_flags()  # builds the flag cache if the warm-up has not yet
        else:
            # Not on screen (another page, or Today's month stepped aside for large text): no
            # reason to read the record yet, nor to keep a timer going; showing it marks them.
            self._marks_pending = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._marks_pending:
            self._marks_pending = False
            self.refresh_flags()

    def _mark_flags(self) -> None:
        first, last = self._grid_span()
        flagged: dict[dt.date, FlagLevel] = {}
        for flag in self._record.flags.evaluate(since=first):
            if not flag.is_open or flag.first_day > last:
                continue
            for day in flag.days:
                if first <= day <= last:
                    known = flagged.get(day)
                    if known is None or LEVEL_ORDER[flag.level] < LEVEL_ORDER[known]:
                        flagged[day] = flag.level
        self.calendar.set_flagged_days(flagged)

    def _grid_span(self) -> tuple[dt.date, dt.date]:
        """The first and last day the month's grid can show (a few of the months either side)."""
        year, month = self._month_shown()
        first = dt.date(year, month, 1)
        return first - dt.timedelta(days=7), first + dt.timedelta(days=31 + 14)

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
        self.overview = MonthOverview(record, self, today=today, legend_beside=True)
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
