"""The calendars read in every look: Today's month (and "Pick a day…") and the pop-up of a date
field are painted as a person sees them (light, dark, high contrast), and the days of the months
either side are measured against the cell behind them. Qt paints those days in the disabled
text colour, which reached 1.8:1 on the light look and read as faint grey on black in high
contrast. The ring of a flagged day is drawn 2 pixels wide or more, and thicker in high contrast.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView, QWidget
from pytestqt.qtbot import QtBot
from test_page_contrast import measured

from mbc_tracker.gui import theme
from mbc_tracker.gui.month_overview import LoggedDaysCalendar
from mbc_tracker.gui.theme import Appearance, Look
from mbc_tracker.gui.widgets import OptionalDateEdit

SHOWN = QDate(2026, 11, 16)  # a month whose grid starts in October and ends in December


@pytest.fixture(params=[Appearance.LIGHT, Appearance.DARK, Appearance.HIGH_CONTRAST])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Appearance]:
    theme.apply_look(qapp, Look(request.param, 100))
    yield request.param
    theme.apply_look(qapp, Look())


def other_month_cells(calendar: QCalendarWidget) -> list[tuple[str, QRect]]:
    """The days of the months either side on the grid: (the day's number, its cell)."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    cells = []
    rows = [row for row in range(model.rowCount()) if not view.isRowHidden(row)]
    for row in rows:
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text.isdigit():
                continue  # a weekday's name
            number = int(text)
            first_week = row == rows[1] if len(rows) > 1 else False
            if (first_week and number > 20) or (row >= rows[-2] and number < 15):
                cells.append((text, view.visualRect(index)))
    return cells


def weak_other_month_days(calendar: QCalendarWidget) -> list[str]:
    """The days either side below WCAG AA's 4.5:1; in high contrast, below 10:1 (every other
    word there is white on black, 21:1, and the old grey at 7:1 looked faint beside it)."""
    needed = 10.0 if theme.is_high_contrast(calendar.palette()) else 4.5
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    image = view.viewport().grab().toImage()
    cells = other_month_cells(calendar)
    assert len(cells) >= 7  # October's last days and December's first
    return [
        f"{text}: {ratio:.1f}"
        for text, cell in cells
        if (ratio := measured(image, cell.adjusted(2, 2, -2, -2))) < needed
    ]


def test_the_months_either_side_read_on_todays_month(qtbot: QtBot, look: Appearance) -> None:
    calendar = LoggedDaysCalendar()
    qtbot.addWidget(calendar)
    calendar.setMaximumDate(QDate(2030, 1, 1))
    calendar.setSelectedDate(SHOWN)
    calendar.resize(420, 360)
    calendar.show()
    qtbot.waitExposed(calendar)
    assert weak_other_month_days(calendar) == []


def test_the_months_either_side_read_in_a_date_fields_calendar(
    qtbot: QtBot, look: Appearance
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = OptionalDateEdit("Not given", holder)
    edit.setDate(SHOWN)
    calendar = edit.calendarWidget()
    calendar.setSelectedDate(SHOWN)
    calendar.resize(420, 360)
    calendar.show()
    qtbot.waitExposed(calendar)
    assert weak_other_month_days(calendar) == []


def test_the_months_either_side_follow_a_change_of_look(qtbot: QtBot, qapp: QApplication) -> None:
    """A calendar made in one look and shown after a change to another (Preferences)."""
    theme.apply_look(qapp, Look(Appearance.HIGH_CONTRAST, 100))
    try:
        calendar = LoggedDaysCalendar()
        qtbot.addWidget(calendar)
        calendar.setMaximumDate(QDate(2030, 1, 1))
        calendar.setSelectedDate(SHOWN)
        calendar.resize(420, 360)
        theme.apply_look(qapp, Look(Appearance.LIGHT, 100))
        calendar.show()
        qtbot.waitExposed(calendar)
        qtbot.waitUntil(lambda: weak_other_month_days(calendar) == [], timeout=2000)
    finally:
        theme.apply_look(qapp, Look())


def test_a_flagged_days_ring_is_at_least_two_pixels_and_thicker_in_high_contrast(
    qapp: QApplication,
) -> None:
    for height in (30, 40, 60):
        light = theme.mark_line_width(theme.palette_for(Appearance.LIGHT), height)
        dark = theme.mark_line_width(theme.palette_for(Appearance.DARK), height)
        high = theme.mark_line_width(theme.palette_for(Appearance.HIGH_CONTRAST), height)
        assert light >= 2.0 and dark >= 2.0
        assert high >= 3.0 and high > light
