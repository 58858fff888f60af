"""Reading a record in plain SQL through Python's own sqlite3 driver, without SQLAlchemy.

What the first screen shows (the person, the symptoms on Today, the day shown, the month's marks
and the flags of the days around it) is read here, so that the window can show Today before
SQLAlchemy, about half a second to import on a slow computer, is loaded in the idle moments that
follow. The same readers serve those screens afterwards, and the ORM-side helpers in
``repositories`` call them on their session's own connection: one way to read each thing.

The stored formats are SQLAlchemy's own for SQLite (ISO dates, date-times with a space, 0/1 for
booleans), read with the standard library's parsers. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from mbc_tracker.domain.records import (
    CareTeamContact,
    FlagAcknowledgement,
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    Measurement,
    MeasurementKind,
    PaperSize,
    Person,
    Presentation,
    ReceptorTest,
    Route,
    SampleKind,
    StopReason,
    SymptomEntry,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.storage.connect import is_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EnumT = TypeVar("EnumT", bound=StrEnum)


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, in its transaction: for the readers here."""
    driver: Any = session.connection().connection.driver_connection
    # Either driver's connection (see ``storage.connect``): the same API, typed as sqlite3's.
    assert is_connection(driver)
    return cast(sqlite3.Connection, driver)


def optional_enum(enum: type[EnumT], value: str | None) -> EnumT | None:
    return enum(value) if value is not None else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text is not None else None


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text is not None else None


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


# -- the file's own facts -----------------------------------------------------------------------


def stored_revision(connection: sqlite3.Connection) -> str | None:
    """The schema revision recorded in the file (None for a file without one)."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has_table is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row is not None else None


# -- the person and the symptoms tracked ----------------------------------------------------------


def person(connection: sqlite3.Connection) -> Person | None:
    row = connection.execute(
        "SELECT name, date_of_birth, metastatic_diagnosis_date, presentation, "
        "first_diagnosis_date, spread_bone, spread_lung, spread_liver, spread_brain, "
        "spread_other, weight_unit, temperature_unit, paper_size FROM person WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return Person(
        name=row[0],
        date_of_birth=_date(row[1]),
        metastatic_diagnosis_date=_date(row[2]),
        presentation=Presentation(row[3]) if row[3] else None,
        first_diagnosis_date=_date(row[4]),
        spread_bone=bool(row[5]),
        spread_lung=bool(row[6]),
        spread_liver=bool(row[7]),
        spread_brain=bool(row[8]),
        spread_other=row[9],
        weight_unit=WeightUnit(row[10]),
        temperature_unit=TemperatureUnit(row[11]),
        paper_size=PaperSize(row[12]) if row[12] else None,
    )


def care_team(connection: sqlite3.Connection) -> tuple[CareTeamContact, ...]:
    """Every care-team contact, in the order they were added."""
    rows = connection.execute(
        "SELECT name, role, phone, email, notes, urgent, id FROM care_team_contact ORDER BY id"
    )
    return tuple(
        CareTeamContact(
            name=row[0],
            role=row[1],
            phone=row[2],
            email=row[3],
            notes=row[4],
            urgent=bool(row[5]),
            id=row[6],
        )
        for row in rows
    )


class TrackedRow(NamedTuple):
    """A ``tracked_symptom`` row as stored (the label is filled in for own symptoms only)."""

    id: int
    key: str
    label: str
    kind: str
    own: bool
    on_today: bool
    position: int


def tracked_symptoms(connection: sqlite3.Connection) -> list[TrackedRow]:
    rows = connection.execute(
        "SELECT id, key, label, kind, own, on_today, position FROM tracked_symptom ORDER BY id"
    )
    return [
        TrackedRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6])
        for row in rows
    ]


def preference(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM preference WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row is not None else None


# -- one day ---------------------------------------------------------------------------------


class EntryRow(NamedTuple):
    id: int
    severity: int | None
    present: bool | None
    recorded_at: dt.datetime


class MeasurementRow(NamedTuple):
    id: int
    value: float
    unit: str
    recorded_at: dt.datetime


class NoteRow(NamedTuple):
    note: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class DayRows:
    """What Today shows of a day: each symptom's latest entry, the latest weight and
    temperature, the note. (A day may hold several entries of a symptom, from an import; the
    latest by time, then by when it was added, is the one shown and edited.)"""

    entries: dict[str, EntryRow]
    weight: MeasurementRow | None
    temperature: MeasurementRow | None
    note: NoteRow | None

    @property
    def version(self) -> str:
        """A short fingerprint of the day as shown: the rows and when each was written. A save
        made against another fingerprint is a save over a change made elsewhere."""
        parts: list[object] = [
            (key, entry.id, entry.severity, entry.present, entry.recorded_at)
            for key, entry in sorted(self.entries.items())
        ]
        parts += [
            (row.id, row.value, row.unit, row.recorded_at) if row is not None else None
            for row in (self.weight, self.temperature)
        ]
        parts.append((self.note.note, self.note.updated_at) if self.note is not None else None)
        return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=12).hexdigest()


def day_rows(connection: sqlite3.Connection, day: dt.date) -> DayRows:
    text = day.isoformat()
    entries: dict[str, EntryRow] = {}
    for key, entry_id, severity, present, recorded_at in connection.execute(
        "SELECT t.key, e.id, e.severity, e.present, e.recorded_at "
        "FROM symptom_entry AS e JOIN tracked_symptom AS t ON t.id = e.tracked_symptom_id "
        "WHERE e.day = ? ORDER BY e.recorded_at, e.id",
        (text,),
    ):
        # Later rows overwrite earlier ones: the latest entry of the day wins.
        entries[key] = EntryRow(entry_id, severity, _flag(present), _parse_time(recorded_at))
    latest: dict[str, MeasurementRow] = {}
    for kind, measurement_id, value, unit, recorded_at in connection.execute(
        "SELECT kind, id, value, unit, recorded_at FROM measurement WHERE day = ? "
        "ORDER BY recorded_at, id",
        (text,),
    ):
        latest[kind] = MeasurementRow(measurement_id, value, unit, _parse_time(recorded_at))
    note = connection.execute(
        "SELECT note, updated_at FROM day_note WHERE day = ?", (text,)
    ).fetchone()
    return DayRows(
        entries=entries,
        weight=latest.get(MeasurementKind.WEIGHT.value),
        temperature=latest.get(MeasurementKind.TEMPERATURE.value),
        note=NoteRow(note[0], _parse_time(note[1])) if note is not None else None,
    )


class DayEntryRow(NamedTuple):
    """One ``symptom_entry`` row of a day, with its symptom's key."""

    id: int
    key: str
    day: dt.date
    recorded_at: dt.datetime
    severity: int | None
    present: bool | None
    note: str


_ENTRY_COLUMNS = (
    "SELECT e.id, t.key, e.day, e.recorded_at, e.severity, e.present, e.note "
    "FROM symptom_entry AS e JOIN tracked_symptom AS t ON t.id = e.tracked_symptom_id "
)


def _entry_row(row: tuple[Any, ...]) -> DayEntryRow:
    return DayEntryRow(
        row[0],
        row[1],
        dt.date.fromisoformat(row[2]),
        _parse_time(row[3]),
        row[4],
        _flag(row[5]),
        row[6] or "",
    )


def day_entries(connection: sqlite3.Connection, day: dt.date) -> list[DayEntryRow]:
    """Every symptom entry of ``day``, in time order (then in the order they were added)."""
    rows = connection.execute(
        _ENTRY_COLUMNS + "WHERE e.day = ? ORDER BY e.recorded_at, e.id", (day.isoformat(),)
    )
    return [_entry_row(row) for row in rows]


def entry(connection: sqlite3.Connection, entry_id: int) -> DayEntryRow | None:
    """One symptom entry by its id (None when there is none)."""
    row = connection.execute(_ENTRY_COLUMNS + "WHERE e.id = ?", (entry_id,)).fetchone()
    return _entry_row(row) if row is not None else None


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def days_with_entries(
    connection: sqlite3.Connection, first: dt.date, last: dt.date
) -> set[dt.date]:
    """Days between ``first`` and ``last`` (inclusive) that hold anything at all."""
    span = (first.isoformat(), last.isoformat())
    rows = connection.execute(
        "SELECT day FROM symptom_entry WHERE day BETWEEN ? AND ? "
        "UNION SELECT day FROM measurement WHERE day BETWEEN ? AND ? "
        "UNION SELECT day FROM day_note WHERE day BETWEEN ? AND ?",
        span * 3,
    )
    return {dt.date.fromisoformat(day) for (day,) in rows}


# -- what the flags need beside the entries -----------------------------------------------------


def receptor_tests(connection: sqlite3.Connection) -> tuple[ReceptorTest, ...]:
    rows = connection.execute(
        "SELECT test_date, sample_kind, sample_site, er_percent, pr_percent, her2_ihc, ish, "
        "brca1, brca2, pdl1, trop2, notes, id FROM receptor_test ORDER BY test_date, id"
    )
    return tuple(
        ReceptorTest(
            test_date=dt.date.fromisoformat(row[0]),
            sample_kind=SampleKind(row[1]),
            sample_site=row[2],
            er_percent=row[3],
            pr_percent=row[4],
            her2_ihc=optional_enum(Her2Ihc, row[5]),
            ish=optional_enum(IshResult, row[6]),
            brca1=optional_enum(GeneResult, row[7]),
            brca2=optional_enum(GeneResult, row[8]),
            pdl1=optional_enum(MarkerResult, row[9]),
            trop2=optional_enum(MarkerResult, row[10]),
            notes=row[11],
            id=row[12],
        )
        for row in rows
    )


def treatments(connection: sqlite3.Connection) -> tuple[Treatment, ...]:
    rows = connection.execute(
        "SELECT category, name, start_date, route, end_date, reason_stopped, notes, id "
        "FROM treatment ORDER BY start_date, id"
    )
    return tuple(
        Treatment(
            category=TreatmentCategory(row[0]),
            name=row[1],
            start_date=dt.date.fromisoformat(row[2]),
            route=optional_enum(Route, row[3]),
            end_date=_date(row[4]),
            reason_stopped=optional_enum(StopReason, row[5]),
            notes=row[6],
            id=row[7],
        )
        for row in rows
    )


def flag_acknowledgements(connection: sqlite3.Connection) -> tuple[FlagAcknowledgement, ...]:
    rows = connection.execute(
        "SELECT symptom_key, rule, first_day, discussed_on, severity_at_discussion, note, id "
        "FROM flag_acknowledgement ORDER BY discussed_on, id"
    )
    return tuple(
        FlagAcknowledgement(
            symptom_key=row[0],
            rule=row[1],
            first_day=dt.date.fromisoformat(row[2]),
            discussed_on=dt.date.fromisoformat(row[3]),
            severity_at_discussion=row[4],
            note=row[5],
            id=row[6],
        )
        for row in rows
    )


# -- entries and measurements -------------------------------------------------------------------


def entry_from_row(
    key: str,
    day: str,
    recorded_at: str,
    severity: int | None,
    present: int | None,
    note: str,
    entry_id: int,
) -> SymptomEntry:
    return SymptomEntry(
        symptom_key=key,
        day=dt.date.fromisoformat(day),
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        severity=severity,
        present=_flag(present),
        note=note,
        id=entry_id,
    )


def measurement_from_row(
    kind: str, day: str, recorded_at: str, value: float, unit: str, measurement_id: int
) -> Measurement:
    return Measurement(
        kind=MeasurementKind(kind),
        day=dt.date.fromisoformat(day),
        recorded_at=dt.datetime.fromisoformat(recorded_at),
        value=value,
        unit=unit,
        id=measurement_id,
    )


def _where(conditions: Iterable[tuple[str, Any]]) -> tuple[str, tuple[Any, ...]]:
    wanted = [(condition, value) for condition, value in conditions if value is not None]
    if not wanted:
        return "", ()
    return (
        " WHERE " + " AND ".join(condition for condition, _value in wanted),
        tuple(value for _condition, value in wanted),
    )


def symptom_entries(
    connection: sqlite3.Connection, since: dt.date | None = None, until: dt.date | None = None
) -> tuple[SymptomEntry, ...]:
    """Every symptom entry (from ``since`` on, up to ``until``), ordered by day, time, Today's
    order and id.

    This is the one table that grows without bound (some 30,000 rows in ten years), and the
    flags, charts and reports read all of it: plain driver rows, a small id-to-key map and the
    standard library's C date parsers cost a third of building ORM objects.
    """
    symptoms = {
        symptom_id: (key, position)
        for symptom_id, key, position in connection.execute(
            "SELECT id, key, position FROM tracked_symptom"
        )
    }
    where, parameters = _where(
        (
            ("day >= ?", since.isoformat() if since is not None else None),
            ("day <= ?", until.isoformat() if until is not None else None),
        )
    )
    rows = connection.execute(
        "SELECT tracked_symptom_id, day, recorded_at, severity, present, note, id "
        "FROM symptom_entry" + where,
        parameters,
    ).fetchall()
    # ISO strings sort like the dates and times they hold.
    rows.sort(key=lambda row: (row[1], row[2], symptoms[row[0]][1], row[6]))
    return tuple(entry_from_row(symptoms[row[0]][0], *row[1:]) for row in rows)


def measurements(
    connection: sqlite3.Connection,
    kind: MeasurementKind | None = None,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> tuple[Measurement, ...]:
    """Measurements (of one ``kind``, from ``first`` to ``last``), by day, time and id."""
    where, parameters = _where(
        (
            ("kind = ?", kind.value if kind is not None else None),
            ("day >= ?", first.isoformat() if first is not None else None),
            ("day <= ?", last.isoformat() if last is not None else None),
        )
    )
    rows = connection.execute(
        "SELECT kind, day, recorded_at, value, unit, id FROM measurement"
        + where
        + " ORDER BY day, recorded_at, id",
        parameters,
    )
    return tuple(measurement_from_row(*row) for row in rows)


def logged_span(connection: sqlite3.Connection) -> tuple[dt.date, dt.date] | None:
    """The first and last day with an entry, a weight or a temperature (None: nothing logged
    yet)."""
    days: list[str] = []
    for sql in (
        "SELECT min(day), max(day) FROM symptom_entry",
        "SELECT min(day), max(day) FROM measurement",
    ):
        first, last = connection.execute(sql).fetchone()
        if first is not None:
            days += [first, last]
    if not days:
        return None
    return dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
