"""Encrypted copies of a plain record and plain copies of an encrypted one, and a new key.

``PRAGMA key`` on a plain file does not encrypt it, and SQLite's backup API copies only between
files protected alike, so a record changes protection by export: SQLCipher's
``sqlcipher_export`` copies every table, index and row from the open database into an attached
one keyed differently (an empty key attaches a plain file). The export leaves out the header's
``user_version`` and ``application_id`` (the record's schema number and the app's mark), which
are carried over here. ``copy_matches`` then checks the copy before anything relies on it:
``integrity_check``, and every table holding as many rows as in the original.

``settle`` folds the WAL into the file and leaves it in rollback-journal mode, so that no
``-wal`` of the old file can lie beside the new one when it takes the record's name (SQLite
would replay it into the new file). ``change_key`` uses ``PRAGMA rekey`` with the new raw key;
the salt stays, so the new passphrase derives the new key from the file as SQLCipher would.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.storage.connect import connect, raw_key_text
from mbc_tracker.storage.database import companion_files

_ATTACHED = "copy_target"


def settle(path: Path, key: RecordKey | None) -> None:
    """Fold the record's WAL into its file and switch it to rollback-journal mode; remove the
    ``-wal``/``-shm`` left empty. The caller holds the record's lock."""
    with contextlib.closing(connect(path, key)) as connection:
        connection.isolation_level = None
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    for companion in companion_files(path)[1:]:
        with contextlib.suppress(OSError):
            if companion.name.endswith("-shm") or companion.stat().st_size == 0:
                companion.unlink()


def export_copy(
    source: Path, source_key: RecordKey | None, target: Path, target_key: RecordKey | None
) -> None:
    """Write into the empty file ``target`` everything ``source`` holds, protected with
    ``target_key`` (plain for None), with the source's ``user_version`` and ``application_id``."""
    # SQLCipher's driver either way: sqlcipher_export exists only there.
    connection = connect(source, source_key, cipher=True)
    connection.isolation_level = None
    try:
        execute = connection.execute
        user_version = int(execute("PRAGMA user_version").fetchone()[0])
        application_id = int(execute("PRAGMA application_id").fetchone()[0])
        execute(
            f"ATTACH DATABASE ? AS {_ATTACHED} KEY ?",
            (str(target), "" if target_key is None else raw_key_text(target_key)),
        )
        try:
            execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
            execute(f"PRAGMA {_ATTACHED}.user_version = {user_version}")
            execute(f"PRAGMA {_ATTACHED}.application_id = {application_id}")
        finally:
            execute(f"DETACH DATABASE {_ATTACHED}")
    finally:
        connection.close()


def _row_counts(path: Path, key: RecordKey | None) -> dict[str, int] | None:
    with contextlib.closing(connect(path, key)) as connection:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return None
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in tables
        }


def copy_matches(
    source: Path, source_key: RecordKey | None, copy: Path, copy_key: RecordKey | None
) -> bool:
    """Whether ``copy`` passes ``integrity_check`` and has the same tables with as many rows."""
    original = _row_counts(source, source_key)
    copied = _row_counts(copy, copy_key)
    return original is not None and original == copied


def change_key(path: Path, key: RecordKey, new: RecordKey) -> None:
    """Re-encrypt the protected record at ``path`` from ``key`` to ``new`` (same salt), in one
    transaction of SQLCipher's own."""
    if new.salt != key.salt:
        raise ValueError("A new key for the same file keeps the file's salt.")
    with contextlib.closing(connect(path, key)) as connection:
        connection.isolation_level = None
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # The raw key without a salt: the file keeps its own.
        connection.execute(f"PRAGMA rekey = \"x'{new.raw.hex()}'\"")
