"""Backups taken with SQLite's backup API: private, checked, and never trusted when damaged.

A person who loses their record to a failing disk falls back on these copies, so a damaged
copy must never be offered as "the newest good backup", and a copy that failed its check must
not be left lying around half-written.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from record_damage import damage_middle_pages

from mbc_tracker.services.record import CareRecord
from mbc_tracker.storage.backup import (
    BackupFailed,
    backup_record,
    integrity_ok,
    list_backups,
    newest_good_backup,
)


def test_a_backup_is_private_checked_and_holds_the_record(record: CareRecord) -> None:
    backup = record.backup_now("manual")

    assert backup.path.parent == record.paths.backups_dir
    assert backup.reason == "manual"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert integrity_ok(backup.path)
    with closing(sqlite3.connect(backup.path)) as copy:
        assert copy.execute("SELECT name FROM person").fetchall() == [("Ann Example",)]
    assert [info.path for info in list_backups(record.path, record.paths.backups_dir)] == [
        backup.path
    ]


def test_newest_good_backup_skips_a_damaged_one(record: CareRecord) -> None:
    older = record.backup_now("first")
    newer = record.backup_now("second")
    damage_middle_pages(newer.path)

    listed = list_backups(record.path, record.paths.backups_dir)
    assert [info.path for info in listed] == [newer.path, older.path]  # newest first
    good = newest_good_backup(record.path, record.paths.backups_dir)
    assert good is not None
    assert good.path == older.path


def test_no_good_backup_when_every_copy_is_damaged(record: CareRecord) -> None:
    damage_middle_pages(record.backup_now("only").path)

    assert newest_good_backup(record.path, record.paths.backups_dir) is None


def test_backups_of_another_record_are_not_mixed_in(record: CareRecord) -> None:
    record.backup_now("mine")
    other = record.paths.data_dir / "record-for-mum.mbcrecord"
    other.write_bytes(record.path.read_bytes())
    backup_record(other, record.paths.backups_dir, "theirs")

    assert [info.reason for info in list_backups(record.path, record.paths.backups_dir)] == ["mine"]


def break_an_index(path: Path) -> None:
    """Point an index at the wrong column: every page is sound, but the index no longer matches
    its table, which ``PRAGMA integrity_check`` reports and the backup API copies faithfully."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "INSERT INTO appointment (starts_at, kind, clinician, place, notes) "
            "VALUES ('2026-03-02 09:30:00', 'blood_test', '', '', '')"
        )
        connection.commit()
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_appointment_starts_at "
            "ON appointment (kind)' WHERE name = 'ix_appointment_starts_at'"
        )
        connection.commit()
    assert not integrity_ok(path)


@pytest.mark.parametrize(
    "harm", [damage_middle_pages, break_an_index], ids=["pages overwritten", "index out of step"]
)
def test_a_failed_backup_leaves_nothing_behind(
    record: CareRecord, harm: Callable[[Path], None]
) -> None:
    record.close()
    harm(record.path)
    backups_dir = record.paths.backups_dir

    with pytest.raises(BackupFailed):
        backup_record(record.path, backups_dir, "manual")

    # No .partial file, and no -journal/-wal left over from writing it either.
    assert sorted(path.name for path in backups_dir.iterdir()) == []
    assert newest_good_backup(record.path, backups_dir) is None
