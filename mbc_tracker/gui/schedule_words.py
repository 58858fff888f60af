"""How a medicine's schedule reads for a person, and how typed times of day are understood.

The Treatments page, the treatment form and Today's doses all say a schedule the same way
("Every day at 08:00 and 20:00", "21 days on, 7 days off", "Every 3 weeks", "As needed for
pain, at least 4 hours apart"), name the next dose by how the treatment is given ("Next
infusion", "Next injection", else "Next dose"), and read times typed as "8, 20:00" or "08.00".
The dose and unit are always the person's own words, shown as typed.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from mbc_tracker.domain.dates import time_of_day, weekday_day
from mbc_tracker.domain.records import Route, Treatment
from mbc_tracker.domain.schedules import CyclePosition, Schedule, ScheduleKind

_CONTEXT = "schedule_words"
WEEK = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def times_text(times: tuple[dt.time, ...]) -> str:
    """ "08:00", "08:00 and 20:00", "08:00, 14:00 and 20:00"."""
    words = [time_of_day(time) for time in sorted(times)]
    if len(words) <= 1:
        return "".join(words)
    return _tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def parse_times(text: str) -> tuple[dt.time, ...]:
    """The times of day in ``text`` ("8, 20:00", "08.00 20.30", "8:00 and 20:00"); ValueError
    with a sentence for the person when a part cannot be read as a time."""
    parts = [part for part in re.split(r"[,;\s]+|\band\b", text.strip()) if part]
    times: list[dt.time] = []
    for part in parts:
        found = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?", part)
        if found is None:
            raise ValueError(_tr("Please give times like 08:00, 20:00."))
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        if hour > 23 or minute > 59:
            raise ValueError(
                _tr("“{part}” is not a time of day; please give times like 08:00, 20:00.").format(
                    part=part
                )
            )
        times.append(dt.time(hour, minute))
    return tuple(times)


def every_text(every_days: int) -> str:
    """ "Every 3 weeks", "Every 10 days", "Every week"."""
    if every_days % WEEK == 0:
        weeks = every_days // WEEK
        return _tr("Every week") if weeks == 1 else _tr("Every {n} weeks").format(n=weeks)
    return _tr("Every {n} days").format(n=every_days)


def hours_text(gap: dt.timedelta) -> str:
    """ "4 hours", "1 hour", "90 minutes"."""
    minutes = int(gap.total_seconds() // 60)
    if minutes % 60:
        return _tr("{n} minutes").format(n=minutes)
    hours = minutes // 60
    return _tr("1 hour") if hours == 1 else _tr("{n} hours").format(n=hours)


def dose_text(schedule: Schedule) -> str:
    """The dose as the person typed it, with its unit: "125 mg", "1 tablet", or ""."""
    return " ".join(part for part in (schedule.dose, schedule.unit) if part)


def pattern_text(schedule: Schedule) -> str:
    """The schedule's pattern in one sentence, without dates."""
    at = times_text(schedule.times)
    if schedule.kind is ScheduleKind.DAILY:
        return _tr("Every day at {times}").format(times=at) if at else _tr("Every day")
    if schedule.kind is ScheduleKind.CYCLE:
        cycle = _tr("{on} days on, {off} days off").format(
            on=schedule.days_on, off=schedule.days_off
        )
        return _tr("{cycle}, at {times}").format(cycle=cycle, times=at) if at else cycle
    if schedule.kind is ScheduleKind.INTERVAL:
        every = every_text(schedule.every_days)
        return _tr("{every}, at {times}").format(every=every, times=at) if at else every
    reason = schedule.reason
    needed = _tr("As needed for {reason}").format(reason=reason) if reason else _tr("As needed")
    if schedule.minimum_gap is None:
        return needed
    return _tr("{needed}, at least {gap} apart").format(
        needed=needed, gap=hours_text(schedule.minimum_gap)
    )


def position_text(position: CyclePosition) -> str:
    """ "Cycle 3, day 8 (days on)"."""
    part = _tr("days on") if position.on else _tr("days off")
    return _tr("Cycle {cycle}, day {day} ({part})").format(
        cycle=position.cycle, day=position.day, part=part
    )


def dose_noun(treatment: Treatment) -> str:
    """What one dose of the treatment is called: "infusion", "injection" or "dose"."""
    if treatment.route is Route.IV:
        return _tr("infusion")
    if treatment.route is Route.INJECTION:
        return _tr("injection")
    return _tr("dose")


def next_dose_text(treatment: Treatment, day: dt.date, today: dt.date) -> str:
    """ "Next infusion: Tuesday 8 December 2026" ("today, …" when it is today)."""
    noun = dose_noun(treatment)
    when = weekday_day(day)
    if day == today:
        when = _tr("today, {day}").format(day=when)
    elif day == today + dt.timedelta(days=1):
        when = _tr("tomorrow, {day}").format(day=when)
    return _tr("Next {noun}: {when}").format(noun=noun, when=when)
