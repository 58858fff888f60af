"""A record already open for changes elsewhere: the window says so, and offers to wait for it or to
look at it without changing it; it never opens a second writer.

The other writer here is a ``CareRecord`` opened in the test (its lock conflicts with the
window's exactly as another process's would: ``flock`` belongs to the open file).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.record_problem_dialog import ProblemChoice, RecordProblemDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import CareRecord, ProblemKind, RecordProblem, open_record

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def elsewhere(data_paths: DataPaths) -> Iterator[CareRecord]:
    """Ann's record, open for changes in 'another window'."""
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": 6}), today=TODAY)
    yield record
    record.close()


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    main = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    main.show()
    yield main
    # Closed here, not by qtbot: a test may leave Today unsaved, which would ask first.
    main.confirm_leave = lambda *_args, **_kwargs: True  # type: ignore[method-assign]
    main.close()
    main.close_record()
    main.deleteLater()


def answer(window: MainWindow, qtbot: QtBot, choice: ProblemChoice) -> list[RecordProblemDialog]:
    shown: list[RecordProblemDialog] = []

    def ask(problem: RecordProblem, at_startup: bool) -> ProblemChoice:
        dialog = RecordProblemDialog(problem, at_startup)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return choice

    window.ask_record_problem = ask  # type: ignore[method-assign]
    return shown


def test_a_record_open_elsewhere_is_explained_with_wait_and_read_only_offered(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    shown = answer(window, qtbot, ProblemChoice.GIVE_UP)

    assert not window.open_first_record(elsewhere.path)

    dialog = shown[0]
    assert "already open in an MBC Care Tracker window in this same app" in dialog.text()
    assert "overwrite each other" in dialog.informativeText()
    assert dialog.choice_button(ProblemChoice.WAIT) is not None
    assert dialog.choice_button(ProblemChoice.READ_ONLY) is not None
    assert window.record is None


def test_reading_only_shows_the_record_a_banner_and_saves_nothing(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    answer(window, qtbot, ProblemChoice.READ_ONLY)

    assert window.open_first_record(elsewhere.path)

    assert window.record is not None and window.record.read_only
    assert window.read_only_banner is not None and window.read_only_banner.isVisible()
    assert "(reading only)" in window.windowTitle()
    assert not window.preferences_action.isEnabled()
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6
    today._scales["fatigue"].set_value(2)
    assert not today.save()
    assert "reading only" in today.status_label.text()
    assert elsewhere.daylog.load_day(TODAY).severities == {"fatigue": 6}


def test_open_for_changes_works_once_the_other_window_closed_it(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    answer(window, qtbot, ProblemChoice.READ_ONLY)
    window.open_first_record(elsewhere.path)
    told: list[str] = []
    window.tell = lambda title, text: told.append(text)  # type: ignore[method-assign]
    banner = window.read_only_banner
    assert banner is not None

    banner.retry_button.click()  # still open elsewhere
    assert window.record is not None and window.record.read_only
    assert "already open" in told[0]

    elsewhere.close()
    banner.retry_button.click()
    assert window.record is not None and not window.record.read_only
    assert window.read_only_banner is None
    assert "(reading only)" not in window.windowTitle()
    assert window.preferences_action.isEnabled()


def test_waiting_opens_the_record_as_soon_as_it_is_closed_elsewhere(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    answer(window, qtbot, ProblemChoice.WAIT)
    QTimer.singleShot(800, elsewhere.close)  # the other window closes after a moment

    assert window.open_first_record(elsewhere.path)

    assert window.record is not None and not window.record.read_only
    assert window.record.lock is not None and window.record.lock.held
    today = window.today_view
    assert today is not None
    today._scales["fatigue"].set_value(2)
    assert today.save()


def test_waiting_can_turn_into_reading_only(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    from mbc_tracker.gui.record_access import WaitForRecordDialog

    answer(window, qtbot, ProblemChoice.WAIT)

    def press_read_only() -> None:
        dialog = window.findChild(WaitForRecordDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.read_only_button.click()

    QTimer.singleShot(300, press_read_only)

    assert window.open_first_record(elsewhere.path)
    assert window.record is not None and window.record.read_only


def test_two_windows_on_one_record_never_both_write(
    qtbot: QtBot, data_paths: DataPaths, elsewhere: CareRecord
) -> None:
    elsewhere.close()
    first = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    second = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    for each in (first, second):
        qtbot.addWidget(each)
    try:
        assert first.open_first_record(data_paths.default_record)
        kinds: list[ProblemKind] = []

        def ask(problem: RecordProblem, at_startup: bool) -> ProblemChoice:
            kinds.append(problem.kind)
            return ProblemChoice.GIVE_UP

        second.ask_record_problem = ask  # type: ignore[method-assign]
        assert not second.open_first_record(Path(data_paths.default_record))
        assert kinds == [ProblemKind.LOCKED]
    finally:
        first.close_record()
        second.close_record()


def test_an_unforeseen_failure_while_opening_is_treated_as_damage_not_a_hang(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mbc_tracker.services.record as record_module

    ann = open_record(data_paths.default_record, data_paths)
    ann.person.save(Person(name="Ann Example"), today=TODAY)
    ann.backup_now("manual")
    ann.close()

    def broken_open(*_args: object, **_kwargs: object) -> CareRecord:
        raise ValueError("a value nobody expected")

    monkeypatch.setattr(record_module, "open_record", broken_open)
    shown = answer(window, qtbot, ProblemChoice.GIVE_UP)

    assert not window.open_first_record(data_paths.default_record)

    assert shown[0].choice_button(ProblemChoice.OPEN_BACKUP) is not None
    assert "could not be read safely" in shown[0].text()
    log = (data_paths.data_dir / "logs" / "diagnostic.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "nobody expected" not in log


def test_a_record_that_opens_but_cannot_be_shown_is_closed_and_explained(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mbc_tracker.gui.today_view as today_module

    path = elsewhere.path
    elsewhere.close()

    def broken_page(*_args: object, **_kwargs: object) -> None:
        raise KeyError("unforeseen")

    monkeypatch.setattr(today_module.TodayView, "__init__", broken_page)
    told: list[str] = []
    window.tell = lambda title, text: told.append(text)  # type: ignore[method-assign]

    assert not window.open_first_record(path)

    assert window.record is None
    assert "could not be shown" in told[0]
    assert window.current_page() is window.opening_label
    assert "No record is open" in window.opening_label.text()
    again = open_record(path, elsewhere.paths)  # closed, and its lock let go
    again.close()


def test_open_for_changes_keeps_what_was_typed_while_reading_only(
    window: MainWindow, elsewhere: CareRecord, qtbot: QtBot
) -> None:
    # Found by review: the pages were rebuilt and the typed values dropped without a word.
    answer(window, qtbot, ProblemChoice.READ_ONLY)
    window.open_first_record(elsewhere.path)
    today = window.today_view
    assert today is not None
    today._scales["fatigue"].set_value(9)
    qtbot.keyClicks(today.note_edit, "typed while it was read-only")
    assert not today.save()  # reading only: nothing saved, the form kept
    elsewhere.close()

    assert window.open_for_changes()

    today = window.today_view
    assert today is not None and window.record is not None and not window.record.read_only
    assert today._scales["fatigue"].value() == 9
    assert today.note_edit.toPlainText() == "typed while it was read-only"
    assert today.has_unsaved_changes()
    assert today.save()
    saved = window.record.daylog.load_day(TODAY)
    assert saved.severities == {"fatigue": 9} and saved.note == "typed while it was read-only"
