"""The reads the flags need, made fast: SQLAlchemy Core tuples, reduced in SQL where possible.

The flag rules look at one value per symptom and day (the highest severity, whether an event
happened) and one weight per day (the last one weighed). Asking SQLite for exactly that, as
plain tuples with dates left as the ISO text they are stored as and parsed once per distinct
day, keeps reading a ten-year record well under the cost of building an object per entry. The
stored formats are SQLAlchemy's own SQLite formats (ISO dates and date-times), which sort like
the values they hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from mbc_tracker.domain.records import MeasurementKind, WeightUnit
from mbc_tracker.domain.units import kg_from
from mbc_tracker.storage.orm import MeasurementRow, SymptomEntryRow, TrackedSymptomRow

DayValues = tuple[dict[str, int], set[str], float | None]  # severities, events, weight in kg


class _Days:
    """ISO day text to ``date``, parsed once per distinct day."""

    def __init__(self) -> None:
        self._seen: dict[str, dt.date] = {}

    def __call__(self, text: str) -> dt.date:
        day = self._seen.get(text)
        if day is None:
            day = self._seen[text] = dt.date.fromisoformat(text)
        return day


def _as_text(column: Any) -> Any:
    """The column's stored text, without SQLAlchemy's per-row date parsing."""
    return type_coerce(column, String)


def _daily_symptom_rows(session: Session, days: Collection[dt.date] | None) -> Iterable[Any]:
    """(symptom key, day text, highest severity, 1 when an event happened) per symptom and day."""
    # The key comes from a small id -> key map, not a join: a join per row costs a third more.
    keys = dict(
        session.connection().execute(select(TrackedSymptomRow.id, TrackedSymptomRow.key)).all()
    )
    query = select(
        SymptomEntryRow.tracked_symptom_id,
        _as_text(SymptomEntryRow.day),
        func.max(SymptomEntryRow.severity),
        func.max(SymptomEntryRow.present),  # NULL for rated entries: 1 when an event happened
    ).group_by(
        # In the order of the (day, symptom) index: SQLite then groups without sorting first.
        SymptomEntryRow.day,
        SymptomEntryRow.tracked_symptom_id,
    )
    if days is not None:
        query = query.where(SymptomEntryRow.day.in_(sorted(days)))
    return [
        (keys[symptom_id], day, severity, present)
        for symptom_id, day, severity, present in session.connection().execute(query).all()
    ]


def _weight_rows(session: Session, days: Collection[dt.date] | None) -> Iterable[Any]:
    query = (
        select(_as_text(MeasurementRow.day), MeasurementRow.value, MeasurementRow.unit)
        .where(MeasurementRow.kind == MeasurementKind.WEIGHT.value)
        # The flags take the last weighing of a day, by time and then by the order written.
        .order_by(MeasurementRow.day, MeasurementRow.recorded_at, MeasurementRow.id)
    )
    if days is not None:
        query = query.where(MeasurementRow.day.in_(sorted(days)))
    return session.connection().execute(query).all()


def all_daily_values(
    session: Session,
) -> tuple[dict[str, dict[dt.date, int]], dict[str, set[dt.date]], dict[dt.date, float]]:
    """Per symptom its highest severity of each day and the days an event happened; the
    weight of each day in kg."""
    parse = _Days()
    severities: dict[str, dict[dt.date, int]] = {}
    events: dict[str, set[dt.date]] = {}
    for key, day, severity, present in _daily_symptom_rows(session, None):
        if severity is not None:
            severities.setdefault(key, {})[parse(day)] = severity
        if present:
            events.setdefault(key, set()).add(parse(day))
    weights = {
        parse(day): kg_from(value, WeightUnit(unit))
        for day, value, unit in _weight_rows(session, None)
    }
    return severities, events, weights


def daily_values(session: Session, days: Collection[dt.date]) -> dict[dt.date, DayValues]:
    """The same for a few days: day -> (severities, events, weight in kg or None)."""
    if not days:
        return {}
    parse = _Days()
    values: dict[dt.date, DayValues] = {}

    def of(day: dt.date) -> DayValues:
        if day not in values:
            values[day] = ({}, set(), None)
        return values[day]

    for key, text, severity, present in _daily_symptom_rows(session, days):
        day_severities, day_events, _ = of(parse(text))
        if severity is not None:
            day_severities[key] = severity
        if present:
            day_events.add(key)
    for text, value, unit in _weight_rows(session, days):
        day = parse(text)
        day_severities, day_events, _ = of(day)
        values[day] = (day_severities, day_events, kg_from(value, WeightUnit(unit)))
    return values


def logged_span(session: Session) -> tuple[dt.date, dt.date] | None:
    """The first and last day with an entry or a weight (None: nothing logged yet)."""
    days: list[str] = []
    for column, condition in (
        (SymptomEntryRow.day, None),
        (MeasurementRow.day, MeasurementRow.kind == MeasurementKind.WEIGHT.value),
    ):
        query = select(func.min(_as_text(column)), func.max(_as_text(column)))
        if condition is not None:
            query = query.where(condition)
        first, last = session.connection().execute(query).one()
        if first is not None:
            days += [first, last]
    if not days:
        return None
    return dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
