"""Writing one day of Today's log in plain SQL, inside the caller's transaction.

A day's save is the one write a person makes many times a day, and the first one after a record
is opened used to spend most of its time compiling the ORM's statements (SQLAlchemy keeps its
compiled SQL per engine, so every record opened starts cold). The statements here are fixed text,
sent with ``exec_driver_sql`` on the session's own connection: SQLAlchemy still runs the
transaction (``BEGIN IMMEDIATE``, the commit, the count of committed writes) and still turns
"busy" and "read-only" into the app's own exceptions, but compiles nothing.

The stored formats are SQLAlchemy's own for SQLite, so that the ORM reads these rows exactly as
it reads its own: ISO dates, date-times as ``YYYY-MM-DD HH:MM:SS.ffffff``, 0/1 for booleans.
The day's current rows are read with ``plain_sql.day_rows`` (their ids included); the functions
here change them by id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol


class DriverSql(Protocol):
    """What these writers need of a SQLAlchemy ``Connection``."""

    def exec_driver_sql(self, statement: str, parameters: Any = ...) -> Any: ...


def stored_time(moment: dt.datetime) -> str:
    """A date-time as SQLAlchemy stores it in SQLite (its ``DATETIME`` storage format)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def add_entry(
    connection: DriverSql,
    tracked_symptom_id: int,
    day: dt.date,
    recorded_at: dt.datetime,
    severity: int | None,
    present: bool | None,
    note: str = "",
) -> int:
    """Insert one entry; its new id."""
    cursor = connection.exec_driver_sql(
        "INSERT INTO symptom_entry (tracked_symptom_id, day, recorded_at, severity, present, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            tracked_symptom_id,
            day.isoformat(),
            stored_time(recorded_at),
            severity,
            None if present is None else int(present),
            note,
        ),
    )
    return int(cursor.lastrowid)


def change_entry(
    connection: DriverSql,
    entry_id: int,
    recorded_at: dt.datetime,
    severity: int | None,
    present: bool | None,
) -> None:
    connection.exec_driver_sql(
        "UPDATE symptom_entry SET severity = ?, present = ?, recorded_at = ? WHERE id = ?",
        (severity, None if present is None else int(present), stored_time(recorded_at), entry_id),
    )


def edit_entry(
    connection: DriverSql,
    entry_id: int,
    recorded_at: dt.datetime,
    severity: int | None,
    present: bool | None,
    note: str,
) -> None:
    """Change one entry's time, value and note (the entries listed under Today's form)."""
    connection.exec_driver_sql(
        "UPDATE symptom_entry SET severity = ?, present = ?, recorded_at = ?, note = ? "
        "WHERE id = ?",
        (
            severity,
            None if present is None else int(present),
            stored_time(recorded_at),
            note,
            entry_id,
        ),
    )


def remove_entry(connection: DriverSql, entry_id: int) -> None:
    connection.exec_driver_sql("DELETE FROM symptom_entry WHERE id = ?", (entry_id,))


def add_measurement(
    connection: DriverSql,
    kind: str,
    day: dt.date,
    recorded_at: dt.datetime,
    value: float,
    unit: str,
) -> None:
    connection.exec_driver_sql(
        "INSERT INTO measurement (kind, day, recorded_at, value, unit) VALUES (?, ?, ?, ?, ?)",
        (kind, day.isoformat(), stored_time(recorded_at), value, unit),
    )


def change_measurement(
    connection: DriverSql, measurement_id: int, recorded_at: dt.datetime, value: float, unit: str
) -> None:
    connection.exec_driver_sql(
        "UPDATE measurement SET value = ?, unit = ?, recorded_at = ? WHERE id = ?",
        (value, unit, stored_time(recorded_at), measurement_id),
    )


def remove_measurement(connection: DriverSql, measurement_id: int) -> None:
    connection.exec_driver_sql("DELETE FROM measurement WHERE id = ?", (measurement_id,))


def put_note(connection: DriverSql, day: dt.date, note: str, updated_at: dt.datetime) -> None:
    """Write the day's note, replacing the one there (a day has at most one)."""
    connection.exec_driver_sql(
        "INSERT INTO day_note (day, note, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at",
        (day.isoformat(), note, stored_time(updated_at)),
    )


def remove_note(connection: DriverSql, day: dt.date) -> None:
    connection.exec_driver_sql("DELETE FROM day_note WHERE day = ?", (day.isoformat(),))
