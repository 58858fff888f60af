"""The reads the flags need, made fast: plain SQL on the driver's connection, reduced in SQL.

The flag rules look at one value per symptom and day (the highest severity, whether an event
happened), one weight per day (the last one weighed) and one temperature per day (the highest,
in °C). Asking SQLite for exactly that, as
plain tuples with dates left as the ISO text they are stored as and parsed once per distinct
day, keeps reading a ten-year record well under the cost of building an object per entry. The
stored formats are SQLAlchemy's own SQLite formats (ISO dates and date-times), which sort like
the values they hold.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Iterable
from typing import Any

from mbc_tracker.domain.records import MeasurementKind, TemperatureUnit, WeightUnit
from mbc_tracker.domain.units import celsius_from, kg_from

# severities, events, weight in kg, highest temperature in °C
DayValues = tuple[dict[str, int], set[str], float | None, float | None]


class _Days:
    """ISO day text to ``date``, parsed once per distinct day."""

    def __init__(self) -> None:
        self._seen: dict[str, dt.date] = {}

    def __call__(self, text: str) -> dt.date:
        day = self._seen.get(text)
        if day is None:
            day = self._seen[text] = dt.date.fromisoformat(text)
        return day


def _in_days(days: Collection[dt.date] | None) -> tuple[str, tuple[str, ...]]:
    if days is None:
        return "", ()
    wanted = tuple(sorted(day.isoformat() for day in days))
    return f" AND day IN ({', '.join('?' * len(wanted))})", wanted


def _daily_symptom_rows(
    connection: sqlite3.Connection, days: Collection[dt.date] | None
) -> Iterable[Any]:
    """(symptom key, day text, highest severity, 1 when an event happened) per symptom and day."""
    # The key comes from a small id -> key map, not a join: a join per row costs a third more.
    keys = dict(connection.execute("SELECT id, key FROM tracked_symptom").fetchall())
    condition, parameters = _in_days(days)
    rows = connection.execute(
        # max(present) is NULL for rated entries, 1 when an event happened. Grouped in the
        # order of the (day, symptom) index: SQLite then groups without sorting first.
        "SELECT tracked_symptom_id, day, max(severity), max(present) FROM symptom_entry "
        "WHERE 1" + condition + " GROUP BY day, tracked_symptom_id",
        parameters,
    )
    return [
        (keys[symptom_id], day, severity, present) for symptom_id, day, severity, present in rows
    ]


def _measurement_rows(
    connection: sqlite3.Connection, kind: MeasurementKind, days: Collection[dt.date] | None
) -> Iterable[Any]:
    condition, parameters = _in_days(days)
    # The flags take the last weighing of a day, by time and then by the order written.
    return connection.execute(
        "SELECT day, value, unit FROM measurement WHERE kind = ?"
        + condition
        + " ORDER BY day, recorded_at, id",
        (kind.value, *parameters),
    ).fetchall()


def _highest_temperatures(
    connection: sqlite3.Connection, days: Collection[dt.date] | None, parse: _Days
) -> dict[dt.date, float]:
    """The highest temperature of each day in °C (readings of one day may mix C and F)."""
    highest: dict[dt.date, float] = {}
    for text, value, unit in _measurement_rows(connection, MeasurementKind.TEMPERATURE, days):
        day, celsius = parse(text), celsius_from(value, TemperatureUnit(unit))
        highest[day] = max(celsius, highest.get(day, celsius))
    return highest


def all_daily_values(
    connection: sqlite3.Connection,
) -> tuple[
    dict[str, dict[dt.date, int]],
    dict[str, set[dt.date]],
    dict[dt.date, float],
    dict[dt.date, float],
]:
    """Per symptom its highest severity of each day and the days an event happened; the
    weight of each day in kg; the highest temperature of each day in °C."""
    parse = _Days()
    severities: dict[str, dict[dt.date, int]] = {}
    events: dict[str, set[dt.date]] = {}
    for key, day, severity, present in _daily_symptom_rows(connection, None):
        if severity is not None:
            severities.setdefault(key, {})[parse(day)] = severity
        if present:
            events.setdefault(key, set()).add(parse(day))
    weights = {
        parse(day): kg_from(value, WeightUnit(unit))
        for day, value, unit in _measurement_rows(connection, MeasurementKind.WEIGHT, None)
    }
    return severities, events, weights, _highest_temperatures(connection, None, parse)


def daily_values(
    connection: sqlite3.Connection, days: Collection[dt.date]
) -> dict[dt.date, DayValues]:
    """The same for a few days: day -> (severities, events, weight in kg or None, highest
    temperature in °C or None)."""
    if not days:
        return {}
    parse = _Days()
    values: dict[dt.date, DayValues] = {}

    def of(day: dt.date) -> DayValues:
        if day not in values:
            values[day] = ({}, set(), None, None)
        return values[day]

    for key, text, severity, present in _daily_symptom_rows(connection, days):
        day_severities, day_events, _, _ = of(parse(text))
        if severity is not None:
            day_severities[key] = severity
        if present:
            day_events.add(key)
    for text, value, unit in _measurement_rows(connection, MeasurementKind.WEIGHT, days):
        day = parse(text)
        day_severities, day_events, _, _ = of(day)
        values[day] = (day_severities, day_events, kg_from(value, WeightUnit(unit)), None)
    for day, celsius in _highest_temperatures(connection, days, parse).items():
        day_severities, day_events, weight, _ = of(day)
        values[day] = (day_severities, day_events, weight, celsius)
    return values
