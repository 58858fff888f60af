"""``open_record`` refuses files it cannot use safely, says why, and never writes into them.

A person may pick the wrong file, or their disk may fail. Either way the app must not add a
byte to the file: a file that is not a record, a damaged or cut-short record, and a record
from a newer version of the app are refused with a plain explanation, and a damaged record
comes with the newest good backup, which can be copied beside it and opened instead.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from record_damage import damage_middle_pages

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import (
    CareRecord,
    ProblemKind,
    RecordProblem,
    open_record,
    restore_backup_copy,
)


def refuse(path: Path, paths: DataPaths, kind: ProblemKind) -> RecordProblem:
    """Open ``path``, expect a refusal of ``kind``, and check the file was left byte for byte."""
    before = path.read_bytes()
    with pytest.raises(RecordProblem) as problem:
        open_record(path, paths)
    assert problem.value.kind is kind
    assert path.read_bytes() == before
    return problem.value


@pytest.mark.parametrize(
    "content",
    [
        b"Ann's appointments\n2 March: oncology visit\n",
        random.Random(3).randbytes(20_000),
    ],
    ids=["text file", "random bytes"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(
    content: bytes, data_paths: DataPaths
) -> None:
    path = data_paths.data_dir / "notes.mbcrecord"
    path.write_bytes(content)

    problem = refuse(path, data_paths, ProblemKind.NOT_A_RECORD)

    assert "notes.mbcrecord" in problem.message
    assert "Nothing in it was changed" in problem.message
    assert sorted(p.name for p in data_paths.data_dir.iterdir()) == ["backups", "notes.mbcrecord"]


def test_another_programs_sqlite_file_is_refused_untouched(data_paths: DataPaths) -> None:
    # Found by this test: such a file used to get the whole record schema written into it.
    path = data_paths.data_dir / "places.sqlite"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT)")
        other.execute("INSERT INTO bookmark (url) VALUES ('https://example.org')")
        other.commit()

    refuse(path, data_paths, ProblemKind.NOT_A_RECORD)

    assert list(data_paths.backups_dir.iterdir()) == []


def test_a_zero_byte_file_is_never_turned_into_a_new_record(data_paths: DataPaths) -> None:
    # An emptied record (a failed copy, a sync tool) used to become a fresh, empty record
    # without a word, hiding the loss. Only a path where nothing exists becomes a new record.
    path = data_paths.data_dir / "new.mbcrecord"
    path.touch()

    problem = refuse(path, data_paths, ProblemKind.EMPTY)

    assert "empty (0 bytes)" in problem.message
    assert "No good backup" in problem.message
    assert sorted(p.name for p in data_paths.data_dir.iterdir()) == ["backups", "new.mbcrecord"]


def test_a_damaged_record_is_refused_untouched_and_names_the_newest_good_backup(
    record: CareRecord, data_paths: DataPaths
) -> None:
    good = record.backup_now("first")
    damage_middle_pages(record.backup_now("second").path)  # the newest copy is no good
    record.close()
    damage_middle_pages(record.path)

    problem = refuse(record.path, data_paths, ProblemKind.DAMAGED)

    assert problem.backup is not None
    assert problem.backup.path == good.path
    assert "will not change it" in problem.message
    assert f"{good.made_at.day} {good.made_at:%B %Y}" in problem.message  # "1 December", unpadded


def test_a_damaged_record_without_a_good_backup_says_so(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    damage_middle_pages(record.path)

    problem = refuse(record.path, data_paths, ProblemKind.DAMAGED)

    assert problem.backup is None
    assert "No good backup" in problem.message


def test_the_restored_copy_opens_with_the_backed_up_data(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.backup_now("before-damage")
    record.close()
    damage_middle_pages(record.path)
    damaged_bytes = record.path.read_bytes()
    problem = refuse(record.path, data_paths, ProblemKind.DAMAGED)
    assert problem.backup is not None

    restored_path = restore_backup_copy(record.path, problem.backup)

    assert restored_path != record.path
    assert restored_path.parent == record.path.parent
    assert record.path.read_bytes() == damaged_bytes  # kept for anyone who can rescue it
    restored = open_record(restored_path, data_paths)
    try:
        person = restored.person.get()
        assert person is not None
        assert person.name == "Ann Example"
    finally:
        restored.close()


def test_a_cut_short_record_is_refused_untouched(record: CareRecord, data_paths: DataPaths) -> None:
    record.close()
    whole = record.path.read_bytes()
    record.path.write_bytes(whole[: len(whole) // 2])

    refuse(record.path, data_paths, ProblemKind.DAMAGED)


def test_a_record_from_a_newer_app_is_refused_untouched(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    with closing(sqlite3.connect(record.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()

    problem = refuse(record.path, data_paths, ProblemKind.TOO_NEW)

    assert "newer version" in problem.message
    assert "has not been changed" in problem.message
    assert list(data_paths.backups_dir.iterdir()) == []
