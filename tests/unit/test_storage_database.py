"""Every connection to a record gets the settings that keep a saved day safe and private.

WAL with ``synchronous=FULL`` means a saved day survives a power cut; ``foreign_keys`` and
``secure_delete`` keep links whole and deleted health data overwritten. The data folder and
every file of a record are readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.storage.database import companion_files
from mbc_tracker.storage.orm import AppointmentRow


@pytest.fixture
def usual_umask() -> Iterator[None]:
    # With the common umask 022, files SQLite creates would be readable by everyone.
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_connection_gets_the_record_settings(record: CareRecord) -> None:
    for _ in range(2):  # a kept connection keeps its settings
        with record.sessions() as session:
            settings = {
                pragma: session.execute(text(f"PRAGMA {pragma}")).scalar_one()
                for pragma in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
            }
        assert settings == {
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "foreign_keys": 1,
            "secure_delete": 1,
        }


@pytest.mark.usefixtures("usual_umask")
def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new-data")

    open_record(paths.default_record, paths).close()

    assert mode(paths.data_dir) == 0o700
    assert mode(paths.backups_dir) == 0o700


@pytest.mark.usefixtures("usual_umask")
def test_an_existing_open_data_folder_is_made_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "shared-data")
    paths.data_dir.mkdir(mode=0o755)
    paths.data_dir.chmod(0o755)

    open_record(paths.default_record, paths).close()

    assert mode(paths.data_dir) == 0o700


@pytest.mark.usefixtures("usual_umask")
def test_the_record_and_its_wal_and_shm_files_are_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    record = open_record(paths.default_record, paths)
    try:
        with record.sessions.begin() as session:
            session.add(AppointmentRow(starts_at=dt.datetime(2026, 3, 2, 9), kind="blood_test"))
            session.flush()
            # While the write is open the change lives in the -wal file, beside the -shm index.
            files = companion_files(record.path)
            assert all(file.exists() for file in files)
            assert {file.name: mode(file) for file in files} == {file.name: 0o600 for file in files}
    finally:
        record.close()
    assert mode(record.path) == 0o600


def test_connections_are_kept_between_sessions_and_a_read_leaves_query_only_behind(
    record: CareRecord,
) -> None:
    with record.reads() as session:
        reader = session.connection().connection.dbapi_connection
        assert session.execute(text("PRAGMA query_only")).scalar_one() == 1
    with record.sessions.begin() as session:
        writer = session.connection().connection.dbapi_connection
        session.add(AppointmentRow(starts_at=dt.datetime(2024, 5, 1, 9, 0), kind="oncology_visit"))

    assert writer is reader  # the same kept connection, writing after it had read
    with record.reads() as session:
        assert session.scalars(select(AppointmentRow.kind)).all() == ["oncology_visit"]


def test_the_record_file_alone_holds_a_saved_change_while_the_record_is_open(
    record: CareRecord, tmp_path: Path
) -> None:
    """A person copying only the .mbcrecord file while the app is open gets every saved day."""
    with record.reads() as session:
        session.execute(text("SELECT 1"))
    with record.sessions.begin() as session:
        session.add(AppointmentRow(starts_at=dt.datetime(2024, 5, 1, 9, 0), kind="oncology_visit"))
    copy = tmp_path / "copied-alone.mbcrecord"
    shutil.copyfile(record.path, copy)  # without its -wal

    connection = sqlite3.connect(copy)
    try:
        kinds = connection.execute("SELECT kind FROM appointment").fetchall()
    finally:
        connection.close()
    assert kinds == [("oncology_visit",)]
