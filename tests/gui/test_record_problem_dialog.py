"""Records that cannot be opened safely: a file that is not a record, and a damaged record with a
good backup. In both cases the file itself is never written to."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from record_damage import damage_middle_pages

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.record_problem_dialog import ProblemChoice, RecordProblemDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import ProblemKind, RecordProblem, open_record

TODAY = dt.date(2024, 5, 14)


@pytest.fixture
def ann(data_paths: DataPaths) -> Path:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY, weight=64.5, note="walked to the shop"), today=TODAY)
    record.close()
    return data_paths.default_record


@pytest.fixture
def window(qtbot, data_paths: DataPaths) -> Iterator[MainWindow]:
    main = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    qtbot.addWidget(main)
    yield main
    main.close_record()


class AskedAbout:
    """Stands in for the modal dialog: builds the real one, records it, answers with a choice."""

    def __init__(self, qtbot, answer: ProblemChoice) -> None:
        self.qtbot = qtbot
        self.answer = answer
        self.dialogs: list[RecordProblemDialog] = []

    def __call__(self, problem: RecordProblem, at_startup: bool) -> ProblemChoice:
        dialog = RecordProblemDialog(problem, at_startup)
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)
        return self.answer


def test_opening_a_text_file_says_it_is_not_a_record_and_leaves_it_alone(
    window: MainWindow, ann: Path, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_first_record(ann)
    notes = tmp_path / "notes.txt"
    notes.write_text("Questions for Dr Lee:\n- new pain in my hip\n", encoding="utf-8")
    before = notes.read_bytes()
    asked = AskedAbout(qtbot, ProblemChoice.GIVE_UP)
    monkeypatch.setattr(window, "ask_record_to_open", lambda: notes)
    monkeypatch.setattr(window, "ask_record_problem", asked)

    window.open_record_action.trigger()

    (dialog,) = asked.dialogs
    assert dialog.text() == (
        "“notes.txt” is not an MBC Care Tracker record. Nothing in it was changed."
    )
    assert dialog.choice_button(ProblemChoice.OPEN_BACKUP) is None
    assert dialog.choice_button(ProblemChoice.GIVE_UP).text() == "Cancel"
    assert notes.read_bytes() == before
    assert window.record.path == ann
    assert (
        re.sub(r" \([^()]+ in [^()]+\)", "", window.windowTitle().replace("[*]", ""))
        == "Ann Example — MBC Care Tracker"
    )


def test_choose_another_record_after_a_refusal(
    window: MainWindow, ann: Path, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a record", encoding="utf-8")
    asked = AskedAbout(qtbot, ProblemChoice.CHOOSE_ANOTHER)
    monkeypatch.setattr(window, "ask_record_problem", asked)
    monkeypatch.setattr(window, "ask_record_to_open", lambda: ann)

    assert window.open_first_record(notes)

    assert window.record.path == ann
    assert asked.dialogs[0].choice_button(ProblemChoice.GIVE_UP).text() == "Quit"


def test_a_damaged_record_opens_a_restored_copy_of_the_newest_good_backup(
    window: MainWindow, ann: Path, data_paths: DataPaths, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = open_record(ann, data_paths)
    record.backup_now("before-damage")
    record.close()
    damage_middle_pages(ann)
    damaged_bytes = ann.read_bytes()
    asked = AskedAbout(qtbot, ProblemChoice.OPEN_BACKUP)
    monkeypatch.setattr(window, "ask_record_problem", asked)

    assert window.open_first_record(ann)
    window.show()

    (dialog,) = asked.dialogs
    assert "could not be read safely, so the app has not changed it" in dialog.text()
    assert "the original file is kept as it is" in dialog.informativeText()
    assert dialog.choice_button(ProblemChoice.OPEN_BACKUP).text() == "Open the newest good backup"
    assert ann.read_bytes() == damaged_bytes
    assert window.record.path != ann
    assert "-restored-" in window.record.path.name
    assert (
        re.sub(r" \([^()]+ in [^()]+\)", "", window.windowTitle().replace("[*]", ""))
        == "Ann Example — MBC Care Tracker"
    )
    assert window.today_view.weight_edit.text() == "64.5"
    assert window.today_view.note_edit.toPlainText() == "walked to the shop"
    assert AppSettings.load(data_paths.settings_file).last_record() == window.record.path


def test_a_damaged_record_without_a_backup_offers_no_backup_and_quit_opens_nothing(
    window: MainWindow, ann: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_middle_pages(ann)
    asked = AskedAbout(qtbot, ProblemChoice.GIVE_UP)
    monkeypatch.setattr(window, "ask_record_problem", asked)

    assert not window.open_first_record(ann)

    assert window.record is None
    assert asked.dialogs[0].choice_button(ProblemChoice.OPEN_BACKUP) is None
    assert "No good backup" in asked.dialogs[0].informativeText()


def test_the_dialog_reports_the_button_the_person_pressed(qtbot, ann: Path) -> None:
    problem = RecordProblem(ProblemKind.NOT_A_RECORD, ann, "not a record")
    dialog = RecordProblemDialog(problem, at_startup=False)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.choice_button(ProblemChoice.CHOOSE_ANOTHER), Qt.MouseButton.LeftButton)
    assert dialog.choice() is ProblemChoice.CHOOSE_ANOTHER
    assert not dialog.isVisible()
