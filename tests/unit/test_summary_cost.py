"""The clinic summary reads what it prints, not the whole record, and prints the same.

The summary once took every entry and weight of the record (to evaluate the flags), so a record
of millions of entries cost gigabytes to summarise. It now reads the period's entries and each
day's last weight, and takes the flags from the record's flags cache. What it prints must
be exactly what the whole record gave: the old way is kept below as the oracle, and compared on
a record with several entries and weights on the same days, for periods old and recent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import insert, select

from mbc_tracker.domain.flags import evaluate_flags
from mbc_tracker.domain.schedules import count_doses
from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.summary_builder import build_summary_data
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    Period,
    PreparedBy,
    Preparer,
    SummaryData,
)
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import CareRecord
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import DayNoteRow, MeasurementRow, SymptomEntryRow, TrackedSymptomRow
from tests.unit.test_history_sql import relief_oracle

TODAY = dt.date(2025, 6, 30)
NOW = dt.datetime(2025, 6, 30, 12, 0)
PREPARED_BY = PreparedBy(Preparer.PATIENT, "Maria Demo")


def summary_from_the_whole_record(record: CareRecord, period: Period) -> SummaryData:
    """The summary as it was made before: flags from every entry and weight of the record."""
    inputs = record.flags.inputs()
    with record.reads() as session:
        tracked = [to_tracked(row, record) for row in session.scalars(select(TrackedSymptomRow))]
        appointments = repositories.appointments(session)
        care_team = repositories.care_team(session)
        notes = {
            row.day: row.note
            for row in session.scalars(
                select(DayNoteRow).where(
                    DayNoteRow.day >= period.first, DayNoteRow.day <= period.last
                )
            )
        }
    flags = evaluate_flags(inputs, record.knowledge, record.flags.settings(), since=period.first)
    return build_summary_data(
        person=inputs.person,
        period=period,
        today=TODAY,
        now=NOW,
        sections=ALL_SECTIONS,
        prepared_by=PREPARED_BY,
        paper_size=record.summary.paper_size(),
        knowledge=record.knowledge,
        flags=flags,
        tracked=tracked,
        entries=inputs.entries,
        measurements=inputs.measurements,
        treatments=inputs.treatments,
        receptor_tests=inputs.receptor_tests,
        appointments=appointments,
        day_notes=notes,
        care_team=care_team,
        earlier_flags=[
            flag
            for flag in evaluate_flags(inputs, record.knowledge, record.flags.settings())
            if flag.last_day < period.first
        ],
        # Each medicine counted from all its doses, not only the period's.
        medicines=[
            (
                treatment,
                count_doses(
                    record.medicines.schedules(treatment.id),
                    record.medicines.doses(treatment.id, dt.date.min, dt.date.max),
                    period.first,
                    period.last,
                    NOW,
                ),
            )
            for treatment in inputs.treatments
            if treatment.id is not None
        ],
        relief=relief_oracle(record, inputs.treatments, period.first, period.last),
    )


@pytest.fixture(scope="module")
def crowded_record(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CareRecord]:
    """A two-year demo record where every entry and weight is logged again, differently."""
    folder = tmp_path_factory.mktemp("crowded")
    record = write_demo_record(DataPaths(folder / "data"), years=2, today=TODAY)
    with record.sessions.begin() as session:
        entries = session.execute(
            select(
                SymptomEntryRow.tracked_symptom_id,
                SymptomEntryRow.day,
                SymptomEntryRow.recorded_at,
                SymptomEntryRow.severity,
                SymptomEntryRow.present,
            )
        ).all()
        again = []
        for number, (symptom, day, at, severity, present) in enumerate(entries):
            shift = number % 3 - 1  # lower, the same, or higher, earlier or later that day
            again.append(
                {
                    "tracked_symptom_id": symptom,
                    "day": day,
                    "recorded_at": at.replace(hour=(at.hour + shift) % 24),
                    "severity": None if severity is None else min(10, max(0, severity + shift)),
                    "present": None if present is None else (not present if shift else present),
                    "note": "again",
                }
            )
        session.execute(insert(SymptomEntryRow), again)
        weights = session.execute(
            select(
                MeasurementRow.kind,
                MeasurementRow.day,
                MeasurementRow.recorded_at,
                MeasurementRow.value,
                MeasurementRow.unit,
            )
        ).all()
        session.execute(
            insert(MeasurementRow),
            [
                {
                    "kind": kind,
                    "day": day,
                    "recorded_at": at.replace(hour=(at.hour + 1 + number % 2) % 24),
                    "value": value * (0.9 if number % 4 == 0 else 1.02),
                    "unit": unit,
                }
                for number, (kind, day, at, value, unit) in enumerate(weights)
            ],
        )
    yield record
    record.close()


@pytest.mark.parametrize(
    "period",
    [
        Period(TODAY - dt.timedelta(days=29), TODAY),
        Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        Period(TODAY - dt.timedelta(days=700), TODAY),
    ],
    ids=["last 30 days", "an old quarter", "two years"],
)
def test_the_summary_prints_what_the_whole_record_gave(
    crowded_record: CareRecord, period: Period
) -> None:
    expected = summary_from_the_whole_record(crowded_record, period)

    data = crowded_record.summary.data(period, ALL_SECTIONS, PREPARED_BY, TODAY, now=NOW)

    assert data == expected
    assert data.flags, "the comparison should cover some flags"
