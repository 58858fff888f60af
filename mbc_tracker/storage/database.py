"""Opening a record file: the SQLite settings every connection gets, and the checks before use.

Each connection runs in WAL mode with ``synchronous=FULL`` (a saved day survives a power cut),
``foreign_keys=ON`` and ``secure_delete=ON`` (deleted health data is overwritten, not left in free
pages). Record files and their ``-wal``/``-shm`` companions are made readable by their owner only.
Before a record is used, ``check_record_file`` reads it without writing: a file that is not SQLite,
or one that fails ``PRAGMA quick_check``, is refused so that nothing ever writes into damage. So is
a SQLite file that another program wrote (tables, but no ``alembic_version``): migrating it would
write the record's tables into someone else's data.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from mbc_tracker.paths import make_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=5000",
)


class FileState(Enum):
    MISSING = "missing"  # no file yet: a new record will be created
    EMPTY = "empty"  # a zero-byte file, for example just created by a file dialog
    NOT_SQLITE = "not_sqlite"  # not SQLite at all, or another program's SQLite database
    DAMAGED = "damaged"
    OK = "ok"


def companion_files(path: Path) -> tuple[Path, Path, Path]:
    """The record file and the two files SQLite keeps beside it in WAL mode."""
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def protect_files(path: Path) -> None:
    for file in companion_files(path):
        make_private_file(file)


def check_record_file(path: Path) -> FileState:
    """Decide, without writing anything, whether ``path`` can be opened as a record."""
    if not path.exists():
        return FileState.MISSING
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return FileState.NOT_SQLITE
    if not header:
        return FileState.EMPTY
    if header != SQLITE_HEADER:
        return FileState.NOT_SQLITE
    if not quick_check(path):
        return FileState.DAMAGED
    return FileState.OK if looks_like_a_record(path) else FileState.NOT_SQLITE


def looks_like_a_record(path: Path) -> bool:
    """True for a record (it has ``alembic_version``) or a SQLite file with no tables yet."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    # SQLite's own bookkeeping tables (sqlite_sequence, sqlite_stat1) say nothing about the owner.
    tables = {name for (name,) in rows if not name.startswith("sqlite_")}
    return not tables or "alembic_version" in tables


def quick_check(path: Path) -> bool:
    """``PRAGMA quick_check`` through a read-only connection; False on any failure."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return rows == [("ok",)]


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling fights WAL pragmas and SAVEPOINTs; SQLAlchemy's
    # documented recipe is to turn it off here and emit BEGIN ourselves (see "begin" below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_record_engine(path: Path) -> Engine:
    """An engine for one record file; every connection gets the record's pragmas."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock at the start, so a save never fails half-way on a lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
