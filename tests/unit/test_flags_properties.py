"""Properties of the flag rules over many generated histories (hypothesis).

Histories are small (up to 60 days, a handful of symptoms, weights) so each property runs in a
few seconds; they mix rated symptoms with and without a "days in a row" rule, events that are
and are not flagged, one of the person's own symptoms, and several entries on one day.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from mbc_tracker.domain.flags import (
    LEVEL_ORDER,
    Flag,
    FlagInputs,
    FlagSettings,
    evaluate_flags,
)
from mbc_tracker.domain.knowledge import load_knowledge
from mbc_tracker.domain.records import (
    Measurement,
    MeasurementKind,
    Person,
    SymptomEntry,
    WeightUnit,
)
from mbc_tracker.paths import resource_dir

KNOWLEDGE = load_knowledge(resource_dir("resources"))
DEFAULTS = FlagSettings.defaults(KNOWLEDGE.flags)
START = dt.date(2024, 1, 1)
DAYS = 60
RATED = ("bone_pain", "headache", "fatigue", "nausea", "cough", "own_1")
EVENTS = ("seizure", "vomiting", "hair_loss")

day_numbers = st.integers(min_value=0, max_value=DAYS - 1)
ceilings = st.sampled_from([3, 5, 10])  # a low ceiling lets the worsening rule speak
spans = st.sampled_from([20, DAYS])


def at(day: dt.date, index: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=index)


@st.composite
def symptom_entries(draw: st.DrawFn, max_severity: int | None = None) -> list[SymptomEntry]:
    """A day-by-day history of a few symptoms (some days unlogged), up to 60 days from START.

    Rated values stay mostly near a low level so the worsening and "days in a row" rules fire
    as well as the thresholds; some days get a second entry.
    """
    if max_severity is None:
        max_severity = draw(ceilings)
    span = draw(spans)
    keys = draw(st.lists(st.sampled_from(RATED + EVENTS), min_size=1, max_size=4, unique=True))
    entries = []
    for key in keys:
        if key in EVENTS:
            value: st.SearchStrategy[int | bool | None] = st.one_of(
                st.none(), st.just(False), st.booleans() if max_severity else st.just(False)
            )
        else:
            value = st.one_of(st.none(), st.integers(0, min(1, max_severity)),
                              st.integers(0, max_severity))  # fmt: skip
        length = draw(st.sampled_from([3, 10, span]))
        daily = draw(st.lists(value, min_size=length, max_size=length))
        for number, logged in enumerate(daily):
            if logged is None:
                continue
            day = START + dt.timedelta(days=number)
            for index in range(draw(st.sampled_from([1, 1, 1, 2]))):
                again = logged if index == 0 else draw(value.filter(lambda v: v is not None))
                if key in EVENTS:
                    entry = SymptomEntry(key, day, at(day, index), present=bool(again))
                else:
                    entry = SymptomEntry(key, day, at(day, index), severity=int(again))
                entries.append(entry)
    return entries


@st.composite
def weighings(draw: st.DrawFn) -> list[Measurement]:
    """At most one weighing a day, in kilograms or pounds."""
    numbers = draw(st.lists(day_numbers, max_size=20, unique=True))
    measurements = []
    for index, number in enumerate(numbers):
        day = START + dt.timedelta(days=number)
        unit = draw(st.sampled_from(WeightUnit))
        low, high = (40.0, 120.0) if unit is WeightUnit.KG else (90.0, 260.0)
        value = draw(st.floats(low, high, allow_nan=False).map(lambda kg: round(kg, 1)))
        measurements.append(
            Measurement(MeasurementKind.WEIGHT, day, at(day, index), value, unit.value)
        )
    return measurements


def evaluate(
    entries: Sequence[SymptomEntry], measurements: Sequence[Measurement] = ()
) -> list[Flag]:
    inputs = FlagInputs(entries=entries, measurements=measurements, person=Person("Ann Example"))
    return evaluate_flags(inputs, KNOWLEDGE, DEFAULTS)


@settings(max_examples=100, deadline=None)
@given(entries=symptom_entries(max_severity=0), weight=st.floats(40.0, 120.0), data=st.data())
def test_a_history_without_symptoms_raises_no_flag(
    entries: list[SymptomEntry], weight: float, data: st.DataObject
) -> None:
    numbers = data.draw(st.lists(day_numbers, max_size=30, unique=True))
    steady = [
        Measurement(
            MeasurementKind.WEIGHT, START + dt.timedelta(days=n), at(START, n), weight, "kg"
        )
        for n in numbers
    ]
    assert evaluate(entries, steady) == []


@settings(max_examples=100, deadline=None)
@given(entries=symptom_entries(), measurements=weighings(), seed=st.integers())
def test_the_same_input_gives_the_same_flags_in_any_order(
    entries: list[SymptomEntry], measurements: list[Measurement], seed: int
) -> None:
    first = evaluate(entries, measurements)
    assert evaluate(entries, measurements) == first
    shuffled_entries, shuffled_measurements = list(entries), list(measurements)
    random.Random(seed).shuffle(shuffled_entries)
    random.Random(seed).shuffle(shuffled_measurements)
    assert evaluate(shuffled_entries, shuffled_measurements) == first


@settings(max_examples=100, deadline=None)
@given(entries=symptom_entries(), measurements=weighings())
def test_no_flag_without_a_source(
    entries: list[SymptomEntry], measurements: list[Measurement]
) -> None:
    for flag in evaluate(entries, measurements):
        assert flag.source_ids, flag
        assert set(flag.source_ids) <= set(KNOWLEDGE.sources), flag
        assert flag.reason.source_ids, flag


@settings(max_examples=100, deadline=None)
@given(entries=symptom_entries(), measurements=weighings())
def test_every_flag_covers_sorted_days_between_its_first_and_last(
    entries: list[SymptomEntry], measurements: list[Measurement]
) -> None:
    for flag in evaluate(entries, measurements):
        assert flag.days, flag
        assert list(flag.days) == sorted(set(flag.days))
        assert (flag.days[0], flag.days[-1]) == (flag.first_day, flag.last_day)
        assert flag.message.strip()


def coverage(flags: Sequence[Flag], up_to: dt.date) -> dict[tuple[str, dt.date], int]:
    """The most urgent level (0 = promptly) covering each (symptom, day) up to ``up_to``."""
    covered: dict[tuple[str, dt.date], int] = {}
    for flag in flags:
        for day in flag.days:
            if day <= up_to:
                place = (flag.symptom_key, day)
                covered[place] = min(covered.get(place, 9), LEVEL_ORDER[flag.level])
    return covered


def assert_still_covered(before: list[Flag], after: list[Flag], changed_day: dt.date) -> None:
    was, now = coverage(before, changed_day), coverage(after, changed_day)
    for place, level in was.items():
        assert place in now, f"{place} lost its flag"
        assert now[place] <= level, f"{place} became less urgent"


@settings(max_examples=150, deadline=None)
@given(entries=symptom_entries(), data=st.data())
def test_making_one_day_worse_never_removes_a_flag_from_it_or_earlier_days(
    entries: list[SymptomEntry], data: st.DataObject
) -> None:
    """Raise one rated entry, or turn an absent event present: no earlier flag goes away.

    Every (symptom, day) a flag covered, on or before the changed day, is still covered, at a
    level at least as urgent. Days AFTER the changed day may lose a worsening flag: a worse day
    raises the person's own usual (the median of the previous days), so a later day that stood
    out before may no longer stand out. That is the rule's documented meaning, not a loss.
    """
    changeable = [
        index
        for index, entry in enumerate(entries)
        if (entry.severity is not None and entry.severity < 10) or entry.present is False
    ]
    if not changeable:
        return
    index = data.draw(st.sampled_from(changeable))
    entry = entries[index]
    if entry.severity is not None:
        worse = SymptomEntry(
            entry.symptom_key,
            entry.day,
            entry.recorded_at,
            severity=data.draw(st.integers(entry.severity + 1, 10)),
        )
    else:
        worse = SymptomEntry(entry.symptom_key, entry.day, entry.recorded_at, present=True)
    changed = [*entries[:index], worse, *entries[index + 1 :]]
    assert_still_covered(evaluate(entries), evaluate(changed), entry.day)


@settings(max_examples=100, deadline=None)
@given(measurements=weighings().filter(bool), data=st.data())
def test_a_lower_weighing_never_removes_a_weight_flag_from_it_or_earlier_days(
    measurements: list[Measurement], data: st.DataObject
) -> None:
    """Lowering one weighing (a worse day) keeps every weight-loss flag on or before that day."""
    index = data.draw(st.integers(0, len(measurements) - 1))
    measurement = measurements[index]
    lower = Measurement(
        measurement.kind,
        measurement.day,
        measurement.recorded_at,
        round(measurement.value * data.draw(st.floats(0.80, 0.99)), 1),
        measurement.unit,
    )
    changed = [*measurements[:index], lower, *measurements[index + 1 :]]
    assert_still_covered(evaluate([], measurements), evaluate([], changed), measurement.day)
