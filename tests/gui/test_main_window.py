"""The main window as a caregiver uses it: whose record is open, new and recent records, backups,
preferences, and leaving with unsaved changes on Today.

Modal questions go through the window's small ``ask_...``/``tell`` methods (and Today's
``_ask_unsaved``), which these tests replace with answers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person, TemperatureUnit, WeightUnit
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.passphrase_dialog import KEEP_PLAIN, NewPassphraseDialog
from mbc_tracker.gui.preferences_dialog import PreferencesDialog
from mbc_tracker.gui.today_view import CANCEL, DISCARD
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import open_record

TODAY = dt.date(2024, 5, 14)


def make_record(paths: DataPaths, path: Path, name: str, weight_kg: float | None = None) -> Path:
    record = open_record(path, paths)
    try:
        record.person.save(Person(name=name), today=TODAY)
        if weight_kg is not None:
            record.daylog.save_day(DayLog(day=TODAY, weight=weight_kg), today=TODAY)
    finally:
        record.close()
    return path


class Told:
    """Collects what the window told the person, instead of showing message boxes."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    @property
    def last_text(self) -> str:
        return self.messages[-1][1]


@pytest.fixture
def told() -> Told:
    return Told()


@pytest.fixture
def make_window(
    qtbot, data_paths: DataPaths, told: Told, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(
            data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY
        )
        monkeypatch.setattr(window, "tell", told)
        windows.append(window)
        return window

    yield make
    for window in windows:
        # Tests may leave Today unsaved on purpose; closing at teardown must not ask. (The
        # windows are closed here rather than by qtbot, which would close them before this.)
        window.confirm_leave = lambda: True
        window.close()
        window.close_record()
        window.deleteLater()


@pytest.fixture
def ann(data_paths: DataPaths) -> Path:
    return make_record(data_paths, data_paths.default_record, "Ann Example", weight_kg=70.0)


@pytest.fixture
def bea(data_paths: DataPaths, tmp_path: Path) -> Path:
    return make_record(data_paths, tmp_path / "mum.mbcrecord", "Bea Example")


def shown_title(window: MainWindow) -> str:
    """The title without its modified marker and without the record's file and folder."""
    return re.sub(r" \([^()]+ in [^()]+\)", "", window.windowTitle().replace("[*]", ""))


def test_title_shows_whose_record_is_open(make_window, ann: Path) -> None:
    window = make_window()
    assert window.open_first_record(ann)
    window.show()
    assert shown_title(window) == "Ann Example — MBC Care Tracker"
    assert window.current_page() is window.today_view
    assert window.today_view.weight_edit.text() == "70"


def test_title_says_which_file_is_open(make_window, ann: Path) -> None:
    # After copying a data folder, two records share a name: the title tells them apart.
    window = make_window()
    assert window.open_first_record(ann)

    assert f"({ann.name} in " in window.windowTitle()
    assert window.windowTitle().endswith("— MBC Care Tracker")


def test_a_long_folder_is_shortened_in_the_middle_and_home_is_a_tilde() -> None:
    from mbc_tracker.gui.main_window import display_folder

    assert display_folder(Path.home() / "records") == "~/records"
    long_folder = Path("/srv/shared/family/records/for-the-clinic/2026/mum")
    shown = display_folder(long_folder)
    assert len(shown) <= 40 and shown.startswith("/srv/shared") and shown.endswith("2026/mum")


def test_unsaved_changes_show_in_the_title_marker(make_window, ann: Path, qtbot) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.show()
    qtbot.keyClicks(window.today_view.note_edit, "tired")
    assert window.isWindowModified()


def test_new_record_asks_for_a_place_then_the_name(
    make_window, ann: Path, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.show()
    monkeypatch.setattr(window, "ask_new_record_path", lambda: tmp_path / "dad")
    offered: list[str] = []

    def keep_plain(dialog: NewPassphraseDialog) -> int:
        offered.append(dialog.windowTitle())
        return KEEP_PLAIN

    monkeypatch.setattr(window.protection_actions, "ask_new_record_protection", keep_plain)

    window.new_record_action.trigger()

    new_file = tmp_path / "dad.mbcrecord"
    assert new_file.is_file()
    assert window.record.path == new_file
    assert window.stack.currentWidget() is window.welcome_page
    assert shown_title(window) == "New record — MBC Care Tracker"
    assert offered == ["Protect the new record?"]

    qtbot.keyClicks(window.welcome_page.name_edit, "Carl Example")
    qtbot.mouseClick(window.welcome_page.start_button, Qt.MouseButton.LeftButton)

    assert shown_title(window) == "Carl Example — MBC Care Tracker"
    assert window.current_page() is window.today_view
    reloaded = AppSettings.load(window.paths.settings_file)
    assert reloaded.recent_records() == [new_file, ann]
    assert reloaded.last_record() == new_file


def test_new_record_never_reuses_an_existing_file(
    make_window, ann: Path, bea: Path, tmp_path: Path, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    answers = iter([bea, tmp_path / "fresh.mbcrecord"])
    monkeypatch.setattr(window, "ask_new_record_path", lambda: next(answers))
    monkeypatch.setattr(
        window.protection_actions, "ask_new_record_protection", lambda _dialog: KEEP_PLAIN
    )
    before = bea.read_bytes()

    window.new_record()

    assert "already a file called “mum.mbcrecord”" in told.last_text
    assert bea.read_bytes() == before
    assert window.record.path == tmp_path / "fresh.mbcrecord"


def test_cancelling_new_record_keeps_the_open_one(
    make_window, ann: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    monkeypatch.setattr(window, "ask_new_record_path", lambda: None)
    window.new_record_action.trigger()
    assert window.record.path == ann
    assert shown_title(window) == "Ann Example — MBC Care Tracker"


def recent_action_for(window: MainWindow, path: Path):
    # Opening the menu builds the list (a real popup would warn on the offscreen platform).
    window.recent_menu.aboutToShow.emit()
    matches = [action for action in window.recent_menu.actions() if action.data() == str(path)]
    assert len(matches) == 1
    return matches[0]


def test_open_recent_switches_records(make_window, ann: Path, bea: Path) -> None:
    window = make_window()
    window.open_first_record(bea)
    window.switch_to(ann)
    window.show()
    recent_action_for(window, bea).trigger()

    assert window.record.path == bea
    assert shown_title(window) == "Bea Example — MBC Care Tracker"
    assert AppSettings.load(window.paths.settings_file).recent_records() == [bea, ann]


def test_a_missing_recent_record_is_removed_with_a_note(
    make_window, ann: Path, bea: Path, told: Told
) -> None:
    window = make_window()
    window.open_first_record(bea)
    window.switch_to(ann)
    bea.unlink()

    recent_action_for(window, bea).trigger()

    assert "no longer in" in told.last_text
    assert "taken off the recent list" in told.last_text
    assert window.record.path == ann
    assert AppSettings.load(window.paths.settings_file).recent_records() == [ann]


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    make_window, ann: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.show()
    qtbot.keyClicks(window.today_view.note_edit, "slept badly")
    asked: list[str] = []

    def answer(reply: str) -> Callable[[], str]:
        def ask() -> str:
            asked.append(reply)
            return reply

        return ask

    monkeypatch.setattr(window.today_view, "_ask_unsaved", answer(CANCEL))
    window.quit_action.trigger()

    assert asked == [CANCEL]
    assert window.isVisible()
    assert window.record is not None
    assert window.today_view.note_edit.toPlainText() == "slept badly"

    monkeypatch.setattr(window.today_view, "_ask_unsaved", answer(DISCARD))
    window.quit_action.trigger()
    assert asked == [CANCEL, DISCARD]
    assert not window.isVisible()
    assert window.record is None


def test_switching_records_with_unsaved_changes_can_be_cancelled(
    make_window, ann: Path, bea: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.show()
    qtbot.keyClicks(window.today_view.note_edit, "keep me")
    monkeypatch.setattr(window.today_view, "_ask_unsaved", lambda: CANCEL)

    assert not window.switch_to(bea)

    assert window.record.path == ann
    assert window.today_view.note_edit.toPlainText() == "keep me"
    assert shown_title(window) == "Ann Example — MBC Care Tracker"


def test_back_up_now_says_where_the_copy_is(make_window, ann: Path, told: Told) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.backup_action.trigger()
    backups = list(window.paths.backups_dir.glob("*.mbcrecord"))
    assert len(backups) == 1
    assert backups[0].name in told.last_text
    assert str(window.paths.backups_dir) in told.last_text


def test_preferences_change_units_and_today_follows(
    make_window, ann: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.show()
    assert "kg" in window.today_view.weight_label.text()

    def choose_pounds_and_fahrenheit(person: Person):
        dialog = PreferencesDialog(person, window.look(), window)
        qtbot.addWidget(dialog)
        dialog.weight_box.setCurrentIndex(dialog.weight_box.findText("lb"))
        dialog.temperature_box.setCurrentIndex(dialog.temperature_box.findText("°F"))
        return dialog.chosen()

    monkeypatch.setattr(window, "ask_preferences", choose_pounds_and_fahrenheit)
    window.preferences_action.trigger()

    assert "lb" in window.today_view.weight_label.text()
    assert "°F" in window.today_view.temperature_label.text()
    assert window.today_view.weight_edit.text() == "154.3"
    person = window.record.person.get()
    assert (person.weight_unit, person.temperature_unit) == (
        WeightUnit.LB,
        TemperatureUnit.FAHRENHEIT,
    )


def test_about_tells_privacy_and_where_the_data_lives(make_window, ann: Path, told: Told) -> None:
    window = make_window()
    window.open_first_record(ann)
    window.about_action.trigger()
    assert "nothing you type leaves this computer" in told.last_text
    assert str(ann) in told.last_text
    assert str(window.paths.backups_dir) in told.last_text


def test_pages_of_a_record_switched_away_from_stop_hearing_changes_at_once(
    make_window, ann: Path, bea: Path
) -> None:
    """Until Qt deletes them (on a later turn of the event loop, or never inside a nested one),
    the old record's pages must not hear, and read for, changes made to the record shown now."""
    window = make_window()
    window.open_first_record(bea)
    window.show_page(window.FLAGS)
    window.show_page(window.TODAY)
    old_today = window.today_view
    window.switch_to(ann)  # no event loop turns: the old pages are not deleted yet

    heard = window.receivers(SIGNAL("record_changed(PyObject)"))
    # Today of Ann's record, the one page built so far, and the window's reminders (which
    # belong to the window, not to a record).
    assert heard == 2
    assert window.today_view is not old_today
