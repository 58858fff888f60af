"""When a medicine is due: schedules, their cycles, and the doses of a day as recorded or not.

A treatment may carry a schedule (issue 15): every day at set times; on/off cycles such as "21
days on, 7 off" (the usual pattern of palbociclib and ribociclib); once every N days (an infusion
every three weeks, an injection every four); or as needed, for a reason, with a least gap between
doses. The dose and its unit are the person's own words: nothing here suggests a dose or says
whether a schedule is right. That is for the care team.

All arithmetic is on whole days from the schedule's first day (``date.toordinal``), so months
of any length, leap years and the turn of a year need no special case. A changed schedule is a
new ``Schedule`` with a later first day: it ends the one before from that day on, and doses
already recorded stay as they were (``doses_of_day`` shows a recorded dose even when the
schedule in effect now no longer has its slot). A dose is never assumed taken: a due dose not
answered by the end of its day is "not recorded".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY

# Bounds that only catch typing mistakes (a cycle of 2,100 days); adjustable defaults of the
# app, not medical facts.
MAX_TIMES_A_DAY = 12
MAX_CYCLE_DAYS = 365
MAX_INTERVAL_DAYS = 365
MAX_GAP = dt.timedelta(hours=72)


class ScheduleKind(StrEnum):
    DAILY = "daily"  # every day, at one or more times (or once, at no set time)
    CYCLE = "cycle"  # days on, then days off, again and again, from the first day
    INTERVAL = "interval"  # once every N days from the first day (every 3 weeks: 21)
    AS_NEEDED = "as_needed"  # no set times: when needed, for a reason, with a least gap


class DoseStatus(StrEnum):
    """What the person recorded for a dose."""

    TAKEN = "taken"
    SKIPPED = "skipped"
    LATER = "later"  # put off until ``DoseRecord.at``; still due, not yet an answer


class DoseState(StrEnum):
    """How a dose of a day stands now, for Today's list, reminders and the summary."""

    DUE = "due"  # its day has not ended and nothing was recorded
    LATER = "later"
    TAKEN = "taken"
    SKIPPED = "skipped"
    NOT_RECORDED = "not_recorded"  # its day ended with no answer: never assumed taken


@dataclass(frozen=True)
class Schedule:
    """One schedule of one treatment, from ``starts_on`` to ``ends_on`` (inclusive; None while
    it goes on). ``times`` are the times of day of each dose on a dose day (none: once that
    day, at no set time). ``days_on``/``days_off`` for a cycle, ``every_days`` for an interval,
    ``reason`` and ``minimum_gap`` for as needed."""

    kind: ScheduleKind
    starts_on: dt.date
    ends_on: dt.date | None = None
    times: tuple[dt.time, ...] = ()
    days_on: int = 0
    days_off: int = 0
    every_days: int = 0
    reason: str = ""
    minimum_gap: dt.timedelta | None = None
    dose: str = ""
    unit: str = ""

    def applies_on(self, day: dt.date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    @property
    def cycle_length(self) -> int:
        return self.days_on + self.days_off


@dataclass(frozen=True)
class TreatmentPlan:
    """All of one treatment's schedules and recorded doses (for a whole-record copy)."""

    schedules: tuple[Schedule, ...] = ()
    doses: tuple[DoseRecord, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.schedules or self.doses)


@dataclass(frozen=True)
class CyclePosition:
    """Where a day falls in an on/off schedule: "cycle 3, day 8", in the days on or off."""

    cycle: int  # from 1
    day: int  # from 1 to days_on + days_off
    on: bool


@dataclass(frozen=True)
class DoseSlot:
    """A dose a schedule asks for: its day and time of day (None: at no set time)."""

    day: dt.date
    time: dt.time | None


@dataclass(frozen=True)
class DoseRecord:
    """What was recorded for one dose. ``day`` and ``time`` name the slot it answers (for an
    as-needed dose: the day and time it was taken). ``at`` is when it was taken, or for LATER
    when to ask again. ``reason`` is why it was skipped, or why an as-needed dose was taken;
    ``before``/``after`` the symptom score before and after an as-needed dose, and
    ``ask_after`` when she chose to be asked the score after (None: not asked, and for every
    scheduled dose)."""

    day: dt.date
    time: dt.time | None
    status: DoseStatus
    at: dt.datetime | None = None
    reason: str = ""
    before: int | None = None
    after: int | None = None
    ask_after: dt.datetime | None = None

    def after_score_due(self, now: dt.datetime) -> bool:
        """Whether the time she chose to be asked "How is it now?" has come with no answer."""
        return (
            self.status is DoseStatus.TAKEN
            and self.after is None
            and self.ask_after is not None
            and now >= self.ask_after
        )

    @property
    def slot(self) -> DoseSlot:
        return DoseSlot(self.day, self.time)

    @property
    def relief(self) -> int | None:
        """How much the score fell after an as-needed dose (negative: it rose), when both are
        known."""
        if self.before is None or self.after is None:
            return None
        return self.before - self.after


@dataclass(frozen=True)
class AskingAfter:
    """An as-needed dose of a treatment (``name``) taken with no score after yet, whose time to
    ask "How is it now?" (``dose.ask_after``) has been chosen: for the reminders and agenda."""

    treatment_id: int
    name: str
    dose: DoseRecord

    @property
    def ask_at(self) -> dt.datetime:
        assert self.dose.ask_after is not None
        return self.dose.ask_after


@dataclass(frozen=True)
class DayDose:
    """One dose of a day as it stands: its slot, its state, and the record behind it, if any."""

    slot: DoseSlot
    state: DoseState
    record: DoseRecord | None = None


@dataclass(frozen=True)
class DoseCounts:
    """A medicine's doses over a period, for the clinic summary."""

    taken: int = 0
    skipped: int = 0
    not_recorded: int = 0
    still_due: int = 0  # due later today (or put off): neither answered nor missed yet
    skip_reasons: tuple[tuple[str, int], ...] = ()  # most given first
    as_needed_taken: int = 0
    average_relief: float | None = None  # over the as-needed doses with both scores
    relief_counted: int = 0
    reasons_taken: tuple[tuple[str, int], ...] = field(default=())  # as needed, most first


def schedule_problems(schedule: Schedule) -> dict[str, str]:
    """What keeps ``schedule`` from being saved, by field, as sentences for the person."""
    problems: dict[str, str] = {}
    if schedule.ends_on is not None and schedule.ends_on < schedule.starts_on:
        problems["ends_on"] = translate("schedules", "The last day is before the first day.")
    if len(set(schedule.times)) != len(schedule.times):
        problems["times"] = translate("schedules", "The same time is given twice.")
    elif len(schedule.times) > MAX_TIMES_A_DAY:
        problems["times"] = translate(
            "schedules", "Please give at most {count} times a day."
        ).format(count=MAX_TIMES_A_DAY)
    if schedule.kind is ScheduleKind.CYCLE:
        if not 1 <= schedule.days_on <= MAX_CYCLE_DAYS:
            problems["days_on"] = translate(
                "schedules", "Please give the days on as a number from 1 to {most}."
            ).format(most=MAX_CYCLE_DAYS)
        if not 1 <= schedule.days_off <= MAX_CYCLE_DAYS:
            problems["days_off"] = translate(
                "schedules",
                "Please give the days off as a number from 1 to {most} (with no days "
                "off, choose “Every day”).",
            ).format(most=MAX_CYCLE_DAYS)
    if schedule.kind is ScheduleKind.INTERVAL and not 2 <= schedule.every_days <= (
        MAX_INTERVAL_DAYS
    ):
        problems["every_days"] = translate(
            "schedules",
            "Please give a number of days from 2 to {most} (once a day is “Every day”).",
        ).format(most=MAX_INTERVAL_DAYS)
    if schedule.kind is ScheduleKind.AS_NEEDED:
        if schedule.times:
            problems["times"] = translate(
                "schedules", "A medicine taken as needed has no set times."
            )
        gap = schedule.minimum_gap
        if gap is not None and not dt.timedelta(0) < gap <= MAX_GAP:
            hours = int(MAX_GAP.total_seconds() // 3600)
            problems["minimum_gap"] = translate(
                "schedules", "Please give a gap of more than 0 and at most {hours} hours."
            ).format(hours=hours)
    elif schedule.minimum_gap is not None:
        problems["minimum_gap"] = translate(
            "schedules", "Only a medicine taken as needed has a least gap."
        )
    return problems


def cycle_position(schedule: Schedule, day: dt.date) -> CyclePosition | None:
    """Where ``day`` falls in an on/off schedule; None for another kind or outside its days."""
    if schedule.kind is not ScheduleKind.CYCLE or not schedule.applies_on(day):
        return None
    if schedule.cycle_length <= 0:
        return None
    offset = day.toordinal() - schedule.starts_on.toordinal()
    cycle, index = divmod(offset, schedule.cycle_length)
    return CyclePosition(cycle=cycle + 1, day=index + 1, on=index < schedule.days_on)


def is_dose_day(schedule: Schedule, day: dt.date) -> bool:
    """Whether ``schedule`` asks for a dose on ``day`` (never for as needed)."""
    if not schedule.applies_on(day):
        return False
    if schedule.kind is ScheduleKind.DAILY:
        return True
    if schedule.kind is ScheduleKind.CYCLE:
        position = cycle_position(schedule, day)
        return position is not None and position.on
    if schedule.kind is ScheduleKind.INTERVAL:
        if schedule.every_days <= 0:
            return False
        return (day.toordinal() - schedule.starts_on.toordinal()) % schedule.every_days == 0
    return False


def slots_of_day(schedule: Schedule, day: dt.date) -> tuple[DoseSlot, ...]:
    """The doses ``schedule`` asks for on ``day``, in time order (an untimed one alone)."""
    if not is_dose_day(schedule, day):
        return ()
    if not schedule.times:
        return (DoseSlot(day, None),)
    return tuple(DoseSlot(day, time) for time in sorted(schedule.times))


def next_dose_day(schedule: Schedule, after: dt.date) -> dt.date | None:
    """The first day after ``after`` on which ``schedule`` asks for a dose ("next infusion"),
    found by arithmetic, not by walking the days; None when there is none (ended, as needed)."""
    first = max(after + dt.timedelta(days=1), schedule.starts_on)
    found: dt.date | None = None
    if schedule.kind is ScheduleKind.DAILY:
        found = first
    elif schedule.kind is ScheduleKind.INTERVAL and schedule.every_days > 0:
        offset = first.toordinal() - schedule.starts_on.toordinal()
        steps = -(-offset // schedule.every_days)  # rounded up
        found = schedule.starts_on + dt.timedelta(days=steps * schedule.every_days)
    elif schedule.kind is ScheduleKind.CYCLE and schedule.days_on > 0 and schedule.days_off >= 0:
        offset = first.toordinal() - schedule.starts_on.toordinal()
        cycle, index = divmod(offset, schedule.cycle_length)
        if index < schedule.days_on:
            found = first
        else:
            found = schedule.starts_on + dt.timedelta(days=(cycle + 1) * schedule.cycle_length)
    if found is None or (schedule.ends_on is not None and found > schedule.ends_on):
        return None
    return found


def within_treatment(schedules: Iterable[Schedule], end_date: dt.date | None) -> list[Schedule]:
    """The schedules as they apply to a treatment that ended on ``end_date`` (None: ongoing):
    none runs past the treatment's last day, so a stopped medicine is no longer due, reminded
    or counted "not recorded" just because its schedule was left without an end date."""
    if end_date is None:
        return list(schedules)
    return [
        schedule
        if schedule.ends_on is not None and schedule.ends_on <= end_date
        else replace(schedule, ends_on=end_date)
        for schedule in schedules
        if schedule.starts_on <= end_date
    ]


def in_effect(schedules: Iterable[Schedule], day: dt.date) -> Schedule | None:
    """The schedule that governs ``day``: of those begun by then, the one begun last (a new
    schedule ends the one before it), if it has not ended by ``day``."""
    begun = [schedule for schedule in schedules if schedule.starts_on <= day]
    if not begun:
        return None
    latest = max(begun, key=lambda schedule: schedule.starts_on)
    return latest if latest.applies_on(day) else None


def next_dose_after(schedules: Sequence[Schedule], after: dt.date) -> dt.date | None:
    """The next dose day after ``after`` over a treatment's schedules, each in effect from its
    first day until the next one begins."""
    ordered = sorted(schedules, key=lambda schedule: schedule.starts_on)
    for index, schedule in enumerate(ordered):
        following = ordered[index + 1].starts_on if index + 1 < len(ordered) else None
        if following is not None and following <= after:
            continue
        found = next_dose_day(schedule, max(after, schedule.starts_on - dt.timedelta(days=1)))
        if found is not None and (following is None or found < following):
            return found
    return None


def earliest_next(schedule: Schedule, last_taken: dt.datetime) -> dt.datetime | None:
    """For as needed: the earliest time the least gap allows another dose; None without a gap."""
    if schedule.kind is not ScheduleKind.AS_NEEDED or schedule.minimum_gap is None:
        return None
    return last_taken + schedule.minimum_gap


def _state_of(record: DoseRecord | None, slot: DoseSlot, now: dt.datetime) -> DoseState:
    day_over = slot.day < now.date()
    if record is None or record.status is DoseStatus.LATER:
        if day_over:
            return DoseState.NOT_RECORDED
        return DoseState.DUE if record is None else DoseState.LATER
    return DoseState(record.status.value)


def doses_of_day(
    schedules: Sequence[Schedule],
    records: Iterable[DoseRecord],
    day: dt.date,
    now: dt.datetime,
) -> list[DayDose]:
    """A treatment's doses of ``day`` as they stand at ``now``: every slot of the schedule in
    effect, with what was recorded for it, and any recorded dose whose slot the schedule no
    longer has (a schedule changed since, or an as-needed dose), in time order (untimed
    first)."""
    on_day = {record.slot: record for record in records if record.day == day}
    schedule = in_effect(schedules, day)
    doses: list[DayDose] = []
    for slot in slots_of_day(schedule, day) if schedule is not None else ():
        record = on_day.pop(slot, None)
        doses.append(DayDose(slot, _state_of(record, slot, now), record))
    # What is left was recorded for a slot the schedule in effect does not have.
    doses.extend(
        DayDose(slot, _state_of(record, slot, now), record) for slot, record in on_day.items()
    )
    return sorted(doses, key=lambda dose: (dose.slot.time is not None, dose.slot.time or dt.time()))


def count_doses(
    schedules: Sequence[Schedule],
    records: Sequence[DoseRecord],
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
) -> DoseCounts:
    """A treatment's doses from ``first`` to ``last`` as they stand at ``now``: taken, skipped,
    not recorded, still due; the reasons given for skipping; as-needed use and its relief."""
    in_period = [record for record in records if first <= record.day <= last]
    by_day: dict[dt.date, list[DoseRecord]] = {}
    for record in in_period:
        by_day.setdefault(record.day, []).append(record)
    states: Counter[DoseState] = Counter()
    skip_reasons: Counter[str] = Counter()
    taken_reasons: Counter[str] = Counter()
    reliefs: list[int] = []
    as_needed = 0
    day = first
    while day <= last:
        for dose in doses_of_day(schedules, by_day.get(day, ()), day, now):
            answer = dose.record
            scheduled = answer is None or not _is_as_needed(schedules, answer)
            if scheduled:
                states[dose.state] += 1
            elif answer is not None and answer.status is DoseStatus.TAKEN:
                as_needed += 1
                if answer.reason.strip():
                    taken_reasons[answer.reason.strip()] += 1
                if answer.relief is not None:
                    reliefs.append(answer.relief)
            if answer is not None and answer.status is DoseStatus.SKIPPED and answer.reason.strip():
                skip_reasons[answer.reason.strip()] += 1
        day += dt.timedelta(days=1)
    return DoseCounts(
        taken=states[DoseState.TAKEN],
        skipped=states[DoseState.SKIPPED],
        not_recorded=states[DoseState.NOT_RECORDED],
        still_due=states[DoseState.DUE] + states[DoseState.LATER],
        skip_reasons=tuple(skip_reasons.most_common()),
        as_needed_taken=as_needed,
        average_relief=sum(reliefs) / len(reliefs) if reliefs else None,
        relief_counted=len(reliefs),
        reasons_taken=tuple(taken_reasons.most_common()),
    )


def _is_as_needed(schedules: Sequence[Schedule], record: DoseRecord) -> bool:
    schedule = in_effect(schedules, record.day)
    return schedule is not None and schedule.kind is ScheduleKind.AS_NEEDED


def score_problem(score: int | None) -> str | None:
    """A sentence when a before/after score is outside the 0-10 scale, else None."""
    if score is not None and not MIN_SEVERITY <= score <= MAX_SEVERITY:
        return translate("schedules", "Please give a score from {low} to {high}.").format(
            low=MIN_SEVERITY, high=MAX_SEVERITY
        )
    return None
