"""Copies of a record taken with SQLite's online backup API, checked before they are trusted.

A backup is made before every migration (and on request). The copy is written to a temporary
name, checked with ``PRAGMA integrity_check`` and only then given its final name, so a backup
that exists is a backup that is whole. Backups are private files (0600) in the backups folder.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mbc_tracker.paths import RECORD_SUFFIX, make_private_dir, make_private_file

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
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def backup_record(record: Path, backups_dir: Path, reason: str) -> BackupInfo:
    """Copy ``record`` into ``backups_dir`` and verify the copy; raise BackupFailed otherwise."""
    make_private_dir(backups_dir)
    made_at = dt.datetime.now()
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    name = f"{record.stem}-{made_at.strftime(TIMESTAMP_FORMAT)}-{safe_reason}{RECORD_SUFFIX}"
    final = backups_dir / name
    partial = final.with_name(final.name + ".partial")
    try:
        source = sqlite3.connect(f"{record.resolve().as_uri()}?mode=ro", uri=True)
        try:
            # Created private before the first byte of health data is copied into it.
            partial.touch(mode=0o600, exist_ok=False)
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                # The backup should be a plain single file, not a WAL database.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        make_private_file(partial)
        if not integrity_ok(partial):
            raise BackupFailed(f"The backup copy of {record.name} did not pass its check.")
        os.replace(partial, final)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Could not back up {record.name}: {error}") from error
    except BackupFailed:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(path=final, made_at=made_at, reason=reason)


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
