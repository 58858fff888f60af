"""The plain-SQL readers (``storage.plain_sql``) read back exactly what the ORM wrote.

What the first screen shows is read without SQLAlchemy, so these readers must agree with the
ORM's own view of every stored value: dates, date-times, 0/1 flags, enums and empty values.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    GeneResult,
    Her2Ihc,
    MeasurementKind,
    PaperSize,
    Person,
    Presentation,
    ReceptorTest,
    Route,
    SampleKind,
    StopReason,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.services.record import CareRecord
from mbc_tracker.storage import plain_sql
from mbc_tracker.storage.orm import (
    DayNoteRow,
    MeasurementRow,
    ReceptorTestRow,
    SymptomEntryRow,
    TrackedSymptomRow,
    TreatmentRow,
)

TODAY = dt.date(2024, 5, 14)


def test_the_person_reads_back_with_every_field(record: CareRecord) -> None:
    person = Person(
        name="Ann Example",
        date_of_birth=dt.date(1970, 2, 3),
        metastatic_diagnosis_date=dt.date(2022, 6, 1),
        presentation=Presentation.RECURRENCE,
        first_diagnosis_date=dt.date(2015, 1, 9),
        spread_bone=True,
        spread_liver=True,
        spread_other="skin",
        weight_unit=WeightUnit.LB,
        temperature_unit=TemperatureUnit.FAHRENHEIT,
        paper_size=PaperSize.LETTER,
    )
    record.person.save(person, today=TODAY)

    with record.plain_reads() as connection:
        assert plain_sql.person(connection) == person


def test_receptor_tests_and_treatments_read_back_as_the_orm_stored_them(
    record: CareRecord,
) -> None:
    record.receptors.add(
        ReceptorTest(
            dt.date(2023, 3, 1),
            SampleKind.METASTATIC,
            sample_site="liver",
            er_percent=5.0,
            her2_ihc=Her2Ihc.TWO_PLUS,
            brca1=GeneResult.NO_MUTATION,
        ),
        today=TODAY,
    )
    record.treatments.add(
        Treatment(
            TreatmentCategory.CHEMOTHERAPY,
            "Capecitabine",
            dt.date(2023, 4, 1),
            route=Route.ORAL,
            end_date=dt.date(2023, 9, 1),
            reason_stopped=StopReason.PROGRESSION,
            notes="two weeks on, one off",
        ),
        today=TODAY,
    )

    with record.plain_reads() as connection:
        tests = plain_sql.receptor_tests(connection)
        treatments = plain_sql.treatments(connection)
    with record.reads() as session:
        test_row = session.scalars(select(ReceptorTestRow)).one()
        treatment_row = session.scalars(select(TreatmentRow)).one()
    assert [(test.test_date, test.er_percent, test.pr_percent, test.id) for test in tests] == [
        (test_row.test_date, test_row.er_percent, None, test_row.id)
    ]
    assert tests[0].her2_ihc is Her2Ihc.TWO_PLUS and tests[0].brca1 is GeneResult.NO_MUTATION
    assert tests[0].ish is None and tests[0].sample_site == "liver"
    assert treatments == tuple(record.treatments.list())
    assert (treatments[0].start_date, treatments[0].end_date) == (
        treatment_row.start_date,
        treatment_row.end_date,
    )


def test_a_day_reads_back_with_the_latest_entry_of_each_symptom(record: CareRecord) -> None:
    record.daylog.save_day(
        DayLog(
            day=TODAY,
            severities={"fatigue": 3},
            events={"seizure": False},
            weight=61.5,
            temperature=37.2,
            note="a walk",
        ),
        today=TODAY,
    )
    with record.sessions.begin() as session:
        fatigue = session.scalars(
            select(TrackedSymptomRow).where(TrackedSymptomRow.key == "fatigue")
        ).one()
        # An imported later entry of the same day: the latest one is the one shown.
        session.add(
            SymptomEntryRow(
                tracked_symptom_id=fatigue.id,
                day=TODAY,
                recorded_at=dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=1),
                severity=6,
                present=None,
                note="",
            )
        )

    with record.plain_reads() as connection:
        rows = plain_sql.day_rows(connection, TODAY)
    with record.reads() as session:
        weight = session.scalars(
            select(MeasurementRow).where(MeasurementRow.kind == MeasurementKind.WEIGHT.value)
        ).one()
        note = session.get(DayNoteRow, TODAY)
    assert rows.entries["fatigue"].severity == 6
    assert rows.entries["seizure"].present is False
    assert rows.weight == (weight.id, weight.value, weight.unit, weight.recorded_at)
    assert rows.temperature is not None and rows.temperature.value == pytest.approx(37.2)
    assert note is not None and rows.note == (note.note, note.updated_at)
    assert record.daylog.load_day(TODAY).severities["fatigue"] == 6


def test_days_with_entries_count_entries_weights_and_notes(record: CareRecord) -> None:
    record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": 1}), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY - dt.timedelta(days=2), weight=60.0), today=TODAY)
    record.daylog.save_day(DayLog(day=TODAY - dt.timedelta(days=5), note="rest"), today=TODAY)

    with record.plain_reads() as connection:
        days = plain_sql.days_with_entries(connection, TODAY - dt.timedelta(days=4), TODAY)
        span = plain_sql.logged_span(connection)

    assert days == {TODAY, TODAY - dt.timedelta(days=2)}
    assert span == (TODAY - dt.timedelta(days=2), TODAY)  # notes alone are not logged values


def test_plain_reads_see_every_commit_and_nest_in_one_transaction(record: CareRecord) -> None:
    with record.plain_reads() as outer:
        with record.plain_reads() as inner:
            assert inner is outer and outer.in_transaction
        assert outer.in_transaction
    assert not outer.in_transaction
    record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": 2}), today=TODAY)
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 2}


def test_plain_reads_never_write(record: CareRecord) -> None:
    import sqlite3

    with record.plain_reads() as connection, pytest.raises(sqlite3.OperationalError):
        connection.execute("DELETE FROM person")
    assert record.person.get() is not None


def test_a_read_after_closing_keeps_nothing_open(record: CareRecord) -> None:
    record.close()
    with record.plain_reads() as connection:
        assert plain_sql.person(connection) is not None
    assert record._plain is None
