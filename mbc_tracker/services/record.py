"""Opening, creating and closing a care record, and recovering from a damaged one.

``open_record`` is the one door into a record file: it checks the file without writing (is it
SQLite? does it pass ``PRAGMA quick_check``?), backs it up and migrates it when its schema is old,
makes sure the catalogue symptoms are tracked, and returns a ``CareRecord`` that bundles the
services for that file. A damaged file is never written to: ``RecordProblem`` says what is wrong
in words a person can act on and names the newest good backup, which ``restore_backup_copy``
copies beside the damaged file so that the original is kept for inspection.

A protected (SQLCipher) record is opened with its ``RecordKey`` (``key_for`` derives it once from
the passphrase and the file's salt); the record keeps the key for every later connection, its
backups and its copies. Without a key, or with one that does not open it, opening stops with a
``RecordProblem`` (``PASSPHRASE_NEEDED``, ``WRONG_PASSPHRASE``) whose message is the domain's
sentence (``domain.errors``) and leaves the file exactly as it was. A key given for a plain
record is not used: the record opens as plain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_tracker.domain.dates import day_and_time
from mbc_tracker.domain.errors import PassphraseNeeded, WrongPassphrase
from mbc_tracker.domain.knowledge import Knowledge, cached_knowledge
from mbc_tracker.domain.language import os_reason, translate
from mbc_tracker.domain.protection import SALT_BYTES, RecordKey, derive_key, new_key
from mbc_tracker.files import place_without_replacing, sync_file
from mbc_tracker.paths import (
    RECORD_SUFFIX,
    DataPaths,
    make_private_file,
    record_companions,
    resource_dir,
)
from mbc_tracker.services.daylog import DayLogService
from mbc_tracker.services.flags import FlagService
from mbc_tracker.services.person import PersonService
from mbc_tracker.services.symptoms import SymptomService
from mbc_tracker.storage import plain_sql
from mbc_tracker.storage.backup import (
    BackupFailed,
    BackupInfo,
    backup_record,
    copy_record,
    newest_good_backup,
)
from mbc_tracker.storage.database import (
    READS,
    SQLITE_HEADER,
    FileCheck,
    FileState,
    check_record_file,
    committed_writes,
    create_record_engine,
    file_stamp,
    mark_as_record,
    open_for_plain_reads,
    protect_files,
)
from mbc_tracker.storage.lock import LockHolder, LockUnavailable, RecordLock, RecordLocked
from mbc_tracker.storage.migrate import (
    SCHEMA_HEAD,
    MigrationFailed,
    RecordTooNew,
    needs_upgrade,
    upgrade_record,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    # The records services are imported when first used (the Today screen does not need them).
    from mbc_tracker.services.appointments import AppointmentService
    from mbc_tracker.services.backups import BackupService
    from mbc_tracker.services.care_team import CareTeamService
    from mbc_tracker.services.history import HistoryService
    from mbc_tracker.services.medicines import MedicineService
    from mbc_tracker.services.receptors import ReceptorService
    from mbc_tracker.services.reminders import ReminderService
    from mbc_tracker.services.summary import SummaryService
    from mbc_tracker.services.treatments import TreatmentService


class Access(Enum):
    """What an open record may be used for."""

    WRITE = "write"  # the window, import, demo, restore: holds the record's lock
    READ = "read"  # export, flags, report, a read-only window: no lock, never writes


class ProblemKind(Enum):
    NOT_A_RECORD = "not_a_record"
    EMPTY = "empty"  # zero bytes, or a SQLite file without tables, where a record should be
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    UPGRADE_FAILED = "upgrade_failed"
    UNREADABLE = "unreadable"
    MISSING = "missing"  # only when reading: writing makes a new record
    LOCKED = "locked"  # open for writing in another window or command
    UNWRITABLE = "unwritable"  # no lock can be taken there (a read-only disk or folder)
    PASSPHRASE_NEEDED = "passphrase_needed"  # protected, and no passphrase was given
    WRONG_PASSPHRASE = "wrong_passphrase"  # protected, and the passphrase does not open it


# The kinds a backup can help with: the record that was there is lost, emptied or damaged.
_BACKUP_HELPS = {ProblemKind.EMPTY, ProblemKind.DAMAGED, ProblemKind.NOT_A_RECORD}


class RecordProblem(Exception):
    """A record that cannot be opened safely. ``message`` is meant for the person."""

    def __init__(
        self,
        kind: ProblemKind,
        path: Path,
        message: str,
        backup: BackupInfo | None = None,
        holder: LockHolder | None = None,
    ):
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.message = message
        self.backup = backup  # the newest backup of this record that passed its check
        self.holder = holder  # for LOCKED: who has the record open, when known


def knowledge() -> Knowledge:
    return cached_knowledge(resource_dir("resources"))


@dataclass
class CareRecord:
    """An open record file and the services that work on it.

    ``sessions`` makes sessions that change the record (``with record.sessions.begin()``);
    ``reads`` makes sessions that only read, which never hold SQLite's write lock;
    ``plain_reads`` reads what the first screen shows without SQLAlchemy. The SQLAlchemy
    engine is made the first time ``engine``, ``sessions`` or ``reads`` is used (the window asks
    for it when idle, after Today is shown). A record opened with ``Access.READ`` is
    ``read_only``: every session only reads, and a change fails with ``RecordReadOnly``. A
    record opened to write holds ``lock`` until ``close``.
    """

    path: Path
    paths: DataPaths
    knowledge: Knowledge
    upgrade_backup: BackupInfo | None = None
    read_only: bool = False
    lock: RecordLock | None = None
    opened_engine: Engine | None = None  # an engine the opening already needed
    key: RecordKey | None = None  # a protected record's key (its repr shows nothing)

    @classmethod
    def on(cls, path: Path, paths: DataPaths, **details: object) -> CareRecord:
        """The record at ``path``, with the knowledge files."""
        return cls(path=path, paths=paths, knowledge=knowledge(), **details)  # type: ignore[arg-type]

    def __post_init__(self) -> None:
        self._closed = False
        self._plain: sqlite3.Connection | None = None

    @cached_property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy loaded, on first use)."""
        if self.opened_engine is not None:
            return self.opened_engine
        return create_record_engine(self.path, read_only=self.read_only, key=self.key)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def reads(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(**READS), expire_on_commit=False)

    def prepare_database(self) -> None:
        """Load SQLAlchemy and the ORM and make the engine now (for idle time), so that the
        first change does not wait for them."""
        import mbc_tracker.storage.orm  # noqa: F401

        _ = self.sessions, self.reads

    @property
    def has_engine(self) -> bool:
        return "engine" in self.__dict__ or self.opened_engine is not None

    @contextlib.contextmanager
    def plain_reads(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on a plain sqlite3 connection, for ``storage.plain_sql`` (what
        the first screen reads, without SQLAlchemy). Nested uses share the outer transaction.
        The connection is kept until the record is closed."""
        connection, kept = self._plain, True
        if connection is None:
            connection = open_for_plain_reads(self.path, self.read_only, self.key)
            kept = not self._closed  # a read after closing (a last look) keeps nothing open
            if kept:
                self._plain = connection
        outermost = not connection.in_transaction
        if outermost:
            connection.execute("BEGIN")
        try:
            yield connection
        finally:
            if outermost:
                connection.execute("ROLLBACK")  # it only read
            if not kept:
                connection.close()

    @property
    def commits(self) -> int:
        """Transactions that changed this record, committed since it was opened (reads are not
        counted): unchanged across a failed action means that action saved nothing."""
        return committed_writes(self.engine) if self.has_engine else 0

    @cached_property
    def daylog(self) -> DayLogService:
        return DayLogService(self)

    @cached_property
    def symptoms(self) -> SymptomService:
        return SymptomService(self)

    @cached_property
    def person(self) -> PersonService:
        return PersonService(self)

    @cached_property
    def flags(self) -> FlagService:
        return FlagService(self)

    @cached_property
    def care_team(self) -> CareTeamService:
        from mbc_tracker.services.care_team import CareTeamService

        return CareTeamService(self)

    @cached_property
    def receptors(self) -> ReceptorService:
        from mbc_tracker.services.receptors import ReceptorService

        return ReceptorService(self)

    @cached_property
    def treatments(self) -> TreatmentService:
        from mbc_tracker.services.treatments import TreatmentService

        return TreatmentService(self)

    @cached_property
    def medicines(self) -> MedicineService:
        from mbc_tracker.services.medicines import MedicineService

        return MedicineService(self)

    @cached_property
    def history(self) -> HistoryService:
        from mbc_tracker.services.history import HistoryService

        return HistoryService(self)

    @cached_property
    def appointments(self) -> AppointmentService:
        from mbc_tracker.services.appointments import AppointmentService

        return AppointmentService(self)

    @cached_property
    def reminders(self) -> ReminderService:
        from mbc_tracker.services.reminders import ReminderService

        return ReminderService(self)

    @cached_property
    def backups(self) -> BackupService:
        from mbc_tracker.services.backups import BackupService

        return BackupService(self)

    @cached_property
    def summary(self) -> SummaryService:
        from mbc_tracker.services.summary import SummaryService

        return SummaryService(self)

    def backup_now(self, reason: str = "manual") -> BackupInfo:
        return backup_record(self.path, self.paths.backups_for(self.path), reason, self.key)

    @property
    def protected(self) -> bool:
        return self.key is not None

    @property
    def closed(self) -> bool:
        return self._closed

    def release_connections(self) -> None:
        """Close every connection to the file (the plain one and the engine's), so that the
        last one to close folds the WAL into the file. Nothing else: see ``close``."""
        if self._plain is not None:
            self._plain.close()
            self._plain = None
        if self.has_engine:
            self.engine.dispose()

    def close(self) -> None:
        """Close the file and let go of its lock (safe to call twice).

        A record this app had open for changes is stamped as sound when closed (see
        ``remember_checked``), so the next opening need not read every row again.
        """
        already_closed = self._closed
        self._closed = True
        try:
            self.release_connections()
            if not self.read_only:
                protect_files(self.path)
                if not already_closed:
                    remember_checked(self.path, self.paths)
        finally:
            # Whatever happened above, the next window or command must be able to come in.
            if self.lock is not None:
                self.lock.release()


MAX_STAMP_BYTES = 200


def _stamp_file(path: Path, paths: DataPaths) -> Path:
    return paths.checked_note_for(path)


def remember_checked(path: Path, paths: DataPaths) -> None:
    """Note that the record at ``path`` was sound when this app closed it (its ``file_stamp``).

    Only what this app wrote, under its rules and its lock, is vouched for; a file changed by
    anything else afterwards has another stamp and is checked row by row when next opened.
    Best effort: without the note the next opening simply checks everything.
    """
    stamp = file_stamp(path)
    if stamp is None:
        return
    target = _stamp_file(path, paths)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.new")
        temporary.write_text(stamp, encoding="ascii")
        os.replace(temporary, target)


def checked_stamp(path: Path, paths: DataPaths) -> str | None:
    """The stamp ``remember_checked`` left for ``path``, if any."""
    try:
        with _stamp_file(path, paths).open("rb") as handle:
            text = handle.read(MAX_STAMP_BYTES)
        return text.decode("ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def writes_in_this_process() -> int:
    """Committed transactions that changed any record opened in this process (for the CLI)."""
    return committed_writes()


def key_for(path: Path, passphrase: str) -> RecordKey:
    """The key ``passphrase`` gives for the record at ``path``: derived with the salt of the
    encrypted file there, or with a new salt when there is no file yet (the new record will
    carry it). This is the slow step (about half a second); do it once per opening."""
    salt = None
    with contextlib.suppress(OSError), path.expanduser().open("rb") as handle:
        start = handle.read(SALT_BYTES)
        if len(start) == SALT_BYTES and start != SQLITE_HEADER:
            salt = start
    return derive_key(passphrase, salt) if salt is not None else new_key(passphrase)


def open_record(
    path: Path,
    paths: DataPaths,
    access: Access = Access.WRITE,
    purpose: str = "app",
    fill_new: Callable[[CareRecord], None] | None = None,
    lock: RecordLock | None = None,
    key: RecordKey | None = None,
) -> CareRecord:
    """Open the record at ``path``; raise RecordProblem when it cannot be used.

    With ``Access.WRITE`` (the default) the record's lock is taken first, for ``purpose`` (see
    ``storage.lock.PURPOSES``), and held until the record is closed; a path where nothing exists
    becomes a new record, which appears whole or not at all. With ``Access.READ`` no lock is
    taken and nothing is written, except that a record in an older format is first brought up to
    date (under the lock, for a moment) when nobody else has it open.

    ``fill_new`` writes into a record made here before it gets its name (an import, the demo),
    so that a failure leaves no record behind; it is not called for a record that exists.
    ``lock`` is this record's lock, already held by the caller (a restore keeps it throughout);
    it stays the caller's to release if the record cannot be opened.

    ``key`` opens a protected record (see ``key_for``), or makes the new record protected.
    """
    path = path.expanduser().resolve()
    if access is Access.READ:
        return _open_for_reading(path, paths, key)
    paths.ensure()
    # A new folder for the record is made private; an existing one (say ~/Documents) is the
    # person's own and is left as it is. The record file itself is always made private.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    callers_lock = lock is not None and lock.held
    if lock is None or not lock.held:
        lock = take_lock(path, purpose)
    engine: Engine | None = None
    try:
        # Under the lock: nobody writes now.
        check = check_record_file(
            path, still=True, checked_stamp=checked_stamp(path, paths), key=key
        )
        if check.state is FileState.MISSING:
            create_record_file(path, paths, fill_new, key)
            check = FileCheck(FileState.OK, protected=key is not None)
        refuse_unusable(path, paths, check.state, key)
        key = key if check.protected else None
        backup = None
        # A record as this version writes it needs no engine yet (nor SQLAlchemy, nor Alembic).
        if check.needs_identity or needs_upgrade(_stored_revision(path, key=key)):
            engine = create_record_engine(path, key=key)
            backup = _upgrade(engine, path, paths, key)
            if check.needs_identity or backup is not None:
                mark_as_record(engine, schema_number())
        protect_files(path)
        record = CareRecord.on(
            path, paths, upgrade_backup=backup, lock=lock, opened_engine=engine, key=key
        )
        try:
            sync_catalogue(record)
        except BaseException:
            record.release_connections()
            raise
    except BaseException:
        if engine is not None:
            engine.dispose()
        if not callers_lock:
            lock.release()
        raise
    return record


def _open_for_reading(path: Path, paths: DataPaths, key: RecordKey | None) -> CareRecord:
    check = check_record_file(path, checked_stamp=checked_stamp(path, paths), key=key)
    if check.state is FileState.MISSING:
        raise RecordProblem(
            ProblemKind.MISSING,
            path,
            translate("record", "There is no record at {path}; nothing was read.").format(
                path=path
            ),
        )
    refuse_unusable(path, paths, check.state, key)
    key = key if check.protected else None
    if needs_upgrade(_stored_revision(path, read_only=True, key=key)):
        # Bring the format up to date first, as the window would (backed up, under the lock).
        try:
            open_record(path, paths, Access.WRITE, purpose="upgrade", key=key).close()
        except RecordProblem as problem:
            if problem.kind is not ProblemKind.LOCKED:
                raise
            # Asking again to read would only meet the same lock: say what will help.
            raise RecordProblem(
                ProblemKind.UPGRADE_FAILED,
                path,
                translate(
                    "record",
                    "“{name}” was saved by an older version of the app and is open in "
                    "another window, which has to update it first. Please close it there, "
                    "then open it here; nothing was changed.",
                ).format(name=path.name),
                holder=problem.holder,
            ) from None
    return CareRecord.on(path, paths, read_only=True, key=key)


def _stored_revision(
    path: Path, read_only: bool = False, key: RecordKey | None = None
) -> str | None:
    """The schema revision in the file at ``path``, read without SQLAlchemy."""
    with contextlib.closing(open_for_plain_reads(path, read_only, key)) as connection:
        return plain_sql.stored_revision(connection)


def take_lock(path: Path, purpose: str) -> RecordLock:
    """The lock of the record at ``path``, taken for ``purpose``; RecordProblem when it cannot."""
    lock = RecordLock(path)
    try:
        lock.acquire(purpose)
    except RecordLocked as locked:
        raise RecordProblem(
            ProblemKind.LOCKED, path, locked.message, holder=locked.holder
        ) from None
    except LockUnavailable as unavailable:
        raise RecordProblem(
            ProblemKind.UNWRITABLE,
            path,
            translate(
                "record",
                "The record “{name}” cannot be changed where it is ({reason}). It can "
                "still be opened for reading.",
            ).format(name=path.name, reason=os_reason(unavailable)),
        ) from None
    return lock


def refuse_unusable(
    path: Path, paths: DataPaths, state: FileState, key: RecordKey | None = None
) -> None:
    """Raise RecordProblem for every state but OK, offering the newest good backup where one
    could help; nothing is written to the file."""
    if state is FileState.OK:
        return
    name = path.name
    if state in (FileState.PROTECTED, FileState.WRONG_KEY):
        # Not damage: no backup is offered (the same passphrase opens the backups too).
        error = PassphraseNeeded(name) if state is FileState.PROTECTED else WrongPassphrase(name)
        kind = (
            ProblemKind.PASSPHRASE_NEEDED
            if state is FileState.PROTECTED
            else ProblemKind.WRONG_PASSPHRASE
        )
        raise RecordProblem(kind, path, error.message) from error
    if state in (FileState.NOT_SQLITE, FileState.FOREIGN):
        kind = ProblemKind.NOT_A_RECORD
        message = translate(
            "record",
            "“{name}” is not an MBC Care Tracker record. Nothing in it was changed. "
            "Please choose a record file (ending in .mbcrecord).",
        ).format(name=name)
    elif state in (FileState.EMPTY, FileState.NO_TABLES):
        kind = ProblemKind.EMPTY
        message = (
            translate(
                "record",
                "The file “{name}” is empty (0 bytes), so it is not used as a new record: the "
                "record that was there may have been lost. Nothing in it was changed.",
            )
            if state is FileState.EMPTY
            else translate(
                "record",
                "The file “{name}” holds no data at all, so it is not used as a new record: the "
                "record that was there may have been lost. Nothing in it was changed.",
            )
        ).format(name=name)
    else:
        kind = ProblemKind.DAMAGED
        message = translate(
            "record", "The record “{name}” appears to be damaged, so the app will not change it."
        ).format(name=name)
    backup = (
        newest_good_backup(path, paths.backups_for(path), key) if kind in _BACKUP_HELPS else None
    )
    if kind is not ProblemKind.NOT_A_RECORD or backup is not None:
        message += " " + (
            translate("record", "A good backup from {moment} can be opened instead.").format(
                moment=day_and_time(backup.made_at)
            )
            if backup
            else translate("record", "No good backup of it was found.")
        )
    raise RecordProblem(kind, path, message, backup=backup)


def unexpected_problem(path: Path, paths: DataPaths) -> RecordProblem:
    """The problem to show when opening failed in a way nobody foresaw: treated as damage (the
    file is not written to), with the newest good backup offered."""
    backup = newest_good_backup(path, paths.backups_for(path))
    message = translate(
        "record",
        "The record “{name}” could not be read as expected, so the app will not change it. ",
    ).format(name=path.name) + (
        translate("record", "A good backup from {moment} can be opened instead.").format(
            moment=day_and_time(backup.made_at)
        )
        if backup
        else translate("record", "No good backup of it was found.")
    )
    return RecordProblem(ProblemKind.DAMAGED, path, message, backup=backup)


def _upgrade(
    engine: Engine, path: Path, paths: DataPaths, key: RecordKey | None
) -> BackupInfo | None:
    try:
        return upgrade_record(engine, path, paths.backups_for(path), key=key)
    except RecordTooNew as error:
        raise RecordProblem(ProblemKind.TOO_NEW, path, str(error)) from error
    except (MigrationFailed, BackupFailed) as error:
        raise RecordProblem(
            ProblemKind.UPGRADE_FAILED,
            path,
            translate(
                "record",
                "The record could not be updated to this version of the app, so it was "
                "left as it was. ({error})",
            ).format(error=error),
        ) from error


def schema_number() -> int:
    """The schema's revision as a number, kept in the file's ``user_version``."""
    return int(SCHEMA_HEAD)


def create_record_file(
    path: Path,
    paths: DataPaths,
    fill: Callable[[CareRecord], None] | None = None,
    key: RecordKey | None = None,
) -> None:
    """Make a new record at ``path`` that appears whole or not at all; the caller holds its lock.

    The record is built under a hidden temporary name beside ``path`` (schema, the app's mark,
    the catalogue, and whatever ``fill`` writes, such as an import or the demo), closed so that
    SQLite folds its WAL into the file, synced, and only then given its name, without ever
    replacing a file that appeared there meanwhile. A process killed half-way leaves only the
    hidden file, which the next creation of that record removes; never an empty record. With
    ``key`` the record is protected from its first byte (and carries the key's salt).
    """
    _remove_abandoned_builds(path)
    temporary = path.with_name(f".{path.name}.new-{secrets.token_hex(4)}")
    engine = create_record_engine(temporary, key=key)
    record = CareRecord.on(temporary, paths, opened_engine=engine, key=key)
    try:
        upgrade_record(engine, temporary, paths.backups_dir, key=key)
        mark_as_record(engine, schema_number())
        sync_catalogue(record)
        if fill is not None:
            fill(record)
        record.release_connections()
        make_private_file(temporary)
        sync_file(temporary)
        place_without_replacing(temporary, path)
    except BaseException:
        record.release_connections()
        for companion in (temporary, *record_companions(temporary)):
            with contextlib.suppress(OSError):
                companion.unlink(missing_ok=True)
        raise


def _remove_abandoned_builds(path: Path) -> None:
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.new-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def sync_catalogue(record: CareRecord) -> None:
    """Track every catalogue symptom the record does not have yet (new ones start hidden)."""
    with record.plain_reads() as connection:
        tracked = {row.key for row in plain_sql.tracked_symptoms(connection)}
    if tracked and all(symptom.key in tracked for symptom in record.knowledge.symptoms):
        return  # as it almost always is: nothing to write, no engine needed
    from sqlalchemy import select

    from mbc_tracker.storage.orm import TrackedSymptomRow

    with record.sessions.begin() as session:
        existing = {row.key: row for row in session.scalars(select(TrackedSymptomRow))}
        is_new_record = not existing
        next_position = max((row.position for row in existing.values()), default=-1) + 1
        for symptom in record.knowledge.symptoms:
            if symptom.key in existing:
                continue
            session.add(
                TrackedSymptomRow(
                    key=symptom.key,
                    label="",
                    kind=symptom.kind.value,
                    own=False,
                    on_today=symptom.on_today if is_new_record else False,
                    position=next_position,
                )
            )
            next_position += 1


def restore_backup_copy(damaged: Path, backup: BackupInfo, key: RecordKey | None = None) -> Path:
    """Copy ``backup`` next to the damaged record under a new name and return that path.

    The damaged file is left untouched, so nothing is lost if it can still be rescued. The copy
    is checked, private from its first byte and synced before it gets its name.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = damaged.with_name(f"{damaged.stem}-restored-{stamp}{RECORD_SUFFIX}")
    number = 2
    while target.exists():
        target = damaged.with_name(f"{damaged.stem}-restored-{stamp}-{number}{RECORD_SUFFIX}")
        number += 1
    copy_record(backup.path, target, key)
    return target
