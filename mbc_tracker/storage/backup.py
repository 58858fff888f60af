"""Copies of a record taken with SQLite's online backup API, checked before they are trusted.

A backup is made before every migration (and on request). The copy is written to a temporary
name, checked with ``PRAGMA integrity_check`` and only then given its final name, so a backup
that exists is a backup that is whole. Backups are private files (0600) in the backups folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mbc_tracker.paths import RECORD_SUFFIX, make_private_dir, make_private_file
from mbc_tracker.storage.database import inspection_uri
from mbc_tracker.storage.files import place_without_replacing, sync_file

TIMESTAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


class BackupFailed(RuntimeError):
    """The copy could not be made, or did not pass the integrity check."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str


def integrity_ok(path: Path) -> bool:
    try:
        connection = sqlite3.connect(inspection_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def copy_record(source: Path, target: Path) -> None:
    """Copy the record ``source`` to the new file ``target``, checked and durable, or not at all.

    The copy is made with SQLite's online backup API (a consistent picture even while the record
    is open and being saved), into a temporary file that is private (0600) from its first byte,
    as a plain single file rather than a WAL database; it must pass ``PRAGMA integrity_check``,
    is synced, and is only then given its name, without replacing anything, and the folder is
    synced. Raises BackupFailed, leaving nothing behind.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        # Read as the inspection does: no -wal/-shm left beside a record that is not open.
        source_connection = sqlite3.connect(inspection_uri(source), uri=True)
        try:
            partial.unlink(missing_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(descriptor)
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection)
                # The copy should be a plain single file, not a WAL database.
                target_connection.execute("PRAGMA journal_mode=DELETE")
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        make_private_file(partial)
        if not integrity_ok(partial):
            raise BackupFailed(f"The copy of {source.name} did not pass its check.")
        sync_file(partial)
        place_without_replacing(partial, target)
    except (sqlite3.Error, OSError) as error:
        _remove_partial(partial)
        raise BackupFailed(f"Could not copy {source.name}: {error}") from error
    except BaseException:
        _remove_partial(partial)
        raise


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def backup_record(record: Path, backups_dir: Path, reason: str) -> BackupInfo:
    """Copy ``record`` into ``backups_dir`` and verify the copy; raise BackupFailed otherwise."""
    make_private_dir(backups_dir)
    made_at = dt.datetime.now()
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    name = f"{record.stem}-{made_at.strftime(TIMESTAMP_FORMAT)}-{safe_reason}{RECORD_SUFFIX}"
    copy_record(record, backups_dir / name)
    return BackupInfo(path=backups_dir / name, made_at=made_at, reason=reason)


def list_backups(record: Path, backups_dir: Path) -> list[BackupInfo]:
    """Backups of ``record``, newest first."""
    if not backups_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    prefix = record.stem + "-"
    for path in backups_dir.glob(f"{record.stem}-*{RECORD_SUFFIX}"):
        rest = path.name[len(prefix) : -len(RECORD_SUFFIX)]
        parts = rest.split("-", 3)
        if len(parts) < 3:
            continue
        try:
            made_at = dt.datetime.strptime("-".join(parts[:3]), TIMESTAMP_FORMAT)
        except ValueError:
            continue
        reason = parts[3] if len(parts) > 3 else ""
        found.append(BackupInfo(path=path, made_at=made_at, reason=reason))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def newest_good_backup(record: Path, backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``PRAGMA integrity_check``, if any."""
    for info in list_backups(record, backups_dir):
        if integrity_ok(info.path):
            return info
    return None
