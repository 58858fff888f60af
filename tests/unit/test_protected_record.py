"""A passphrase-protected (SQLCipher) record, opened, checked, backed up and restored through
the same services as a plain one; a missing or wrong passphrase leaves the file as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mbc_tracker.domain.protection import derive_key
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.backups import RestoreRefused, check_backup_file, restore_record
from mbc_tracker.services.record import (
    Access,
    CareRecord,
    ProblemKind,
    RecordProblem,
    key_for,
    open_record,
)
from mbc_tracker.storage.backup import integrity_ok
from mbc_tracker.storage.database import (
    FileState,
    check_record_file,
    companion_files,
    create_record_engine,
)
from mbc_tracker.storage.migrate import downgrade_record

PASSPHRASE = "plum tree by the gate"
NAME = b"Ann Example"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_protected(paths: DataPaths, name: str = "Ann Example") -> Path:
    path = paths.default_record
    record = open_record(path, paths, key=key_for(path, PASSPHRASE))
    try:
        record.person.save(Person(name=name))
    finally:
        record.close()
    return path


def open_protected(paths: DataPaths, **options: object) -> CareRecord:
    path = paths.default_record
    return open_record(path, paths, key=key_for(path, PASSPHRASE), **options)  # type: ignore[arg-type]


def test_a_new_protected_record_holds_no_readable_health_text(data_paths: DataPaths) -> None:
    path = make_protected(data_paths)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert NAME not in raw
    for companion in companion_files(path)[1:]:
        assert not companion.exists() or NAME not in companion.read_bytes()


def test_a_protected_record_opens_again_with_its_passphrase(data_paths: DataPaths) -> None:
    make_protected(data_paths)
    record = open_protected(data_paths)
    try:
        assert record.protected
        person = record.person.get()
        assert person is not None and person.name == "Ann Example"
        with record.plain_reads() as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # A change through the engine, and the record still holds no plain text.
        record.person.save(Person(name="Ann Example Changed"))
    finally:
        record.close()
    assert b"Ann Example" not in data_paths.default_record.read_bytes()


def test_a_protected_record_opens_for_reading_with_its_passphrase(data_paths: DataPaths) -> None:
    path = make_protected(data_paths)
    record = open_record(path, data_paths, Access.READ, key=key_for(path, PASSPHRASE))
    try:
        person = record.person.get()
        assert person is not None and person.name == "Ann Example"
    finally:
        record.close()


@pytest.mark.parametrize("access", [Access.WRITE, Access.READ])
def test_without_a_passphrase_a_protected_record_is_refused_untouched(
    data_paths: DataPaths, access: Access
) -> None:
    path = make_protected(data_paths)
    before = digest(path)
    with pytest.raises(RecordProblem) as raised:
        open_record(path, data_paths, access)
    assert raised.value.kind is ProblemKind.PASSPHRASE_NEEDED
    assert "protected with a passphrase" in raised.value.message
    assert digest(path) == before
    assert [file for file in companion_files(path)[1:] if file.exists()] == []


@pytest.mark.parametrize("access", [Access.WRITE, Access.READ])
def test_a_wrong_passphrase_is_refused_in_one_sentence_and_the_file_is_untouched(
    data_paths: DataPaths, access: Access
) -> None:
    path = make_protected(data_paths)
    before = digest(path)
    with pytest.raises(RecordProblem) as raised:
        open_record(path, data_paths, access, key=key_for(path, "not the passphrase"))
    assert raised.value.kind is ProblemKind.WRONG_PASSPHRASE
    assert raised.value.message.startswith("The passphrase does not open “record.mbcrecord”")
    assert "cannot be recovered" in raised.value.message
    assert digest(path) == before
    assert [file for file in companion_files(path)[1:] if file.exists()] == []
    # The lock was let go: the right passphrase opens it at once.
    open_protected(data_paths).close()


def test_the_file_check_tells_protected_from_not_a_record(data_paths: DataPaths) -> None:
    path = make_protected(data_paths)
    salt = path.read_bytes()[:16]
    assert check_record_file(path).state is FileState.PROTECTED
    wrong = check_record_file(path, key=derive_key("nope", salt))
    assert wrong.state is FileState.WRONG_KEY
    right = check_record_file(path, still=True, key=derive_key(PASSPHRASE, salt))
    assert right.state is FileState.OK and right.protected

    stray = data_paths.data_dir / "notes.mbcrecord"
    stray.write_bytes(b"Dear diary, " * 50)  # no header, and not whole pages
    assert check_record_file(stray).state is FileState.NOT_SQLITE


def test_a_key_given_for_a_plain_record_is_not_used(data_paths: DataPaths) -> None:
    path = data_paths.default_record
    open_record(path, data_paths).close()
    record = open_record(path, data_paths, key=key_for(path, PASSPHRASE))
    try:
        assert not record.protected
    finally:
        record.close()
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_backups_of_a_protected_record_are_protected_with_the_same_key(
    data_paths: DataPaths,
) -> None:
    make_protected(data_paths)
    record = open_protected(data_paths)
    try:
        backup = record.backup_now()
        assert record.key is not None
        assert integrity_ok(backup.path, record.key)
        assert not integrity_ok(backup.path)  # not as a plain file
        raw = backup.path.read_bytes()
        assert NAME not in raw and not raw.startswith(b"SQLite format 3")
        # The passphrase opens the backup by itself (it carries the record's salt).
        assert integrity_ok(backup.path, derive_key(PASSPHRASE, raw[:16]))
        (entry,) = record.backups.entries()
        assert entry.contents is not None
    finally:
        record.close()


def test_a_protected_record_is_restored_from_its_protected_backup(data_paths: DataPaths) -> None:
    make_protected(data_paths)
    record = open_protected(data_paths)
    backup = record.backup_now()
    record.person.save(Person(name="Someone Else"))
    restored, before = restore_record(record, backup.path)
    try:
        assert restored.protected
        person = restored.person.get()
        assert person is not None and person.name == "Ann Example"
        assert integrity_ok(before.path, restored.key)
    finally:
        restored.close()
    assert NAME not in data_paths.default_record.read_bytes()


def test_a_plain_backup_is_not_restored_into_a_protected_record(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    plain_paths = DataPaths(tmp_path / "plain").ensure()
    plain = open_record(plain_paths.default_record, plain_paths)
    plain_backup = plain.backup_now()
    plain.close()
    path = make_protected(data_paths)
    with pytest.raises(RestoreRefused) as raised:
        check_backup_file(plain_backup.path, path, key_for(path, PASSPHRASE))
    assert "unprotected copy" in raised.value.message


def test_a_protected_record_in_an_older_format_is_upgraded_and_backed_up_protected(
    data_paths: DataPaths,
) -> None:
    path = make_protected(data_paths)
    key = key_for(path, PASSPHRASE)
    engine = create_record_engine(path, key=key)
    downgrade_record(engine, "0001")
    engine.dispose()

    record = open_record(path, data_paths, key=key)
    try:
        assert record.upgrade_backup is not None
        backup = record.upgrade_backup.path
        assert NAME not in backup.read_bytes()
        assert integrity_ok(backup, key)
        person = record.person.get()
        assert person is not None and person.name == "Ann Example"
    finally:
        record.close()
    assert check_record_file(path, key=key).state is FileState.OK
