"""Backups, export and import in the window, as a person uses them from the File menu.

Closing a changed record makes an automatic backup (an unchanged one does not); File > Restore
from a backup… lists the backups with what they hold, keeps the record as it is first, and shows
the restored record at once; File > Export… writes the JSON export (or the CSV files, or a FHIR
document for a clinic's system) and refuses the record's own files; File > Import into a new
record… makes a new record (never mixing two) and opens it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.restore_dialog import RestoreDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import Access, open_record

TODAY = dt.date(2026, 11, 21)
WindowOpener = Callable[[dt.date], MainWindow]


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.messages.append((title, text))


def backups(data_paths: DataPaths) -> list[Path]:
    return sorted(data_paths.backups_dir.glob("*.mbcrecord"))


def save_fatigue(qtbot: QtBot, window: MainWindow, value: int) -> None:
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["fatigue"].button(value), Qt.MouseButton.LeftButton)
    assert today.save()


def fatigue_saved(data_paths: DataPaths) -> dict[str, int]:
    record = open_record(data_paths.default_record, data_paths, Access.READ)
    try:
        return dict(record.daylog.load_day(TODAY).severities)
    finally:
        record.close()


def test_closing_a_changed_record_makes_an_automatic_backup(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 4)

    window.close_record()

    (automatic,) = backups(data_paths)
    assert automatic.name.endswith("-automatic.mbcrecord")
    assert automatic.stat().st_mode & 0o777 == 0o600


def test_closing_an_unchanged_record_makes_no_backup(
    open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)

    window.close_record()

    assert backups(data_paths) == []


def test_while_open_an_automatic_backup_is_made_at_most_once_a_day(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 4)

    window._backup_if_due()  # the hourly check
    assert len(backups(data_paths)) == 1
    save_fatigue(qtbot, window, 6)
    window._backup_if_due()  # changed again, but the last one is not a day old
    assert len(backups(data_paths)) == 1


def test_restore_lists_backups_keeps_the_record_and_shows_the_restored_one(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 3)
    assert window.back_up_now.__name__  # File > Back up now, as the person would
    told = Told()
    window.tell = told  # type: ignore[method-assign]
    assert window.back_up_now()
    save_fatigue(qtbot, window, 9)
    seen: list[RestoreDialog] = []

    def choose_first(dialog: RestoreDialog) -> bool:
        seen.append(dialog)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "Made by you"
        assert dialog.table.item(0, 2).text() == "1"
        assert dialog.table.item(0, 3).text() == "21 Nov 2026"
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result() == RestoreDialog.DialogCode.Accepted

    window.ask_restore = choose_first  # type: ignore[method-assign]
    window.ask_confirm = lambda title, text, yes: True  # type: ignore[method-assign]

    assert window.restore_from_backup()

    assert seen
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 3
    assert window.record is not None and window.record.lock is not None
    assert "before a restore" in told.messages[-1][1]
    assert any("before-restore" in path.name for path in backups(data_paths))
    assert len(backups(data_paths)) == 2  # nothing was deleted


def test_cancelling_the_confirmation_restores_nothing(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 3)
    window.tell = Told()  # type: ignore[method-assign]
    window.back_up_now()
    save_fatigue(qtbot, window, 9)

    def choose_first(dialog: RestoreDialog) -> bool:
        dialog._restore_selected()
        return True

    window.ask_restore = choose_first  # type: ignore[method-assign]
    window.ask_confirm = lambda title, text, yes: False  # type: ignore[method-assign]

    assert not window.restore_from_backup()
    assert fatigue_saved(data_paths) == {"fatigue": 9}
    assert len(backups(data_paths)) == 1


def test_the_retention_chosen_in_the_dialog_is_remembered(
    open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)

    def change_retention(dialog: RestoreDialog) -> bool:
        dialog.daily_box.setValue(10)
        dialog.monthly_box.setValue(24)
        return False  # Close

    window.ask_restore = change_retention  # type: ignore[method-assign]

    assert not window.restore_from_backup()
    assert window.settings.backup_retention() == (10, 4, 24)


def test_export_writes_the_record_and_refuses_the_records_own_files(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths, tmp_path: Path
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 5)
    told = Told()
    window.tell = told  # type: ignore[method-assign]
    before = data_paths.default_record.read_bytes()

    window.ask_export_path = lambda: data_paths.default_record  # type: ignore[method-assign]
    assert not window.export_record()
    assert told.messages[-1][0] == "Nothing was exported"
    assert "is your record itself" in told.messages[-1][1]
    assert data_paths.default_record.read_bytes() == before

    target = tmp_path / "ann.json"
    window.ask_export_path = lambda: target  # type: ignore[method-assign]
    assert window.export_record()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["record"]["person"]["name"] == "Ann Example"
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_to_a_zip_gives_spreadsheet_files(
    qtbot: QtBot, open_main_window: WindowOpener, tmp_path: Path
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 5)
    told = Told()
    window.tell = told  # type: ignore[method-assign]
    target = tmp_path / "ann.zip"
    window.ask_export_path = lambda: target  # type: ignore[method-assign]
    assert window.export_record()
    assert told.messages[-1][0] == "Exported"
    assert "for a spreadsheet" in told.messages[-1][1]
    assert "symptom-entries.csv (1 row)" in told.messages[-1][1]
    with zipfile.ZipFile(target) as archive:
        raw = archive.read("symptom-entries.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Day", "Symptom", "Severity (0-10)"]
    assert rows[1][0] == TODAY.isoformat() and rows[1][2] == "5"
    assert target.stat().st_mode & 0o777 == 0o600


def test_export_as_a_fhir_document_for_the_clinic(
    qtbot: QtBot,
    open_main_window: WindowOpener,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 6)
    told = Told()
    window.tell = told  # type: ignore[method-assign]

    # Choosing the "Clinic systems" type names the file for what it is.
    def save_as(*_args: object) -> tuple[str, str]:
        return str(tmp_path / "for the clinic.json"), window.tr(
            "Clinic systems, FHIR document (JSON) (*.fhir.json)"
        )

    monkeypatch.setattr("mbc_tracker.gui.main_window.QFileDialog.getSaveFileName", save_as)
    target = window.ask_export_path()
    assert target == tmp_path / "for the clinic.fhir.json"

    window.ask_export_path = lambda: target  # type: ignore[method-assign]
    assert window.export_record()
    assert told.messages[-1][0] == "Exported"
    assert "for a clinic's computer system" in told.messages[-1][1]
    assert "It holds 1 symptom score." in told.messages[-1][1]
    document = Bundle.model_validate_json(target.read_text(encoding="utf-8"))
    assert document.entry[0].resource.type.coding[0].code == "60591-5"
    (score,) = [
        entry.resource
        for entry in document.entry
        if entry.resource.get_resource_type() == "Observation"
    ]
    assert score.code.coding[0].code == "fatigue" and score.valueInteger == 6
    assert target.stat().st_mode & 0o777 == 0o600


def test_import_makes_a_new_record_and_opens_it(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths, tmp_path: Path
) -> None:
    window = open_main_window(TODAY)
    save_fatigue(qtbot, window, 5)
    window.tell = Told()  # type: ignore[method-assign]
    export = tmp_path / "ann.json"
    window.ask_export_path = lambda: export  # type: ignore[method-assign]
    assert window.export_record()
    new_record = tmp_path / "copy.mbcrecord"
    window.ask_import_file = lambda: export  # type: ignore[method-assign]
    window.ask_new_record_path = lambda: new_record  # type: ignore[method-assign]
    asked: list[str] = []

    def open_it(title: str, text: str, yes: str) -> bool:
        asked.append(text)
        return True

    window.ask_confirm = open_it  # type: ignore[method-assign]

    assert window.import_into_new_record()

    assert "Ann Example's record" in asked[0]
    assert window.record is not None and window.record.path == new_record
    today = window.today_view
    assert today is not None and today._scales["fatigue"].value() == 5


def test_a_refused_import_leaves_no_record_behind(
    open_main_window: WindowOpener, data_paths: DataPaths, tmp_path: Path
) -> None:
    window = open_main_window(TODAY)
    told = Told()
    window.tell = told  # type: ignore[method-assign]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mbc-tracker-record", "format_version": 1, "record": {"x": 1}}')
    new_record = tmp_path / "copy.mbcrecord"
    window.ask_import_file = lambda: bad  # type: ignore[method-assign]
    window.ask_new_record_path = lambda: new_record  # type: ignore[method-assign]

    assert not window.import_into_new_record()

    assert told.messages[-1][0] == "Nothing was imported"
    assert "no record was made" in told.messages[-1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "data"]
    assert window.record is not None and window.record.path == data_paths.default_record


@pytest.mark.parametrize("existing", ["a record", "an empty file"])
def test_import_never_goes_into_a_file_that_exists(
    open_main_window: WindowOpener, tmp_path: Path, existing: str
) -> None:
    window = open_main_window(TODAY)
    told = Told()
    window.tell = told  # type: ignore[method-assign]
    taken = tmp_path / "taken.mbcrecord"
    taken.write_bytes(b"" if existing == "an empty file" else b"SQLite format 3\x00")
    window.ask_import_file = lambda: tmp_path / "x.json"  # type: ignore[method-assign]
    answers = iter([taken, None])
    window.ask_new_record_path = lambda: next(answers)  # type: ignore[method-assign]

    assert not window.import_into_new_record()
    assert told.messages[-1][0] == "Please choose another name"
