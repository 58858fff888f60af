"""The plain backups made before a record was protected: protected afterwards with the record's
key (each checked before it takes the backup's name, so a failed one is left as it was), or
deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from mbc_tracker.services import protection
from mbc_tracker.services.protection import (
    ProtectionRefused,
    delete_backups,
    is_protected,
    protect_backups,
    protect_record,
)
from mbc_tracker.services.record import Access, CareRecord, key_for, open_record

PASSPHRASE = "plum tree by the gate"


def plain_backups_of_protected(record: CareRecord) -> tuple[Path, tuple[Path, ...]]:
    path, paths = record.path, record.paths
    record.backup_now()
    record.backup_now()
    record.close()
    outcome = protect_record(path, paths, PASSPHRASE)
    assert len(outcome.other_backups) == 2
    return path, outcome.other_backups


def test_protected_backups_open_with_the_records_passphrase_and_hold_the_same(
    record: CareRecord,
) -> None:
    path, backups = plain_backups_of_protected(record)
    key = key_for(path, PASSPHRASE)

    assert protect_backups(backups, key) == backups

    for backup in backups:
        assert is_protected(backup)
        assert b"Ann Example" not in backup.read_bytes()
        opened = open_record(backup, record.paths, Access.READ, key=key_for(backup, PASSPHRASE))
        try:
            person = opened.person.get()
            assert person is not None and person.name == "Ann Example"
        finally:
            opened.close()
    assert [leftover.name for leftover in backups[0].parent.glob(".mbc-*")] == []


def test_a_backup_whose_copy_fails_its_check_is_left_as_it_was(
    record: CareRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backups = plain_backups_of_protected(record)
    before = {backup: backup.read_bytes() for backup in backups}
    monkeypatch.setattr(protection, "copy_matches", lambda *_args: False)

    with pytest.raises(ProtectionRefused, match="left as it was"):
        protect_backups(backups, key_for(path, PASSPHRASE))

    assert {backup: backup.read_bytes() for backup in backups} == before


def test_deleted_backups_are_gone(record: CareRecord) -> None:
    _path, backups = plain_backups_of_protected(record)

    assert delete_backups(backups) == backups

    assert not any(backup.exists() for backup in backups)
