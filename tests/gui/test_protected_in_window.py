"""A record protected with a passphrase, opened in the window as a person would: the passphrase
is asked for by name, a wrong one is refused with a calm sentence and leaves the file exactly as
it was, the right one shows the person's data, and the window never asks again for the record it
already has open (reading only, then for changes; a restore of one of its backups).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.passphrase_dialog import PassphraseDialog
from mbc_tracker.gui.record_problem_dialog import ProblemChoice
from mbc_tracker.gui.restore_dialog import RestoreDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.protection import protect_record
from mbc_tracker.services.record import key_for, open_record

TODAY = dt.date(2026, 11, 21)
PASSPHRASE = "plum tree by the gate"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file beside the record, by name, with a digest of its bytes."""
    return {
        file.name: hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(folder.iterdir())
        if file.is_file()
    }


@pytest.fixture
def protected(data_paths: DataPaths) -> Path:
    """Ann's record, with fatigue 6 today and one plain backup, protected with PASSPHRASE."""
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": 6}), today=TODAY)
    record.backup_now()
    record.close()
    protect_record(data_paths.default_record, data_paths, PASSPHRASE)
    return data_paths.default_record


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths) -> Iterator[MainWindow]:
    main = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    main.show()
    yield main
    main.confirm_leave = lambda *_args, **_kwargs: True  # type: ignore[method-assign]
    main.close()
    main.close_record()
    main.deleteLater()


class Typist:
    """Answers the passphrase dialog when it appears, one passphrase per appearance (a list
    item may hold several tries), and notes what the dialog said after each try."""

    def __init__(self, qtbot: QtBot, answers: list[list[str | None]]) -> None:
        self.qtbot = qtbot
        self.answers = answers
        self.seen: list[dict[str, object]] = []
        self._arm()

    def _arm(self) -> None:
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            self._arm()  # not shown yet
            return
        tries = self.answers.pop(0)
        for passphrase in tries:
            if passphrase is None:
                dialog.cancel_button.click()
                break
            field = dialog.passphrase_edit
            field.selectAll()
            self.qtbot.keyClicks(field, passphrase)
            self.seen.append(
                {
                    "title": dialog.windowTitle(),
                    "focus": dialog.focusWidget() is field,
                    "password": field.echoMode() is QLineEdit.EchoMode.Password,
                    "accessible": field.accessibleName(),
                }
            )
            self.qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter opens
            self.seen[-1].update(
                problem=dialog.problem_label.text() if dialog.problem_label.isVisible() else "",
                forgotten=dialog.forgotten_label.isVisible(),
                still_open=dialog.isVisible(),
            )
        if self.answers:
            self._arm()


def test_a_wrong_passphrase_is_refused_calmly_and_the_file_is_untouched(
    window: MainWindow, protected: Path, qtbot: QtBot
) -> None:
    before = folder_state(protected.parent)
    typist = Typist(qtbot, [["not the passphrase", "another wrong one", None]])

    assert not window.open_first_record(protected)

    first, second = typist.seen
    assert "“record.mbcrecord”" in str(first["title"])
    assert first["focus"] and first["password"] and first["accessible"] == "Passphrase"
    assert first["still_open"] and second["still_open"]  # no lock-out, no count
    assert first["problem"] == (
        "This passphrase does not open the record. Nothing in it was changed; please try again."
    )
    assert first["forgotten"]  # a forgotten passphrase cannot be recovered ... exported copy
    assert window.record is None
    assert folder_state(protected.parent) == before  # byte for byte, no side file left


def test_the_right_passphrase_opens_and_shows_the_persons_data(
    window: MainWindow, protected: Path, qtbot: QtBot
) -> None:
    typist = Typist(qtbot, [["not the passphrase", PASSPHRASE]])

    assert window.open_first_record(protected)

    assert typist.seen[-1]["problem"] == "" and not typist.seen[-1]["still_open"]
    assert window.record is not None and window.record.protected
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6
    person = window.record.person.get()
    assert person is not None and person.name == "Ann Example"


def test_cancelling_the_passphrase_opens_nothing_and_keeps_the_record_shown(
    window: MainWindow, protected: Path, data_paths: DataPaths, qtbot: QtBot
) -> None:
    other = data_paths.data_dir / "other.mbcrecord"
    record = open_record(other, data_paths)
    record.person.save(Person(name="Bea Other"), today=TODAY)
    record.close()
    assert window.open_first_record(other)
    Typist(qtbot, [[None]])

    assert not window.switch_to(protected)

    assert window.record is not None and window.record.path == other.resolve()


def test_the_window_does_not_ask_again_for_the_record_it_has_open(
    window: MainWindow, protected: Path, data_paths: DataPaths, qtbot: QtBot
) -> None:
    elsewhere = open_record(protected, data_paths, key=key_for(protected, PASSPHRASE))
    window.ask_record_problem = lambda problem, at_startup: ProblemChoice.READ_ONLY  # type: ignore[method-assign]
    typist = Typist(qtbot, [[PASSPHRASE]])
    assert window.open_first_record(protected)
    assert window.record is not None and window.record.read_only
    assert len(typist.seen) == 1
    elsewhere.close()
    asked: list[Path] = []
    window.ask_passphrase = lambda path, at_startup=False: asked.append(path)  # type: ignore[method-assign,assignment,func-returns-value]

    assert window.open_for_changes()

    assert asked == []
    assert window.record is not None and not window.record.read_only
    assert window.record.protected


def test_waiting_for_a_protected_record_asks_for_its_passphrase_once_it_is_free(
    window: MainWindow, protected: Path, data_paths: DataPaths, qtbot: QtBot
) -> None:
    elsewhere = open_record(protected, data_paths, key=key_for(protected, PASSPHRASE))
    window.ask_record_problem = lambda problem, at_startup: ProblemChoice.WAIT  # type: ignore[method-assign]
    QTimer.singleShot(300, elsewhere.close)
    typist = Typist(qtbot, [[PASSPHRASE]])

    assert window.open_first_record(protected)

    assert len(typist.seen) == 1
    assert window.record is not None and not window.record.read_only
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6


def test_a_backup_of_a_protected_record_is_restored_in_the_window(
    window: MainWindow, protected: Path, data_paths: DataPaths, qtbot: QtBot
) -> None:
    Typist(qtbot, [[PASSPHRASE]])
    assert window.open_first_record(protected)
    assert window.back_up_now.__name__
    window.tell = lambda title, text: None  # type: ignore[method-assign]
    assert window.back_up_now()  # a protected backup, with fatigue 6
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["fatigue"].button(2), Qt.MouseButton.LeftButton)
    assert today.save()
    chosen: list[Path] = []

    def choose_protected(dialog: RestoreDialog) -> bool:
        # The newest backup is the protected one (the plain one was made before protecting).
        dialog.table.selectRow(0)
        dialog._restore_selected()
        chosen.append(dialog.chosen)  # type: ignore[arg-type]
        return dialog.result() == RestoreDialog.DialogCode.Accepted

    window.ask_restore = choose_protected  # type: ignore[method-assign]
    window.ask_confirm = lambda title, text, yes: True  # type: ignore[method-assign]
    asked: list[Path] = []
    window.ask_passphrase = lambda path, at_startup=False: asked.append(path)  # type: ignore[method-assign,assignment,func-returns-value]

    assert window.restore_from_backup()

    assert chosen and chosen[0] is not None and b"Ann Example" not in chosen[0].read_bytes()
    assert asked == []
    assert window.record is not None and window.record.protected
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6
