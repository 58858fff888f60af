"""A file is identified before anything is written to it, and only a missing path becomes a record.

Records carry the app's mark in the SQLite header (``application_id``) and the schema's number
(``user_version``). Another program's SQLite file, even one with an Alembic table of its own, is
never switched to WAL or written at all; an empty file, or one without tables, is not quietly
made into a new record; and a record another tool has damaged (schema text that is not UTF-8,
broken links between rows, values outside the allowed ranges) is refused with a backup offered,
never a traceback. Looking at a damaged file leaves no ``-wal``/``-shm`` file beside it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import (
    CareRecord,
    ProblemKind,
    RecordProblem,
    open_record,
)
from mbc_tracker.storage.database import APPLICATION_ID, FileState, check_record_file
from mbc_tracker.storage.migrate import SCHEMA_HEAD


def header_pragmas(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as connection:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    return application_id, user_version


def refused(path: Path, paths: DataPaths, kind: ProblemKind) -> RecordProblem:
    """Open ``path``, expect ``kind``, and check nothing was written or left beside it."""
    before = path.read_bytes()
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(RecordProblem) as problem:
        open_record(path, paths)
    assert problem.value.kind is kind
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours
    return problem.value


def edit_with_sqlite(path: Path, *statements: str) -> None:
    """Change the file as another tool would, with the record's own checks switched off."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")


def test_a_new_record_carries_the_apps_mark_and_schema_number(record: CareRecord) -> None:
    record.close()

    assert header_pragmas(record.path) == (APPLICATION_ID, int(SCHEMA_HEAD))


def test_a_record_made_before_the_mark_existed_opens_and_is_marked(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    edit_with_sqlite(record.path, "PRAGMA application_id=0", "PRAGMA user_version=0")
    assert check_record_file(record.path).needs_identity

    reopened = open_record(record.path, data_paths)
    try:
        person = reopened.person.get()
        assert person is not None and person.name == "Ann Example"
    finally:
        reopened.close()

    assert header_pragmas(record.path) == (APPLICATION_ID, int(SCHEMA_HEAD))


def test_another_programs_file_with_an_alembic_table_is_never_written(
    data_paths: DataPaths,
) -> None:
    # Found by review: any SQLite file with alembic_version used to be taken for a record,
    # switched to WAL and given the record's tables.
    path = data_paths.data_dir / "inventory.mbcrecord"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        other.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        other.execute("CREATE TABLE stock (id INTEGER PRIMARY KEY, item TEXT)")
        other.commit()

    refused(path, data_paths, ProblemKind.NOT_A_RECORD)

    with closing(sqlite3.connect(path)) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_file_marked_by_another_application_is_refused(data_paths: DataPaths) -> None:
    path = data_paths.data_dir / "other.mbcrecord"
    with closing(sqlite3.connect(path)) as other:
        other.execute("PRAGMA application_id=1598903374")  # 'GPKG', GeoPackage's mark
        other.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
        other.commit()

    refused(path, data_paths, ProblemKind.NOT_A_RECORD)


def test_a_sqlite_file_without_tables_is_not_made_into_a_record(data_paths: DataPaths) -> None:
    path = data_paths.data_dir / "record.mbcrecord"
    with closing(sqlite3.connect(path)) as empty:
        empty.execute("PRAGMA user_version=3")  # writes a header, but no table
        empty.commit()
    assert path.stat().st_size > 0

    problem = refused(path, data_paths, ProblemKind.EMPTY)

    assert "holds no data" in problem.message


def test_an_emptied_record_offers_the_newest_good_backup(
    record: CareRecord, data_paths: DataPaths
) -> None:
    backup = record.backup_now("yesterday")
    record.close()
    record.path.write_bytes(b"")

    problem = refused(record.path, data_paths, ProblemKind.EMPTY)

    assert problem.backup is not None and problem.backup.path == backup.path
    assert "A good backup from" in problem.message


def test_a_record_replaced_by_another_file_offers_its_backup(
    record: CareRecord, data_paths: DataPaths
) -> None:
    # What `report -o record.mbcrecord` used to do: the record became a PDF.
    backup = record.backup_now("manual")
    record.close()
    record.path.write_bytes(b"%PDF-1.4\n%...")

    problem = refused(record.path, data_paths, ProblemKind.NOT_A_RECORD)

    assert problem.backup is not None and problem.backup.path == backup.path


def test_schema_text_that_is_not_utf8_is_damage_not_a_crash(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    edit_with_sqlite(record.path, "CREATE TABLE extra (id INTEGER)")
    data = bytearray(record.path.read_bytes())
    at = data.index(b"CREATE TABLE extra")
    data[at + len(b"CREATE TABLE ") : at + len(b"CREATE TABLE extra")] = b"\xff\xfe\xfd\xfc\xfb"
    record.path.write_bytes(bytes(data))

    assert check_record_file(record.path).state is FileState.DAMAGED
    refused(record.path, data_paths, ProblemKind.DAMAGED)


def test_broken_links_between_rows_are_damage(record: CareRecord, data_paths: DataPaths) -> None:
    record.close()
    edit_with_sqlite(
        record.path,
        "INSERT INTO symptom_entry (tracked_symptom_id, day, recorded_at, severity, note) "
        "VALUES (9999, '2026-03-01', '2026-03-01 20:00:00.000000', 3, '')",
    )

    refused(record.path, data_paths, ProblemKind.DAMAGED)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE tracked_symptom SET on_today = 1 WHERE id = 1; "
        "INSERT INTO symptom_entry (tracked_symptom_id, day, recorded_at, severity, note) "
        "VALUES (1, '2026-03-01', '2026-03-01 20:00:00.000000', 57, '')",
        "INSERT INTO symptom_entry (tracked_symptom_id, day, recorded_at, severity, note) "
        "VALUES (1, 'yesterday', '2026-03-01 20:00:00.000000', 3, '')",
        "INSERT INTO measurement (kind, day, recorded_at, value, unit) "
        "VALUES ('weight', '2026-03-01', 'soon', 61.5, 'kg')",
        "UPDATE person SET weight_unit = 'stone'",
        "INSERT INTO measurement (kind, day, recorded_at, value, unit) "
        "VALUES ('weight', '2026-03-01', '2026-03-01 08:00:00.000000', 'heavy', 'kg')",
    ],
    ids=["severity 57", "a day that is not a date", "a time that is not a time", "unit", "text"],
)
def test_values_another_tool_wrote_outside_the_rules_are_damage(
    statement: str, record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    edit_with_sqlite(record.path, *statement.split("; "))

    problem = refused(record.path, data_paths, ProblemKind.DAMAGED)

    assert "damaged" in problem.message


def test_looking_at_a_damaged_file_leaves_no_wal_or_shm_behind(
    record: CareRecord, data_paths: DataPaths
) -> None:
    record.close()
    data = bytearray(record.path.read_bytes())
    data[4096 * 3 : 4096 * 6] = bytes(4096 * 3)
    record.path.write_bytes(bytes(data))

    refused(record.path, data_paths, ProblemKind.DAMAGED)

    assert not record.path.with_name(record.path.name + "-wal").exists()
    assert not record.path.with_name(record.path.name + "-shm").exists()


def test_a_new_record_appears_whole_or_not_at_all(data_paths: DataPaths) -> None:
    path = data_paths.data_dir / "mum.mbcrecord"

    def fail_half_way(_record: CareRecord) -> None:
        raise RuntimeError("the disk was pulled out")

    with pytest.raises(RuntimeError):
        open_record(path, data_paths, fill_new=fail_half_way)

    assert sorted(p.name for p in data_paths.data_dir.iterdir()) == ["backups"]


def test_a_build_abandoned_by_a_killed_process_is_cleared_away(data_paths: DataPaths) -> None:
    leftover = data_paths.data_dir / ".record.mbcrecord.new-0badf00d"
    leftover.write_bytes(b"SQLite format 3\x00 half of a record")

    open_record(data_paths.default_record, data_paths).close()

    assert not leftover.exists()
    assert check_record_file(data_paths.default_record).state is FileState.OK
