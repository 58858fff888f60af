"""The demo's medicines: schedules and the doses recorded for them (Today, History, summary).

Maria's palbociclib is taken once a day at nine, 21 days on and 7 off; calcium and vitamin D
every morning at eight, with the bone-strengthening injection; the trastuzumab
deruxtecan infusion and the denosumab injection come every three and four weeks; paracetamol is
taken as needed for pain, at least 4 hours apart, with her pain score before and about an hour
after (so the relief can be shown). Most doses are taken, a few skipped with the reason she gave,
and a few have nothing recorded at all (no answer was saved: never assumed taken). On the days
she takes paracetamol she logs her pain twice: once when she takes it, once in the evening log.

Everything here draws on its own seeded generator, so adding it left the rest of the demo (logs,
visits, questions) exactly as it was. Doses are plain values; ``build_demo_snapshot`` hands them
to ``write_snapshot``, which inserts them in bulk. The doses and times are invented for the demo
and are not advice.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from mbc_tracker.domain.records import Route, SymptomEntry, Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import (
    DoseRecord,
    DoseStatus,
    Schedule,
    ScheduleKind,
    TreatmentPlan,
    slots_of_day,
)

PAIN_KEY = "bone_pain"
PAIN_RELIEF_NAME = "Paracetamol"
SKIP_REASONS = ("felt sick", "forgot")
# How her answers to due doses fall: taken, skipped (with a reason), nothing recorded.
TAKEN_SHARE = 0.92
SKIPPED_SHARE = 0.05
INFUSION_TAKEN_SHARE = 0.96  # an infusion at the day unit is rarely missed


@dataclass(frozen=True)
class DemoMedicines:
    """What the medicines add to the demo: the plans by the treatment's position, and the
    symptom entries with the second pain logs of the days paracetamol was taken."""

    plans: dict[int, TreatmentPlan]
    entries: list[SymptomEntry]


CALCIUM_NAME = "Calcium and vitamin D"


def calcium_treatment(start: dt.date) -> Treatment:
    """The tablets taken every day with the bone-strengthening injection (its notes say so)."""
    return Treatment(
        category=TreatmentCategory.OTHER,
        name=CALCIUM_NAME,
        start_date=start,
        route=Route.ORAL,
        notes="Every day, with the bone-strengthening injection.",
    )


def pain_relief_treatment(start: dt.date) -> Treatment:
    return Treatment(
        category=TreatmentCategory.OTHER,
        name=PAIN_RELIEF_NAME,
        start_date=start,
        route=Route.ORAL,
        notes="As needed for the hip pain, at least 4 hours apart.",
    )


def demo_medicines(
    treatments: Sequence[Treatment],
    entries: Sequence[SymptomEntry],
    first_day: dt.date,
    today: dt.date,
    seed: int,
) -> DemoMedicines:
    """Schedules and doses for the demo's medicines; ``entries`` are the daily logs."""
    rng = random.Random(seed * 7919 + 15)  # its own stream: the rest of the demo is unchanged
    plans: dict[int, TreatmentPlan] = {}
    entries_out = list(entries)
    for position, treatment in enumerate(treatments):
        schedule = _schedule_for(treatment, first_day)
        if schedule is None:
            continue
        if schedule.kind is ScheduleKind.AS_NEEDED:
            doses, entries_out = _as_needed_doses(rng, entries_out, first_day, today)
        else:
            doses = _scheduled_doses(rng, schedule, treatment, first_day, today)
        plans[position] = TreatmentPlan(schedules=(schedule,), doses=tuple(doses))
    return DemoMedicines(plans=plans, entries=entries_out)


def _schedule_for(treatment: Treatment, first_day: dt.date) -> Schedule | None:
    if treatment.name == "Palbociclib":
        return Schedule(
            kind=ScheduleKind.CYCLE,
            starts_on=treatment.start_date,
            ends_on=treatment.end_date,
            times=(dt.time(9, 0),),
            days_on=21,
            days_off=7,
            dose="1",
            unit="capsule",
        )
    if treatment.name == "Trastuzumab deruxtecan":
        return Schedule(
            kind=ScheduleKind.INTERVAL,
            starts_on=treatment.start_date,
            ends_on=treatment.end_date,
            times=(dt.time(11, 0),),  # the infusion appointments are at eleven
            every_days=21,
        )
    if treatment.name.startswith("Denosumab"):
        # Its schedule begins with the first injection the demo's span covers, so no dose
        # before the demo's first day counts as "not recorded".
        weeks = -(-(first_day - treatment.start_date).days // 28)
        return Schedule(
            kind=ScheduleKind.INTERVAL,
            starts_on=treatment.start_date + dt.timedelta(days=28 * max(weeks, 0)),
            ends_on=treatment.end_date,
            every_days=28,
        )
    if treatment.name == CALCIUM_NAME:
        return Schedule(
            kind=ScheduleKind.DAILY,
            starts_on=max(treatment.start_date, first_day),
            ends_on=treatment.end_date,
            times=(dt.time(8, 0),),
        )
    if treatment.name == PAIN_RELIEF_NAME:
        return Schedule(
            kind=ScheduleKind.AS_NEEDED,
            starts_on=max(treatment.start_date, first_day),
            reason="pain",
            minimum_gap=dt.timedelta(hours=4),
        )
    return None


def _scheduled_doses(
    rng: random.Random,
    schedule: Schedule,
    treatment: Treatment,
    first_day: dt.date,
    today: dt.date,
) -> list[DoseRecord]:
    """Her answers to the schedule's doses up to yesterday (today's are left for the person
    trying the demo)."""
    taken_share = TAKEN_SHARE if treatment.route is Route.ORAL else INFUSION_TAKEN_SHARE
    doses: list[DoseRecord] = []
    day = max(schedule.starts_on, first_day)
    last = min(schedule.ends_on or today, today - dt.timedelta(days=1))
    while day <= last:
        for slot in slots_of_day(schedule, day):
            draw = rng.random()
            at_time = slot.time or dt.time(10, 0)
            if draw < taken_share:
                at = dt.datetime.combine(day, at_time) + dt.timedelta(minutes=rng.randrange(45))
                doses.append(DoseRecord(day, slot.time, DoseStatus.TAKEN, at=at))
            elif draw < taken_share + SKIPPED_SHARE:
                reason = rng.choice(SKIP_REASONS)
                doses.append(DoseRecord(day, slot.time, DoseStatus.SKIPPED, reason=reason))
            # else: nothing recorded that day, as happens.
        day += dt.timedelta(days=1)
    return doses


def _as_needed_doses(
    rng: random.Random, entries: list[SymptomEntry], first_day: dt.date, today: dt.date
) -> tuple[list[DoseRecord], list[SymptomEntry]]:
    """Paracetamol on some days her pain is 2 or more: the pain when she took it (logged then
    too), and about an hour later; a second dose at least 4 hours on, on the worst days."""
    doses: list[DoseRecord] = []
    extra: list[SymptomEntry] = []
    changed: dict[int, SymptomEntry] = {}
    for index, entry in enumerate(entries):
        if entry.symptom_key != PAIN_KEY or entry.severity is None:
            continue
        if not first_day <= entry.day < today:
            continue
        pain = entry.severity
        chance = 0.0 if pain < 2 else 0.3 if pain < 3 else 0.5 if pain < 5 else 0.8
        if rng.random() >= chance:
            continue
        taken_at = dt.datetime.combine(entry.day, dt.time(13, 0)) + dt.timedelta(
            minutes=rng.randrange(0, 240)
        )
        after = max(0, pain - rng.choice((0, 1, 2, 2, 3, 3, 4)))
        # Now and then the score an hour later was not noted.
        recorded_after = None if rng.random() < 0.12 else after
        doses.append(_as_needed(taken_at, "pain", pain, recorded_after))
        extra.append(replace(entry, recorded_at=taken_at, note=""))
        evening = max(after, pain - 1)
        if pain >= 6 and rng.random() < 0.5:
            second_at = taken_at + dt.timedelta(hours=4, minutes=rng.randrange(10, 90))
            second_after = max(0, evening - rng.choice((1, 2, 2, 3)))
            doses.append(_as_needed(second_at, "pain", evening, second_after))
            evening = max(second_after, pain - 2)
        # The evening log, later that day, has the pain as it was by then; the day's highest
        # stays the score she logged when she took the first dose, so the flags are unchanged.
        changed[index] = replace(entry, severity=min(evening, pain))
    merged = [changed.get(index, entry) for index, entry in enumerate(entries)]
    return doses, merged + extra


ASK_AFTER = dt.timedelta(minutes=60)


def _as_needed(taken_at: dt.datetime, reason: str, before: int, after: int | None) -> DoseRecord:
    return DoseRecord(
        day=taken_at.date(),
        time=taken_at.time().replace(second=0, microsecond=0),
        status=DoseStatus.TAKEN,
        at=taken_at,
        reason=reason,
        before=before,
        # She asked to be asked an hour later, the dialog's adjustable default.
        ask_after=(taken_at + ASK_AFTER).replace(second=0, microsecond=0),
        after=after,
    )
