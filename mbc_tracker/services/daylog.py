"""Reading and saving one day's log, and the overview of which days have entries.

Today edits one value per symptom per day: the latest entry of that day (a day may hold several
time-stamped entries, for example from an import; the others are left alone). Saving is one
transaction that either writes every change of the day or, if anything is wrong, none of them.
Values a person clears on purpose (the ``cleared`` argument of ``save_day``) remove that
day's shown value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mbc_tracker.domain.daylog import DayChangedElsewhere, DayLog, DayLogInvalid, validate_day_log
from mbc_tracker.domain.records import MeasurementKind, SymptomKind, TemperatureUnit, WeightUnit
from mbc_tracker.domain.units import celsius_from, kg_from, temperature_in, weight_in
from mbc_tracker.storage import day_writes, plain_sql
from mbc_tracker.storage.plain_sql import driver_connection

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# A save loads SQLAlchemy where it begins (its session runs the transaction); reading a day
# (Today's first screen) goes through ``plain_sql`` and must not pull it in.


@dataclass(frozen=True)
class SaveResult:
    day: dt.date
    changed: int  # how many values were written, changed or removed


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class DayLogService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- reading -------------------------------------------------------------------------------

    def load_day(self, day: dt.date) -> DayLog:
        """The day's values in the person's current units (an empty log when nothing is saved)."""
        person = self._record.person.get()
        weight_unit = person.weight_unit if person else WeightUnit.KG
        temperature_unit = person.temperature_unit if person else TemperatureUnit.CELSIUS
        with self._record.plain_reads() as connection:
            rows = plain_sql.day_rows(connection, day)
        severities: dict[str, int] = {}
        events: dict[str, bool] = {}
        for key, entry in rows.entries.items():
            if entry.severity is not None:
                severities[key] = entry.severity
            elif entry.present is not None:
                events[key] = entry.present
        weight, temperature, note_row = rows.weight, rows.temperature, rows.note
        return DayLog(
            day=day,
            severities=severities,
            events=events,
            weight=(
                round(weight_in(kg_from(weight.value, WeightUnit(weight.unit)), weight_unit), 1)
                if weight
                else None
            ),
            weight_unit=weight_unit,
            temperature=(
                round(
                    temperature_in(
                        celsius_from(temperature.value, TemperatureUnit(temperature.unit)),
                        temperature_unit,
                    ),
                    1,
                )
                if temperature
                else None
            ),
            temperature_unit=temperature_unit,
            note=note_row.note if note_row else "",
            version=rows.version,
        )

    def days_with_entries(self, first: dt.date, last: dt.date) -> set[dt.date]:
        """Days between ``first`` and ``last`` (inclusive) that hold anything at all."""
        with self._record.plain_reads() as connection:
            return plain_sql.days_with_entries(connection, first, last)

    def previous_day_with_entries(self, day: dt.date) -> dt.date | None:
        from sqlalchemy import select

        from mbc_tracker.storage.orm import SymptomEntryRow

        with self._record.reads() as session:
            return session.scalar(
                select(SymptomEntryRow.day)
                .where(SymptomEntryRow.day < day)
                .order_by(SymptomEntryRow.day.desc())
                .limit(1)
            )

    # -- starting points -----------------------------------------------------------------------

    def no_symptoms(self, day: dt.date, keys: Iterable[str]) -> DayLog:
        """A log with every given rated symptom at 0 and every event absent."""
        kinds = self._kinds()
        return DayLog(
            day=day,
            severities={key: 0 for key in keys if kinds.get(key) is SymptomKind.RATED},
            events={key: False for key in keys if kinds.get(key) is SymptomKind.EVENT},
        )

    # -- saving --------------------------------------------------------------------------------

    def save_day(
        self,
        log: DayLog,
        cleared: Iterable[str] = (),
        today: dt.date | None = None,
        expected_version: str | None = None,
    ) -> SaveResult:
        """Write ``log`` in one transaction; raise DayLogInvalid (nothing saved) on problems.

        ``cleared`` names values the person removed on purpose: symptom keys, ``weight``,
        ``temperature``. Symptoms absent from the log and not cleared are left as they were.
        With ``expected_version`` (the ``version`` of the day as it was shown), the save is
        refused with DayChangedElsewhere when what is saved for the day has changed since.
        """
        problems = validate_day_log(log, today or dt.date.today())
        kinds = self._kinds()
        unknown = [key for key in [*log.severities, *log.events] if key not in kinds]
        if unknown:
            raise KeyError(f"Unknown symptom(s): {', '.join(unknown)}")
        if problems:
            raise DayLogInvalid(problems)
        cleared = set(cleared)
        now = _now()
        changed = 0
        with self._record.sessions.begin() as session:
            # SQLAlchemy runs the transaction; the day is read and written in plain SQL on its
            # connection (see ``storage.day_writes`` for why).
            connection = session.connection()
            raw = driver_connection(session)
            ids = {row.key: row.id for row in plain_sql.tracked_symptoms(raw)}
            rows = plain_sql.day_rows(raw, log.day)
            if expected_version is not None and expected_version != rows.version:
                raise DayChangedElsewhere(log.day)
            wanted: dict[str, tuple[int | None, bool | None]] = {
                **{key: (severity, None) for key, severity in log.severities.items()},
                **{key: (None, present) for key, present in log.events.items()},
            }
            for key, (severity, present) in wanted.items():
                entry = rows.entries.get(key)
                if entry is None:
                    day_writes.add_entry(connection, ids[key], log.day, now, severity, present)
                    changed += 1
                elif (entry.severity, entry.present) != (severity, present):
                    day_writes.change_entry(connection, entry.id, now, severity, present)
                    changed += 1
            for key in cleared - wanted.keys():
                entry = rows.entries.get(key)
                if entry is not None:
                    day_writes.remove_entry(connection, entry.id)
                    changed += 1
            changed += self._save_measurement(
                connection,
                rows.weight,
                log.day,
                MeasurementKind.WEIGHT,
                log.weight,
                log.weight_unit.value,
                "weight" in cleared,
                now,
            )
            changed += self._save_measurement(
                connection,
                rows.temperature,
                log.day,
                MeasurementKind.TEMPERATURE,
                log.temperature,
                log.temperature_unit.value,
                "temperature" in cleared,
                now,
            )
            changed += self._save_note(connection, rows.note, log.day, log.note, now)
        return SaveResult(day=log.day, changed=changed)

    # -- helpers -------------------------------------------------------------------------------

    def _kinds(self) -> dict[str, SymptomKind]:
        with self._record.plain_reads() as connection:
            rows = plain_sql.tracked_symptoms(connection)
        return {row.key: SymptomKind(row.kind) for row in rows}

    @staticmethod
    def _save_measurement(
        connection: day_writes.DriverSql,
        existing: plain_sql.MeasurementRow | None,
        day: dt.date,
        kind: MeasurementKind,
        value: float | None,
        unit: str,
        clear: bool,
        now: dt.datetime,
    ) -> int:
        if value is None:
            if clear and existing is not None:
                day_writes.remove_measurement(connection, existing.id)
                return 1
            return 0
        value = round(value, 2)
        if existing is None:
            day_writes.add_measurement(connection, kind.value, day, now, value, unit)
            return 1
        if (round(existing.value, 1), existing.unit) == (round(value, 1), unit):
            return 0
        day_writes.change_measurement(connection, existing.id, now, value, unit)
        return 1

    @staticmethod
    def _save_note(
        connection: day_writes.DriverSql,
        existing: plain_sql.NoteRow | None,
        day: dt.date,
        note: str,
        now: dt.datetime,
    ) -> int:
        if not note.strip():
            if existing is None:
                return 0
            day_writes.remove_note(connection, day)
            return 1
        if existing is not None and existing.note == note:
            return 0
        day_writes.put_note(connection, day, note, now)
        return 1
