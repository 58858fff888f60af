"""One day's doses as Today shows them, read in plain SQL (no SQLAlchemy).

Today is the first screen, and it is shown before SQLAlchemy is imported (half a second on a slow
computer; see ``storage/plain_sql.py``). Its medicines section reads the day through here: the
treatments' schedules, that day's recorded doses (an index on ``dose.day``) and, for medicines
taken as needed with a least gap, the latest dose taken in the few days before. Writing, and
every other read of schedules and doses, is ``services.medicines``, which uses the ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mbc_tracker.domain.records import Treatment
from mbc_tracker.domain.schedules import (
    DayDose,
    DoseRecord,
    DoseStatus,
    Schedule,
    ScheduleKind,
    doses_of_day,
    in_effect,
    within_treatment,
)
from mbc_tracker.storage import plain_sql

if TYPE_CHECKING:
    import sqlite3

    from mbc_tracker.services.record import CareRecord

# The longest least gap a plan can have (the column's CHECK allows 4320 minutes): a dose taken
# earlier than this before a day can never bear on that day's gap, so it is not read.
LONGEST_GAP = dt.timedelta(minutes=4320)


@dataclass(frozen=True)
class TreatmentDay:
    """One treatment's doses of one day: the schedule in effect (None when the day only has
    doses recorded under an earlier schedule) and each dose as it stands. For a medicine taken
    as needed with a least gap, ``taken_before`` is when the latest dose before that day was
    taken, if one was within the longest gap a plan can have (a dose at 23:00 counts for the
    gap of a dose at 01:00)."""

    treatment: Treatment
    schedule: Schedule | None
    doses: tuple[DayDose, ...]
    taken_before: dt.datetime | None = None


def time_text(time: dt.time | None) -> str:
    """How a dose's time is stored: "08:00", or "" for none."""
    return "" if time is None else f"{time.hour:02d}:{time.minute:02d}"


def parse_time(text: str) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def all_schedules(connection: sqlite3.Connection) -> dict[int, list[Schedule]]:
    """Every treatment's schedules, by treatment id, each list by first day."""
    schedules: dict[int, list[Schedule]] = {}
    rows = connection.execute(
        "SELECT treatment_id, kind, starts_on, ends_on, times, days_on, days_off, every_days, "
        "reason, minimum_gap_minutes, dose, unit FROM treatment_schedule ORDER BY starts_on, id"
    )
    for (
        treatment_id,
        kind,
        starts_on,
        ends_on,
        times,
        days_on,
        days_off,
        every_days,
        reason,
        gap,
        dose,
        unit,
    ) in rows:
        schedules.setdefault(treatment_id, []).append(
            Schedule(
                kind=ScheduleKind(kind),
                starts_on=dt.date.fromisoformat(starts_on),
                ends_on=dt.date.fromisoformat(ends_on) if ends_on else None,
                times=tuple(dt.time.fromisoformat(part) for part in times.split()),
                days_on=days_on,
                days_off=days_off,
                every_days=every_days,
                reason=reason,
                minimum_gap=dt.timedelta(minutes=gap) if gap is not None else None,
                dose=dose,
                unit=unit,
            )
        )
    return schedules


def doses_on(connection: sqlite3.Connection, day: dt.date) -> dict[int, list[DoseRecord]]:
    """The doses recorded for ``day``, by treatment id."""
    recorded: dict[int, list[DoseRecord]] = {}
    rows = connection.execute(
        "SELECT treatment_id, time, status, at, reason, score_before, score_after, ask_after_at "
        "FROM dose WHERE day = ? ORDER BY id",
        (day.isoformat(),),
    )
    for treatment_id, time, status, at, reason, before, after, ask_after in rows:
        recorded.setdefault(treatment_id, []).append(
            DoseRecord(
                day=day,
                time=parse_time(time),
                status=DoseStatus(status),
                at=_datetime(at),
                reason=reason,
                before=before,
                after=after,
                ask_after=_datetime(ask_after),
            )
        )
    return recorded


def taken_before(
    connection: sqlite3.Connection, treatment_ids: list[int], day: dt.date
) -> dict[int, dt.datetime]:
    """For each treatment, when its latest dose before ``day`` was taken, if within
    ``LONGEST_GAP`` of the day's start: one small query over a few days' rows."""
    if not treatment_ids:
        return {}
    since = (dt.datetime.combine(day, dt.time()) - LONGEST_GAP).date()
    marks = ", ".join("?" * len(treatment_ids))
    rows = connection.execute(
        f"SELECT treatment_id, max(at) FROM dose WHERE treatment_id IN ({marks}) "
        "AND day >= ? AND day < ? AND status = ? AND at IS NOT NULL GROUP BY treatment_id",
        (*treatment_ids, since.isoformat(), day.isoformat(), DoseStatus.TAKEN.value),
    )
    return {treatment_id: at for treatment_id, text in rows if (at := _datetime(text))}


def read_day(record: CareRecord, day: dt.date, now: dt.datetime) -> list[TreatmentDay]:
    """Every treatment's doses of ``day`` as they stand at ``now``: those with a schedule in
    effect that day, and those with doses recorded that day; by treatment order."""
    with record.plain_reads() as connection:
        schedules = all_schedules(connection)
        recorded = doses_on(connection, day)
        if not schedules and not recorded:
            return []
        treatments = plain_sql.treatments(connection)
        # A treatment's end date ends its schedules too (her recorded doses stay shown).
        ended = {treatment.id: treatment.end_date for treatment in treatments}
        schedules = {
            treatment_id: within_treatment(own, ended.get(treatment_id))
            for treatment_id, own in schedules.items()
        }
        gapped = [
            treatment_id
            for treatment_id, own in schedules.items()
            if (schedule := in_effect(own, day)) is not None
            and schedule.kind is ScheduleKind.AS_NEEDED
            and schedule.minimum_gap is not None
        ]
        before = taken_before(connection, gapped, day)
    days: list[TreatmentDay] = []
    for treatment in treatments:
        assert treatment.id is not None
        own = schedules.get(treatment.id, [])
        doses = doses_of_day(own, recorded.get(treatment.id, ()), day, now)
        schedule = in_effect(own, day)
        if doses or schedule is not None:
            days.append(TreatmentDay(treatment, schedule, tuple(doses), before.get(treatment.id)))
    return days
