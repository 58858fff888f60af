"""Reading the record's tables as plain domain objects, one function per kind of thing.

Services call these inside their own Session (one per user action) and hand the results on; no
ORM row leaves this module. Every reader returns a tuple in a stable order (by date, then by the
order rows were added), so exports, flags, charts and reports see the same sequence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    CareTeamContact,
    FlagAcknowledgement,
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    Measurement,
    MeasurementKind,
    ReceptorTest,
    Route,
    SampleKind,
    StopReason,
    SymptomEntry,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.storage.orm import (
    AppointmentRow,
    CareTeamContactRow,
    DayNoteRow,
    FlagAcknowledgementRow,
    ReceptorTestRow,
    TrackedSymptomRow,
    TreatmentRow,
)

EnumT = TypeVar("EnumT", bound=StrEnum)


def optional_enum(enum: type[EnumT], value: str | None) -> EnumT | None:
    return enum(value) if value is not None else None


def care_team(session: Session) -> tuple[CareTeamContact, ...]:
    return tuple(
        CareTeamContact(
            name=row.name,
            role=row.role,
            phone=row.phone,
            email=row.email,
            notes=row.notes,
            id=row.id,
        )
        for row in session.scalars(select(CareTeamContactRow).order_by(CareTeamContactRow.id))
    )


def receptor_tests(session: Session) -> tuple[ReceptorTest, ...]:
    return tuple(
        ReceptorTest(
            test_date=row.test_date,
            sample_kind=SampleKind(row.sample_kind),
            sample_site=row.sample_site,
            er_percent=row.er_percent,
            pr_percent=row.pr_percent,
            her2_ihc=optional_enum(Her2Ihc, row.her2_ihc),
            ish=optional_enum(IshResult, row.ish),
            brca1=optional_enum(GeneResult, row.brca1),
            brca2=optional_enum(GeneResult, row.brca2),
            pdl1=optional_enum(MarkerResult, row.pdl1),
            trop2=optional_enum(MarkerResult, row.trop2),
            notes=row.notes,
            id=row.id,
        )
        for row in session.scalars(
            select(ReceptorTestRow).order_by(ReceptorTestRow.test_date, ReceptorTestRow.id)
        )
    )


def treatments(session: Session) -> tuple[Treatment, ...]:
    return tuple(
        Treatment(
            category=TreatmentCategory(row.category),
            name=row.name,
            start_date=row.start_date,
            route=optional_enum(Route, row.route),
            end_date=row.end_date,
            reason_stopped=optional_enum(StopReason, row.reason_stopped),
            notes=row.notes,
            id=row.id,
        )
        for row in session.scalars(
            select(TreatmentRow).order_by(TreatmentRow.start_date, TreatmentRow.id)
        )
    )


def appointments(session: Session) -> tuple[Appointment, ...]:
    return tuple(
        Appointment(
            starts_at=row.starts_at,
            kind=AppointmentKind(row.kind),
            clinician=row.clinician,
            place=row.place,
            notes=row.notes,
            questions=tuple(
                AppointmentQuestion(
                    text=question.text,
                    answered=question.answered,
                    answer=question.answer,
                    id=question.id,
                )
                for question in row.questions
            ),
            id=row.id,
        )
        for row in session.scalars(
            select(AppointmentRow)
            # Every appointment's questions in one more query, not one query per appointment.
            .options(selectinload(AppointmentRow.questions))
            .order_by(AppointmentRow.starts_at, AppointmentRow.id)
        )
    )


def _entry(
    key: str,
    day: str,
    recorded_at: str,
    severity: int | None,
    present: int | None,
    note: str,
    entry_id: int,
) -> SymptomEntry:
    """A symptom entry from its stored text (SQLAlchemy's ISO formats), without the ORM."""
    return SymptomEntry(
        symptom_key=key,
        day=dt.date.fromisoformat(day),
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        severity=severity,
        present=None if present is None else bool(present),
        note=note,
        id=entry_id,
    )


def _measurement(
    kind: str, day: str, recorded_at: str, value: float, unit: str, measurement_id: int
) -> Measurement:
    """A measurement from its stored text, without the ORM."""
    return Measurement(
        kind=MeasurementKind(kind),
        day=dt.date.fromisoformat(day),
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        value=value,
        unit=unit,
        id=measurement_id,
    )


def symptom_entries(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[SymptomEntry, ...]:
    """Every symptom entry (from ``since`` on, up to ``until``), ordered by day, time, Today's
    order and id.

    This is the one table that grows without bound (some 30,000 rows in ten years), and the
    flags, charts and reports read all of it. Building ORM objects, joining in SQL and letting
    SQLAlchemy parse every date string made that cost 150-500 ms on a ten-year record; plain
    driver rows, a small id-to-key map and the standard library's C date parsers take a third.
    The stored formats are SQLAlchemy's own SQLite formats (ISO dates and date-times).
    """
    symptoms = {
        symptom_id: (key, position)
        for symptom_id, key, position in session.execute(
            select(TrackedSymptomRow.id, TrackedSymptomRow.key, TrackedSymptomRow.position)
        )
    }
    sql = (
        "SELECT tracked_symptom_id, day, recorded_at, severity, present, note, id "
        "FROM symptom_entry"
    )
    conditions: list[str] = []
    parameters: tuple[str, ...] = ()
    if since is not None:
        conditions.append("day >= ?")
        parameters += (since.isoformat(),)
    if until is not None:
        conditions.append("day <= ?")
        parameters += (until.isoformat(),)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    rows = list(session.connection().exec_driver_sql(sql, parameters).fetchall())
    # ISO strings sort like the dates and times they hold.
    rows.sort(key=lambda row: (row[1], row[2], symptoms[row[0]][1], row[6]))
    return tuple(_entry(symptoms[row[0]][0], *row[1:]) for row in rows)


def last_weight_each_day(session: Session) -> tuple[Measurement, ...]:
    """Each day's last weight (by the time it was recorded, then by when it was added): the
    one the History chart, the summary and the weight flag read of that day."""
    sql = (
        "SELECT kind, day, recorded_at, value, unit, id FROM ("
        " SELECT *, ROW_NUMBER() OVER (PARTITION BY day ORDER BY recorded_at DESC, id DESC)"
        " AS place FROM measurement WHERE kind = ?"
        ") WHERE place = 1 ORDER BY day"
    )
    rows = session.connection().exec_driver_sql(sql, (MeasurementKind.WEIGHT.value,))
    return tuple(_measurement(*row) for row in rows)


def stream_symptom_entries(session: Session, batch: int = 2000) -> Iterator[SymptomEntry]:
    """Every symptom entry in ``symptom_entries``'s order, read a batch at a time (an export of
    millions of entries never holds them all). SQLite sorts them, spilling to disk if need be."""
    sql = (
        "SELECT t.key, e.day, e.recorded_at, e.severity, e.present, e.note, e.id "
        "FROM symptom_entry AS e JOIN tracked_symptom AS t ON t.id = e.tracked_symptom_id "
        "ORDER BY e.day, e.recorded_at, t.position, e.id"
    )
    rows = session.connection().execution_options(yield_per=batch).exec_driver_sql(sql)
    for row in rows:
        yield _entry(*row)


def stream_measurements(session: Session, batch: int = 2000) -> Iterator[Measurement]:
    """Every measurement in ``measurements``'s order, read a batch at a time."""
    sql = (
        "SELECT kind, day, recorded_at, value, unit, id FROM measurement "
        "ORDER BY day, recorded_at, id"
    )
    rows = session.connection().execution_options(yield_per=batch).exec_driver_sql(sql)
    for row in rows:
        yield _measurement(*row)


def stream_day_notes(session: Session, batch: int = 2000) -> Iterator[tuple[dt.date, str]]:
    """Every day note by day, read a batch at a time."""
    rows = (
        session.connection()
        .execution_options(yield_per=batch)
        .exec_driver_sql("SELECT day, note FROM day_note ORDER BY day")
    )
    for day, note in rows:
        yield dt.date.fromisoformat(day), note


def measurements(
    session: Session,
    kind: MeasurementKind | None = None,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> tuple[Measurement, ...]:
    """Measurements (of one ``kind``, from ``first`` to ``last``), by day, time and id."""
    sql = "SELECT kind, day, recorded_at, value, unit, id FROM measurement"
    conditions: list[str] = []
    parameters: tuple[str, ...] = ()
    if kind is not None:
        conditions.append("kind = ?")
        parameters += (kind.value,)
    if first is not None:
        conditions.append("day >= ?")
        parameters += (first.isoformat(),)
    if last is not None:
        conditions.append("day <= ?")
        parameters += (last.isoformat(),)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += " ORDER BY day, recorded_at, id"
    rows = session.connection().exec_driver_sql(sql, parameters)
    return tuple(_measurement(*row) for row in rows)


def day_notes(session: Session) -> dict[dt.date, str]:
    return {
        row.day: row.note for row in session.scalars(select(DayNoteRow).order_by(DayNoteRow.day))
    }


def flag_acknowledgements(session: Session) -> tuple[FlagAcknowledgement, ...]:
    return tuple(
        FlagAcknowledgement(
            symptom_key=row.symptom_key,
            rule=row.rule,
            first_day=row.first_day,
            discussed_on=row.discussed_on,
            severity_at_discussion=row.severity_at_discussion,
            note=row.note,
            id=row.id,
        )
        for row in session.scalars(
            select(FlagAcknowledgementRow).order_by(
                FlagAcknowledgementRow.discussed_on, FlagAcknowledgementRow.id
            )
        )
    )
