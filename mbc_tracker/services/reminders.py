"""The agenda and the reminders of a record: reads what ``domain.reminders`` needs, keeps marks.

``agenda`` lists what is due day by day (the ``agenda`` verb, the reminders panel);
``due`` says which reminders are due at ``now``. Both read only the days and appointments they
show: one query for the logged days, one per day for the doses, one for the appointments in the
window, one (on an index) for the as-needed doses asking "How is it now?" in the window, so the
cost does not grow with the record.

Snooze and dismiss marks are kept in the record itself (one ``preference`` row, written in one
transaction): the keys name a treatment or an appointment by its id in *this* record, so marks
kept per computer would leak from one record to another, and in the record they survive a
restart, stay under a protected record's passphrase, and go when the record goes. Old marks are
let go as new ones are written (``domain.reminders.KEEP_STATE``). Nothing leaves this computer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mbc_tracker.domain.records import Appointment
from mbc_tracker.domain.reminders import (
    AFTER_SCORE_KEPT,
    AgendaItem,
    DayInputs,
    MedicineDoses,
    Reminder,
    ReminderMark,
    ReminderMarks,
    ReminderSettings,
    agenda_of_day,
    due_reminders,
)
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import PreferenceRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

MARKS_KEY = "reminders.marks"
MAX_AGENDA_DAYS = 366


@dataclass(frozen=True)
class AgendaDay:
    day: dt.date
    items: tuple[AgendaItem, ...]


class ReminderService:
    """The agenda, the reminders due, and their snooze and dismiss marks, for one record."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- reading -------------------------------------------------------------------------------

    def agenda(
        self, first: dt.date, days: int, settings: ReminderSettings, now: dt.datetime
    ) -> list[AgendaDay]:
        """What is due on each of ``days`` days from ``first``, as it stands at ``now``."""
        if not 1 <= days <= MAX_AGENDA_DAYS:
            raise ValueError(f"days must be from 1 to {MAX_AGENDA_DAYS}")
        last = first + dt.timedelta(days=days - 1)
        logged = self._record.daylog.days_with_entries(first, last)
        appointments = self._appointments(
            dt.datetime.combine(first, dt.time()),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time()),
        )
        asking = self._record.medicines.asking_after(
            dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time.max)
        )
        result: list[AgendaDay] = []
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            inputs = DayInputs(
                day=day,
                medicines=self._medicines(day, now),
                appointments=tuple(a for a in appointments if a.starts_at.date() == day),
                logged=day in logged,
                asking_after=tuple(each for each in asking if each.ask_at.date() == day),
            )
            result.append(AgendaDay(day, tuple(agenda_of_day(inputs, settings, now))))
        return result

    def due(self, settings: ReminderSettings, now: dt.datetime) -> list[Reminder]:
        """The reminders due at ``now`` that are not snoozed or dismissed."""
        today = now.date()
        if not settings.any_on:
            return []
        inputs = DayInputs(
            day=today,
            medicines=self._medicines(today, now) if settings.doses else (),
            logged=bool(self._record.daylog.days_with_entries(today, today)),
            asking_after=(
                tuple(self._record.medicines.asking_after(now - AFTER_SCORE_KEPT, now))
                if settings.doses
                else ()
            ),
        )
        upcoming: Sequence[Appointment] = ()
        if settings.appointments:
            upcoming = self._appointments(
                now, dt.datetime.combine(today + dt.timedelta(days=2), dt.time())
            )
        return due_reminders(inputs, upcoming, settings, self.marks(), now)

    def marks(self) -> ReminderMarks:
        with self._record.reads() as session:
            row = session.get(PreferenceRow, MARKS_KEY)
            return _marks_from_json(row.value if row is not None else None)

    # -- changing ------------------------------------------------------------------------------

    def snooze(self, key: str, minutes: int, now: dt.datetime) -> None:
        """Hide the reminder ``key`` until ``minutes`` from ``now``; it comes back then."""
        until = now + dt.timedelta(minutes=minutes)
        self._change(lambda marks: marks.snoozed(key, until, now))

    def dismiss(self, key: str, now: dt.datetime) -> None:
        """Hide the reminder ``key`` for good (that one occurrence)."""
        self._change(lambda marks: marks.dismissed(key, now))

    def _change(self, change: Any) -> None:
        with self._record.sessions.begin() as session:
            row = session.get(PreferenceRow, MARKS_KEY)
            marks = change(_marks_from_json(row.value if row is not None else None))
            value = _marks_to_json(marks)
            if row is None:
                session.add(PreferenceRow(key=MARKS_KEY, value=value))
            else:
                row.value = value

    # -- helpers --------------------------------------------------------------------------------

    def _medicines(self, day: dt.date, now: dt.datetime) -> tuple[MedicineDoses, ...]:
        medicines = []
        for treatment_day in self._record.medicines.day(day, now):
            treatment = treatment_day.treatment
            assert treatment.id is not None
            schedule = treatment_day.schedule
            words = f"{schedule.dose} {schedule.unit}".strip() if schedule is not None else ""
            medicines.append(
                MedicineDoses(treatment.id, treatment.name, treatment_day.doses, words)
            )
        return tuple(medicines)

    def _appointments(self, first: dt.datetime, before: dt.datetime) -> tuple[Appointment, ...]:
        """The appointments from ``first`` up to (not including) ``before``, with questions."""
        with self._record.reads() as session:
            return repositories.appointments(session, first, before)


def _moment(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _marks_from_json(value: str | None) -> ReminderMarks:
    """The stored marks; anything unreadable is let go (a mark is never worth a failure)."""
    try:
        stored = json.loads(value) if value else {}
    except ValueError:
        stored = {}
    marks: dict[str, ReminderMark] = {}
    if isinstance(stored, dict):
        for key, item in stored.items():
            if not isinstance(key, str) or not isinstance(item, dict):
                continue
            marks[key] = ReminderMark(
                snoozed_until=_moment(item.get("snoozed_until")),
                dismissed=item.get("dismissed") is True,
                noted_at=_moment(item.get("noted_at")),
            )
    return ReminderMarks(marks)


def _marks_to_json(marks: ReminderMarks) -> str:
    return json.dumps(
        {
            key: {
                "snoozed_until": mark.snoozed_until.isoformat() if mark.snoozed_until else None,
                "dismissed": mark.dismissed,
                "noted_at": mark.noted_at.isoformat() if mark.noted_at else None,
            }
            for key, mark in marks.marks.items()
        }
    )
