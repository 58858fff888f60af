"""Backups a person can use: made by themselves or automatically, listed with what they hold,
thinned, and restored without losing anything.

Automatic backups are made when a record that changed is closed, and at most once a day while it
stays open (``automatic``); after each, older automatic ones are thinned to the retention chosen
in the settings (7 daily, 4 weekly, 12 monthly by default: adjustable defaults of the app). A
restore first backs up the record as it is now ("before-restore"), then writes the chosen backup
into the record file with SQLite's backup API, and reopens it (bringing an older format up to
date); nothing is deleted, so a restore can itself be undone from the list.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, os_reason, translate
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.files import place_without_replacing
from mbc_tracker.paths import DataPaths
from mbc_tracker.storage.backup import (  # re-exported for the window and the command line
    AUTOMATIC,
    BEFORE_RESTORE,
    MANUAL,
    BackupContents,
    BackupFailed,
    BackupInfo,
    Retention,
    backup_contents,
    backup_record,
    copy_into_record,
    copy_record,
    list_backups,
    thin_automatic_backups,
)
from mbc_tracker.storage.connect import connect, errors
from mbc_tracker.storage.database import FileState, check_record_file, inspection_uri
from mbc_tracker.storage.migrate import SCHEMA_HEAD

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

AUTOMATIC_INTERVAL = dt.timedelta(days=1)
__all__ = ["MANUAL", "BackupContents", "BackupFailed", "BackupInfo", "Retention"]


class BackupKind(Enum):
    AUTOMATIC = "automatic"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before_upgrade"
    BEFORE_RESTORE = "before_restore"
    OTHER = "other"


@dataclass(frozen=True)
class BackupEntry:
    """One backup as a person chooses among them."""

    path: Path
    made_at: dt.datetime
    kind: BackupKind
    size: int  # bytes
    contents: BackupContents | None  # None when the copy cannot be read

    @classmethod
    def of(cls, info: BackupInfo, key: RecordKey | None = None) -> BackupEntry:
        try:
            size = info.path.stat().st_size
        except OSError:
            size = 0
        contents = backup_contents(info.path, key)
        return cls(info.path, info.made_at, kind_of(info.reason), size, contents)


def backup_entries(
    record_path: Path, paths: DataPaths, key: RecordKey | None = None
) -> list[BackupEntry]:
    """Every backup of the record at ``record_path``, newest first, with what each holds (the
    record need not be open, or even readable; a protected backup shows what it holds only
    with ``key``)."""
    return [
        BackupEntry.of(info, key)
        for info in list_backups(record_path, paths.backups_for(record_path))
    ]


def kind_of(reason: str) -> BackupKind:
    if reason == AUTOMATIC:
        return BackupKind.AUTOMATIC
    if reason == MANUAL:
        return BackupKind.MANUAL
    if reason == BEFORE_RESTORE:
        return BackupKind.BEFORE_RESTORE
    if reason.startswith("before-upgrade"):
        return BackupKind.BEFORE_UPGRADE
    return BackupKind.OTHER


class RestoreRefused(Exception):
    """The file cannot be restored; the record was not changed. ``message`` is for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BackupService:
    """Backups of one open record."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record
        # Changes committed through this record up to its last automatic backup.
        self._commits_backed_up = 0

    def entries(self) -> list[BackupEntry]:
        """Every backup of the record, newest first, with what each holds."""
        return backup_entries(self._record.path, self._record.paths, self._record.key)

    def back_up(self, reason: str = MANUAL) -> BackupInfo:
        """Make a checked backup now (raises BackupFailed)."""
        return backup_record(
            self._record.path,
            self._record.paths.backups_for(self._record.path),
            reason,
            self._record.key,
        )

    def changed_since_backup(self) -> bool:
        return self._record.commits > self._commits_backed_up

    def automatic(
        self, retention: Retention, now: dt.datetime | None = None, closing: bool = False
    ) -> BackupInfo | None:
        """An automatic backup when the record changed since the last one: always when
        ``closing``, else only if the newest automatic backup is a day old. Thins afterwards."""
        if self._record.read_only or not self.changed_since_backup():
            return None
        now = now or dt.datetime.now()
        backups_dir = self._record.paths.backups_for(self._record.path)
        if not closing:
            newest = next(
                (info for info in list_backups(self._record.path, backups_dir) if info.automatic),
                None,
            )
            if newest is not None and now - newest.made_at < AUTOMATIC_INTERVAL:
                return None
        commits = self._record.commits
        info = backup_record(self._record.path, backups_dir, AUTOMATIC, self._record.key)
        self._commits_backed_up = commits
        thin_automatic_backups(self._record.path, backups_dir, retention)
        return info


def check_backup_file(source: Path, record_path: Path, key: RecordKey | None = None) -> None:
    """Raise RestoreRefused when ``source`` cannot replace the record at ``record_path``.

    ``key`` is the protected record's: its backups must be protected with it (SQLite's backup
    API copies only between files protected alike), and a plain record takes plain backups."""
    name = source.name
    try:
        if record_path.exists() and os.path.samefile(source, record_path):
            raise RestoreRefused(
                translate(
                    "backups", "“{name}” is the record itself; please choose a backup of it."
                ).format(name=name)
            )
        source.stat()
    except FileNotFoundError:
        raise RestoreRefused(
            translate("backups", "There is no file at {file}; the record was not changed.").format(
                file=source
            )
        ) from None
    except OSError as error:
        raise RestoreRefused(
            translate(
                "backups", "“{name}” could not be read ({reason}); the record was not changed."
            ).format(name=name, reason=os_reason(error))
        ) from None
    check = check_record_file(source, key=key)
    state = check.state
    if state is FileState.OK and key is not None and not check.protected:
        raise RestoreRefused(
            translate(
                "backups",
                "“{name}” is an unprotected copy, and this record is protected with a "
                "passphrase, so it cannot be restored into it; the record was not "
                "changed.",
            ).format(name=name)
        )
    if state is not FileState.OK:
        sentence = _CANNOT_RESTORE.get(state, _NOT_A_RECORD)
        raise RestoreRefused(translate("backups", sentence).format(name=name))
    revision = _revision_of(source, key if check.protected else None)
    if revision is not None and (not revision.isdigit() or int(revision) > int(SCHEMA_HEAD)):
        raise RestoreRefused(
            translate(
                "backups",
                "“{name}” was made by a newer version of MBC Care Tracker; update the "
                "app to restore it. The record was not changed.",
            ).format(name=name)
        )


# Why a file cannot be restored, one whole sentence per state of the file.
_CANNOT_RESTORE = {
    FileState.DAMAGED: QT_TRANSLATE_NOOP(
        "backups", "“{name}” cannot be restored because it is damaged; the record was not changed."
    ),
    FileState.EMPTY: QT_TRANSLATE_NOOP(
        "backups", "“{name}” cannot be restored because it is empty; the record was not changed."
    ),
    FileState.NO_TABLES: QT_TRANSLATE_NOOP(
        "backups",
        "“{name}” cannot be restored because it holds no record; the record was not changed.",
    ),
    FileState.PROTECTED: QT_TRANSLATE_NOOP(
        "backups",
        "“{name}” cannot be restored because it is protected with a passphrase and this record "
        "is not; the record was not changed.",
    ),
    FileState.WRONG_KEY: QT_TRANSLATE_NOOP(
        "backups",
        "“{name}” cannot be restored because this record's passphrase does not open it; the "
        "record was not changed.",
    ),
}
_NOT_A_RECORD = QT_TRANSLATE_NOOP(
    "backups",
    "“{name}” cannot be restored because it is not an MBC Care Tracker record; the record was "
    "not changed.",
)


def find_backup(paths: DataPaths, text: str) -> Path:
    """The backup a person named: a path, or the name of a file in the backups folder."""
    given = Path(text).expanduser()
    if not given.exists() and given.name == text:
        in_backups = paths.backups_dir / text
        if in_backups.exists():
            return in_backups
    return given


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore kept: the record as it was (a backup), or the file that was set aside."""

    before: BackupInfo | None
    set_aside: Path | None


def restore_in_folder(
    paths: DataPaths, source: Path, key: RecordKey | None = None
) -> RestoreOutcome:
    """Restore ``source`` as the data folder's record, for ``mbc-tracker restore FILE``.

    A record that opens is restored in place (``restore_record``). One that is lost (damaged,
    emptied, replaced by another file) is never written into: it is renamed aside, kept as
    ``record-set-aside-<when>.mbcrecord``, and the backup is copied into its place. A missing
    record is simply made from the backup. Raises RestoreRefused or RecordProblem (for example
    ``LOCKED`` while the app has the record open). ``key`` opens a protected record and its
    backup.
    """
    from mbc_tracker.services.record import ProblemKind, RecordProblem, open_record, take_lock

    path = paths.default_record
    check_backup_file(source, path, key)
    paths.ensure()
    # The lock first, and everything decided under it: nobody comes in between.
    lock = take_lock(path, "restore")
    try:
        record = open_record(path, paths, purpose="restore", lock=lock, key=key)
    except RecordProblem as problem:
        try:
            if problem.kind not in (
                ProblemKind.DAMAGED,
                ProblemKind.EMPTY,
                ProblemKind.NOT_A_RECORD,
            ):
                raise
            return RestoreOutcome(before=None, set_aside=_replace_lost_record(path, source, key))
        finally:
            lock.release()
    except BaseException:
        lock.release()
        raise
    try:
        restored, before = restore_record(record, source)
    except BaseException:
        record.close()
        raise
    restored.close()
    return RestoreOutcome(before=before, set_aside=None)


def _replace_lost_record(path: Path, source: Path, key: RecordKey | None = None) -> Path:
    """Rename the lost record at ``path`` aside (never written into) and copy ``source`` into its
    place; if the copy fails, the lost file goes back where it was. Returns where it was set."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-set-aside-{stamp}{path.suffix}")
    moved: list[tuple[Path, Path]] = []
    # SQLite's journals go with it: a -wal left beside the new file would be replayed into it.
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            place_without_replacing(companion, aside.with_name(aside.name + suffix))
            moved.append((companion, aside.with_name(aside.name + suffix)))
    try:
        copy_record(source, path, key)
    except BaseException:
        for original, kept in reversed(moved):
            with contextlib.suppress(OSError):
                place_without_replacing(kept, original)
        raise
    return aside


def restore_record(record: CareRecord, source: Path) -> tuple[CareRecord, BackupInfo]:
    """Make ``record`` hold what the backup ``source`` holds; return the reopened record and the
    backup of the record as it was just before (raises RestoreRefused, BackupFailed, and
    RecordProblem if the restored record cannot be opened).

    The record's lock is held throughout, so no other window or command comes in between.
    """
    from mbc_tracker.services.record import open_record

    if record.read_only or record.lock is None:
        raise RestoreRefused(
            translate(
                "backups",
                "This record is open for reading only, so it cannot be restored here; "
                "the record was not changed.",
            )
        )
    check_backup_file(source, record.path, record.key)
    before = record.backups.back_up(BEFORE_RESTORE)
    copy_into_record(source, record.path, record.key)
    lock, record.lock = record.lock, None
    record.close()
    try:
        return open_record(record.path, record.paths, lock=lock, key=record.key), before
    except BaseException:
        lock.release()
        raise


def _revision_of(path: Path, key: RecordKey | None = None) -> str | None:
    try:
        connection = connect(inspection_uri(path), key, uri=True)
    except errors():
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except errors():
        return None
    finally:
        connection.close()
