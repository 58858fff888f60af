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

WEEK = 7


def times_text(times: tuple[dt.time, ...]) -> str:
    """ "08:00", "08:00 and 20:00", "08:00, 14:00 and 20:00"."""
    words = [time_of_day(time) for time in sorted(times)]
    if len(words) <= 1:
        return "".join(words)
    return QCoreApplication.translate("schedule_words", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def parse_times(text: str) -> tuple[dt.time, ...]:
    """The times of day in ``text`` ("8, 20:00", "08.00 20.30", "8:00 and 20:00"); ValueError
    with a sentence for the person when a part cannot be read as a time."""
    parts = [part for part in re.split(r"[,;\s]+|\band\b|\by\b", text.strip()) if part]
    times: list[dt.time] = []
    for part in parts:
        found = re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2}))?", part)
        if found is None:
            raise ValueError(
                QCoreApplication.translate("schedule_words", "Please give times like 08:00, 20:00.")
            )
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        if hour > 23 or minute > 59:
            raise ValueError(
                QCoreApplication.translate(
                    "schedule_words",
                    "“{part}” is not a time of day; please give times like 08:00, 20:00.",
                ).format(part=part)
            )
        times.append(dt.time(hour, minute))
    return tuple(times)


def every_text(every_days: int) -> str:
    """ "Every 3 weeks", "Every 10 days", "Every week"."""
    if every_days % WEEK == 0:
        weeks = every_days // WEEK
        return (
            QCoreApplication.translate("schedule_words", "Every week")
            if weeks == 1
            else QCoreApplication.translate("schedule_words", "Every %n weeks", "", weeks)
        )
    return QCoreApplication.translate("schedule_words", "Every %n days", "", every_days)


def hours_text(gap: dt.timedelta) -> str:
    """ "4 hours", "1 hour", "90 minutes"."""
    minutes = int(gap.total_seconds() // 60)
    if minutes % 60:
        return QCoreApplication.translate("schedule_words", "%n minutes", "", minutes)
    hours = minutes // 60
    return (
        QCoreApplication.translate("schedule_words", "1 hour")
        if hours == 1
        else QCoreApplication.translate("schedule_words", "%n hours", "", hours)
    )


def dose_text(schedule: Schedule) -> str:
    """The dose as the person typed it, with its unit: "125 mg", "1 tablet", or ""."""
    return " ".join(part for part in (schedule.dose, schedule.unit) if part)


def pattern_text(schedule: Schedule) -> str:
    """The schedule's pattern in one sentence, without dates."""
    at = times_text(schedule.times)
    if schedule.kind is ScheduleKind.DAILY:
        return (
            QCoreApplication.translate("schedule_words", "Every day at {times}").format(times=at)
            if at
            else QCoreApplication.translate("schedule_words", "Every day")
        )
    if schedule.kind is ScheduleKind.CYCLE:
        cycle = QCoreApplication.translate("schedule_words", "{on} days on, {off} days off").format(
            on=schedule.days_on, off=schedule.days_off
        )
        return (
            QCoreApplication.translate("schedule_words", "{cycle}, at {times}").format(
                cycle=cycle, times=at
            )
            if at
            else cycle
        )
    if schedule.kind is ScheduleKind.INTERVAL:
        every = every_text(schedule.every_days)
        return (
            QCoreApplication.translate("schedule_words", "{every}, at {times}").format(
                every=every, times=at
            )
            if at
            else every
        )
    reason = schedule.reason
    needed = (
        QCoreApplication.translate("schedule_words", "As needed for {reason}").format(reason=reason)
        if reason
        else QCoreApplication.translate("schedule_words", "As needed")
    )
    if schedule.minimum_gap is None:
        return needed
    return QCoreApplication.translate("schedule_words", "{needed}, at least {gap} apart").format(
        needed=needed, gap=hours_text(schedule.minimum_gap)
    )


def position_text(position: CyclePosition) -> str:
    """ "Cycle 3, day 8 (days on)"."""
    if position.on:
        text = QCoreApplication.translate("schedule_words", "Cycle {cycle}, day {day} (days on)")
    else:
        text = QCoreApplication.translate("schedule_words", "Cycle {cycle}, day {day} (days off)")
    return text.format(cycle=position.cycle, day=position.day)


def next_dose_text(treatment: Treatment, day: dt.date, today: dt.date) -> str:
    """ "Next infusion: Tuesday 8 December 2026" ("today, …" when it is today)."""
    when = weekday_day(day)
    if day == today:
        when = QCoreApplication.translate("schedule_words", "today, {day}").format(day=when)
    elif day == today + dt.timedelta(days=1):
        when = QCoreApplication.translate("schedule_words", "tomorrow, {day}").format(day=when)
    # One whole sentence per kind of dose: a translation may need to agree with the noun.
    if treatment.route is Route.IV:
        text = QCoreApplication.translate("schedule_words", "Next infusion: {when}")
    elif treatment.route is Route.INJECTION:
        text = QCoreApplication.translate("schedule_words", "Next injection: {when}")
    else:
        text = QCoreApplication.translate("schedule_words", "Next dose: {when}")
    return text.format(when=when)
