"""One runner for changes, one broadcast: pages are built when first shown, and every page built
hears what an action changed, whichever page made the change (issue 11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Person, Treatment, TreatmentCategory, WeightUnit
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.preferences_dialog import PreferencesDialog
from mbc_tracker.gui.runner import runner_for
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.record import open_record

TODAY = dt.date(2024, 5, 14)
PAGES = ("today", "flags", "history", "profile", "receptors", "treatments", "appointments")


@pytest.fixture
def window(open_main_window: Callable[[dt.date], MainWindow]) -> MainWindow:
    return open_main_window(TODAY)


def heard_by(window: MainWindow) -> list[RecordChanges]:
    heard: list[RecordChanges] = []
    window.record_changed.connect(heard.append)
    return heard


def test_only_today_is_built_at_start_and_each_page_once_when_first_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert [key for key in PAGES if window.built_page(key) is not None] == ["today"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    history = window.built_page("history")
    assert history is not None and window.current_page() is history
    assert window.built_page("flags") is None  # passing over a tab does not build it
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.built_page("history") is history


def test_every_page_takes_the_broadcast(window: MainWindow) -> None:
    for key in PAGES:
        window.show_page(key)
        page = window.built_page(key)
        assert page is not None and callable(getattr(page, "record_changed", None)), key


def test_a_save_on_today_is_broadcast_once_with_its_day(window: MainWindow, qtbot: QtBot) -> None:
    heard = heard_by(window)
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["fatigue"].button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert heard == [RecordChanges.of_days({TODAY}, measurements=True)]


def test_a_refused_save_broadcasts_nothing(window: MainWindow, qtbot: QtBot) -> None:
    heard = heard_by(window)
    today = window.today_view
    assert today is not None
    qtbot.keyClicks(today.weight_edit, "4000")
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in today.status_label.text()
    assert heard == []


def test_units_changed_in_preferences_reach_today_and_an_open_profile(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("profile")
    profile = window.profile_view
    assert profile is not None
    heard = heard_by(window)

    def pounds(person: Person) -> object:
        dialog = PreferencesDialog(person, window.look(), window)
        qtbot.addWidget(dialog)
        dialog.weight_box.setCurrentIndex(dialog.weight_box.findText("lb"))
        return dialog.chosen()

    monkeypatch.setattr(window, "ask_preferences", pounds)
    window.preferences_action.trigger()
    assert heard == [RecordChanges(person=True)]
    assert window.today_view is not None and "lb" in window.today_view.weight_label.text()
    assert profile.weight_box.currentData() == WeightUnit.LB.value


def test_a_treatment_added_elsewhere_shows_on_treatments_when_next_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page("treatments")
    treatments = window.treatments_view
    assert treatments is not None and treatments.model.rowCount() == 0
    window.show_page("today")
    record = window.record
    assert record is not None
    runner_for(record).run(
        lambda: record.treatments.add(
            Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", TODAY), TODAY
        ),
        RecordChanges(treatments=True),
    )
    assert treatments.model.rowCount() == 0  # hidden: nothing read yet
    window.show_page("treatments")
    assert treatments.model.rowCount() == 1


def test_changes_to_a_record_no_longer_shown_reach_no_page(
    window: MainWindow, data_paths: DataPaths
) -> None:
    other_path = data_paths.data_dir / "other.mbcrecord"
    other = open_record(other_path, data_paths)
    other.person.save(Person(name="Bea Example"), today=TODAY)
    other.close()
    old = window.record
    assert old is not None
    heard = heard_by(window)
    assert window.switch_to(other_path)
    assert window.record is not old and window.record is not None
    runner_for(old).announce(RecordChanges(treatments=True))
    assert heard == []
    runner_for(window.record).announce(RecordChanges(treatments=True))
    assert heard == [RecordChanges(treatments=True)]


def test_the_flags_page_keeps_the_cards_a_save_did_not_change(
    window: MainWindow, qtbot: QtBot
) -> None:
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["bone_pain"].button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    window.show_page("flags")
    flags = window.flags_view
    assert flags is not None
    (bone_pain,) = flags.cards()

    window.show_page("today")
    qtbot.mouseClick(today._scales["fatigue"].button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    window.show_page("flags")
    assert flags.cards() == [bone_pain]  # the same card, not built again

    window.show_page("today")
    qtbot.mouseClick(today._scales["bone_pain"].button(9), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    window.show_page("flags")
    (changed,) = flags.cards()
    assert changed is not bone_pain and changed.flag.peak == 9.0
