"""Opening does not grow with the record: a record this app closed, unchanged since, is not read
row by row again; any other change to the file brings every check back (issue 11)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import (
    Access,
    ProblemKind,
    RecordProblem,
    checked_stamp,
    open_record,
)
from mbc_tracker.storage import database
from mbc_tracker.storage.database import file_stamp


class RowsRead(Exception):
    """Raised by the row-by-row check, to show that it ran."""


@pytest.fixture
def closed_record(data_paths: DataPaths) -> Path:
    record = open_record(data_paths.default_record, data_paths)
    record.person.save(Person(name="Ann Example"))
    record.close()
    return record.path


@pytest.fixture
def rows_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Counts the row-by-row checks instead of running them."""
    seen: list[Path] = []

    def counted(connection: sqlite3.Connection, tables: object) -> list[str]:
        seen.append(Path("."))
        return []

    monkeypatch.setattr(database, "rules_broken", counted)
    return seen


def test_closing_stamps_the_record_and_the_next_opening_skips_the_row_checks(
    closed_record: Path, data_paths: DataPaths, rows_read: list[Path]
) -> None:
    assert checked_stamp(closed_record, data_paths) == file_stamp(closed_record)
    for access in (Access.WRITE, Access.READ):
        open_record(closed_record, data_paths, access).close()
    assert rows_read == []


def test_a_change_by_another_tool_brings_every_check_back(
    closed_record: Path, data_paths: DataPaths
) -> None:
    with closing(sqlite3.connect(closed_record)) as connection:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        connection.execute("UPDATE person SET weight_unit = 'stone'")
        connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")
    with pytest.raises(RecordProblem) as problem:
        open_record(closed_record, data_paths)
    assert problem.value.kind is ProblemKind.DAMAGED


def test_the_same_bytes_written_again_are_checked_again(
    closed_record: Path, data_paths: DataPaths, rows_read: list[Path]
) -> None:
    # Another tool may rewrite a file with the same size: the modification time still moves.
    stamp = file_stamp(closed_record)
    data = closed_record.read_bytes()
    status = closed_record.stat()
    closed_record.write_bytes(data)
    os.utime(closed_record, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000))
    assert file_stamp(closed_record) != stamp
    open_record(closed_record, data_paths).close()
    assert len(rows_read) == 1


def test_a_record_left_with_a_journal_has_no_stamp_and_is_checked(
    closed_record: Path, data_paths: DataPaths, rows_read: list[Path]
) -> None:
    journal = closed_record.with_name(closed_record.name + "-wal")
    journal.write_bytes(b"\0" * 32)  # as after a crash: what the main file says is not all
    assert file_stamp(closed_record) is None
    open_record(closed_record, data_paths).close()  # SQLite sets a WAL of zeros aside
    assert len(rows_read) == 1


@pytest.mark.parametrize("note", [b"", b"\xff\xfe", b"1:2:3:4", b"x" * 5000])
def test_a_missing_or_strange_note_means_every_check(
    closed_record: Path, data_paths: DataPaths, rows_read: list[Path], note: bytes
) -> None:
    stamp_file = data_paths.checked_note_for(closed_record)
    stamp_file.write_bytes(note)
    open_record(closed_record, data_paths).close()
    assert len(rows_read) == 1
