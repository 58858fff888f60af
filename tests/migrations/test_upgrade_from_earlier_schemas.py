"""Records written by earlier versions of the app open in this one with every row kept.

``records/`` holds real records made by the app at each earlier schema (a 1-year demo record,
written by the version that had that schema and compressed): they are the files people have on
their computers. Opening one in the app backs it up first, brings it to the newest schema, and
keeps every row of every table; what the new schema adds starts empty (for 0002: no care-team
contact is yet marked as the number for urgent problems; for 0003: no treatment has a schedule
or a recorded dose; for 0004: no dose has a time to ask the score after, since nothing is
guessed for a dose recorded before it).

The schema-0003 record is the 1-year demo with, added through the 0003 app's own service, a
daily medicine with a month of doses and an as-needed one with two doses (one with both
scores, one with only the score before), since the 0003 demo had no medicines.
"""

from __future__ import annotations

import datetime as dt
import gzip
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record
from mbc_tracker.storage.backup import integrity_ok, list_backups
from mbc_tracker.storage.migrate import SCHEMA_HEAD

RECORDS = Path(__file__).parent / "records"
EARLIER = sorted(RECORDS.glob("schema-*.mbcrecord.gz"))


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def schema_of(stored: Path) -> int:
    return int(stored.name.split("-")[1])


def placed(stored: Path, data_paths: DataPaths) -> Path:
    data_paths.default_record.write_bytes(gzip.decompress(stored.read_bytes()))
    data_paths.default_record.chmod(0o600)
    return data_paths.default_record


@pytest.fixture(params=EARLIER, ids=lambda path: path.name.split(".")[0])
def earlier_record(request: pytest.FixtureRequest, data_paths: DataPaths) -> Path:
    return placed(request.param, data_paths)


@pytest.fixture
def record_at_0003(data_paths: DataPaths) -> Path:
    return placed(RECORDS / "schema-0003-demo-1y.mbcrecord.gz", data_paths)


@pytest.fixture(
    params=[stored for stored in EARLIER if schema_of(stored) < 2],
    ids=lambda path: path.name.split(".")[0],
)
def record_before_0002(request: pytest.FixtureRequest, data_paths: DataPaths) -> Path:
    return placed(request.param, data_paths)


def test_there_is_a_record_from_every_earlier_schema() -> None:
    stored = {path.name.split("-")[1] for path in EARLIER}
    earlier = {f"{number:04d}" for number in range(1, int(SCHEMA_HEAD))}
    assert stored == earlier


def test_a_record_from_an_earlier_schema_opens_with_every_row_kept(
    earlier_record: Path, data_paths: DataPaths
) -> None:
    before = row_counts(earlier_record)
    old_revision = revision(earlier_record)
    assert old_revision != SCHEMA_HEAD and sum(before.values()) > 1000

    record = open_record(earlier_record, data_paths)
    try:
        person = record.person.get()
        contacts = record.care_team.list()
        days = record.daylog.days_with_entries(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    finally:
        record.close()

    assert revision(earlier_record) == SCHEMA_HEAD
    after = row_counts(earlier_record)
    assert {table: after[table] for table in before} == before
    # What later schemas add starts empty.
    assert all(after[table] == 0 for table in set(after) - set(before))
    assert person is not None and person.name
    assert len(contacts) == before["care_team_contact"]
    assert days
    # A checked backup of the file as it was, made before anything changed.
    (backup,) = list_backups(earlier_record, data_paths.backups_dir)
    assert integrity_ok(backup.path)
    assert revision(backup.path) == old_revision
    assert row_counts(backup.path) == before


def test_a_care_team_from_before_0002_has_no_number_marked_for_urgent_problems(
    record_before_0002: Path, data_paths: DataPaths
) -> None:
    record = open_record(record_before_0002, data_paths)
    try:
        assert record.care_team.list()
        assert record.care_team.urgent() == ()
    finally:
        record.close()


def test_doses_from_0003_keep_their_scores_and_ask_nothing_after(
    record_at_0003: Path, data_paths: DataPaths
) -> None:
    with closing(sqlite3.connect(record_at_0003)) as connection:
        before = connection.execute(
            "SELECT id, treatment_id, day, time, status, at, reason, score_before, score_after "
            "FROM dose ORDER BY id"
        ).fetchall()
    assert any(row[7] is not None and row[8] is None for row in before)  # a before-score only

    record = open_record(record_at_0003, data_paths)
    try:
        paracetamol = next(
            treatment for treatment in record.treatments.list() if treatment.name == "Paracetamol"
        )
        assert paracetamol.id is not None
        doses = record.medicines.doses(paracetamol.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    finally:
        record.close()

    with closing(sqlite3.connect(record_at_0003)) as connection:
        after = connection.execute(
            "SELECT id, treatment_id, day, time, status, at, reason, score_before, score_after, "
            "ask_after_at FROM dose ORDER BY id"
        ).fetchall()
    assert [row[:-1] for row in after] == before
    assert all(row[-1] is None for row in after)
    assert [(dose.time, dose.before, dose.after, dose.ask_after) for dose in doses] == [
        (dt.time(10, 30), 7, 3, None),
        (dt.time(22, 15), 6, None, None),
    ]
