"""The one way to open a connection (storage/connect.py): plain records through ``sqlite3``,
protected ones through SQLCipher with the key first, and nothing else in the package opening
SQLite by itself."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mbc_tracker
from mbc_tracker.domain.protection import KDF_ITERATIONS, RecordKey, derive_key, new_key
from mbc_tracker.storage.connect import (
    connect,
    create_engine_for,
    damage_errors,
    driver,
    errors,
    is_connection,
)

PACKAGE_DIR = Path(mbc_tracker.__file__).resolve().parent
CONNECT_MODULE = PACKAGE_DIR / "storage" / "connect.py"


def test_nothing_but_the_connect_module_opens_sqlite_or_makes_an_engine() -> None:
    offenders = []
    for module in sorted(PACKAGE_DIR.rglob("*.py")):
        if module == CONNECT_MODULE:
            continue
        text = module.read_text(encoding="utf-8")
        for pattern in (r"\bsqlite3\.connect\(", r"\bsqlcipher3\b", r"\bcreate_engine\("):
            if re.search(pattern, text):
                offenders.append(f"{module.relative_to(PACKAGE_DIR)}: {pattern}")
    assert offenders == []


def test_a_record_key_never_shows_its_bytes() -> None:
    key = new_key("correct horse battery staple")
    assert key.raw.hex() not in repr(key)
    assert key.raw.hex() not in str(key)
    assert key.salt.hex() not in repr(key)
    assert repr(key) == "RecordKey(<hidden>)"


def test_a_record_key_has_the_sizes_sqlcipher_needs() -> None:
    with pytest.raises(ValueError):
        RecordKey(raw=b"short", salt=bytes(16))
    key = derive_key("pass", bytes(16))
    assert len(key.raw) == 32 and key.salt == bytes(16)
    assert KDF_ITERATIONS == 256_000


def test_a_plain_connection_is_the_standard_library_s(tmp_path: Path) -> None:
    connection = connect(tmp_path / "plain.db")
    try:
        assert isinstance(connection, sqlite3.Connection)
        assert is_connection(connection)
        assert driver(None) is sqlite3
    finally:
        connection.close()


def test_the_derived_key_is_the_one_sqlcipher_derives_from_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    key = new_key("a long passphrase")
    connection = connect(path, key)
    connection.execute("CREATE TABLE person (name TEXT)")
    connection.execute("INSERT INTO person VALUES ('Ann Example')")
    connection.commit()
    connection.close()

    raw = path.read_bytes()
    assert b"Ann Example" not in raw
    assert not raw.startswith(b"SQLite format 3")
    assert raw[:16] == key.salt  # the file carries the key's salt, so the passphrase fits

    # SQLCipher on its own, given the passphrase (its defaults), opens what the raw key made.
    cipher = driver(key)
    by_passphrase = cipher.connect(str(path))
    by_passphrase.execute("PRAGMA key = 'a long passphrase'")
    assert by_passphrase.execute("SELECT name FROM person").fetchall() == [("Ann Example",)]
    by_passphrase.close()
    # And the key derived again from the passphrase and the file's salt opens it too.
    again = connect(path, derive_key("a long passphrase", raw[:16]))
    assert again.execute("SELECT name FROM person").fetchall() == [("Ann Example",)]
    assert is_connection(again)
    again.close()


def test_a_wrong_key_is_a_damage_error_on_the_first_read(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    key = new_key("right")
    connection = connect(path, key)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    wrong = connect(path, derive_key("wrong", key.salt))
    with pytest.raises(damage_errors()):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()
    # And without a key, the standard driver sees no database either.
    plain = connect(path)
    with pytest.raises(errors()):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_later_connections_do_not_derive_the_key_again(tmp_path: Path) -> None:
    path = tmp_path / "protected.db"
    key = new_key("pass")
    connect(path, key).close()
    started = time.perf_counter()
    for _ in range(5):
        connection = connect(path, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()
    # Deriving from the passphrase costs about 150-500 ms a time; the raw key costs nothing.
    assert (time.perf_counter() - started) / 5 < 0.1


def test_an_engine_on_a_protected_file_uses_sqlcipher_with_the_key(tmp_path: Path) -> None:
    from sqlalchemy import text

    path = tmp_path / "protected.db"
    key = new_key("pass")
    engine = create_engine_for(path, key)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
            connection.execute(text("INSERT INTO t VALUES ('Ann Example')"))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT x FROM t")).scalar() == "Ann Example"
            assert engine.dialect.dbapi is driver(key)
            version = connection.execute(text("PRAGMA cipher_version")).scalar()
            assert version  # SQLCipher answers; plain SQLite has no such pragma
    finally:
        engine.dispose()
    assert b"Ann Example" not in path.read_bytes()


def _fresh(code: str) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_a_plain_record_never_loads_sqlcipher(tmp_path: Path) -> None:
    loaded = _fresh(
        "import sys\n"
        "from pathlib import Path\n"
        "import mbc_tracker.gui.main_window\n"
        "from mbc_tracker.paths import DataPaths\n"
        "from mbc_tracker.services.record import open_record\n"
        f"paths = DataPaths(Path({str(tmp_path / 'data')!r})).ensure()\n"
        "record = open_record(paths.default_record, paths)\n"
        "record.prepare_database()\n"
        "record.backup_now()\n"
        "record.close()\n"
        "print('sqlcipher3' in sys.modules)"
    )
    assert loaded == "False"
