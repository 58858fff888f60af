"""Protecting a record with a passphrase, changing it and removing it (services.protection):
the same record before and after, no readable health text on disk, the file unchanged whenever
the change is refused."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.protection import (
    ProtectionRefused,
    change_passphrase,
    protect_record,
    unprotect_record,
)
from mbc_tracker.services.record import (
    Access,
    CareRecord,
    ProblemKind,
    RecordProblem,
    key_for,
    open_record,
)
from mbc_tracker.services.transfer import export_record
from mbc_tracker.storage.database import companion_files

PASSPHRASE = "plum tree by the gate"
WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def exported(record: CareRecord, folder: Path) -> str:
    target = folder / f"export-{len(list(folder.glob('export-*')))}.json"
    export_record(record, target, exported_at=WHEN)
    return target.read_text(encoding="utf-8")


def flags_of(record: CareRecord) -> list[object]:
    return list(record.flags.evaluate())


@pytest.fixture
def demo_paths(data_paths: DataPaths) -> DataPaths:
    write_demo_record(data_paths, years=1, today=dt.date(2026, 1, 1)).close()
    return data_paths


def test_a_protected_record_holds_the_same_record_and_no_readable_name(
    record: CareRecord, tmp_path: Path
) -> None:
    path, paths = record.path, record.paths
    record.backup_now()  # a plain backup, made before protection
    before = exported(record, tmp_path)
    record.close()

    outcome = protect_record(path, paths, PASSPHRASE)

    for file in (path, *companion_files(path)[1:]):
        assert not file.exists() or b"Ann Example" not in file.read_bytes()
    assert [leftover.name for leftover in path.parent.glob(".mbc-*")] == []
    assert len(outcome.other_backups) == 1  # the plain backup is reported, not removed
    assert b"Ann Example" in outcome.other_backups[0].read_bytes()

    protected = open_record(path, paths, Access.READ, key=key_for(path, PASSPHRASE))
    try:
        assert protected.protected
        assert exported(protected, tmp_path) == before
    finally:
        protected.close()


def test_a_protected_demo_record_gives_the_same_export_and_flags(
    demo_paths: DataPaths, tmp_path: Path
) -> None:
    path = demo_paths.default_record
    plain = open_record(path, demo_paths, Access.READ)
    export_before, flags_before = exported(plain, tmp_path), flags_of(plain)
    plain.close()

    protect_record(path, demo_paths, PASSPHRASE)
    protected = open_record(path, demo_paths, key=key_for(path, PASSPHRASE))
    try:
        assert exported(protected, tmp_path) == export_before
        assert flags_of(protected) == flags_before
    finally:
        protected.close()


def test_protecting_twice_or_with_a_short_passphrase_is_refused_untouched(
    record: CareRecord,
) -> None:
    path, paths = record.path, record.paths
    record.close()
    before = digest(path)
    with pytest.raises(ProtectionRefused) as short:
        protect_record(path, paths, "short")
    assert "at least 8 characters" in short.value.message
    assert digest(path) == before

    protect_record(path, paths, PASSPHRASE)
    protected = digest(path)
    with pytest.raises(ProtectionRefused) as again:
        protect_record(path, paths, PASSPHRASE)
    assert "already protected" in again.value.message
    assert digest(path) == protected


def test_a_record_open_elsewhere_is_not_protected(record: CareRecord) -> None:
    with pytest.raises(RecordProblem) as raised:
        protect_record(record.path, record.paths, PASSPHRASE)
    assert raised.value.kind is ProblemKind.LOCKED


def test_a_new_passphrase_replaces_the_old_one(record: CareRecord, tmp_path: Path) -> None:
    path, paths = record.path, record.paths
    before = exported(record, tmp_path)
    record.close()
    protect_record(path, paths, PASSPHRASE)

    change_passphrase(path, paths, PASSPHRASE, "a brand new passphrase")

    with pytest.raises(RecordProblem) as old:
        open_record(path, paths, Access.READ, key=key_for(path, PASSPHRASE))
    assert old.value.kind is ProblemKind.WRONG_PASSPHRASE
    reopened = open_record(path, paths, key=key_for(path, "a brand new passphrase"))
    try:
        assert exported(reopened, tmp_path) == before
    finally:
        reopened.close()


def test_a_wrong_passphrase_changes_nothing(record: CareRecord) -> None:
    path, paths = record.path, record.paths
    record.close()
    protect_record(path, paths, PASSPHRASE)
    before = digest(path)
    for attempt in (
        lambda: change_passphrase(path, paths, "not the passphrase", "another passphrase"),
        lambda: unprotect_record(path, paths, "not the passphrase"),
    ):
        with pytest.raises(RecordProblem) as raised:
            attempt()
        assert raised.value.kind is ProblemKind.WRONG_PASSPHRASE
        assert digest(path) == before


def test_removing_protection_gives_back_the_same_plain_record(
    record: CareRecord, tmp_path: Path
) -> None:
    path, paths = record.path, record.paths
    before = exported(record, tmp_path)
    record.close()
    protect_record(path, paths, PASSPHRASE)
    reopened = open_record(path, paths, key=key_for(path, PASSPHRASE))
    protected_backup = reopened.backup_now()
    reopened.close()

    outcome = unprotect_record(path, paths, PASSPHRASE)

    assert outcome.key is None
    assert outcome.other_backups == (protected_backup.path,)
    assert path.read_bytes().startswith(b"SQLite format 3")
    plain = open_record(path, paths)
    try:
        assert not plain.protected
        assert exported(plain, tmp_path) == before
    finally:
        plain.close()
