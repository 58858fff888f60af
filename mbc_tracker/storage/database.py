"""Opening a record file: the SQLite settings every connection gets, and the checks before use.

Each connection runs in WAL mode with ``synchronous=FULL`` (a saved day survives a power cut),
``foreign_keys=ON`` and ``secure_delete=ON`` (deleted health data is overwritten, not left in free
pages). Record files and their ``-wal``/``-shm`` companions are made readable by their owner only.
Connections are kept open between sessions; after a change the WAL is folded into the record
file at once, so the file on its own always holds every saved change.

A change takes SQLite's write lock when it begins (``BEGIN IMMEDIATE``), so a save never fails
half-way on a lock; a read begins a plain deferred transaction with ``query_only`` on, so reading
(a long export, the clinic summary) never holds the write lock and never blocks a save. When
SQLite stays busy past ``busy_timeout``, or refuses to write, the error becomes ``RecordBusy`` or
``RecordReadOnly`` (``domain.errors``), which every caller can turn into one sentence.

Before a record is used, ``check_record_file`` identifies the file without writing a byte: a
record carries this app's ``application_id`` (or, made by an older version, the app's own tables
and ``alembic_version``); anything else is refused, so another program's SQLite file, even one
with an Alembic table, is never switched to WAL or written at all. The window looks under the
record's lock and leaves nothing beside the file; a reading command looks through SQLite's read
locks (a writer may be saving) and removes again the ``-wal``/``-shm`` it had to create when the
file is refused. An empty file, or one without tables, is reported as such and never silently
becomes a new record: that would hide a loss. A record must pass ``PRAGMA quick_check``,
``PRAGMA foreign_key_check`` and the app's own rules (the CHECK ranges and the shapes of dates),
which another tool may have broken. ``committed_writes`` counts the transactions that changed a
record, so a failed action can say truthfully whether it changed nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mbc_tracker.domain.errors import RecordBusy, RecordReadOnly
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.paths import make_private_file
from mbc_tracker.storage.connect import connect, create_engine_for, damage_errors, errors

if TYPE_CHECKING:
    # Imported where used: checking and plainly reading a record (``plain_sql``) must not load
    # SQLAlchemy, so that Today can be shown before it is (about half a second on a slow PC).
    from sqlalchemy import Engine, ExceptionContext, Table

SQLITE_HEADER = b"SQLite format 3\x00"
# "MBCT": the app's mark in the SQLite header (PRAGMA application_id), set on every record.
APPLICATION_ID = 0x4D424354
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=5000",
)
# A reader leaves the file's journal mode alone: switching it would be a write.
READER_PRAGMAS = tuple(pragma for pragma in CONNECTION_PRAGMAS if "journal_mode" not in pragma)
# Sessions made from ``engine.execution_options(**READS)`` only read (see ``create_record_engine``).
READS = {"mbc_reads_only": True}
# Tables every version of the record has had since the first schema: with ``alembic_version``,
# how a record written before the app set its application_id is recognised.
RECORD_CORE_TABLES = frozenset(
    {
        "person",
        "tracked_symptom",
        "symptom_entry",
        "measurement",
        "day_note",
        "treatment",
        "appointment",
        "receptor_test",
    }
)

# SQLite's primary result codes that mean "not now" or "not here".
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8


class FileState(Enum):
    MISSING = "missing"  # no file yet: only this becomes a new record
    EMPTY = "empty"  # zero bytes where a record should be
    NO_TABLES = "no_tables"  # a SQLite file holding nothing (a record emptied or cut short)
    NOT_SQLITE = "not_sqlite"  # not SQLite at all
    FOREIGN = "foreign"  # another program's SQLite database
    DAMAGED = "damaged"
    PROTECTED = "protected"  # encrypted (no readable header), and no key was given
    WRONG_KEY = "wrong_key"  # encrypted, and the key given does not open it
    OK = "ok"


@dataclass(frozen=True)
class FileCheck:
    """What ``check_record_file`` found, and whether the app's mark still has to be written."""

    state: FileState
    needs_identity: bool = False  # a record from an older version: no application_id yet
    protected: bool = False  # an encrypted file (opened, if OK, with the key given)


def companion_files(path: Path) -> tuple[Path, Path, Path]:
    """The record file and the two files SQLite keeps beside it in WAL mode."""
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def protect_files(path: Path) -> None:
    for file in companion_files(path):
        make_private_file(file)


def inspection_uri(path: Path, still: bool = False) -> str:
    """A read-only URI for looking at ``path``.

    ``still`` says nothing can change the file while it is read: it is a backup, or the caller
    holds the record's lock. Then, without a ``-wal`` beside it, the file is opened
    ``immutable`` (no locks, no side files left behind). Otherwise SQLite's own read locks keep
    the picture consistent while a writer saves beside it (between saves the app's writer leaves
    no ``-wal``, so its absence says nothing), at the price of ``-wal``/``-shm`` files, which a
    reader cannot remove.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if still and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def file_stamp(path: Path) -> str | None:
    """Which file ``path`` is and when it last changed, or None while a journal is pending.

    Equal stamps mean the bytes have not been written since (a write changes the modification
    time, a copy the inode). While a ``-wal`` or ``-journal`` file holds anything, the main
    file alone does not say what the record holds, so there is no stamp.
    """
    try:
        status = path.stat()
        for suffix in ("-wal", "-journal"):
            journal = path.with_name(path.name + suffix)
            if journal.exists() and journal.stat().st_size > 0:
                return None
    except OSError:
        return None
    return f"{status.st_dev}:{status.st_ino}:{status.st_size}:{status.st_mtime_ns}"


def change_token(path: Path) -> tuple[int, ...]:
    """Something that moves whenever any process commits to the record at ``path``: the size
    and modification time of the file and of its ``-wal`` (a commit appends to the WAL, a
    checkpoint writes the file). For a reader that must notice another process's writes."""
    token: list[int] = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            status = candidate.stat()
        except OSError:
            token += [0, 0]
        else:
            token += [status.st_size, status.st_mtime_ns]
    return tuple(token)


def check_record_file(
    path: Path,
    still: bool = False,
    checked_stamp: str | None = None,
    key: RecordKey | None = None,
) -> FileCheck:
    """Decide, without writing anything, whether ``path`` can be opened as a record.

    ``still`` as for ``inspection_uri``. ``checked_stamp`` is the file's ``file_stamp`` from
    when the app last found it sound and closed it: if the file still has that stamp, nothing
    has written to it since, and the checks that read every row (``quick_check``, the foreign
    keys, ``rules_broken``) are skipped, so opening does not grow with the record. The file is
    still identified (its header, application id and tables).

    When the answer is not OK, the ``-wal``/``-shm`` files a non-``still`` look had to create
    are removed again: no writer uses a file the app refuses, and a damaged file is left as it
    was found.

    An encrypted (protected) record has no readable header: without ``key`` it is reported as
    ``PROTECTED``, with a key that does not open it as ``WRONG_KEY``, and with the right key it
    goes through the same checks as a plain one (``protected`` is then set). A plain file is
    checked as plain whether or not a key is given. SQLCipher's bytes cannot be told from any
    other random bytes, so a file without a header is taken as protected when it could be one
    (a whole number of pages, at least one); anything else is ``NOT_SQLITE``.
    """
    if not path.exists():
        return FileCheck(FileState.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return FileCheck(FileState.NOT_SQLITE)
    if not header:
        return FileCheck(FileState.EMPTY)
    protected = header != SQLITE_HEADER
    if protected and not could_be_protected(path):
        return FileCheck(FileState.NOT_SQLITE)
    if protected and key is None:
        return FileCheck(FileState.PROTECTED, protected=True)
    journals = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    found_before = {journal for journal in journals if journal.exists()}
    unchanged = checked_stamp is not None and file_stamp(path) == checked_stamp
    check = _check_sqlite_file(path, still, every_row=not unchanged, key=key if protected else None)
    if check.state is not FileState.OK:
        for journal in journals:
            if journal not in found_before:
                with contextlib.suppress(OSError):
                    if journal.name.endswith("-shm") or journal.stat().st_size == 0:
                        journal.unlink()
    return check


# SQLite's page sizes are powers of two from 512 bytes; an encrypted file is whole pages.
_SMALLEST_PAGE = 512


def could_be_protected(path: Path) -> bool:
    """Whether the file at ``path``, which has no SQLite header, could be an encrypted record."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0


def _check_sqlite_file(
    path: Path, still: bool, every_row: bool = True, key: RecordKey | None = None
) -> FileCheck:
    try:
        connection = connect(inspection_uri(path, still), key, uri=True)
    except errors():
        return FileCheck(FileState.DAMAGED)
    # Names are read as bytes: schema text that is not UTF-8 is damage, not a crash.
    connection.text_factory = bytes
    try:
        if key is not None:
            try:
                # The first read of an encrypted file: page 1 does not decrypt with a wrong key.
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except damage_errors():
                return FileCheck(FileState.WRONG_KEY, protected=True)
        check = _identify(connection, every_row)
    except errors(UnicodeDecodeError):
        check = FileCheck(FileState.DAMAGED)
    finally:
        connection.close()
    if key is not None:
        check = FileCheck(check.state, check.needs_identity, protected=True)
    return check


def _identify(connection: sqlite3.Connection, every_row: bool = True) -> FileCheck:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    tables = {name.decode("utf-8") for (name,) in names}
    tables = {name for name in tables if not name.startswith("sqlite_")}
    ours = "alembic_version" in tables and tables >= RECORD_CORE_TABLES
    if application_id not in (0, APPLICATION_ID):
        return FileCheck(FileState.FOREIGN)
    if not tables:
        return FileCheck(FileState.NO_TABLES)
    if not ours:
        # Marked as ours but without the record's tables: a record cut short or tampered with.
        return FileCheck(FileState.DAMAGED if application_id else FileState.FOREIGN)
    if not every_row:
        return FileCheck(FileState.OK, needs_identity=application_id != APPLICATION_ID)
    if connection.execute("PRAGMA quick_check").fetchall() != [(b"ok",)]:
        return FileCheck(FileState.DAMAGED)
    if connection.execute("PRAGMA foreign_key_check").fetchall():
        return FileCheck(FileState.DAMAGED)
    if rules_broken(connection, tables):
        return FileCheck(FileState.DAMAGED)
    return FileCheck(FileState.OK, needs_identity=application_id != APPLICATION_ID)


def rules_broken(connection: sqlite3.Connection, tables: Iterable[str]) -> list[str]:
    """Tables holding a row the record's rules forbid (a CHECK range, a date that is not a date).

    SQLite enforces CHECK constraints when rows are written, but another tool can switch that
    off, and ``quick_check`` in the SQLite versions the app supports does not look for them; a
    value outside its range would then fail somewhere far from here, in front of the person.
    Each table is read once. Only tables the app knows, and only columns the file has, are
    checked, so a record at an older schema is judged by the rules it was written under as far
    as they still apply.
    """
    from mbc_tracker.storage.orm import Base  # the ORM is loaded by every open anyway

    broken = []
    present = set(tables)
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info('{table.name}')")}
        conditions = _rule_conditions(table, {_text(column) for column in columns})
        if not conditions:
            continue
        query = f"SELECT EXISTS (SELECT 1 FROM {table.name} WHERE {' OR '.join(conditions)})"
        if connection.execute(query).fetchone()[0]:
            broken.append(table.name)
    return broken


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


_DATE_SHAPE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
_DATETIME_SHAPE = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'"


def _rule_conditions(table: Table, columns: set[str]) -> list[str]:
    """SQL conditions true for a row that breaks one of the table's rules."""
    from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Float, Integer

    conditions = []
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint):
            expression = str(constraint.sqltext)
            if any(
                column.name in expression for column in table.columns if column.name not in columns
            ):
                continue
            # NOT (NULL) is NULL, so a CHECK that evaluates to NULL passes, as in SQLite itself.
            conditions.append(f"NOT ({expression})")
    for column in table.columns:
        if column.name not in columns:
            continue
        if column.foreign_keys or (column.primary_key and isinstance(column.type, Integer)):
            # An INTEGER PRIMARY KEY is the rowid, always a whole number; a link that is not a
            # parent's id is found by foreign_key_check. Checking them again costs every row.
            continue
        name = f'"{column.name}"'
        if isinstance(column.type, Boolean):
            shape = f"typeof({name}) != 'integer' OR {name} NOT IN (0, 1)"
        elif isinstance(column.type, DateTime):
            shape = f"{name} NOT GLOB {_DATETIME_SHAPE}"
        elif isinstance(column.type, Date):
            shape = f"{name} NOT GLOB {_DATE_SHAPE} OR length({name}) != 10"
        elif isinstance(column.type, Integer):
            shape = f"typeof({name}) != 'integer'"
        elif isinstance(column.type, Float):
            shape = f"typeof({name}) NOT IN ('real', 'integer')"
        else:
            shape = f"typeof({name}) != 'text'"
        guard = f"{name} IS NOT NULL AND " if column.nullable else f"{name} IS NULL OR "
        conditions.append(f"({guard}({shape}))")
    return conditions


def quick_check(path: Path, key: RecordKey | None = None) -> bool:
    """``PRAGMA quick_check`` through a read-only connection; False on any failure."""
    try:
        connection = connect(inspection_uri(path, still=True), key, uri=True)
    except errors():
        return False
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except damage_errors():
        return False
    finally:
        connection.close()
    return rows == [("ok",)]


def _configure_connection(dbapi_connection: Any, pragmas: tuple[str, ...]) -> None:
    # pysqlite's own transaction handling fights WAL pragmas and SAVEPOINTs; SQLAlchemy's
    # documented recipe is to turn it off here and emit BEGIN ourselves (see "begin" below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()


def open_for_plain_reads(
    path: Path, read_only: bool = False, key: RecordKey | None = None
) -> sqlite3.Connection:
    """A sqlite3 connection to the record at ``path`` that only reads (``query_only``), with
    the record's settings, for ``plain_sql``: what the first screen needs, without SQLAlchemy.
    ``read_only`` opens the file read-only, as ``create_record_engine`` does. ``key`` opens a
    protected record."""
    if read_only:
        connection = connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    else:
        connection = connect(path, key)
    _configure_connection(connection, (*READER_PRAGMAS, "PRAGMA query_only=ON"))
    return connection


def _translate_error(context: ExceptionContext) -> None:
    """Turn SQLite's "busy", "locked" and "read-only" into the app's own exceptions."""
    original = context.original_exception
    if not isinstance(original, errors()):
        return
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        raise RecordBusy() from original
    if primary == _SQLITE_READONLY or "readonly database" in str(original):
        raise RecordReadOnly() from original


def create_record_engine(
    path: Path, read_only: bool = False, key: RecordKey | None = None
) -> Engine:
    """An engine for one record file; every connection gets the record's pragmas (after the
    key, for a protected record: see ``storage.connect``).

    ``read_only`` makes every session only read (the record is open for writing elsewhere, or a
    reading verb runs beside the app). Otherwise sessions write, except those made from
    ``engine.execution_options(**READS)``, which only read.
    """
    # A read-only engine opens the file read-only, so that nothing it does can write the record
    # (not even folding a -wal left by a crash into it when it closes).
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    # Connections are kept between sessions (a day's save is several short sessions and a page
    # shown several reads): opening one costs its pragmas, and closing the last one folds the
    # WAL into the file every time, after a read too. A change is folded in as soon as its
    # connection comes back (see ``_fold_in_after_writes``), so the record file alone, copied
    # by a person while the app is open, holds every saved day.
    from sqlalchemy import event
    from sqlalchemy.pool import QueuePool

    engine = create_engine_for(
        target, key, uri=read_only, poolclass=QueuePool, pool_size=2, max_overflow=8
    )
    pragmas = READER_PRAGMAS if read_only else CONNECTION_PRAGMAS
    event.listen(
        engine, "connect", lambda connection, _record: _configure_connection(connection, pragmas)
    )
    event.listen(engine, "handle_error", _translate_error)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        if read_only or connection.get_execution_options().get("mbc_reads_only"):
            # A deferred read takes no write lock; query_only makes a stray write fail loudly
            # instead of upgrading the read to a write that could wait on another writer.
            connection.exec_driver_sql("PRAGMA query_only=ON")
            connection.exec_driver_sql("BEGIN")
        else:
            # A kept connection may have last served a read. IMMEDIATE takes the write lock at
            # the start, so a save never fails half-way.
            connection.exec_driver_sql("PRAGMA query_only=OFF")
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    _count_committed_writes(engine)
    if not read_only:
        _fold_in_after_writes(engine)
    return engine


def mark_as_record(engine: Engine, schema_number: int) -> None:
    """Write the app's mark (``application_id``) and the schema's number (``user_version``)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version={int(schema_number)}")


class _WriteCount:
    value = 0


_PROCESS_WRITES = _WriteCount()
_ENGINE_WRITES: weakref.WeakKeyDictionary[Engine, _WriteCount] = weakref.WeakKeyDictionary()


def committed_writes(engine: Engine | None = None) -> int:
    """How many transactions that changed rows were committed through ``engine`` (or, for
    None, by any record in this process): how a failed action knows it left the record as it was.

    A transaction that only read is not counted (SQLite's ``total_changes`` did not move). A
    commit is counted as it is sent, so one that then fails still counts: the cautious side.
    """
    count = _PROCESS_WRITES if engine is None else _ENGINE_WRITES.get(engine)
    return count.value if count is not None else 0


def _count_committed_writes(engine: Engine) -> None:
    from sqlalchemy import event

    count = _ENGINE_WRITES.setdefault(engine, _WriteCount())

    @event.listens_for(engine, "begin")
    def _note_changes(connection: Any) -> None:
        connection.info["changes_at_begin"] = _total_changes(connection)

    @event.listens_for(engine, "commit")
    def _count_write(connection: Any) -> None:
        before = connection.info.pop("changes_at_begin", None)
        if before is None or _total_changes(connection) != before:
            count.value += 1
            _PROCESS_WRITES.value += 1


def _fold_in_after_writes(engine: Engine) -> None:
    """Copy the WAL into the record file when a connection that committed a change comes back.

    PASSIVE never waits: pages a reader elsewhere still needs stay in the WAL until the next
    time (and SQLite keeps them safe there meanwhile)."""
    from sqlalchemy import event

    @event.listens_for(engine, "commit")
    def _note_write(connection: Any) -> None:
        connection.info[_WROTE] = True

    @event.listens_for(engine, "checkin")
    def _fold_in(dbapi_connection: Any, connection_record: Any) -> None:
        if dbapi_connection is None or not connection_record.info.pop(_WROTE, False):
            return
        with contextlib.suppress(*errors()):
            dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


_WROTE = "mbc_wrote"


def _total_changes(connection: Any) -> int | None:
    changes = getattr(connection.connection.dbapi_connection, "total_changes", None)
    return changes if isinstance(changes, int) else None
