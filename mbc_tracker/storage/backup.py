"""Copies of a record taken with SQLite's online backup API, checked before they are trusted.

A backup is made before every migration, before a restore, on request, and automatically (when a
changed record is closed, and at most once a day while it stays open). The copy is written to a
temporary name, checked with ``PRAGMA integrity_check``, synced, and only then given its final
name (the folder synced too), so a backup that exists is a backup that is whole. Backups are
private files (0600) in the backups folder, named ``<record>-<when>-<reason>.mbcrecord``.

Only automatic backups are ever removed, by ``thin_automatic_backups``: the newest of each of the
last days, weeks and months is kept (7, 4 and 12 by default: adjustable defaults of the app, the
grandfather-father-son scheme of ordinary backup tools, not a rule from anywhere else). Backups
made by hand, before an upgrade or before a restore are kept until the person removes them.

A protected record's backups are protected with the same key (and the same salt, so the
passphrase opens them as it opens the record): SQLite's backup API copies pages between two
SQLCipher connections keyed alike, and every function here that opens a backup takes that key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.files import place_without_replacing, sync_file, sync_folder
from mbc_tracker.paths import RECORD_SUFFIX, make_private_dir, make_private_file
from mbc_tracker.storage.connect import connect, damage_errors, errors
from mbc_tracker.storage.database import SQLITE_HEADER, inspection_uri

TIMESTAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


AUTOMATIC = "automatic"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"


class BackupFailed(RuntimeError):
    """The copy could not be made, or did not pass the integrity check."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason == AUTOMATIC


@dataclass(frozen=True)
class Retention:
    """How many automatic backups to keep: the newest of each of the last N days, weeks, months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for choosing one: how many days have entries, and the last of them."""

    days_logged: int
    last_day_logged: dt.date | None


def integrity_ok(path: Path, key: RecordKey | None = None) -> bool:
    try:
        connection = connect(inspection_uri(path, still=True), key, uri=True)
    except errors():
        return False
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except damage_errors():
        return False
    finally:
        connection.close()


def copy_record(source: Path, target: Path, key: RecordKey | None = None) -> None:
    """Copy the record ``source`` to the new file ``target``, checked and durable, or not at all.

    The copy is made with SQLite's online backup API (a consistent picture even while the record
    is open and being saved), into a temporary file that is private (0600) from its first byte,
    as a plain single file rather than a WAL database; it must pass ``PRAGMA integrity_check``,
    is synced, and is only then given its name, without replacing anything, and the folder is
    synced. Raises BackupFailed, leaving nothing behind. ``key`` opens a protected ``source``
    and protects the copy alike.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        # Through SQLite's read locks: a consistent picture even while the record is saved.
        source_connection = connect(inspection_uri(source), key, uri=True)
        try:
            partial.unlink(missing_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(descriptor)
            target_connection = connect(partial, key)
            try:
                source_connection.backup(target_connection)
                # The copy should be a plain single file, not a WAL database.
                target_connection.execute("PRAGMA journal_mode=DELETE")
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        make_private_file(partial)
        if not integrity_ok(partial, key):
            raise BackupFailed(
                translate("backup", "The copy of {name} did not pass its check.").format(
                    name=source.name
                )
            )
        sync_file(partial)
        place_without_replacing(partial, target)
    except errors(OSError) as error:
        _remove_partial(partial)
        raise BackupFailed(
            translate("backup", "Could not copy {name}: {error}").format(
                name=source.name, error=error
            )
        ) from error
    except BaseException:
        _remove_partial(partial)
        raise


def copy_into_record(source: Path, record: Path, key: RecordKey | None = None) -> None:
    """Replace the content of the record file ``record`` with the record ``source``.

    SQLite's backup API writes into the live file in one transaction, through SQLite's own
    locks and WAL: a reader in another process keeps its picture until it reads again, and a
    failure leaves the record as it was. The caller holds the record's lock and has backed it
    up. Raises BackupFailed. ``key`` opens both: a protected record takes only a backup
    protected with its own key (the backup API cannot copy between plain and encrypted).
    """
    try:
        source_connection = connect(inspection_uri(source), key, uri=True)
        try:
            target_connection = connect(record, key, timeout=5)
            try:
                source_connection.backup(target_connection)
                ok = target_connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    except errors() as error:
        raise BackupFailed(
            translate("backup", "Could not copy {name} into {record}: {error}").format(
                name=source.name, record=record.name, error=error
            )
        ) from error
    if not ok:
        raise BackupFailed(
            translate("backup", "The copy of {name} in {record} did not pass its check.").format(
                name=source.name, record=record.name
            )
        )


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


# A half-made copy older than this was left by a process that died (a backup takes seconds).
ABANDONED_AFTER = dt.timedelta(minutes=10)


def remove_abandoned_copies(backups_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove half-made copies (``.*.partial``) that a killed backup left in ``backups_dir``.

    A copy being made right now by another process is young, so it is spared.
    """
    moment = (now or dt.datetime.now()).timestamp()
    removed = []
    for leftover in [*backups_dir.glob(".*.partial"), *backups_dir.glob(".*.partial-journal")]:
        with contextlib.suppress(OSError):
            if moment - leftover.stat().st_mtime > ABANDONED_AFTER.total_seconds():
                leftover.unlink()
                removed.append(leftover)
    return removed


def backup_record(
    record: Path, backups_dir: Path, reason: str, key: RecordKey | None = None
) -> BackupInfo:
    """Copy ``record`` into ``backups_dir`` and verify the copy; raise BackupFailed otherwise.
    A protected record (``key``) gets a backup protected with the same key."""
    make_private_dir(backups_dir)
    remove_abandoned_copies(backups_dir)
    made_at = dt.datetime.now()
    safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    name = f"{record.stem}-{made_at.strftime(TIMESTAMP_FORMAT)}-{safe_reason}{RECORD_SUFFIX}"
    copy_record(record, backups_dir / name, key)
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


def newest_good_backup(
    record: Path, backups_dir: Path, key: RecordKey | None = None
) -> BackupInfo | None:
    """The newest backup that passes ``PRAGMA integrity_check``, if any (opened as plain, or
    with ``key``: a backup that the key does not open does not count)."""
    for info in list_backups(record, backups_dir):
        if integrity_ok(info.path, _key_for(info.path, key)):
            return info
    return None


def backups_to_keep(backups: list[BackupInfo], retention: Retention) -> set[Path]:
    """The automatic backups ``retention`` keeps: for each of the last ``daily`` days that have
    one, the newest of that day; likewise for weeks (ISO weeks) and months. The newest
    automatic backup is always kept."""
    automatic = sorted(
        (info for info in backups if info.automatic), key=lambda info: info.made_at, reverse=True
    )
    keep: set[Path] = {automatic[0].path} if automatic else set()
    periods: tuple[tuple[int, Callable[[dt.datetime], Hashable]], ...] = (
        (retention.daily, lambda moment: moment.date()),
        (retention.weekly, lambda moment: moment.isocalendar()[:2]),
        (retention.monthly, lambda moment: (moment.year, moment.month)),
    )
    for count, period_of in periods:
        seen: list[Hashable] = []
        for info in automatic:  # newest first: the first of each period is its newest
            period = period_of(info.made_at)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(period)
            keep.add(info.path)
    return keep


def thin_automatic_backups(record: Path, backups_dir: Path, retention: Retention) -> list[Path]:
    """Remove the automatic backups of ``record`` that ``retention`` does not keep; return them.

    Other backups (made by hand, before an upgrade or a restore) are never removed here.
    """
    backups = list_backups(record, backups_dir)
    keep = backups_to_keep(backups, retention)
    removed = []
    for info in backups:
        if info.automatic and info.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
    if removed:
        sync_folder(backups_dir)
    return removed


def _key_for(path: Path, key: RecordKey | None) -> RecordKey | None:
    """``key`` for a protected file, None for a plain one (a plain backup from before the record
    was protected opens as plain)."""
    if key is None:
        return None
    try:
        with path.open("rb") as handle:
            return None if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER else key
    except OSError:
        return key


def backup_contents(path: Path, key: RecordKey | None = None) -> BackupContents | None:
    """How many days the backup at ``path`` holds entries for, and the last; None if unreadable
    (or protected, and ``key`` does not open it)."""
    try:
        connection = connect(inspection_uri(path, still=True), _key_for(path, key), uri=True)
    except errors():
        return None
    try:
        count, last = connection.execute(
            "SELECT count(*), max(day) FROM (SELECT day FROM symptom_entry "
            "UNION SELECT day FROM measurement UNION SELECT day FROM day_note)"
        ).fetchone()
        return BackupContents(
            days_logged=int(count), last_day_logged=dt.date.fromisoformat(last) if last else None
        )
    except errors(ValueError, TypeError):
        return None
    finally:
        connection.close()
