"""Checking a passphrase's key against a protected record (what the window's passphrase dialog
asks before opening): right or wrong, the folder is left exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mbc_tracker.services.protection import key_opens, protect_record
from mbc_tracker.services.record import CareRecord, key_for, open_record

PASSPHRASE = "plum tree by the gate"


def folder_state(folder: Path) -> dict[str, str]:
    return {
        file.name: hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(folder.iterdir())
        if file.is_file()
    }


def test_the_right_key_opens_a_wrong_one_does_not_and_nothing_is_written(
    record: CareRecord,
) -> None:
    path, paths = record.path, record.paths
    record.close()
    protect_record(path, paths, PASSPHRASE)
    # Opened and closed once by the app, as every record is: it is now in WAL mode.
    open_record(path, paths, key=key_for(path, PASSPHRASE)).close()
    before = folder_state(path.parent)

    assert key_opens(path, paths, key_for(path, PASSPHRASE))
    assert not key_opens(path, paths, key_for(path, "not the passphrase"))

    assert folder_state(path.parent) == before
