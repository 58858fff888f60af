"""The one way to open a connection to a record or a backup, plain or protected.

Every connection the app makes to a record file, a backup or a copy goes through ``connect``
(and every SQLAlchemy engine through ``create_engine_for``); a test fails if ``sqlite3.connect``
or ``create_engine`` appears anywhere else in the package. A plain record is opened with the
standard library's ``sqlite3``. A protected one (a ``RecordKey`` is given) is opened with
``sqlcipher3.dbapi2``, SQLCipher's build of the same driver, and ``PRAGMA key`` is the very first
statement on the connection: the raw key and the file's salt as ``x'<64 hex><32 hex>'``, so
SQLCipher neither derives the key again (about half a second each time) nor, for a new file,
picks a salt of its own that the passphrase would not match. ``sqlcipher3`` is imported only
when a key is given: a plain record never loads it.

The engine is made with a ``creator`` that calls ``connect``, and with ``module=`` the driver
that made the connection, so SQLAlchemy recognises its errors. A ``connect`` event would also
work, but SQLAlchemy's ``sqlite+pysqlcipher`` dialect sends an empty key when none is in the
URL, which SQLCipher refuses, and a creator leaves no moment at all before the key is set.

The two drivers have separate exception classes with the same names; ``errors()`` and
``damage_errors()`` name those of every driver loaded, for ``except`` clauses (evaluated when
an exception is matched, so a driver loaded later is included).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from mbc_tracker.domain.protection import RecordKey

if TYPE_CHECKING:
    from sqlalchemy import Engine

_CIPHER_MODULE = "sqlcipher3.dbapi2"


def driver(key: RecordKey | None, cipher: bool = False) -> ModuleType:
    """The DB-API module for a record: ``sqlite3``, or ``sqlcipher3.dbapi2`` given a key (or
    asked for by ``cipher``)."""
    if key is None and not cipher:
        return sqlite3
    import sqlcipher3.dbapi2  # type: ignore[import-untyped]

    return cast(ModuleType, sqlcipher3.dbapi2)


def raw_key_text(key: RecordKey) -> str:
    """The key as SQLCipher reads a raw key with its salt: ``x'<64 hex><32 hex>'``."""
    return f"x'{key.raw.hex()}{key.salt.hex()}'"


def key_statement(key: RecordKey) -> str:
    """``PRAGMA key`` with the raw key and salt (hex digits only: nothing to escape)."""
    return f'PRAGMA key = "{raw_key_text(key)}"'


def connect(
    target: Path | str,
    key: RecordKey | None = None,
    *,
    uri: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
    cipher: bool = False,
) -> sqlite3.Connection:
    """A DB-API connection to ``target`` (a path, or a ``file:`` URI with ``uri``).

    With a key, the connection is SQLCipher's and already keyed; it behaves as a
    ``sqlite3.Connection`` (the same driver code), which is how it is typed. A wrong key is
    noticed only by the first statement that reads the file (``SQLITE_NOTADB``). ``cipher``
    opens a plain file with SQLCipher's driver (which, without a key, is SQLite itself), for
    SQLCipher's own functions such as ``sqlcipher_export``.
    """
    module = driver(key, cipher)
    connection = module.connect(
        str(target), uri=uri, timeout=timeout, check_same_thread=check_same_thread
    )
    if key is not None:
        try:
            connection.execute(key_statement(key))
            # SQLCipher otherwise writes its own lines to stderr when a key does not fit.
            connection.execute("PRAGMA cipher_log_level = NONE")
        except BaseException:
            connection.close()
            raise
    return cast(sqlite3.Connection, connection)


def create_engine_for(
    target: Path | str, key: RecordKey | None = None, *, uri: bool = False, **options: Any
) -> Engine:
    """A SQLAlchemy engine whose every connection is made by ``connect``."""
    from sqlalchemy import create_engine

    def creator() -> Any:
        # As SQLAlchemy's own SQLite dialect does for a file: the pool hands connections
        # between threads, one at a time.
        return connect(target, key, uri=uri, check_same_thread=False)

    return create_engine("sqlite://", module=driver(key), creator=creator, **options)


def is_connection(candidate: object) -> bool:
    """Whether ``candidate`` is a connection of either driver."""
    if isinstance(candidate, sqlite3.Connection):
        return True
    cipher = sys.modules.get(_CIPHER_MODULE)
    return cipher is not None and isinstance(candidate, cipher.Connection)


def errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """``Error`` of every driver loaded, and ``also`` (for ``except``)."""
    return _classes("Error") + also


def damage_errors() -> tuple[type[Exception], ...]:
    """``DatabaseError`` of every driver loaded: the file is not a database, damaged, or the key
    does not open it."""
    return _classes("DatabaseError")


def _classes(name: str) -> tuple[type[Exception], ...]:
    found: tuple[type[Exception], ...] = (getattr(sqlite3, name),)
    cipher = sys.modules.get(_CIPHER_MODULE)
    if cipher is not None:
        found += (getattr(cipher, name),)
    return found
