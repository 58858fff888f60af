"""File > Protect with a passphrase…, Change passphrase…, Remove protection… as a person uses them:
the dialogs refuse what cannot be used by the field, the record is opened again at once with its
new key on the same page (what was typed on Today still there, still unsaved), the backups made
before are protected, deleted or kept as the person chooses, and no health detail is left
readable on disk after protecting.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from mbc_tracker.gui.protection_actions import BackupChoice
from mbc_tracker.gui.record_problem_dialog import ProblemChoice
from mbc_tracker.paths import DataPaths
from mbc_tracker.services import protection
from mbc_tracker.services.protection import is_protected
from mbc_tracker.services.record import Access, key_for, open_record
from mbc_tracker.services.transfer import export_record

TODAY = dt.date(2026, 11, 21)
PASSPHRASE = "plum tree by the gate"
NEW_PASSPHRASE = "heron over the river"
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
WindowOpener = Callable[[dt.date], MainWindow]
# Health details a stranger must not read in any file of a protected record.
SECRETS = (b"Ann Example", b"Paclitaxel", b"fatigue", b"Walked to the bakery with Rosa")


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.messages.append((title, text))


def backups(data_paths: DataPaths) -> list[Path]:
    return sorted(data_paths.backups_dir.glob("*.mbcrecord"))


def exported(path: Path, data_paths: DataPaths, key: RecordKey | None, folder: Path) -> str:
    target = folder / f"export-{len(list(folder.glob('export-*')))}.json"
    record = open_record(path, data_paths, Access.READ, key=key)
    try:
        export_record(record, target, exported_at=WHEN)
    finally:
        record.close()
    data = json.loads(target.read_text(encoding="utf-8"))
    data.pop("record_file", None)
    return json.dumps(data, sort_keys=True)


def type_new(
    qtbot: QtBot, dialog: NewPassphraseDialog, new: str, again: str, current: str = ""
) -> None:
    if dialog.current_edit is not None:
        dialog.current_edit.clear()
        qtbot.keyClicks(dialog.current_edit, current)
    for field, text in ((dialog.new_edit, new), (dialog.again_edit, again)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(open_main_window: WindowOpener, qtbot: QtBot) -> MainWindow:
    """Ann's record in the window, with a note, a treatment and one plain backup."""
    main = open_main_window(TODAY)
    record = main.record
    assert record is not None
    record.daylog.save_day(
        DayLog(day=TODAY, severities={"fatigue": 6}, note="Walked to the bakery with Rosa"),
        today=TODAY,
    )
    record.treatments.add(
        Treatment(TreatmentCategory.CHEMOTHERAPY, "Paclitaxel", TODAY - dt.timedelta(days=30)),
        today=TODAY,
    )
    main.tell = Told()  # type: ignore[method-assign]
    assert main.back_up_now()
    # Opened again, so that Today shows what was saved behind its back.
    main.close_record()
    assert main.open_first_record(record.path)
    return main


def protect_from_menu(
    window: MainWindow, qtbot: QtBot, choice: BackupChoice = BackupChoice.KEEP
) -> list[str]:
    """File > Protect with a passphrase…, first with two different passphrases and one too
    short (each refused by its field), then PASSPHRASE twice. Returns what the fields said."""
    actions = window.protection_actions
    said: list[str] = []

    def answer(dialog: NewPassphraseDialog) -> bool:
        assert "cannot be recovered" in dialog.forgotten_label.text()
        assert "exported copy" in dialog.forgotten_label.text()
        assert dialog.new_edit.accessibleName() and dialog.again_edit.accessibleName()
        type_new(qtbot, dialog, PASSPHRASE, "plum tree by the gat")
        said.append(dialog.again_problem.text())
        type_new(qtbot, dialog, "short", "short")
        said.append(dialog.new_problem.text())
        assert dialog.isVisible() or not dialog.result()
        type_new(qtbot, dialog, PASSPHRASE, PASSPHRASE)
        return dialog.result() == NewPassphraseDialog.DialogCode.Accepted

    actions.ask_new_passphrase = answer  # type: ignore[method-assign]
    actions.ask_about_old_backups = lambda count, folder: choice  # type: ignore[method-assign]
    window.ask_confirm = lambda title, text, yes: True  # type: ignore[method-assign]
    assert actions.protect_action.isEnabled()
    actions.protect_action.trigger()
    return said


def test_only_the_actions_that_apply_are_enabled(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.protection_actions
    assert actions.protect_action.isEnabled()
    assert not actions.change_action.isEnabled() and not actions.remove_action.isEnabled()

    protect_from_menu(window, qtbot)

    assert not actions.protect_action.isEnabled()
    assert actions.change_action.isEnabled() and actions.remove_action.isEnabled()
    assert "Protect with a passphrase" in " ".join(
        action.text().replace("&", "") for action in window.menuBar().actions()[0].menu().actions()
    )


def test_protecting_keeps_the_page_and_todays_unsaved_typing(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["fatigue"].button(3), Qt.MouseButton.LeftButton)
    assert today.has_unsaved_changes()

    said = protect_from_menu(window, qtbot)

    assert said == [
        "The two passphrases are not the same. Please type the new one again.",
        "Please choose a passphrase of at least 8 characters.",
    ]
    record = window.record
    assert record is not None and record.protected and not record.read_only
    assert is_protected(data_paths.default_record)
    today = window.today_view
    assert today is not None and today.has_unsaved_changes()
    assert today._scales["fatigue"].value() == 3
    assert today.save()
    assert (
        open_record(
            data_paths.default_record, data_paths, Access.READ, key=key_for(record.path, PASSPHRASE)
        )
        .daylog.load_day(TODAY)
        .severities["fatigue"]
        == 3
    )
    assert "cannot be recovered" in window.tell.messages[-1][1]  # type: ignore[attr-defined]


def test_protecting_from_another_page_comes_back_to_it(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("treatments")

    protect_from_menu(window, qtbot)

    assert window.record is not None and window.record.protected
    assert window.current_page() is window.treatments_view


def test_protect_them_leaves_no_plain_backup_and_each_holds_the_same(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot, tmp_path: Path
) -> None:
    plain = backups(data_paths)
    assert plain
    before = {path.name: exported(path, data_paths, None, tmp_path) for path in plain}

    protect_from_menu(window, qtbot, BackupChoice.PROTECT)

    assert window.record is not None and window.record.key is not None
    for path in backups(data_paths):
        assert is_protected(path)
        key = key_for(path, PASSPHRASE)
        if path.name in before:
            assert exported(path, data_paths, key, tmp_path) == before[path.name]
    assert set(before) <= {path.name for path in backups(data_paths)}
    assert "protected with the same passphrase" in window.tell.messages[-1][1]  # type: ignore[attr-defined]


def test_delete_them_removes_only_the_plain_backups(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    plain = backups(data_paths)

    protect_from_menu(window, qtbot, BackupChoice.DELETE)

    left = backups(data_paths)
    assert not any(path in left for path in plain)
    assert all(is_protected(path) for path in left)


def test_keep_them_leaves_the_plain_backups_as_they_were(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    plain = {path: path.read_bytes() for path in backups(data_paths)}

    protect_from_menu(window, qtbot, BackupChoice.KEEP)

    assert all(path.read_bytes() == content for path, content in plain.items())


def test_no_health_detail_is_readable_on_disk_after_protecting(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    # The test can fail: before protecting, the record and its backup hold them in plain text.
    assert all(secret in backups(data_paths)[0].read_bytes() for secret in SECRETS)

    protect_from_menu(window, qtbot, BackupChoice.PROTECT)
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["fatigue"].button(8), Qt.MouseButton.LeftButton)
    assert today.save()  # a -wal of the protected record now holds a change
    assert window.back_up_now()

    files = [
        file
        for file in data_paths.data_dir.rglob("*")
        if file.is_file() and ".mbcrecord" in file.name
    ]
    assert len(files) >= 3
    for file in files:
        content = file.read_bytes()
        for secret in SECRETS:
            assert secret not in content, (file.name, secret)


def test_change_passphrase_asks_for_the_current_one_and_reopens_with_the_new(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    protect_from_menu(window, qtbot)
    actions = window.protection_actions
    said: list[str] = []

    def answer(dialog: NewPassphraseDialog) -> bool:
        assert dialog.current_edit is not None and dialog.current_problem is not None
        type_new(qtbot, dialog, NEW_PASSPHRASE, NEW_PASSPHRASE, current="not the passphrase")
        said.append(dialog.current_problem.text())
        type_new(qtbot, dialog, NEW_PASSPHRASE, NEW_PASSPHRASE, current=PASSPHRASE)
        return dialog.result() == NewPassphraseDialog.DialogCode.Accepted

    actions.ask_new_passphrase = answer  # type: ignore[method-assign]
    actions.change_action.trigger()

    assert said == [
        "This is not the record's passphrase now. Nothing was changed; please try again."
    ]
    record = window.record
    assert record is not None and record.protected and not record.read_only
    assert record.key == key_for(record.path, NEW_PASSPHRASE)
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6
    assert window.tell.messages[-1][0] == "Passphrase changed"  # type: ignore[attr-defined]


def test_remove_protection_warns_asks_for_the_passphrase_and_makes_it_plain(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot
) -> None:
    protect_from_menu(window, qtbot)
    actions = window.protection_actions
    said: list[str] = []

    def answer(dialog: PassphraseDialog) -> bool:
        dialog.show()  # as exec would: Enter then presses the default button
        assert "anyone who can open the file" in dialog.intro_label.text()
        qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        said.append(dialog.problem_label.text())
        dialog.passphrase_edit.clear()
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        return dialog.result() == PassphraseDialog.DialogCode.Accepted

    actions.ask_passphrase = answer  # type: ignore[method-assign]
    actions.remove_action.trigger()

    assert said and "does not open the record" in said[0]
    record = window.record
    assert record is not None and not record.protected and record.key is None
    assert b"Ann Example" in data_paths.default_record.read_bytes()
    assert actions.protect_action.isEnabled() and not actions.remove_action.isEnabled()
    assert "anyone who can open it can read it" in window.tell.messages[-1][1]  # type: ignore[attr-defined]


def test_a_refused_change_is_one_sentence_and_the_record_is_shown_as_it_was(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = data_paths.default_record.read_bytes()

    def refuse(*_args: object) -> None:
        raise protection.ProtectionRefused("The record could not be protected just now.")

    monkeypatch.setattr(protection, "protect_record", refuse)
    protect_from_menu(window, qtbot)

    assert window.tell.messages[-1] == (  # type: ignore[attr-defined]
        "The record was not protected",
        "The record could not be protected just now.",
    )
    record = window.record
    assert record is not None and not record.protected and not record.read_only
    assert data_paths.default_record.read_bytes() == before
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 6


def test_nothing_is_offered_on_a_record_open_for_reading_only(
    window: MainWindow, data_paths: DataPaths
) -> None:
    path = data_paths.default_record
    window.close_record()
    elsewhere = open_record(path, data_paths)
    try:
        window.ask_record_problem = lambda problem, at_startup: ProblemChoice.READ_ONLY  # type: ignore[method-assign]
        assert window.switch_to(path)
        assert window.record is not None and window.record.read_only
        actions = window.protection_actions
        assert not any(
            action.isEnabled()
            for action in (actions.protect_action, actions.change_action, actions.remove_action)
        )
    finally:
        elsewhere.close()


# -- File > New record…: protected from the start, or kept plain -------------------------------


def test_a_new_record_can_be_protected_from_the_start(
    window: MainWindow, data_paths: DataPaths, qtbot: QtBot, tmp_path: Path
) -> None:
    window.ask_new_record_path = lambda: tmp_path / "dad"  # type: ignore[method-assign]

    def protect(dialog: NewPassphraseDialog) -> int:
        assert dialog.plain_button is not None  # "Keep it without a passphrase"
        assert "cannot be recovered" in dialog.forgotten_label.text()
        dialog.show()
        type_new(qtbot, dialog, PASSPHRASE, PASSPHRASE)
        return dialog.result()

    window.protection_actions.ask_new_record_protection = protect  # type: ignore[method-assign]
    window.new_record_action.trigger()

    new_file = tmp_path / "dad.mbcrecord"
    record = window.record
    assert record is not None and record.path == new_file and record.protected
    assert is_protected(new_file)
    assert window.stack.currentWidget() is window.welcome_page
    welcome = window.welcome_page
    assert welcome is not None
    qtbot.keyClicks(welcome.name_edit, "Carl Example")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    window.close_record()
    assert b"Carl Example" not in new_file.read_bytes()
    reopened = open_record(new_file, data_paths, Access.READ, key=key_for(new_file, PASSPHRASE))
    try:
        person = reopened.person.get()
        assert person is not None and person.name == "Carl Example"
    finally:
        reopened.close()


def test_a_new_record_kept_without_a_passphrase_is_plain(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.ask_new_record_path = lambda: tmp_path / "dad"  # type: ignore[method-assign]

    def keep_plain(dialog: NewPassphraseDialog) -> int:
        dialog.show()
        assert dialog.plain_button is not None
        qtbot.mouseClick(dialog.plain_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    window.protection_actions.ask_new_record_protection = keep_plain  # type: ignore[method-assign]
    window.new_record_action.trigger()

    record = window.record
    assert record is not None and record.path == tmp_path / "dad.mbcrecord"
    assert not record.protected and not is_protected(record.path)


def test_cancelling_the_protection_question_makes_no_new_record(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    shown = window.record
    window.ask_new_record_path = lambda: tmp_path / "dad"  # type: ignore[method-assign]

    def cancel(dialog: NewPassphraseDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    window.protection_actions.ask_new_record_protection = cancel  # type: ignore[method-assign]
    window.new_record_action.trigger()

    assert window.record is shown
    assert not (tmp_path / "dad.mbcrecord").exists()
