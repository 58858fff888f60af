"""Today's medicines as a person uses them: Taken, Skipped with a reason, Later then Taken, Undo;
a past day's unanswered doses read "Not recorded" and can still be answered; a medicine taken as
needed asks the score before, later "How is it now?", and shows the relief; her plan's least
gap is a calm reminder, never a refusal. Every answer is checked again after reopening the
record.

The small questions are modal dialogs, so tests replace ``DosesPanel.ask`` with a function that
shows the dialog, fills its real widgets as the person would, and presses its OK button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from page_changes import follow_changes
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Route, Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import Schedule, ScheduleKind
from mbc_tracker.gui import doses_panel
from mbc_tracker.gui.dose_dialogs import AfterDialog, AsNeededDialog, LaterDialog
from mbc_tracker.gui.doses_panel import DoseLine, DosesPanel
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 21)
YESTERDAY = TODAY - dt.timedelta(days=1)


class Clock:
    """The time the page sees; tests move it on."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime.combine(TODAY, dt.time(8, 0)))


@pytest.fixture
def make_view(qtbot: QtBot, clock: Clock) -> Iterator[Callable[[CareRecord], TodayView]]:
    def make(record: CareRecord) -> TodayView:
        view = TodayView(record, today=lambda: clock().date(), now=clock)
        follow_changes(view, record)
        qtbot.addWidget(view)
        view.resize(1024, 700)
        view.show()
        return view

    yield make


def add_medicine(record: CareRecord, name: str, schedule: Schedule) -> int:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, name, dt.date(2026, 10, 1), route=Route.ORAL), TODAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(treatment.id, schedule)
    return treatment.id


def daily(record: CareRecord) -> int:
    return add_medicine(
        record,
        "Letrozole",
        Schedule(
            ScheduleKind.DAILY,
            dt.date(2026, 10, 1),
            times=(dt.time(8), dt.time(20)),
            dose="2.5",
            unit="mg",
        ),
    )


def as_needed(record: CareRecord) -> int:
    return add_medicine(
        record,
        "Paracetamol",
        Schedule(
            ScheduleKind.AS_NEEDED,
            dt.date(2026, 10, 1),
            reason="pain",
            minimum_gap=dt.timedelta(hours=4),
            dose="1",
            unit="tablet",
        ),
    )


def line(panel: DosesPanel, name: str, time: dt.time | None) -> DoseLine:
    found = [
        each
        for each in panel.lines
        if each.name == name and each.dose is not None and each.dose.slot.time == time
    ]
    assert len(found) == 1, [each.title.text() for each in panel.lines]
    return found[0]


def medicine_line(panel: DosesPanel, name: str) -> DoseLine:
    return next(each for each in panel.lines if each.name == name and each.dose is None)


def answer_with(
    panel: DosesPanel, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: Callable[..., None]
) -> list[QDialog]:
    """The next question is shown, filled by ``fill`` and answered with OK."""
    asked: list[QDialog] = []

    def ask(dialog: QDialog) -> bool:
        asked.append(dialog)
        dialog.show()
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "ask", ask)
    return asked


def press(qtbot: QtBot, dose_line: DoseLine, key: str) -> None:
    qtbot.mouseClick(dose_line.buttons[key], Qt.MouseButton.LeftButton)


def test_a_daily_medicine_taken_skipped_put_off_and_undone(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    reopen: Callable[[], CareRecord],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    daily(record)
    view = make_view(record)
    panel = view.doses_panel
    assert panel.isVisible()
    morning, evening = line(panel, "Letrozole", dt.time(8)), line(panel, "Letrozole", dt.time(20))
    assert "08:00" in morning.title.text() and "Letrozole, 2.5 mg" in morning.title.text()
    assert morning.state.text() == "Due"  # 08:00, and it is 08:00
    assert evening.state.text() == "Due at 20:00"  # not "Due" twelve hours early
    assert set(morning.buttons) == {"taken", "skipped", "later"}

    # Taken, at the time shown (now: 08:00).
    answer_with(panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, morning, "taken")
    assert line(panel, "Letrozole", dt.time(8)).state.text() == "Taken at 08:00"

    # Skipped, with a reason.
    answer_with(
        panel, monkeypatch, qtbot, lambda dialog: qtbot.keyClicks(dialog.reason_edit, "felt sick")
    )
    press(qtbot, line(panel, "Letrozole", dt.time(20)), "skipped")
    skipped = line(panel, "Letrozole", dt.time(20))
    assert skipped.state.text() == "Skipped: felt sick"

    # Undone: due again, then put off by two hours, then taken later with its own time.
    press(qtbot, skipped, "undo")
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Due at 20:00"
    clock.moment = dt.datetime.combine(TODAY, dt.time(19, 30))

    def two_hours(dialog: LaterDialog) -> None:
        indicator = QPoint(8, dialog.two_hours.height() // 2)  # the round button itself
        qtbot.mouseClick(dialog.two_hours, Qt.MouseButton.LeftButton, pos=indicator)
        assert dialog.two_hours.isChecked()

    answer_with(panel, monkeypatch, qtbot, two_hours)
    press(qtbot, line(panel, "Letrozole", dt.time(20)), "later")
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Put off until 21:30"

    clock.moment = dt.datetime.combine(TODAY, dt.time(21, 40))
    answer_with(panel, monkeypatch, qtbot, lambda dialog: dialog.time_edit.setTime(QTime(21, 35)))
    press(qtbot, line(panel, "Letrozole", dt.time(20)), "taken")
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Taken at 21:35"

    # After closing and reopening the record, Today shows the same answers.
    again = make_view(reopen())
    assert line(again.doses_panel, "Letrozole", dt.time(8)).state.text() == "Taken at 08:00"
    assert line(again.doses_panel, "Letrozole", dt.time(20)).state.text() == "Taken at 21:35"


def test_a_past_day_shows_not_recorded_and_can_still_be_answered(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    reopen: Callable[[], CareRecord],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    daily(record)
    view = make_view(record)
    assert view.show_day(YESTERDAY)
    panel = view.doses_panel
    assert panel.day() == YESTERDAY
    for time in (dt.time(8), dt.time(20)):
        past = line(panel, "Letrozole", time)
        assert past.state.text() == "Not recorded"  # never assumed taken
        assert set(past.buttons) == {"taken", "skipped"}  # no "Later" for a day gone by

    # Recorded afterwards: the time offered is the dose's own.
    answer_with(panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, line(panel, "Letrozole", dt.time(20)), "taken")
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Taken at 20:00"
    assert line(panel, "Letrozole", dt.time(8)).state.text() == "Not recorded"

    again = make_view(reopen())
    again.show_day(YESTERDAY)
    assert line(again.doses_panel, "Letrozole", dt.time(20)).state.text() == "Taken at 20:00"
    assert line(again.doses_panel, "Letrozole", dt.time(8)).state.text() == "Not recorded"


def test_as_needed_asks_before_and_after_and_shows_the_relief(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    reopen: Callable[[], CareRecord],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    as_needed(record)
    clock.moment = dt.datetime.combine(TODAY, dt.time(10, 15))
    view = make_view(record)
    panel = view.doses_panel
    medicine = medicine_line(panel, "Paracetamol")
    assert "As needed for pain, at least 4 hours apart" in medicine.state.text()

    def took(dialog: AsNeededDialog) -> None:
        assert dialog.reason_edit.text() == "pain"
        assert "adjustable default" in dialog.default_note.text()
        qtbot.mouseClick(dialog.before_scale.button(7), Qt.MouseButton.LeftButton)
        dialog.check_spin.setValue(30)

    answer_with(panel, monkeypatch, qtbot, took)
    press(qtbot, medicine, "took")
    taken = line(panel, "Paracetamol", dt.time(10, 15))
    assert "Taken for pain · before: 7" in taken.state.text()
    assert "Today asks how it is at 10:45." in taken.state.text()

    # A second dose within the least gap: a calm reminder, and the dose can still be recorded.
    clock.moment = dt.datetime.combine(TODAY, dt.time(10, 50))
    view.doses_panel.refresh()
    reminder = "Your plan says at least 4 hours between doses; the last was at 10:15."
    assert reminder in medicine_line(panel, "Paracetamol").state.text()
    taken = line(panel, "Paracetamol", dt.time(10, 15))
    assert "It is time to say how it is now." in taken.state.text()

    def after(dialog: AfterDialog) -> None:
        qtbot.mouseClick(dialog.after_scale.button(3), Qt.MouseButton.LeftButton)

    answer_with(panel, monkeypatch, qtbot, after)
    press(qtbot, taken, "after")
    answered = line(panel, "Paracetamol", dt.time(10, 15))
    assert answered.state.text() == "Taken for pain · before: 7 · after: 3 · 4 points lower"
    assert "after" not in answered.buttons

    shown: list[str] = []

    def second(dialog: AsNeededDialog) -> None:
        assert dialog.gap_label is not None
        shown.append(dialog.gap_label.text())
        qtbot.mouseClick(dialog.before_scale.button(5), Qt.MouseButton.LeftButton)

    answer_with(panel, monkeypatch, qtbot, second)
    press(qtbot, medicine_line(panel, "Paracetamol"), "took")
    assert shown == [reminder]
    assert "before: 5" in line(panel, "Paracetamol", dt.time(10, 50)).state.text()

    again = make_view(reopen())
    kept = line(again.doses_panel, "Paracetamol", dt.time(10, 15))
    assert kept.state.text() == "Taken for pain · before: 7 · after: 3 · 4 points lower"


def test_the_time_chosen_to_ask_after_holds_when_the_record_is_reopened(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    reopen: Callable[[], CareRecord],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    as_needed(record)
    clock.moment = dt.datetime.combine(TODAY, dt.time(10, 30))
    view = make_view(record)

    def in_two_hours(dialog: AsNeededDialog) -> None:
        qtbot.mouseClick(dialog.before_scale.button(6), Qt.MouseButton.LeftButton)
        dialog.check_spin.selectAll()
        qtbot.keyClicks(dialog.check_spin, "120")
        assert dialog.check_spin.value() == 120

    answer_with(view.doses_panel, monkeypatch, qtbot, in_two_hours)
    press(qtbot, medicine_line(view.doses_panel, "Paracetamol"), "took")

    # Closed and opened again, a fresh Today: still 12:30, not an hour after the dose.
    clock.moment = dt.datetime.combine(TODAY, dt.time(11, 45))
    again = make_view(reopen())
    taken = line(again.doses_panel, "Paracetamol", dt.time(10, 30))
    assert "Today asks how it is at 12:30." in taken.state.text()
    assert "It is time to say how it is now." not in taken.state.text()
    assert taken.buttons["after"].text() == "Score after…"

    clock.moment = dt.datetime.combine(TODAY, dt.time(12, 29))
    again.doses_panel.refresh()
    taken = line(again.doses_panel, "Paracetamol", dt.time(10, 30))
    assert "It is time to say how it is now." not in taken.state.text()

    clock.moment = dt.datetime.combine(TODAY, dt.time(12, 30))
    again.doses_panel.refresh()
    taken = line(again.doses_panel, "Paracetamol", dt.time(10, 30))
    assert "It is time to say how it is now." in taken.state.text()
    assert taken.buttons["after"].text() == "How is it now?"

    def after(dialog: AfterDialog) -> None:
        qtbot.mouseClick(dialog.after_scale.button(2), Qt.MouseButton.LeftButton)

    answer_with(again.doses_panel, monkeypatch, qtbot, after)
    press(qtbot, taken, "after")
    answered = line(again.doses_panel, "Paracetamol", dt.time(10, 30))
    assert answered.state.text() == "Taken for pain · before: 6 · after: 2 · 4 points lower"


def test_the_least_gap_counts_a_dose_of_the_evening_before(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    as_needed(record)
    clock.moment = dt.datetime.combine(YESTERDAY, dt.time(23, 0))
    view = make_view(record)
    answer_with(view.doses_panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, medicine_line(view.doses_panel, "Paracetamol"), "took")

    # Just after midnight Today shows the new day; the dose of 23:00 still counts.
    clock.moment = dt.datetime.combine(TODAY, dt.time(1, 0))
    view = make_view(record)
    panel = view.doses_panel
    assert panel.day() == TODAY
    reminder = "Your plan says at least 4 hours between doses; the last was yesterday at 23:00."
    assert reminder in medicine_line(panel, "Paracetamol").state.text()
    shown: list[str] = []

    def second(dialog: AsNeededDialog) -> None:
        assert dialog.gap_label is not None
        shown.append(dialog.gap_label.text())

    answer_with(panel, monkeypatch, qtbot, second)
    press(qtbot, medicine_line(panel, "Paracetamol"), "took")
    assert shown == [reminder]  # a calm reminder, and the dose is recorded all the same
    assert "Taken for pain" in line(panel, "Paracetamol", dt.time(1, 0)).state.text()
    reminder = "Your plan says at least 4 hours between doses; the last was at 01:00."
    assert reminder in medicine_line(panel, "Paracetamol").state.text()

    # Once the gap has passed since 23:00 there is nothing to say about it.
    clock.moment = dt.datetime.combine(TODAY, dt.time(3, 30))
    undo_at = line(panel, "Paracetamol", dt.time(1, 0))
    press(qtbot, undo_at, "undo")
    assert "Your plan says" not in medicine_line(panel, "Paracetamol").state.text()


def test_the_panel_stays_out_of_the_way_without_medicines(
    record: CareRecord, make_view: Callable[[CareRecord], TodayView]
) -> None:
    view = make_view(record)
    assert not view.doses_panel.isVisible()
    assert view.doses_panel.lines == []


def test_tab_reaches_every_dose_button_between_the_day_and_the_symptoms(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    daily(record)
    as_needed(record)
    view = make_view(record)
    with qtbot.waitActive(view):
        view.activateWindow()
    # An answer rebuilds the rows: the new buttons must take their place in the order too.
    answer_with(view.doses_panel, monkeypatch, qtbot, lambda dialog: None)
    taken = line(view.doses_panel, "Letrozole", dt.time(8)).buttons["taken"]
    taken.setFocus()
    qtbot.keyClick(taken, Qt.Key.Key_Space)
    expected = view.doses_panel.tab_stops()
    assert view.focusWidget() is expected[0]  # the answered row's Undo, in its place
    assert [button.text() for button in expected] == [
        "Undo", "Taken", "Skipped", "Later", "I took a dose…",
    ]  # fmt: skip
    view.pick_button.setFocus()
    reached = []
    for _ in expected:
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        reached.append(view.focusWidget())
    assert reached == expected
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert view.focusWidget() is view.no_symptoms_button


def test_the_day_s_doses_are_read_once_per_day_shown_not_per_keypress(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    daily(record)
    view = make_view(record)
    reads: list[dt.date] = []
    real_read = doses_panel.read_day

    def counted(record: CareRecord, day: dt.date, now: dt.datetime) -> object:
        reads.append(day)
        return real_read(record, day, now)

    monkeypatch.setattr(doses_panel, "read_day", counted)
    qtbot.keyClicks(view.note_edit, "slept badly")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert reads == []  # typing and saving the day's log leave the doses alone
    view.show_day(YESTERDAY)
    assert reads == [YESTERDAY]


def test_undo_on_an_as_needed_dose_with_scores_asks_first_and_keep_keeps_it(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    """Two days later she presses Undo on a dose taken with a pain score: the app asks before
    the scores go; "Keep it" (the default) keeps everything, "Take it back" removes it."""
    as_needed(record)
    clock.moment = dt.datetime.combine(TODAY, dt.time(10, 15))
    view = make_view(record)
    panel = view.doses_panel

    def took(dialog: AsNeededDialog) -> None:
        qtbot.mouseClick(dialog.before_scale.button(7), Qt.MouseButton.LeftButton)

    answer_with(panel, monkeypatch, qtbot, took)
    press(qtbot, medicine_line(panel, "Paracetamol"), "took")

    asked: list[QDialog] = []

    def keep(dialog: QDialog) -> bool:
        asked.append(dialog)
        dialog.show()
        assert "before: 7" in dialog.text_label.text()  # type: ignore[attr-defined]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Keep it
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "ask", keep)
    press(qtbot, line(panel, "Paracetamol", dt.time(10, 15)), "undo")
    assert len(asked) == 1
    assert "before: 7" in line(panel, "Paracetamol", dt.time(10, 15)).state.text()

    answer_with(panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, line(panel, "Paracetamol", dt.time(10, 15)), "undo")
    assert [each for each in panel.lines if each.dose is not None] == []


def test_a_taken_time_that_has_not_come_yet_is_refused_by_the_field(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    clock: Clock,
) -> None:
    """At 08:00 she types 20:00 by mistake: the dialog says so under the time and stays open;
    with 07:55 the dose is saved. On a past day any time of that day is fine."""
    daily(record)
    as_needed(record)
    view = make_view(record)
    panel = view.doses_panel
    seen: list[str] = []

    def answer(times: list[tuple[int, int]]) -> Callable[[QDialog], bool]:
        def ask(dialog: QDialog) -> bool:
            dialog.show()
            for hour, minute in times:
                dialog.time_edit.setTime(QTime(hour, minute))  # type: ignore[attr-defined]
                ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
                qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
                error = dialog.time_error  # type: ignore[attr-defined]
                seen.append(error.text() if error.isVisibleTo(dialog) else "")
                if error.isVisibleTo(dialog):  # the dialog grows to show all of the message
                    assert dialog.height() >= dialog.sizeHint().height()
            return dialog.result() == QDialog.DialogCode.Accepted

        return ask

    monkeypatch.setattr(panel, "ask", answer([(20, 0), (7, 55)]))
    press(qtbot, line(panel, "Letrozole", dt.time(8)), "taken")
    refused = "That time has not come yet today; please give the time it was taken."
    assert seen == [refused, ""]
    assert line(panel, "Letrozole", dt.time(8)).state.text() == "Taken at 07:55"

    seen.clear()
    monkeypatch.setattr(panel, "ask", answer([(9, 30), (7, 40)]))
    press(qtbot, medicine_line(panel, "Paracetamol"), "took")
    assert seen == [refused, ""]
    assert "Taken for pain" in line(panel, "Paracetamol", dt.time(7, 40)).state.text()

    seen.clear()
    view.show_day(YESTERDAY)
    monkeypatch.setattr(panel, "ask", answer([(21, 0)]))
    press(qtbot, line(panel, "Letrozole", dt.time(20)), "taken")
    assert seen == [""]
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Taken at 21:00"


def test_the_next_day_shown_keeps_the_rows_and_each_button_answers_its_own_day(
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    # Consecutive days mostly have the same doses: a day change changes the rows' words and
    # buttons in place instead of making every row again (which made "Previous day" slow).
    daily(record)
    view = make_view(record)
    panel = view.doses_panel
    assert view.show_day(YESTERDAY)
    answer_with(panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, line(panel, "Letrozole", dt.time(8)), "taken")
    titles = [each.title for each in panel.lines]
    evening_taken = line(panel, "Letrozole", dt.time(20)).buttons["taken"]

    before = YESTERDAY - dt.timedelta(days=1)
    assert view.show_day(before)
    assert [each.title for each in panel.lines] == titles  # the same labels, not new ones
    evening = line(panel, "Letrozole", dt.time(20))
    assert evening.buttons["taken"] is evening_taken
    morning = line(panel, "Letrozole", dt.time(8))
    assert morning.state.text() == evening.state.text() == "Not recorded"
    assert set(morning.buttons) == {"taken", "skipped"}
    assert all(button.isVisible() for button in morning.buttons.values())

    # A kept button answers the dose of the day now shown, not the one it was made for.
    answer_with(panel, monkeypatch, qtbot, lambda dialog: None)
    press(qtbot, morning, "skipped")
    assert line(panel, "Letrozole", dt.time(8)).state.text() == "Skipped"
    assert view.show_day(YESTERDAY)
    assert line(panel, "Letrozole", dt.time(8)).state.text() == "Taken at 08:00"
    assert line(panel, "Letrozole", dt.time(20)).state.text() == "Not recorded"
    assert [button.text() for button in panel.tab_stops()] == ["Undo", "Taken", "Skipped"]

    # Today has "Later" too: the row gains a button, and Tab still walks every one in order.
    with qtbot.waitActive(view):
        view.activateWindow()
    assert view.show_day(TODAY)
    expected = panel.tab_stops()
    assert [button.text() for button in expected] == ["Taken", "Skipped", "Later"] * 2
    view.pick_button.setFocus()
    reached = []
    for _ in expected:  # ("Back to today" is hidden on today)
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        reached.append(view.focusWidget())
    assert reached == expected
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert view.focusWidget() is view.no_symptoms_button
