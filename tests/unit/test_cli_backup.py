"""``mbc-tracker backup`` and ``mbc-tracker restore [FILE]``, as a person uses them.

A backup can be made while the app has the record open; a restore cannot (it says to close the
app first and changes nothing); restoring keeps the record as it was, and a record that was lost
(damaged, or overwritten by another file) is set aside, never deleted or written into.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mbc_tracker.app import main
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import Access, CareRecord, open_record

DAY = dt.date(2026, 3, 2)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def ann(data_paths: DataPaths) -> Path:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"), today=DAY)
    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 3}), today=DAY)
    record.close()
    return data_paths.data_dir


def fatigue(paths: DataPaths) -> dict[str, int]:
    record = open_record(paths.default_record, paths, Access.READ)
    try:
        return dict(record.daylog.load_day(DAY).severities)
    finally:
        record.close()


def change_fatigue(paths: DataPaths, value: int) -> None:
    record = open_record(paths.default_record, paths)
    try:
        record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": value}), today=DAY)
    finally:
        record.close()


def test_backup_works_while_the_app_has_the_record_open(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths
) -> None:
    window: CareRecord = open_record(data_paths.default_record, data_paths)  # "the app"
    try:
        code, out, err = run(capsys, "--data-dir", str(ann), "backup")
    finally:
        window.close()

    assert code == 0, err
    assert "Made a checked backup:" in out
    assert "It holds 1 day logged, the last on 2 March 2026." in out
    assert len(list(data_paths.backups_dir.iterdir())) == 1


def test_restore_without_a_file_lists_the_backups_with_what_they_hold(
    capsys: pytest.CaptureFixture[str], ann: Path
) -> None:
    run(capsys, "--data-dir", str(ann), "backup")

    code, out, _err = run(capsys, "--data-dir", str(ann), "restore")

    assert code == 0
    assert "made by you" in out
    assert "1 day logged, the last on 2 March 2026" in out
    assert "Restore one with: mbc-tracker restore NAME" in out


def test_restore_by_name_keeps_the_record_as_it_was(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths
) -> None:
    run(capsys, "--data-dir", str(ann), "backup")
    (backup,) = data_paths.backups_dir.iterdir()
    change_fatigue(data_paths, 8)

    code, out, err = run(capsys, "--data-dir", str(ann), "restore", backup.name)

    assert code == 0, err
    assert fatigue(data_paths) == {"fatigue": 3}
    assert "restore that to undo this" in out
    before = next(p for p in data_paths.backups_dir.iterdir() if "before-restore" in p.name)
    assert before.name in out
    code, _out, _err = run(capsys, "--data-dir", str(ann), "restore", str(before))
    assert code == 0
    assert fatigue(data_paths) == {"fatigue": 8}


def test_restore_is_refused_while_the_app_has_the_record_open(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths
) -> None:
    run(capsys, "--data-dir", str(ann), "backup")
    (backup,) = data_paths.backups_dir.iterdir()
    window = open_record(data_paths.default_record, data_paths)
    try:
        window.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 8}), today=DAY)
        code, _out, err = run(capsys, "--data-dir", str(ann), "restore", backup.name)
    finally:
        window.close()

    assert code == 1
    assert "already open in an MBC Care Tracker window" in err
    assert "Close it there first, then restore; nothing was changed." in err
    assert len(err.strip().splitlines()) == 1
    assert fatigue(data_paths) == {"fatigue": 8}


def test_a_lost_record_is_set_aside_and_the_backup_put_in_its_place(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths
) -> None:
    run(capsys, "--data-dir", str(ann), "backup")
    (backup,) = data_paths.backups_dir.iterdir()
    data_paths.default_record.write_bytes(b"%PDF-1.4 what report -o used to do")

    code, out, err = run(capsys, "--data-dir", str(ann), "restore", backup.name)

    assert code == 0, err
    assert fatigue(data_paths) == {"fatigue": 3}
    (aside,) = data_paths.data_dir.glob("record-set-aside-*.mbcrecord")
    assert aside.read_bytes() == b"%PDF-1.4 what report -o used to do"
    assert aside.name in out


@pytest.mark.parametrize("name", ["nosuch.mbcrecord", "record.mbcrecord"])
def test_restoring_something_that_is_not_a_backup_changes_nothing(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths, name: str
) -> None:
    code, _out, err = run(
        capsys, "--data-dir", str(ann), "restore", str(data_paths.data_dir / name)
    )

    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "the record was not changed" in err or "the record itself" in err
    assert fatigue(data_paths) == {"fatigue": 3}


def test_backup_without_a_record_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "backup")

    assert code == 1
    assert "There is no record in" in err


@pytest.mark.parametrize("verb", ["import", "demo"])
def test_import_and_demo_refuse_a_record_the_app_has_open_in_one_sentence(
    capsys: pytest.CaptureFixture[str], data_paths: DataPaths, tmp_path: Path, verb: str
) -> None:
    window = open_record(data_paths.default_record, data_paths)  # "the app", on a new record
    try:
        args = ["import", str(tmp_path / "x.json")] if verb == "import" else ["demo"]
        code, out, err = run(capsys, "--data-dir", str(data_paths.data_dir), *args)
        assert window.person.get() is None  # nothing was written into it
    finally:
        window.close()

    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "is already open in an MBC Care Tracker window in this same app" in err


@pytest.mark.parametrize("verb", ["export", "flags", "report"])
def test_reading_verbs_work_while_the_app_has_the_record_open(
    capsys: pytest.CaptureFixture[str], ann: Path, data_paths: DataPaths, tmp_path: Path, verb: str
) -> None:
    args = {
        "export": ["export", str(tmp_path / "ann.json")],
        "flags": ["flags"],
        "report": ["report", "--to", "2026-03-02", "-o", str(tmp_path / "ann.pdf")],
    }[verb]
    window = open_record(data_paths.default_record, data_paths)
    try:
        code, _out, err = run(capsys, "--data-dir", str(ann), *args)
    finally:
        window.close()

    assert code == 0, err


def test_files_sqlite_makes_for_a_reading_command_are_private(
    ann: Path, data_paths: DataPaths, tmp_path: Path
) -> None:
    import os
    import stat
    import subprocess
    import sys

    assert not data_paths.default_record.with_name("record.mbcrecord-wal").exists()
    old_umask = os.umask(0o022)  # the usual umask: files readable by everyone unless made so
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mbc_tracker", "--data-dir", str(ann), "flags"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.umask(old_umask)

    assert result.returncode == 0, result.stderr
    for suffix in ("-wal", "-shm"):
        side = data_paths.default_record.with_name("record.mbcrecord" + suffix)
        assert side.exists()  # a read-only reader cannot remove what it had to create
        assert stat.S_IMODE(side.stat().st_mode) == 0o600, suffix
