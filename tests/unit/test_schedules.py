"""Medicine schedules as a person lives them: cycles across months and leap years, an infusion
every three weeks, a schedule that ends, a changed schedule that keeps the doses already
recorded, and doses never assumed taken."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mbc_tracker.domain.schedules import (
    CyclePosition,
    DoseRecord,
    DoseSlot,
    DoseState,
    DoseStatus,
    Schedule,
    ScheduleKind,
    count_doses,
    cycle_position,
    doses_of_day,
    earliest_next,
    in_effect,
    is_dose_day,
    next_dose_after,
    next_dose_day,
    schedule_problems,
    score_problem,
    slots_of_day,
)

EIGHT, EIGHT_PM = dt.time(8, 0), dt.time(20, 0)


def cycle(start: dt.date, on: int = 21, off: int = 7, **details: object) -> Schedule:
    return Schedule(ScheduleKind.CYCLE, start, days_on=on, days_off=off, **details)  # type: ignore[arg-type]


def test_a_21_7_cycle_reads_as_cycle_and_day_across_a_leap_february() -> None:
    palbociclib = cycle(dt.date(2024, 1, 15), times=(EIGHT,))
    # Day 1 of cycle 1, the last day on (21), the first day off (22), the last day off (28).
    assert cycle_position(palbociclib, dt.date(2024, 1, 15)) == CyclePosition(1, 1, True)
    assert cycle_position(palbociclib, dt.date(2024, 2, 4)) == CyclePosition(1, 21, True)
    assert cycle_position(palbociclib, dt.date(2024, 2, 5)) == CyclePosition(1, 22, False)
    assert cycle_position(palbociclib, dt.date(2024, 2, 11)) == CyclePosition(1, 28, False)
    # Cycle 2 begins 28 days after the first day; 29 February is an ordinary day of it.
    assert cycle_position(palbociclib, dt.date(2024, 2, 12)) == CyclePosition(2, 1, True)
    assert cycle_position(palbociclib, dt.date(2024, 2, 29)) == CyclePosition(2, 18, True)
    assert cycle_position(palbociclib, dt.date(2024, 3, 3)) == CyclePosition(2, 21, True)
    assert cycle_position(palbociclib, dt.date(2024, 3, 4)) == CyclePosition(2, 22, False)
    assert not is_dose_day(palbociclib, dt.date(2024, 3, 4))
    # Across the turn of the year: 1 January 2025 is 352 days on, cycle 13 day 17.
    assert cycle_position(palbociclib, dt.date(2025, 1, 1)) == CyclePosition(13, 17, True)
    assert cycle_position(palbociclib, dt.date(2024, 1, 14)) is None  # before it began


def test_an_infusion_every_three_weeks_and_the_next_one() -> None:
    infusion = Schedule(ScheduleKind.INTERVAL, dt.date(2026, 10, 30), every_days=21)
    assert is_dose_day(infusion, dt.date(2026, 11, 20))
    assert not is_dose_day(infusion, dt.date(2026, 11, 21))
    assert slots_of_day(infusion, dt.date(2026, 11, 20)) == (DoseSlot(dt.date(2026, 11, 20), None),)
    assert next_dose_day(infusion, dt.date(2026, 11, 20)) == dt.date(2026, 12, 11)
    assert next_dose_day(infusion, dt.date(2026, 11, 19)) == dt.date(2026, 11, 20)
    assert next_dose_day(infusion, dt.date(2026, 12, 25)) == dt.date(2027, 1, 1)
    # Before it begins, the next is its first day.
    assert next_dose_day(infusion, dt.date(2026, 1, 1)) == dt.date(2026, 10, 30)


def test_a_schedule_that_ends_asks_for_nothing_after_its_last_day() -> None:
    course = Schedule(
        ScheduleKind.DAILY,
        dt.date(2026, 3, 1),
        ends_on=dt.date(2026, 3, 14),
        times=(EIGHT_PM, EIGHT),
    )
    assert slots_of_day(course, dt.date(2026, 3, 14)) == (
        DoseSlot(dt.date(2026, 3, 14), EIGHT),
        DoseSlot(dt.date(2026, 3, 14), EIGHT_PM),
    )
    assert slots_of_day(course, dt.date(2026, 3, 15)) == ()
    assert next_dose_day(course, dt.date(2026, 3, 14)) is None
    ended_cycle = cycle(dt.date(2026, 1, 1), ends_on=dt.date(2026, 1, 25))
    assert next_dose_day(ended_cycle, dt.date(2026, 1, 21)) is None  # off days, then the end


def test_as_needed_is_never_due_and_keeps_its_least_gap() -> None:
    pain_relief = Schedule(
        ScheduleKind.AS_NEEDED,
        dt.date(2026, 1, 1),
        reason="pain",
        minimum_gap=dt.timedelta(hours=4),
    )
    assert slots_of_day(pain_relief, dt.date(2026, 5, 5)) == ()
    assert next_dose_day(pain_relief, dt.date(2026, 5, 5)) is None
    taken = dt.datetime(2026, 5, 5, 22, 30)
    assert earliest_next(pain_relief, taken) == dt.datetime(2026, 5, 6, 2, 30)


def test_a_changed_schedule_keeps_the_doses_recorded_under_the_old_one() -> None:
    morning_and_evening = Schedule(ScheduleKind.DAILY, dt.date(2026, 1, 1), times=(EIGHT, EIGHT_PM))
    morning_only = Schedule(ScheduleKind.DAILY, dt.date(2026, 2, 1), times=(EIGHT,))
    schedules = [morning_only, morning_and_evening]  # in any order
    assert in_effect(schedules, dt.date(2026, 1, 31)) == morning_and_evening
    assert in_effect(schedules, dt.date(2026, 2, 1)) == morning_only
    now = dt.datetime(2026, 2, 10, 12, 0)
    evening = DoseRecord(dt.date(2026, 1, 31), EIGHT_PM, DoseStatus.TAKEN)
    before = doses_of_day(schedules, [evening], dt.date(2026, 1, 31), now)
    assert [(dose.slot.time, dose.state) for dose in before] == [
        (EIGHT, DoseState.NOT_RECORDED),
        (EIGHT_PM, DoseState.TAKEN),
    ]
    # A dose recorded on a day at a time the schedule in effect no longer has stays shown.
    late = DoseRecord(dt.date(2026, 2, 2), EIGHT_PM, DoseStatus.TAKEN)
    after = doses_of_day(schedules, [late], dt.date(2026, 2, 2), now)
    assert [(dose.slot.time, dose.state) for dose in after] == [
        (EIGHT, DoseState.NOT_RECORDED),
        (EIGHT_PM, DoseState.TAKEN),
    ]


def test_a_dose_is_due_today_put_off_or_not_recorded_never_assumed_taken() -> None:
    daily = Schedule(ScheduleKind.DAILY, dt.date(2026, 1, 1), times=(EIGHT, EIGHT_PM))
    day = dt.date(2026, 6, 1)
    later = DoseRecord(day, EIGHT, DoseStatus.LATER, at=dt.datetime(2026, 6, 1, 9, 0))
    during = doses_of_day([daily], [later], day, dt.datetime(2026, 6, 1, 8, 30))
    assert [dose.state for dose in during] == [DoseState.LATER, DoseState.DUE]
    next_morning = doses_of_day([daily], [later], day, dt.datetime(2026, 6, 2, 7, 0))
    assert [dose.state for dose in next_morning] == [DoseState.NOT_RECORDED] * 2


def test_counts_for_the_summary_with_reasons_and_relief() -> None:
    start = dt.date(2026, 3, 1)
    daily = Schedule(ScheduleKind.DAILY, start, times=(EIGHT,))
    records = [
        DoseRecord(dt.date(2026, 3, 1), EIGHT, DoseStatus.TAKEN),
        DoseRecord(dt.date(2026, 3, 2), EIGHT, DoseStatus.SKIPPED, reason="felt sick"),
        DoseRecord(dt.date(2026, 3, 3), EIGHT, DoseStatus.SKIPPED, reason="felt sick "),
        DoseRecord(dt.date(2026, 3, 4), EIGHT, DoseStatus.TAKEN),
        DoseRecord(dt.date(2026, 2, 28), EIGHT, DoseStatus.TAKEN),  # outside the period
    ]
    now = dt.datetime(2026, 3, 7, 7, 0)  # 1-6 March are over; 7 March's dose is still due
    counts = count_doses([daily], records, dt.date(2026, 3, 1), dt.date(2026, 3, 7), now)
    assert (counts.taken, counts.skipped, counts.not_recorded, counts.still_due) == (2, 2, 2, 1)
    assert counts.skip_reasons == (("felt sick", 2),)

    as_needed = Schedule(ScheduleKind.AS_NEEDED, start, reason="pain")
    uses = [
        DoseRecord(
            dt.date(2026, 3, 2), dt.time(22, 15), DoseStatus.TAKEN, reason="pain", before=7, after=3
        ),
        DoseRecord(
            dt.date(2026, 3, 5), dt.time(6, 40), DoseStatus.TAKEN, reason="pain", before=6, after=4
        ),
        DoseRecord(dt.date(2026, 3, 6), dt.time(13, 0), DoseStatus.TAKEN, reason="pain", before=5),
    ]
    counts = count_doses([as_needed], uses, dt.date(2026, 3, 1), dt.date(2026, 3, 7), now)
    assert (counts.taken, counts.not_recorded, counts.as_needed_taken) == (0, 0, 3)
    assert counts.average_relief == 3.0 and counts.relief_counted == 2
    assert counts.reasons_taken == (("pain", 3),)


def test_problems_are_sentences_by_field() -> None:
    day = dt.date(2026, 1, 10)
    assert schedule_problems(cycle(day)) == {}
    assert set(schedule_problems(cycle(day, on=0, off=0))) == {"days_on", "days_off"}
    assert "Every day" in schedule_problems(cycle(day, off=0))["days_off"]
    ended = Schedule(ScheduleKind.DAILY, day, ends_on=day - dt.timedelta(days=1))
    assert schedule_problems(ended) == {"ends_on": "The last day is before the first day."}
    twice = Schedule(ScheduleKind.DAILY, day, times=(EIGHT, EIGHT))
    assert "twice" in schedule_problems(twice)["times"]
    assert "every_days" in schedule_problems(Schedule(ScheduleKind.INTERVAL, day, every_days=1))
    timed = Schedule(ScheduleKind.AS_NEEDED, day, times=(EIGHT,), minimum_gap=dt.timedelta(0))
    assert set(schedule_problems(timed)) == {"times", "minimum_gap"}
    gap = Schedule(ScheduleKind.DAILY, day, minimum_gap=dt.timedelta(hours=4))
    assert "minimum_gap" in schedule_problems(gap)
    assert score_problem(11) is not None and score_problem(0) is None


def test_next_dose_over_a_changed_schedule() -> None:
    weekly = Schedule(ScheduleKind.INTERVAL, dt.date(2026, 1, 5), every_days=7)
    every_four_weeks = Schedule(ScheduleKind.INTERVAL, dt.date(2026, 3, 2), every_days=28)
    schedules = [weekly, every_four_weeks]
    assert next_dose_after(schedules, dt.date(2026, 1, 6)) == dt.date(2026, 1, 12)
    # The weekly dose of 2 March is replaced by the new schedule's first day.
    assert next_dose_after(schedules, dt.date(2026, 2, 24)) == dt.date(2026, 3, 2)
    assert next_dose_after(schedules, dt.date(2026, 3, 2)) == dt.date(2026, 3, 30)
    assert next_dose_after([], dt.date(2026, 3, 2)) is None


schedules_strategy = st.one_of(
    st.builds(
        lambda start, on, off, length: cycle(
            start, on=on, off=off, ends_on=start + dt.timedelta(days=length) if length else None
        ),
        st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)),
        st.integers(1, 40),
        st.integers(1, 40),
        st.integers(0, 400),
    ),
    st.builds(
        lambda start, every: Schedule(ScheduleKind.INTERVAL, start, every_days=every),
        st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)),
        st.integers(2, 60),
    ),
    st.builds(
        lambda start: Schedule(ScheduleKind.DAILY, start),
        st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)),
    ),
)


@given(schedules_strategy, st.integers(-100, 500))
def test_next_dose_day_is_the_first_dose_day_a_walk_finds(schedule: Schedule, shift: int) -> None:
    after = schedule.starts_on + dt.timedelta(days=shift)
    walked = next(
        (
            after + dt.timedelta(days=step)
            for step in range(1, 500)
            if is_dose_day(schedule, after + dt.timedelta(days=step))
        ),
        None,
    )
    assert next_dose_day(schedule, after) == walked
