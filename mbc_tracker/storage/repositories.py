"""Reading the record's tables as plain domain objects, one function per kind of thing.

Services call these inside their own Session (one per user action) and hand the results on; no
ORM row leaves this module. Every reader returns a tuple in a stable order (by date, then by the
order rows were added), so exports, flags, charts and reports see the same sequence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    CareTeamContact,
    FlagAcknowledgement,
    Measurement,
    MeasurementKind,
    ReceptorTest,
    SymptomEntry,
    Treatment,
)
from mbc_tracker.storage import plain_sql
from mbc_tracker.storage.orm import (
    AppointmentRow,
    CareTeamContactRow,
    DayNoteRow,
)
from mbc_tracker.storage.plain_sql import driver_connection


def care_team(session: Session) -> tuple[CareTeamContact, ...]:
    return plain_sql.care_team(driver_connection(session))


def care_team_row(contact: CareTeamContact) -> CareTeamContactRow:
    """A new row for ``contact`` (its id left to the database): the one place that maps a
    contact's fields to the table, for the care team screen and for imports alike."""
    return CareTeamContactRow(
        person_id=1,
        name=contact.name,
        role=contact.role,
        phone=contact.phone,
        email=contact.email,
        notes=contact.notes,
        urgent=contact.urgent,
    )


def receptor_tests(session: Session) -> tuple[ReceptorTest, ...]:
    return plain_sql.receptor_tests(driver_connection(session))


def treatments(session: Session) -> tuple[Treatment, ...]:
    return plain_sql.treatments(driver_connection(session))


def appointments(
    session: Session, first: dt.datetime | None = None, before: dt.datetime | None = None
) -> tuple[Appointment, ...]:
    """Every appointment with its questions, by time; or those starting from ``first`` and
    before ``before``."""
    query = select(AppointmentRow)
    if first is not None:
        query = query.where(AppointmentRow.starts_at >= first)
    if before is not None:
        query = query.where(AppointmentRow.starts_at < before)
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
            # Every appointment's questions in one more query, not one query per appointment.
            query.options(selectinload(AppointmentRow.questions)).order_by(
                AppointmentRow.starts_at, AppointmentRow.id
            )
        )
    )


def symptom_entries(
    session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[SymptomEntry, ...]:
    """Every symptom entry (see ``plain_sql.symptom_entries``)."""
    return plain_sql.symptom_entries(driver_connection(session), since, until)


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
    return tuple(plain_sql.measurement_from_row(*row) for row in rows)


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
        yield plain_sql.entry_from_row(*row)


def stream_measurements(session: Session, batch: int = 2000) -> Iterator[Measurement]:
    """Every measurement in ``measurements``'s order, read a batch at a time."""
    sql = (
        "SELECT kind, day, recorded_at, value, unit, id FROM measurement "
        "ORDER BY day, recorded_at, id"
    )
    rows = session.connection().execution_options(yield_per=batch).exec_driver_sql(sql)
    for row in rows:
        yield plain_sql.measurement_from_row(*row)


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
    return plain_sql.measurements(driver_connection(session), kind, first, last)


def day_notes(session: Session) -> dict[dt.date, str]:
    return {
        row.day: row.note for row in session.scalars(select(DayNoteRow).order_by(DayNoteRow.day))
    }


def flag_acknowledgements(session: Session) -> tuple[FlagAcknowledgement, ...]:
    return plain_sql.flag_acknowledgements(driver_connection(session))
