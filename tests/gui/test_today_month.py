"""The month overview beside Today and the "Pick a day…" dialog: logged days are marked in more
ways than colour, days with an open flag carry a triangle (filled for "contact promptly"; on
the days that met a rule, not on the calmer or unlogged days inside an ongoing episode),
choosing a past day opens it (asking about unsaved changes first), and a future day cannot be
chosen.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_changes import follow_changes
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import is_ongoing
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.gui import theme
from mbc_tracker.gui.month_overview import (
    FLAG_MARKS_DELAY_MS,
    LoggedDaysCalendar,
    MonthOverview,
    PickDayDialog,
)
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.gui.today_view import CANCEL, TodayView
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def view(qtbot: QtBot, record: CareRecord) -> TodayView:
    record.daylog.save_day(
        DayLog(day=dt.date(2026, 11, 12), severities={"bone_pain": 2}), today=TODAY
    )
    record.daylog.save_day(DayLog(day=dt.date(2026, 11, 18), note="clinic day"), today=TODAY)
    today_view = TodayView(record, today=lambda: TODAY)
    follow_changes(today_view, record)
    qtbot.addWidget(today_view)
    today_view.resize(1024, 700)  # wide enough for the month beside the form
    with qtbot.waitActive(today_view):
        today_view.show()
        today_view.activateWindow()
    return today_view


def test_logged_days_are_marked_with_more_than_colour(view: TodayView) -> None:
    calendar = view.month_overview.calendar
    assert calendar.logged_days() == {dt.date(2026, 11, 12), dt.date(2026, 11, 18)}
    marked = calendar.dateTextFormat(QDate(2026, 11, 12))
    assert marked.fontUnderline()
    assert marked.toolTip() == "Something was logged on this day"
    assert not calendar.dateTextFormat(QDate(2026, 11, 13)).fontUnderline()
    assert "bold, underlined and with a dot" in view.month_overview.legend.text()


def test_days_with_an_open_flag_carry_a_triangle_explained_in_the_legend(
    qtbot: QtBot, view: TodayView, record: CareRecord
) -> None:
    calendar = view.month_overview.calendar
    # The flag cache is built a moment after the month is first shown, not before.
    qtbot.waitUntil(lambda: record.flags.is_warm, timeout=FLAG_MARKS_DELAY_MS + 2000)
    assert calendar.flagged_days() == {}  # a mild bone pain and a note flag nothing
    assert "mark in the corner" in view.month_overview.legend.text()
    assert "▲ to contact your care team promptly" in view.month_overview.legend.text()
    assert "○ to mention at your next visit" in view.month_overview.legend.text()

    view.show_day(dt.date(2026, 11, 19))
    qtbot.mouseClick(view._scales["bone_pain"].button(5), Qt.MouseButton.LeftButton)
    assert view.save()
    assert calendar.flagged_days() == {dt.date(2026, 11, 19): FlagLevel.NEXT_VISIT}
    tip = calendar.dateTextFormat(QDate(2026, 11, 19)).toolTip()
    assert tip == "Something was logged on this day\nFlagged: mention at your next visit"

    view.show_day(dt.date(2026, 11, 20))
    qtbot.mouseClick(view._event_boxes["seizure"], Qt.MouseButton.LeftButton)
    assert view.save()
    assert calendar.flagged_days()[dt.date(2026, 11, 20)] is FlagLevel.PROMPTLY

    # Marked as discussed elsewhere: the day's flag is no longer open, so its triangle goes.
    (seizure,) = [flag for flag in record.flags.evaluate() if flag.symptom_key == "seizure"]
    runner_for(record).run(
        lambda: record.flags.mark_discussed(seizure, TODAY, "", today=TODAY),
        RecordChanges(acknowledgements=True),
    )
    assert dt.date(2026, 11, 20) not in calendar.flagged_days()
    assert dt.date(2026, 11, 19) in calendar.flagged_days()


def test_saving_marks_the_day(qtbot: QtBot, view: TodayView) -> None:
    qtbot.keyClicks(view.note_edit, "tired")
    assert view.save()
    assert TODAY in view.month_overview.calendar.logged_days()


def test_choosing_a_day_in_the_overview_by_keyboard_opens_it(qtbot: QtBot, view: TodayView) -> None:
    calendar = view.month_overview.calendar
    cells = calendar.findChild(QTableView)
    cells.setFocus()
    for _ in range(3):  # from the 21st back to the 18th
        qtbot.keyClick(cells, Qt.Key.Key_Left)
    with qtbot.waitSignal(view.day_changed) as changed:
        qtbot.keyClick(cells, Qt.Key.Key_Return)
    assert changed.args == [dt.date(2026, 11, 18)]
    assert view.note_edit.toPlainText() == "clinic day"


def test_overview_choice_asks_about_unsaved_changes(
    qtbot: QtBot, view: TodayView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view, "_ask_unsaved", lambda: CANCEL)
    qtbot.keyClicks(view.weight_edit, "70")
    view.month_overview.day_chosen.emit(dt.date(2026, 11, 12))
    assert view.current_day() == TODAY
    assert view.month_overview.selected_day() == TODAY
    assert view.weight_edit.text() == "70"


def test_the_calendar_stops_at_today(qtbot: QtBot, view: TodayView) -> None:
    calendar = view.month_overview.calendar
    cells = calendar.findChild(QTableView)
    cells.setFocus()
    qtbot.keyClick(cells, Qt.Key.Key_Right)  # tomorrow is out of reach
    assert calendar.selectedDate() == QDate(2026, 11, 21)


def test_pick_a_day_dialog_opens_the_chosen_day(qtbot: QtBot, view: TodayView) -> None:
    qtbot.mouseClick(view.pick_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(PickDayDialog)
    assert dialog is not None and dialog.isVisible()
    cells = dialog.overview.calendar.findChild(QTableView)
    cells.setFocus()
    qtbot.keyClick(cells, Qt.Key.Key_Up)  # a week back
    assert dialog.chosen_day() == dt.date(2026, 11, 14)
    with qtbot.waitSignal(view.day_changed):
        qtbot.keyClick(cells, Qt.Key.Key_Return)
    assert view.current_day() == dt.date(2026, 11, 14)
    assert view.date_heading.text() == "Saturday 14 November 2026"
    assert view.today_label.text() == "A past day"
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.current_day() == TODAY


def cell_image(calendar: LoggedDaysCalendar, day: dt.date) -> tuple[QImage, QRect]:
    """One day's cell painted as the calendar paints it, on a plain background."""
    rect = QRect(0, 0, 80, 48)
    image = QImage(rect.size(), QImage.Format.Format_ARGB32)
    image.fill(calendar.palette().base().color())
    painter = QPainter(image)
    calendar.paintCell(painter, rect, QDate(day.year, day.month, day.day))
    painter.end()
    return image, rect


def test_an_ongoing_episode_marks_only_the_days_that_met_a_rule_by_shape_and_colour(
    qtbot: QtBot, record: CareRecord
) -> None:
    """Bone pain at 6 for twenty days up to yesterday, with a calmer day and a missed evening
    inside (one ongoing flag), and a seizure on one of its days: the calmer and the missed day
    carry no triangle, the seizure's day a filled one, the other days an outlined one."""
    calmer, missed, seizure = dt.date(2026, 11, 5), dt.date(2026, 11, 9), dt.date(2026, 11, 12)
    pain_days = [dt.date(2026, 11, day) for day in range(1, 21)]
    for day in pain_days:
        if day == missed:
            continue
        events = {"seizure": True} if day == seizure else {}
        severities = {"bone_pain": 3 if day == calmer else 6}
        record.daylog.save_day(DayLog(day=day, severities=severities, events=events), today=TODAY)
    (pain,) = [flag for flag in record.flags.evaluate() if flag.symptom_key == "bone_pain"]
    assert is_ongoing(pain, record.flags.latest_logged_day())
    assert (pain.first_day, pain.last_day) == (pain_days[0], pain_days[-1])

    overview = MonthOverview(record, today=lambda: TODAY)
    qtbot.addWidget(overview)
    overview.show()
    calendar = overview.calendar
    expected = {day: FlagLevel.NEXT_VISIT for day in pain_days if day not in (calmer, missed)}
    expected[seizure] = FlagLevel.PROMPTLY
    assert calendar.flagged_days() == expected

    # The triangle's inside is filled for "contact promptly" and left empty otherwise.
    for day, level, filled in (
        (seizure, FlagLevel.PROMPTLY, True),
        (dt.date(2026, 11, 13), FlagLevel.NEXT_VISIT, False),
        (calmer, None, False),
        (missed, None, False),
    ):
        image, rect = cell_image(calendar, day)
        colour = theme.level_colour(level or FlagLevel.NEXT_VISIT, calendar.palette())
        side = max(6.0, rect.height() / 4)
        right, top = rect.right() - 2, rect.top() + 2
        corner = [
            image.pixelColor(x, y)
            for x in range(int(right - side) - 1, right + 2)
            for y in range(top - 1, int(top + side) + 2)
        ]
        in_colour = sum(near(pixel, colour) for pixel in corner)
        inside = image.pixelColor(QPoint(round(right - side / 2), round(top + side * 0.7)))
        assert (in_colour > 0) is (level is not None), day  # a triangle, or none at all
        assert near(inside, colour) is filled, day


def near(pixel: QColor, colour: QColor) -> bool:
    return all(
        abs(a - b) <= 24
        for a, b in zip(pixel.getRgb()[:3], colour.toRgb().getRgb()[:3], strict=True)
    )


def test_weekends_are_written_like_other_days_not_in_red(view: TodayView) -> None:
    """Red dates read as a warning in an app that flags symptoms, and Qt's red weekends are
    dark red on a dark or high-contrast window."""
    calendar = view.month_overview.calendar
    text = calendar.palette().color(QPalette.ColorRole.Text)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        assert calendar.weekdayTextFormat(day).foreground().color() == text
