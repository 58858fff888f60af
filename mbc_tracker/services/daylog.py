"""Reading and saving one day's log, and the overview of which days have entries.

Today's form edits one value per symptom per day: the latest entry of that day. A day may
hold several entries of a symptom, each at its own time ("Pain 6 at 08:05, 3 at 22:10"); they
are read with ``entries_of_day`` and added, changed or removed one at a time with
``add_entry``, ``change_entry`` and ``remove_entry`` (``restore_entry`` brings a removed one
back, for Undo). Changing a value on the form's scale keeps its entry's time: the time says
when the symptom was felt, and a correction does not move it; a value for a symptom that has
no entry yet that day becomes a new entry at the time of day it is saved. Each save is one
transaction that either writes every change or, if anything is wrong, none of them. Values a
person clears on purpose (the ``cleared`` argument of ``save_day``) remove that day's shown
value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mbc_tracker.domain.daylog import (
    DayChangedElsewhere,
    DayEntry,
    DayLog,
    DayLogInvalid,
    DayValue,
    EntryGone,
    FieldProblem,
    validate_day_log,
    validate_entry,
)
from mbc_tracker.domain.language import translate
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


# The record preference saying which value stands for a day with several entries of a symptom
# in History and the clinic summary: "highest" (the default) or "average".
DAY_VALUE_KEY = "day_value"


def day_value_from(stored: str | None) -> DayValue:
    """The stored preference as a DayValue; the highest when unset or not understood."""
    try:
        return DayValue(stored) if stored is not None else DayValue.HIGHEST
    except ValueError:
        return DayValue.HIGHEST


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _on_day(day: dt.date, now: dt.datetime) -> dt.datetime:
    """When a new entry of ``day`` made at ``now`` is placed: now for today, the same time of
    day on a past day (the person can change it in the entries' list)."""
    return dt.datetime.combine(day, now.time())


def _entry(row: plain_sql.DayEntryRow) -> DayEntry:
    return DayEntry(
        id=row.id,
        symptom_key=row.key,
        day=row.day,
        time=row.recorded_at.time().replace(microsecond=0),
        severity=row.severity,
        present=row.present,
        note=row.note,
    )


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

    def entries_of_day(self, day: dt.date) -> list[DayEntry]:
        """Every symptom entry of ``day``, in time order."""
        with self._record.plain_reads() as connection:
            return [_entry(row) for row in plain_sql.day_entries(connection, day)]

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
        now: dt.datetime | None = None,
    ) -> SaveResult:
        """Write ``log`` in one transaction; raise DayLogInvalid (nothing saved) on problems.

        ``cleared`` names values the person removed on purpose: symptom keys, ``weight``,
        ``temperature``. Symptoms absent from the log and not cleared are left as they were.
        With ``expected_version`` (the ``version`` of the day as it was shown), the save is
        refused with DayChangedElsewhere when what is saved for the day has changed since.
        ``now`` (the clock, by default) places a new entry at its time of day.
        """
        problems = validate_day_log(log, today or dt.date.today())
        kinds = self._kinds()
        unknown = [key for key in [*log.severities, *log.events] if key not in kinds]
        if unknown:
            raise KeyError(f"Unknown symptom(s): {', '.join(unknown)}")
        if problems:
            raise DayLogInvalid(problems)
        cleared = set(cleared)
        now = now or _now()
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
                    day_writes.add_entry(
                        connection, ids[key], log.day, _on_day(log.day, now), severity, present
                    )
                    changed += 1
                elif (entry.severity, entry.present) != (severity, present):
                    # The entry keeps its time: a corrected score was still felt then.
                    day_writes.change_entry(
                        connection, entry.id, entry.recorded_at, severity, present
                    )
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

    # -- the day's one value ------------------------------------------------------------------

    def day_value(self) -> DayValue:
        """Which value stands for a day with several entries in History and the summary."""
        with self._record.plain_reads() as connection:
            return day_value_from(plain_sql.preference(connection, DAY_VALUE_KEY))

    def set_day_value(self, value: DayValue) -> None:
        """Remember ``value`` for this record (one transaction)."""
        value = DayValue(value)
        with self._record.sessions.begin() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO preference (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (DAY_VALUE_KEY, value.value),
            )

    # -- one entry at a time ---------------------------------------------------------------

    def add_entry(
        self,
        symptom_key: str,
        day: dt.date,
        time: dt.time,
        severity: int | None = None,
        present: bool | None = None,
        note: str = "",
        now: dt.datetime | None = None,
    ) -> DayEntry:
        """Add one entry of ``symptom_key`` at ``time`` of ``day``, in one transaction.

        Raises DayLogInvalid (nothing saved) with problems by field: ``symptom``, ``day``,
        ``time``, ``severity``, ``present``, ``note``.
        """
        now = now or _now()
        symptom_id = self._check(symptom_key, day, time, severity, present, note, now)
        recorded_at = dt.datetime.combine(day, time.replace(microsecond=0))
        with self._record.sessions.begin() as session:
            entry_id = day_writes.add_entry(
                session.connection(), symptom_id, day, recorded_at, severity, present, note
            )
        return DayEntry(entry_id, symptom_key, day, recorded_at.time(), severity, present, note)

    def change_entry(
        self,
        entry_id: int,
        time: dt.time,
        severity: int | None = None,
        present: bool | None = None,
        note: str = "",
        now: dt.datetime | None = None,
    ) -> DayEntry:
        """Change one entry's time (on its own day), value and note, in one transaction.

        Raises EntryGone when it was removed meanwhile, DayLogInvalid (nothing saved) on
        problems.
        """
        now = now or _now()
        with self._record.sessions.begin() as session:
            raw = driver_connection(session)
            row = plain_sql.entry(raw, entry_id)
            if row is None:
                raise EntryGone(entry_id)
            self._check(row.key, row.day, time, severity, present, note, now)
            recorded_at = row.recorded_at
            if time.replace(second=0, microsecond=0) != recorded_at.time().replace(
                second=0, microsecond=0
            ):
                recorded_at = dt.datetime.combine(row.day, time.replace(microsecond=0))
            day_writes.edit_entry(
                session.connection(), entry_id, recorded_at, severity, present, note
            )
        return DayEntry(entry_id, row.key, row.day, recorded_at.time(), severity, present, note)

    def remove_entry(self, entry_id: int) -> DayEntry:
        """Remove one entry, in one transaction; what was removed, for Undo (``restore_entry``).

        Raises EntryGone when it was already removed.
        """
        with self._record.sessions.begin() as session:
            row = plain_sql.entry(driver_connection(session), entry_id)
            if row is None:
                raise EntryGone(entry_id)
            day_writes.remove_entry(session.connection(), entry_id)
        return _entry(row)

    def restore_entry(self, entry: DayEntry) -> DayEntry:
        """Bring back a removed entry as it was (its time, value and note); the new entry."""
        kinds = self._ids()
        if entry.symptom_key not in kinds:
            raise DayLogInvalid(
                [
                    FieldProblem(
                        "symptom", translate("daylog", "This symptom is no longer in the record.")
                    )
                ]
            )
        recorded_at = dt.datetime.combine(entry.day, entry.time)
        with self._record.sessions.begin() as session:
            entry_id = day_writes.add_entry(
                session.connection(),
                kinds[entry.symptom_key],
                entry.day,
                recorded_at,
                entry.severity,
                entry.present,
                entry.note,
            )
        return DayEntry(
            entry_id,
            entry.symptom_key,
            entry.day,
            entry.time,
            entry.severity,
            entry.present,
            entry.note,
        )

    def _check(
        self,
        symptom_key: str,
        day: dt.date,
        time: dt.time,
        severity: int | None,
        present: bool | None,
        note: str,
        now: dt.datetime,
    ) -> int:
        """The symptom's id when the entry may be saved; raise DayLogInvalid otherwise."""
        with self._record.plain_reads() as connection:
            rows = {row.key: row for row in plain_sql.tracked_symptoms(connection)}
        tracked = rows.get(symptom_key)
        if tracked is None:
            raise DayLogInvalid(
                [FieldProblem("symptom", translate("daylog", "Choose a symptom from the list."))]
            )
        problems = validate_entry(day, time, severity, present, note, now)
        kind = SymptomKind(tracked.kind)
        if kind is SymptomKind.RATED and present is not None:
            problems.append(
                FieldProblem("severity", translate("daylog", "Choose a score from 0 (none) to 10."))
            )
        elif kind is SymptomKind.EVENT and severity is not None:
            problems.append(
                FieldProblem("present", translate("daylog", "Choose whether it happened."))
            )
        if problems:
            raise DayLogInvalid(problems)
        return tracked.id

    # -- helpers -------------------------------------------------------------------------------

    def _ids(self) -> dict[str, int]:
        with self._record.plain_reads() as connection:
            return {row.key: row.id for row in plain_sql.tracked_symptoms(connection)}

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
