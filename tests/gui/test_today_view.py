"""Today as a person uses it: type and click, save (button or Ctrl+S), close the record, reopen
it, and find the same values; unsaved changes asked about; past days; a future day refused; the
one-click starts; bad input shown next to its field with nothing saved.

The unsaved-changes question is a modal box, so tests replace ``TodayView._ask_unsaved`` with
the answer the person would give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from page_changes import follow_changes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.gui.today_view import CANCEL, DISCARD, SAVE, TodayView
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 11, 21)  # a Saturday
YESTERDAY = TODAY - dt.timedelta(days=1)

ViewMaker = Callable[[CareRecord], TodayView]


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewMaker:
    def make(record: CareRecord) -> TodayView:
        view = TodayView(record, today=lambda: TODAY)
        follow_changes(view, record)
        qtbot.addWidget(view)
        view.resize(1024, 700)
        # Active like a real window in front of the person, so focus and shortcuts work.
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
        return view

    return make


def press_save(qtbot: QtBot, view: TodayView) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)


def test_opens_on_today_with_a_clear_heading(record: CareRecord, make_view: ViewMaker) -> None:
    view = make_view(record)
    assert view.current_day() == TODAY
    assert view.date_heading.text() == "Saturday 21 November 2026"
    assert view.today_label.text() == "Today"
    assert not view.next_button.isEnabled()
    assert view.weight_label.text() == "&Weight (kg)"
    assert set(view._scales) >= {"bone_pain", "fatigue"}
    assert "seizure" in view._event_boxes
    assert view._event_boxes["seizure"].text() == "Seizure (fit) — happened today"


def test_typed_values_saved_with_ctrl_s_are_there_after_reopening(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    view = make_view(record)
    qtbot.mouseClick(view._scales["bone_pain"].button(7), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view._scales["fatigue"].button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view._event_boxes["seizure"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.weight_edit, "72,5")
    qtbot.keyClicks(view.temperature_edit, "37.1")
    qtbot.keyClicks(view.note_edit, "Walked to the shop.")
    assert view.has_unsaved_changes()

    view.note_edit.setFocus()
    with qtbot.waitSignal(view.day_saved) as saved:
        qtbot.keyClick(view.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [TODAY]
    assert view.status_label.text().startswith("Saved at ")
    assert view.status_label.text().endswith("Thank you.")
    assert not view.has_unsaved_changes()
    view.close()

    again = make_view(reopen())
    assert again._scales["bone_pain"].value() == 7
    assert again._scales["fatigue"].value() == 3
    assert again._scales["nausea"].value() is None
    assert again._event_boxes["seizure"].isChecked()
    assert not again._event_boxes["jaundice"].isChecked()
    assert again.weight_edit.text() == "72.5"
    assert again.temperature_edit.text() == "37.1"
    assert again.note_edit.toPlainText() == "Walked to the shop."


def test_confirmation_stays_until_the_next_edit(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    qtbot.mouseClick(view._scales["bone_pain"].button(2), Qt.MouseButton.LeftButton)
    press_save(qtbot, view)
    assert view.status_label.text().startswith("Saved at ")
    qtbot.keyClicks(view.note_edit, "a")
    assert view.status_label.text() == ""
    assert view.has_unsaved_changes()


def test_clearing_saved_values_removes_them(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    record.daylog.save_day(DayLog(day=TODAY, severities={"bone_pain": 5}, weight=70.0), today=TODAY)
    view = make_view(record)
    scale = view._scales["bone_pain"]
    assert scale.value() == 5
    scale.setFocus()
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    view.weight_edit.selectAll()
    qtbot.keyClick(view.weight_edit, Qt.Key.Key_Backspace)
    assert view.weight_edit.text() == ""
    press_save(qtbot, view)
    view.close()

    again = make_view(reopen())
    assert again._scales["bone_pain"].value() is None
    assert again.weight_edit.text() == ""


@pytest.mark.parametrize("answer", [SAVE, DISCARD, CANCEL])
def test_changing_day_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    record: CareRecord,
    make_view: ViewMaker,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    view = make_view(record)
    asked: list[bool] = []
    monkeypatch.setattr(view, "_ask_unsaved", lambda: asked.append(True) or answer)
    qtbot.mouseClick(view._scales["bone_pain"].button(6), Qt.MouseButton.LeftButton)

    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)

    assert asked == [True]
    saved_today = record.daylog.load_day(TODAY).severities
    if answer == CANCEL:
        assert view.current_day() == TODAY
        assert view._scales["bone_pain"].value() == 6
        assert view.has_unsaved_changes()
        assert saved_today == {}
    else:
        assert view.current_day() == YESTERDAY
        assert view.today_label.text() == "Yesterday"
        assert not view.has_unsaved_changes()
        assert saved_today == ({"bone_pain": 6} if answer == SAVE else {})


def test_no_question_when_nothing_changed(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(record)
    monkeypatch.setattr(view, "_ask_unsaved", lambda: pytest.fail("asked without reason"))
    # Changing a value and putting it back leaves nothing unsaved.
    qtbot.keyClicks(view.weight_edit, "7")
    qtbot.keyClick(view.weight_edit, Qt.Key.Key_Backspace)
    assert not view.has_unsaved_changes()
    assert view.confirm_leave()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_day() == YESTERDAY


def test_unsaved_changed_signal_follows_the_form(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    with qtbot.waitSignal(view.unsaved_changed) as dirty:
        qtbot.keyClicks(view.note_edit, "x")
    assert dirty.args == [True]
    with qtbot.waitSignal(view.unsaved_changed) as clean:
        press_save(qtbot, view)
    assert clean.args == [False]


def test_a_past_day_can_be_edited_and_keeps_its_values(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    view = make_view(record)
    with qtbot.waitSignal(view.day_changed) as changed:
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert changed.args == [YESTERDAY]
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    three_days_ago = TODAY - dt.timedelta(days=2)
    assert view.current_day() == three_days_ago
    assert view.today_label.text() == "A past day"
    assert view.next_button.isEnabled()
    qtbot.mouseClick(view._scales["nausea"].button(4), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.weight_edit, "68")
    press_save(qtbot, view)
    assert three_days_ago in view.month_overview.calendar.logged_days()
    view.close()

    again = make_view(reopen())
    assert again._scales["nausea"].value() is None  # today holds nothing
    assert again.show_day(three_days_ago)
    assert again._scales["nausea"].value() == 4
    assert again.weight_edit.text() == "68"


def test_a_future_day_is_refused_calmly(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    assert not view.next_button.isEnabled()
    assert view.month_overview.calendar.maximumDate().toPython() == TODAY

    assert not view.show_day(TODAY + dt.timedelta(days=1))

    assert view.current_day() == TODAY
    assert view.day_error.isVisible()
    assert "future" in view.day_error.text()
    assert view.show_day(YESTERDAY)
    assert not view.day_error.isVisible()


def test_no_symptoms_today_fills_the_form_and_is_saved_on_save(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    view = make_view(record)
    qtbot.mouseClick(view.no_symptoms_button, Qt.MouseButton.LeftButton)
    assert all(scale.value() == 0 for scale in view._scales.values())
    assert not any(box.isChecked() for box in view._event_boxes.values())
    assert view.has_unsaved_changes()
    assert record.daylog.load_day(TODAY).is_empty  # only the form is filled
    press_save(qtbot, view)
    view.close()

    fresh = reopen()
    saved = fresh.daylog.load_day(TODAY)
    assert saved.severities == {key: 0 for key in view._scales}
    assert saved.events == {key: False for key in view._event_boxes}
    again = make_view(fresh)
    assert again._scales["bone_pain"].value() == 0


def test_same_as_yesterday_copies_yesterdays_symptoms(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    record.daylog.save_day(
        DayLog(
            day=YESTERDAY,
            severities={"bone_pain": 4, "fatigue": 6},
            events={"seizure": True},
            weight=70.0,
        ),
        today=TODAY,
    )
    view = make_view(record)
    qtbot.keyClicks(view.weight_edit, "71")
    qtbot.mouseClick(view.same_as_yesterday_button, Qt.MouseButton.LeftButton)
    assert view._scales["bone_pain"].value() == 4
    assert view._scales["fatigue"].value() == 6
    assert view._event_boxes["seizure"].isChecked()
    assert view.weight_edit.text() == "71"  # only symptoms are copied
    assert "Copied from Friday 20 November" in view.status_label.text()
    press_save(qtbot, view)
    view.close()

    again = make_view(reopen())
    assert again._scales["bone_pain"].value() == 4
    assert again._scales["fatigue"].value() == 6
    assert again._event_boxes["seizure"].isChecked()
    assert again.weight_edit.text() == "71"


def test_same_as_yesterday_with_nothing_yesterday_says_so(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    qtbot.mouseClick(view.same_as_yesterday_button, Qt.MouseButton.LeftButton)
    assert "nothing to copy" in view.status_label.text()
    assert all(scale.value() is None for scale in view._scales.values())
    assert not view.has_unsaved_changes()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0", "A weight of 0 kg looks like a typing mistake"),
        ("900", "A weight of 900 kg looks like a typing mistake"),
        ("abc", "“abc” is not a number"),
    ],
)
def test_bad_weight_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot,
    record: CareRecord,
    make_view: ViewMaker,
    typed: str,
    expected: str,
) -> None:
    view = make_view(record)
    qtbot.mouseClick(view._scales["bone_pain"].button(3), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.note_edit, "a note that must not be half-saved")
    qtbot.keyClicks(view.weight_edit, typed)
    with qtbot.assertNotEmitted(view.day_saved):
        press_save(qtbot, view)
    error = view._errors["weight"]
    assert error.isVisible()
    assert error.text().startswith(expected)
    assert view.weight_edit.accessibleDescription() == error.text()
    assert view.weight_edit.hasFocus()
    assert view.has_unsaved_changes()
    assert view.status_label.text().startswith("Nothing was saved yet: one field needs a look.")

    assert record.daylog.load_day(TODAY).is_empty

    # Correcting the field takes the message away, and then the whole day saves.
    view.weight_edit.selectAll()
    qtbot.keyClicks(view.weight_edit, "65")
    assert not error.isVisible()
    press_save(qtbot, view)
    saved = record.daylog.load_day(TODAY)
    assert (saved.weight, saved.severities) == (65.0, {"bone_pain": 3})


def test_temperature_out_of_range_is_shown_next_to_its_field(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker
) -> None:
    view = make_view(record)
    qtbot.keyClicks(view.temperature_edit, "370")
    assert not view.save()
    assert view._errors["temperature"].isVisible()
    assert "temperature of 370 °C" in view._errors["temperature"].text()
    assert not view._errors["weight"].isVisible()
    assert record.daylog.load_day(TODAY).temperature is None


def test_long_note_with_emoji_is_kept_intact(
    qtbot: QtBot, record: CareRecord, make_view: ViewMaker, reopen: Callable[[], CareRecord]
) -> None:
    note = ("Slept badly 😴, rain 🌧️ all day; ça va — 疲れた.\n" * 300)[:10_500] + "🙂"
    assert len(note) > 10_000
    view = make_view(record)
    view.note_edit.setFocus()
    view.note_edit.insertPlainText(note)  # as a paste would
    assert view.save()
    view.close()

    again = make_view(reopen())
    assert again.note_edit.toPlainText() == note


def test_tab_goes_down_the_page_so_digits_reach_the_scales_before_weight_and_note(
    record: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(record)
    view.choose_button.setFocus()
    scales = [
        view._scales[symptom.key] for symptom in view._symptoms if symptom.key in view._scales
    ]
    assert scales
    qtbot.keyClick(view.choose_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is scales[0]
    qtbot.keyClicks(scales[0], "4")  # the digit sets the scale, not the weight
    assert scales[0].value() == 4
    assert view.weight_edit.text() == ""
    for _ in range(len(view._symptoms)):  # past every symptom, events included
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # Then the day's entries below the scales (none yet: only "Log again at a time…").
    assert QApplication.focusWidget() is view.day_entries.add_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.weight_edit
    for expected in (view.temperature_edit, view.note_edit, view.save_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_two_bad_fields_show_both_messages_and_the_first_is_in_view(
    record: CareRecord, make_view: ViewMaker, qtbot: QtBot
) -> None:
    view = make_view(record)
    view.weight_edit.setFocus()
    qtbot.keyClicks(view.weight_edit, "6l")  # a letter typed for a digit
    qtbot.keyClicks(view.temperature_edit, "83")  # 38 typed the wrong way round
    view._scroll.verticalScrollBar().setValue(0)  # she is looking at the top of the form

    press_save(qtbot, view)

    weight_error, temperature_error = view._errors["weight"], view._errors["temperature"]
    assert weight_error.isVisible() and temperature_error.isVisible()
    assert "typing mistake" in temperature_error.text()
    viewport = view._scroll.viewport()
    top_left = weight_error.mapTo(viewport, weight_error.rect().topLeft())
    bottom = weight_error.mapTo(viewport, weight_error.rect().bottomLeft()).y()
    assert top_left.y() >= 0 and bottom <= viewport.height()  # the message is on screen
    assert record.daylog.load_day(TODAY).weight is None  # nothing was saved
    assert view.status_label.text() == (
        "Nothing was saved yet: 2 fields need a look. Please read the notes under them, "
        "then save again."
    )
