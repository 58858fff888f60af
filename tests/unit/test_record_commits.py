"""``CareRecord.commits``: how a failed action knows, truthfully, that it saved nothing.

The count moves by one for each committed transaction that changed the record, stays put for
reads and for a save that failed and was rolled back, and is kept per record.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy.exc
from database_refusal import refuse_new_rows

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record, writes_in_this_process

DAY = dt.date(2026, 3, 2)


def test_a_saved_day_counts_one_commit(record: CareRecord) -> None:
    before = record.commits

    record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 4}), today=DAY)

    assert record.commits == before + 1


def test_reading_the_record_counts_nothing(record: CareRecord) -> None:
    record.daylog.save_day(DayLog(day=DAY, note="Walked to the shop"), today=DAY)
    before = record.commits

    record.daylog.load_day(DAY)
    record.person.get()
    record.flags.evaluate()

    assert record.commits == before


def test_a_save_the_database_refused_counts_nothing(record: CareRecord) -> None:
    refuse_new_rows(record.path)
    before, in_process = record.commits, writes_in_this_process()

    with pytest.raises(sqlalchemy.exc.IntegrityError):
        record.daylog.save_day(
            DayLog(day=DAY, severities={"fatigue": 4}, note="Slept badly"), today=DAY
        )

    assert record.commits == before
    assert writes_in_this_process() == in_process
    assert record.daylog.load_day(DAY).severities == {}


def test_each_record_counts_its_own_commits(record: CareRecord, data_paths: DataPaths) -> None:
    other = open_record(data_paths.data_dir / "other.mbcrecord", data_paths)
    try:
        before_other, in_process = other.commits, writes_in_this_process()
        record.daylog.save_day(DayLog(day=DAY, severities={"fatigue": 2}), today=DAY)

        assert other.commits == before_other
        assert writes_in_this_process() == in_process + 1
    finally:
        other.close()
