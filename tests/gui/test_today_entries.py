"""Several entries of one symptom on one day, on Today: log pain on the form, log it again at
22:10 through "Log again at a time…", see both with their times, change one, remove one (and
undo), reopen the record and find what was left; typing in the form survives all of it.

The entry dialog is modal, so tests replace ``EntryDialog.exec`` with a function that fills the
real dialog's widgets the way a person would and presses Save (or Cancel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from page_changes import follow_changes
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.day_entries import EntryDialog
from mbc_tracker.gui.today_view import TodayView
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 21)


class Clock:
    """The time of day the view believes it is (tests move it on)."""

    def __init__(self) -> None:
        self.now = dt.datetime.combine(TODAY, dt.time(8, 5))

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_view(qtbot: QtBot, clock: Clock) -> Callable[[CareRecord], TodayView]:
    def make(record: CareRecord) -> TodayView:
        view = TodayView(record, today=lambda: TODAY, now=clock)
        follow_changes(view, record)
        qtbot.addWidget(view)
        view.resize(1024, 700)
        view.show()
        return view

    return make


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    symptom: str | None = None,
    time: tuple[int, int] | None = None,
    score: int | None = None,
    happened: bool | None = None,
    note: str | None = None,
    seen: list[EntryDialog] | None = None,
) -> None:
    """The next dialog opened is filled with these answers and saved."""

    def exec_(dialog: EntryDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        if symptom is not None:
            dialog.symptom_box.setCurrentIndex(dialog.symptom_box.findText(symptom))
        if time is not None:
            dialog.time_edit.setTime(QTime(*time))
        if score is not None:
            qtbot.mouseClick(dialog.scale.button(score), Qt.MouseButton.LeftButton)
        if happened is not None:
            button = dialog.yes_button if happened else dialog.no_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if note is not None:
            dialog.note_edit.setText(note)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result() or QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(EntryDialog, "exec", exec_)


def shown(view: TodayView) -> list[str]:
    return [label.text() for label in view.day_entries.entry_labels]


def bone_pain_label(record: CareRecord) -> str:
    return next(s.label for s in record.symptoms.all() if s.key == "bone_pain")


def test_pain_logged_twice_is_shown_with_times_edited_removed_and_kept(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[], CareRecord],
) -> None:
    pain = bone_pain_label(record)
    view = make_view(record)
    assert view.day_entries.empty_label.isVisibleTo(view)
    qtbot.mouseClick(view._scales["bone_pain"].button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert shown(view) == [f"08:05  {pain} 6"]

    clock.now = dt.datetime.combine(TODAY, dt.time(23, 0))
    seen: list[EntryDialog] = []
    answer_dialog(monkeypatch, qtbot, symptom=pain, time=(22, 10), score=3, seen=seen)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)
    assert seen[0].windowTitle() == "Log again at a time"
    assert shown(view) == [f"08:05  {pain} 6", f"22:10  {pain} 3  (latest: on the scale above)"]
    assert view._scales["bone_pain"].value() == 3  # the scale holds the latest entry
    assert view.day_entries.status_label.text() == f"Saved 22:10  {pain} 3."

    # Edit the morning's entry: a new time and score, and a note.
    answer_dialog(monkeypatch, qtbot, time=(9, 30), score=7, note="after the stairs")
    qtbot.mouseClick(view.day_entries.edit_buttons[0], Qt.MouseButton.LeftButton)
    assert shown(view) == [
        f"09:30  {pain} 7 — after the stairs",
        f"22:10  {pain} 3  (latest: on the scale above)",
    ]
    assert view.day_entries.edit_buttons[0].accessibleName() == f"Edit 09:30  {pain} 7"

    # Remove the evening's, undo, remove it again.
    qtbot.mouseClick(view.day_entries.remove_buttons[1], Qt.MouseButton.LeftButton)
    assert shown(view) == [f"09:30  {pain} 7 — after the stairs"]
    assert view._scales["bone_pain"].value() == 7
    assert view.day_entries.undo_button.isVisibleTo(view)
    qtbot.mouseClick(view.day_entries.undo_button, Qt.MouseButton.LeftButton)
    assert len(shown(view)) == 2
    assert view._scales["bone_pain"].value() == 3
    qtbot.mouseClick(view.day_entries.remove_buttons[1], Qt.MouseButton.LeftButton)
    assert not view.has_unsaved_changes()

    again = reopen()
    reopened = make_view(again)
    assert shown(reopened) == [f"09:30  {pain} 7 — after the stairs"]
    assert reopened._scales["bone_pain"].value() == 7


def test_typing_in_the_form_survives_an_entry_added_below_and_saves_without_a_conflict(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pain = bone_pain_label(record)
    view = make_view(record)
    qtbot.mouseClick(view._scales["bone_pain"].button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view._scales["fatigue"].button(4), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.weight_edit, "61.5")
    qtbot.keyClicks(view.note_edit, "Slept badly.")
    clock.now = dt.datetime.combine(TODAY, dt.time(12, 0))
    answer_dialog(monkeypatch, qtbot, symptom=pain, time=(11, 0), score=2)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)

    assert view.has_unsaved_changes()
    assert view._scales["fatigue"].value() == 4
    assert view._scales["bone_pain"].value() == 2  # not typed: shows the new latest entry
    assert view.weight_edit.text() == "61.5"
    assert view.note_edit.toPlainText() == "Slept badly."
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_day_changed", lambda message: asked.append(message) or "")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert asked == []  # the entry added here is not "a change made elsewhere"
    assert view.status_label.text().startswith("Saved at ")
    saved = record.daylog.load_day(TODAY)
    assert saved.severities == {"bone_pain": 2, "fatigue": 4}
    assert saved.weight == 61.5 and saved.note == "Slept badly."
    assert len(record.daylog.entries_of_day(TODAY)) == 3


def test_the_dialog_refuses_a_later_time_by_the_field_and_saves_nothing(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = make_view(record)
    seen: list[EntryDialog] = []
    answer_dialog(monkeypatch, qtbot, time=(22, 10), score=3, seen=seen)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.time_error.text() == (
        "This time is later than now. Choose the time it happened, up to now."
    )
    assert record.daylog.entries_of_day(TODAY) == []


def test_an_event_is_logged_with_its_time(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seizure = next(s.label for s in record.symptoms.all() if s.key == "seizure")
    clock.now = dt.datetime.combine(TODAY, dt.time(15, 0))
    view = make_view(record)
    seen: list[EntryDialog] = []
    answer_dialog(monkeypatch, qtbot, symptom=seizure, time=(14, 30), happened=True, seen=seen)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)
    assert not seen[0].scale.isVisibleTo(seen[0])
    assert shown(view) == [f"14:30  {seizure}"]
    assert view._event_boxes["seizure"].isChecked()


def test_on_a_past_day_the_dialog_names_the_day_and_starts_at_midday(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pain = bone_pain_label(record)
    view = make_view(record)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    seen: list[EntryDialog] = []
    answer_dialog(monkeypatch, qtbot, symptom=pain, score=5, seen=seen)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)
    assert seen[0].time_edit.time() == QTime(12, 0)
    assert "Friday 20 November 2026" in [label.text() for label in seen[0].findChildren(QLabel)]
    assert shown(view) == [f"12:00  {pain} 5"]
    assert record.daylog.load_day(TODAY - dt.timedelta(days=1)).severities == {"bone_pain": 5}


def test_remove_and_undo_by_keyboard_keep_the_keyboard_in_the_section(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Space on Remove takes the keyboard to "Undo remove"; Space there brings the entry back
    and the keyboard to its Edit button, not to the weight field further down."""
    pain = bone_pain_label(record)
    view = make_view(record)
    with qtbot.waitActive(view):
        view.activateWindow()
    qtbot.mouseClick(view._scales["bone_pain"].button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    clock.now = dt.datetime.combine(TODAY, dt.time(23, 0))
    answer_dialog(monkeypatch, qtbot, symptom=pain, time=(22, 10), score=3)
    qtbot.mouseClick(view.day_entries.add_button, Qt.MouseButton.LeftButton)

    remove = view.day_entries.remove_buttons[1]
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert shown(view) == [f"08:05  {pain} 6"]
    assert view.focusWidget() is view.day_entries.undo_button
    qtbot.keyClick(view.day_entries.undo_button, Qt.Key.Key_Space)
    assert len(shown(view)) == 2
    assert view.focusWidget() is view.day_entries.edit_buttons[1]
    assert view.focusWidget().accessibleName() == f"Edit 22:10  {pain} 3"


def test_another_day_reuses_the_entry_rows_and_edit_opens_the_entry_now_shown(
    qtbot: QtBot,
    record: CareRecord,
    make_view: Callable[[CareRecord], TodayView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A day change changes the rows' words in place (making every row again made "Previous
    # day" slow); a day with fewer entries hides the rows it does not need.
    pain = bone_pain_label(record)
    yesterday = TODAY - dt.timedelta(days=1)
    now = dt.datetime.combine(TODAY, dt.time(23, 0))
    for time, score in ((dt.time(7, 0), 5), (dt.time(13, 0), 4), (dt.time(21, 0), 2)):
        record.daylog.add_entry("bone_pain", TODAY, time, score, now=now)
    record.daylog.add_entry("bone_pain", yesterday, dt.time(18, 30), 6, now=now)
    view = make_view(record)
    assert len(shown(view)) == 3
    rows = list(view.day_entries.entry_labels)
    edits = list(view.day_entries.edit_buttons)

    assert view.show_day(yesterday)
    assert shown(view) == [f"18:30  {pain} 6"]
    assert view.day_entries.entry_labels == rows[:1]  # the same label, not a new one
    assert view.day_entries.edit_buttons == edits[:1]
    assert edits[0].accessibleName() == f"Edit 18:30  {pain} 6"
    assert not any(label.isVisible() for label in rows[1:])
    assert not any(button.isVisible() for button in edits[1:])

    # The kept Edit button opens the entry it shows now.
    seen: list[EntryDialog] = []
    answer_dialog(monkeypatch, qtbot, score=7, seen=seen)
    qtbot.mouseClick(edits[0], Qt.MouseButton.LeftButton)
    assert seen[0].time_edit.time() == QTime(18, 30)
    assert shown(view) == [f"18:30  {pain} 7"]

    assert view.show_day(TODAY)
    assert view.day_entries.entry_labels == rows
    assert shown(view) == [
        f"07:00  {pain} 5",
        f"13:00  {pain} 4",
        f"21:00  {pain} 2  (latest: on the scale above)",
    ]
    assert all(label.isVisible() for label in rows)
