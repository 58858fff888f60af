"""The flag engine gives exactly what a full evaluation gives, after any sequence of changes.

``evaluate_flags`` is the reference. Generated records (rated symptoms with and without a "days
in a row" rule, one on a chemotherapy's side-effect list, events, weights in kg and lb,
temperatures in °C and °F around the fever threshold, several entries, weighings and readings on
one day) go through generated changes: a day's entries set or cleared, weights and temperatures,
settings, treatments, receptor tests, "discussed" marks, the units, a label.
After every step the engine's flags equal a full evaluation of the record as it now is, and so
does the bounded evaluation of one day (started from a small window, so it has to widen). The
example tests below name the edges the region logic must get right.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mbc_tracker.domain.flag_engine import FlagEngine, evaluate_day
from mbc_tracker.domain.flags import (
    Flag,
    FlagInputs,
    FlagRule,
    FlagSettings,
    SideEffectList,
    evaluate_flags,
)
from mbc_tracker.domain.records import (
    FlagAcknowledgement,
    Her2Ihc,
    Measurement,
    MeasurementKind,
    Person,
    ReceptorTest,
    SampleKind,
    SymptomEntry,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.units import temperature_in
from mbc_tracker.services.record import knowledge

KNOWLEDGE = knowledge()
DEFAULTS = FlagSettings.defaults(KNOWLEDGE.flags)
START = dt.date(2024, 1, 1)
DAYS = 90
# headache: brain group, 3 days in a row; cough: 7 days in a row; fatigue: a chemotherapy side
# effect; seizure and vomiting: events flagged every time; own_1: no rule at all.
RATED = ("headache", "cough", "fatigue")
EVENTS = ("seizure", "vomiting")
OTHER = ("own_1",)
CHEMO = TreatmentCategory.CHEMOTHERAPY
SIDE_EFFECTS = {
    CHEMO: SideEffectList("Chemotherapy", frozenset({"fatigue", "nausea"}), ("wiserx",)),
}


def day_at(number: int) -> dt.date:
    return START + dt.timedelta(days=number)


def at(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=minute)


# -- the record as a test keeps it -------------------------------------------------------------


@dataclasses.dataclass
class Record:
    """What has been logged, day by day, and the context; ``inputs()`` for the reference."""

    entries: dict[dt.date, list[SymptomEntry]]
    weights: dict[dt.date, list[Measurement]]
    unit: WeightUnit = WeightUnit.KG
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS
    treatments: tuple[Treatment, ...] = ()
    receptor_tests: tuple[ReceptorTest, ...] = ()
    acknowledgements: tuple[FlagAcknowledgement, ...] = ()
    labels: dict[str, str] = dataclasses.field(default_factory=dict)

    def inputs(self) -> FlagInputs:
        return FlagInputs(
            entries=[entry for day in sorted(self.entries) for entry in self.entries[day]],
            measurements=[weight for day in sorted(self.weights) for weight in self.weights[day]],
            person=self.person(),
            receptor_tests=self.receptor_tests,
            treatments=self.treatments,
            acknowledgements=self.acknowledgements,
            labels=dict(self.labels),
            side_effects=SIDE_EFFECTS,
        )

    def person(self) -> Person:
        return Person("Ann Example", weight_unit=self.unit, temperature_unit=self.temperature_unit)

    def logged_between(
        self, first: dt.date, last: dt.date
    ) -> tuple[list[SymptomEntry], list[Measurement]]:
        inputs = self.inputs()
        return (
            [entry for entry in inputs.entries if first <= entry.day <= last],
            [weight for weight in inputs.measurements if first <= weight.day <= last],
        )

    def span(self) -> tuple[dt.date, dt.date] | None:
        days = [day for day, logged in self.entries.items() if logged]
        days += [day for day, logged in self.weights.items() if logged]
        return (min(days), max(days)) if days else None


# -- strategies --------------------------------------------------------------------------------

day_numbers = st.integers(0, DAYS - 1)
low_values = st.integers(0, 3)


@st.composite
def day_entries(draw: st.DrawFn, day: dt.date, dense: bool = False) -> list[SymptomEntry]:
    """What one day holds: for each symptom nothing, one or two entries (mostly low values)."""
    entries = []
    minute = 0
    for key in (*RATED, *EVENTS, *OTHER):
        count = draw(st.sampled_from([0, 1, 1, 2] if dense else [0, 0, 0, 1, 2]))
        for _ in range(count):
            minute += 1
            if key in EVENTS:
                entries.append(SymptomEntry(key, day, at(day, minute), present=draw(st.booleans())))
            else:
                value = draw(st.one_of(low_values, low_values, st.integers(0, 10)))
                entries.append(SymptomEntry(key, day, at(day, minute), severity=value))
    return entries


@st.composite
def day_weights(draw: st.DrawFn, day: dt.date) -> list[Measurement]:
    """No weighing, or one or two (in kg or lb, sometimes at the same minute: the later wins)."""
    weights = []
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        kilograms = draw(st.floats(55, 65, allow_nan=False))
        unit = draw(st.sampled_from(["kg", "lb"]))
        value = kilograms if unit == "kg" else kilograms * 2.20462
        minute = draw(st.integers(0, 1))
        weights.append(Measurement(MeasurementKind.WEIGHT, day, at(day, minute), value, unit))
    for number in range(draw(st.sampled_from([0, 0, 1, 2]))):  # which the weight rule ignores
        weights.append(temperature_of(day, draw(temperatures_c), draw(st.booleans()), 5 + number))
    return weights


# Around the fever threshold (37.5, 38.0 or 38.5 in the settings), and 100.4 °F for 38.0 °C.
temperatures_c = st.sampled_from([36.6, 37.2, 37.5, 37.9, 38.0, 38.3, 38.5, 39.4])


def temperature_of(day: dt.date, celsius: float, in_fahrenheit: bool, minute: int) -> Measurement:
    unit = TemperatureUnit.FAHRENHEIT if in_fahrenheit else TemperatureUnit.CELSIUS
    value = round(temperature_in(celsius, unit), 1)
    return Measurement(MeasurementKind.TEMPERATURE, day, at(day, minute), value, unit.value)


@st.composite
def flag_settings_strategy(draw: st.DrawFn) -> FlagSettings:
    mention = draw(st.integers(3, 5))
    baseline_days = draw(st.integers(3, 8))
    return dataclasses.replace(
        DEFAULTS,
        mention_from_severity=mention,
        promptly_from_severity=draw(st.integers(mention, 8)),
        worsening_points=draw(st.integers(1, 3)),
        baseline_days=baseline_days,
        baseline_min_days=draw(st.integers(1, 3)),
        weight_loss_percent=draw(st.sampled_from([2.0, 5.0])),
        weight_loss_days=draw(st.integers(7, 10)),
        episode_gap_days=draw(st.integers(0, 3)),
        fever_from_celsius=draw(st.sampled_from([37.5, 38.0, 38.5])),
        persistent_days={
            **DEFAULTS.persistent_days,
            "headache": draw(st.integers(2, 5)),
            "cough": draw(st.integers(2, 7)),
        },
    )


@st.composite
def treatments(draw: st.DrawFn) -> tuple[Treatment, ...]:
    chosen = []
    for number in range(draw(st.integers(0, 3))):
        start = draw(day_numbers)
        length = draw(st.one_of(st.none(), st.integers(0, 40)))
        category = draw(st.sampled_from([CHEMO, CHEMO, TreatmentCategory.HORMONE_THERAPY]))
        chosen.append(
            Treatment(
                category,
                f"Drug {number}",
                day_at(start),
                end_date=None if length is None else day_at(start + length),
            )
        )
    return tuple(chosen)


@st.composite
def receptor_tests(draw: st.DrawFn) -> tuple[ReceptorTest, ...]:
    if not draw(st.booleans()):
        return ()
    her2 = draw(st.sampled_from([Her2Ihc.ZERO, Her2Ihc.THREE_PLUS]))
    return (ReceptorTest(day_at(0), SampleKind.PRIMARY, er_percent=80.0, pr_percent=50.0,
                         her2_ihc=her2),)  # fmt: skip


@st.composite
def histories(draw: st.DrawFn, key: str) -> dict[int, int | bool]:
    """One symptom's history over DAYS days, as stretches of calm and of high values (rated) or
    of events, with gaps of a few days: episodes then meet, nearly meet or just miss. Some
    stretches are long and steady (one value for weeks) with missed evenings inside them."""
    history: dict[int, int | bool] = {}
    day = draw(st.integers(0, 10))
    while day < DAYS:
        length = draw(st.one_of(st.integers(1, 6), st.integers(1, 6), st.integers(15, DAYS)))
        gap = draw(st.integers(0, 5))
        if key in EVENTS:
            history.update(dict.fromkeys(range(day, day + length), True))
        elif length > 6:
            steady = draw(st.integers(1, 8))
            for number in range(day, day + length):
                if draw(st.integers(0, 7)):
                    history[number] = steady
                elif draw(st.booleans()):
                    history[number] = draw(st.integers(0, 10))  # a day off the steady level
                # else: a missed evening, nothing logged
        else:
            high = draw(st.booleans())
            low, top = (3, 10) if high else (0, 2)
            values = draw(st.lists(st.integers(low, top), min_size=length, max_size=length))
            history.update(zip(range(day, day + length), values, strict=True))
            calm = draw(st.integers(0, 2))  # gaps are calm days for rated symptoms, or unlogged
            if draw(st.booleans()):
                history.update(dict.fromkeys(range(day + length, day + length + gap), calm))
        day += length + gap
    return {number: value for number, value in history.items() if number < DAYS}


@st.composite
def records(draw: st.DrawFn) -> Record:
    keys = draw(st.lists(st.sampled_from((*RATED, *EVENTS, *OTHER)), max_size=4, unique=True))
    entries: dict[dt.date, list[SymptomEntry]] = {}
    for key in keys:
        for number, value in draw(histories(key)).items():
            day = day_at(number)
            logged = entries.setdefault(day, [])
            logged.append(entry_of(key, day, value, len(logged)))
            if draw(st.integers(0, 9)) == 0:  # now and then a second entry that day
                logged.append(entry_of(key, day, draw(st.integers(0, 10)), len(logged)))
    weights: dict[dt.date, list[Measurement]] = {}
    if draw(st.integers(0, 3)):
        kilograms = 60.0
        day = 0
        while day < DAYS:
            kilograms = min(max(kilograms + draw(st.sampled_from([-2.0, -1.0, 0.5, 1.5])), 45), 75)
            weights[day_at(day)] = [weight_of(day_at(day), kilograms, draw(st.booleans()), 0)]
            day += draw(st.integers(1, 4))
    if draw(st.integers(0, 2)):
        # Temperatures in stretches of days (fevers that meet, nearly meet or just miss).
        day = draw(st.integers(0, 10))
        while day < DAYS:
            hot = draw(st.booleans())
            for number in range(day, min(day + draw(st.integers(1, 4)), DAYS)):
                celsius = draw(st.sampled_from([37.9, 38.0, 38.3, 39.4] if hot else [36.6, 37.5]))
                reading = temperature_of(day_at(number), celsius, draw(st.booleans()), 5)
                weights.setdefault(day_at(number), []).append(reading)
            day += draw(st.integers(1, 8))
    return Record(
        entries=entries,
        weights=weights,
        unit=draw(st.sampled_from(list(WeightUnit))),
        temperature_unit=draw(st.sampled_from(list(TemperatureUnit))),
        treatments=draw(treatments()),
        receptor_tests=draw(receptor_tests()),
    )


def entry_of(key: str, day: dt.date, value: int | bool, minute: int) -> SymptomEntry:
    if isinstance(value, bool):
        return SymptomEntry(key, day, at(day, minute), present=value)
    return SymptomEntry(key, day, at(day, minute), severity=value)


def weight_of(day: dt.date, kilograms: float, in_pounds: bool, minute: int) -> Measurement:
    if in_pounds:
        return Measurement(MeasurementKind.WEIGHT, day, at(day, minute), kilograms * 2.20462, "lb")
    return Measurement(MeasurementKind.WEIGHT, day, at(day, minute), kilograms, "kg")


changes = st.one_of(
    st.tuples(st.just("one"), st.sampled_from((*RATED, *EVENTS)), day_numbers),
    st.tuples(st.just("one"), st.sampled_from((*RATED, *EVENTS)), day_numbers),
    st.tuples(st.just("one"), st.sampled_from((*RATED, *EVENTS)), day_numbers),
    st.tuples(st.just("one"), st.sampled_from((*RATED, *EVENTS)), day_numbers),
    st.tuples(st.just("weights"), day_numbers),
    st.tuples(st.just("weights"), day_numbers),
    st.tuples(st.just("day"), day_numbers, st.booleans()),
    st.tuples(st.just("day"), day_numbers, st.booleans()),
    st.tuples(st.just("day"), day_numbers, st.booleans()),
    st.tuples(st.just("clear"), day_numbers),
    st.tuples(st.just("weights"), day_numbers),
    st.tuples(st.just("settings")),
    st.tuples(st.just("treatments")),
    st.tuples(st.just("receptors")),
    st.tuples(st.just("discussed"), st.integers(0, 1000), st.integers(0, 20)),
    st.tuples(st.just("undiscussed"), st.integers(0, 1000)),
    st.tuples(st.just("unit")),
    st.tuples(st.just("temperature_unit")),
    st.tuples(st.just("label"), st.sampled_from(["fatigue", "headache", "seizure"])),
)


# -- checking ----------------------------------------------------------------------------------


def open_flags_on(flags: Sequence[Flag], day: dt.date) -> list[Flag]:
    return [flag for flag in flags if day in flag.days and flag.is_open]


def check(
    engine: FlagEngine, record: Record, flag_settings: FlagSettings, probes: Sequence[int]
) -> None:
    inputs = record.inputs()
    expected = evaluate_flags(inputs, KNOWLEDGE, flag_settings)
    assert engine.flags() == expected
    for number in probes:
        day = day_at(number)
        assert engine.flags(since=day) == [flag for flag in expected if flag.last_day >= day]
        on_day = open_flags_on(expected, day)
        assert engine.flags_on(day) == on_day
        bounded = evaluate_day(
            day,
            inputs,
            record.logged_between,
            record.span(),
            KNOWLEDGE,
            flag_settings,
            first_window=(number % 5, number % 3),
        )
        assert bounded == on_day


def same_flag(mark: FlagAcknowledgement) -> tuple[str, str, dt.date]:
    """What the record keeps one mark for (its unique constraint)."""
    return (mark.symptom_key, mark.rule, mark.first_day)


def apply_change(
    draw: Any,
    engine: FlagEngine,
    record: Record,
    flag_settings: FlagSettings,
    change: tuple[Any, ...],
) -> FlagSettings:
    """Make ``change`` to both ``record`` and ``engine``; return the settings now in use."""
    kind = change[0]
    if kind == "one":  # one symptom on one day: cleared, calm, high or an event
        key, day = change[1], day_at(change[2])
        value = draw(
            st.sampled_from([None, True, False])
            if key in EVENTS
            else st.one_of(st.none(), st.integers(0, 2), st.integers(3, 10))
        )
        kept = [entry for entry in record.entries.get(day, []) if entry.symptom_key != key]
        if value is not None:
            kept.append(entry_of(key, day, value, len(kept) + 1))
        record.entries[day] = kept
        engine.set_day(day, kept, record.weights.get(day, []))
    elif kind in ("day", "clear"):
        day = day_at(change[1])
        logged = [] if kind == "clear" else draw(day_entries(day, change[2]))
        record.entries[day] = logged
        engine.set_day(day, logged, record.weights.get(day, []))
    elif kind == "weights":
        day = day_at(change[1])
        record.weights[day] = draw(day_weights(day))
        engine.set_day(day, record.entries.get(day, []), record.weights[day])
    elif kind == "settings":
        flag_settings = draw(st.one_of(st.just(DEFAULTS), flag_settings_strategy()))
        engine.set_settings(flag_settings)
    elif kind == "treatments":
        record.treatments = draw(treatments())
        engine.set_treatments(record.treatments)
    elif kind == "receptors":
        record.receptor_tests = draw(receptor_tests())
        engine.set_receptor_tests(record.receptor_tests)
    elif kind == "discussed":
        flags = engine.flags()
        if flags:
            flag = flags[change[1] % len(flags)]
            mark = FlagAcknowledgement(
                flag.symptom_key,
                flag.rule.value,
                flag.first_day,
                flag.first_day + dt.timedelta(days=change[2]),
                severity_at_discussion=draw(st.one_of(st.none(), st.integers(0, 10))),
                id=len(record.acknowledgements) + 1000 * change[2] + 1,
            )
            kept = [old for old in record.acknowledgements if same_flag(old) != same_flag(mark)]
            record.acknowledgements = (*kept, mark)
            engine.set_acknowledgements(record.acknowledgements)
    elif kind == "undiscussed":
        if record.acknowledgements:
            index = change[1] % len(record.acknowledgements)
            marks = list(record.acknowledgements)
            del marks[index]
            record.acknowledgements = tuple(marks)
            engine.set_acknowledgements(record.acknowledgements)
    elif kind == "unit":
        record.unit = WeightUnit.LB if record.unit is WeightUnit.KG else WeightUnit.KG
        engine.set_person(record.person())
    elif kind == "temperature_unit":
        celsius = record.temperature_unit is TemperatureUnit.CELSIUS
        record.temperature_unit = TemperatureUnit.FAHRENHEIT if celsius else TemperatureUnit.CELSIUS
        engine.set_person(record.person())
    elif kind == "label":
        key = change[1]
        if key in record.labels:
            del record.labels[key]
        else:
            record.labels[key] = f"My {key}"
        engine.set_labels(record.labels)
    return flag_settings


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    record=records(),
    flag_settings=st.one_of(st.just(DEFAULTS), flag_settings_strategy()),
    steps=st.lists(changes, min_size=1, max_size=25),
    probes=st.lists(day_numbers, min_size=1, max_size=3),
    data=st.data(),
)
def test_the_engine_equals_a_full_evaluation_after_every_change(
    record: Record,
    flag_settings: FlagSettings,
    steps: list[tuple[Any, ...]],
    probes: list[int],
    data: st.DataObject,
) -> None:
    engine = FlagEngine(record.inputs(), KNOWLEDGE, flag_settings)
    check(engine, record, flag_settings, probes)
    for change in steps:
        flag_settings = apply_change(data.draw, engine, record, flag_settings, change)
        check(engine, record, flag_settings, probes)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records(), flag_settings=flag_settings_strategy(), day=day_numbers,
       before=st.integers(0, 8), after=st.integers(0, 8))  # fmt: skip
def test_one_day_from_a_window_equals_the_full_evaluation(
    record: Record, flag_settings: FlagSettings, day: int, before: int, after: int
) -> None:
    expected = open_flags_on(evaluate_flags(record.inputs(), KNOWLEDGE, flag_settings), day_at(day))
    for first_window in ((before, after), None):
        bounded = evaluate_day(
            day_at(day),
            record.inputs(),
            record.logged_between,
            record.span(),
            KNOWLEDGE,
            flag_settings,
            first_window=first_window,
        )
        assert bounded == expected


@st.composite
def steady_episodes(draw: st.DrawFn) -> tuple[str, int, list[int | None]]:
    """One rated symptom at one value evening after evening for up to DAYS days, with missed
    evenings (at most ``episode_gap_days`` in a row, so nothing ends the episode)."""
    key = draw(st.sampled_from(RATED))
    value = draw(st.integers(1, 10))
    evenings: list[int | None] = [value]
    while len(evenings) < draw(st.integers(2, DAYS)):
        missed = draw(st.sampled_from([0, 0, 0, 0, 0, 0, 1, 2]))
        evenings.extend([None] * missed)
        evenings.append(value)
    return key, value, evenings


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(episode=steady_episodes(), discussed_after=st.integers(1, DAYS), data=st.data())
def test_a_steady_episode_logged_evening_by_evening_stays_one_item(
    episode: tuple[str, int, list[int | None]], discussed_after: int, data: st.DataObject
) -> None:
    """The person logs the same value every evening she logs at all (missed evenings included)
    and tells her care team about it part-way. At every step the engine equals a full
    evaluation; each rule makes at most one item of the episode, its first day never moves
    (so its "discussed" mark holds) and it reaches the day just logged; once discussed it stays
    discussed, since it never got worse."""
    key, value, evenings = episode
    record = Record(entries={}, weights={})
    engine = FlagEngine(record.inputs(), KNOWLEDGE, DEFAULTS)
    first_seen: dict[FlagRule, dt.date] = {}
    discussed: set[FlagRule] = set()
    for number, logged in enumerate(evenings):
        if logged is None:
            continue
        day = day_at(number)
        record.entries[day] = [entry_of(key, day, logged, 0)]
        engine.set_day(day, record.entries[day], [])
        if number >= discussed_after and not discussed and engine.flags():
            record.acknowledgements = tuple(
                FlagAcknowledgement(
                    flag.symptom_key,
                    flag.rule.value,
                    flag.first_day,
                    day,
                    severity_at_discussion=value,
                    id=index + 1,
                )
                for index, flag in enumerate(engine.flags())
            )
            engine.set_acknowledgements(record.acknowledgements)
            discussed = {flag.rule for flag in engine.flags()}
        flags = engine.flags()
        assert flags == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)
        assert len({flag.rule for flag in flags}) == len(flags), "one item per rule"
        for flag in flags:
            assert first_seen.setdefault(flag.rule, flag.first_day) == flag.first_day
            if flag.rule is not FlagRule.WORSENING:  # no usual yet, then the usual is the value
                assert flag.last_day == day, "the item grows with the episode"
            assert (flag.rule in discussed) is not flag.is_open, "discussed means quiet"
        probe = data.draw(st.integers(0, number))
        bounded = evaluate_day(
            day_at(probe),
            record.inputs(),
            record.logged_between,
            record.span(),
            KNOWLEDGE,
            DEFAULTS,
            first_window=(probe % 4, probe % 3),
        )
        assert bounded == open_flags_on(flags, day_at(probe))


@st.composite
def dense_records(draw: st.DrawFn, key: str) -> tuple[Record, FlagSettings]:
    """One rule at a time, logged nearly every day with a few close values, and short windows:
    changes then often land exactly at the edge of a rule's window (the days a worsening's usual
    is taken from, the days a weight loss is measured over or joined across)."""
    flag_settings = dataclasses.replace(
        DEFAULTS,
        mention_from_severity=draw(st.integers(4, 5)),
        promptly_from_severity=8,
        worsening_points=draw(st.integers(1, 2)),
        baseline_days=draw(st.integers(3, 6)),
        baseline_min_days=draw(st.integers(1, 2)),
        weight_loss_percent=draw(st.sampled_from([2.0, 3.0])),
        weight_loss_days=draw(st.integers(7, 9)),
        episode_gap_days=draw(st.integers(0, 2)),
    )
    record = Record(entries={}, weights={})
    for number in range(DAYS // 2):
        day = day_at(number)
        if key == WEIGHT:
            # Mostly steady, so that losses are few and far between: a change then makes one
            # where nothing else was near.
            kilograms = draw(st.sampled_from([None, None, *[60.0] * 15, 59.0, 62.0]))
            if kilograms is not None:
                record.weights[day] = [weight_of(day, kilograms, False, 0)]
        else:
            value = draw(st.sampled_from([None, 0, 1, 1, 2, 2, 3, 4]))
            if value is not None:
                record.entries[day] = [entry_of(key, day, value, 0)]
    return record, flag_settings


WEIGHT = "weight"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from(["fatigue", "headache", WEIGHT]),
    data=st.data(),
    days=st.lists(st.integers(0, DAYS // 2 - 1), min_size=1, max_size=30),
)
def test_changes_at_the_edges_of_each_rule_window(
    key: str, data: st.DataObject, days: list[int]
) -> None:
    record, flag_settings = data.draw(dense_records(key))
    engine = FlagEngine(record.inputs(), KNOWLEDGE, flag_settings)
    for number in days:
        day = day_at(number)
        if key == WEIGHT:
            kilograms = data.draw(st.sampled_from([None, 58.0, 60.0, 62.0]))
            record.weights[day] = [] if kilograms is None else [weight_of(day, kilograms, False, 1)]
        else:
            value = data.draw(st.sampled_from([None, 0, 1, 2, 3, 4]))
            record.entries[day] = [] if value is None else [entry_of(key, day, value, 0)]
        engine.set_day(day, record.entries.get(day, []), record.weights.get(day, []))
        assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, flag_settings)
    check(engine, record, flag_settings, days[:2])


# -- the edges, by example ---------------------------------------------------------------------


def rated(key: str, values: dict[int, int]) -> dict[dt.date, list[SymptomEntry]]:
    return {
        day_at(n): [SymptomEntry(key, day_at(n), at(day_at(n), 0), severity=value)]
        for n, value in values.items()
    }


def engine_for(entries: dict[dt.date, list[SymptomEntry]]) -> tuple[FlagEngine, Record]:
    record = Record(entries=dict(entries), weights={})
    return FlagEngine(record.inputs(), KNOWLEDGE, DEFAULTS), record


def set_value(engine: FlagEngine, record: Record, key: str, number: int, value: int | None) -> None:
    day = day_at(number)
    record.entries[day] = (
        [] if value is None else [SymptomEntry(key, day, at(day, 0), severity=value)]
    )
    engine.set_day(day, record.entries[day], [])


def spans(engine: FlagEngine, rule: FlagRule) -> list[tuple[int, int]]:
    return sorted(
        ((flag.first_day - START).days, (flag.last_day - START).days)
        for flag in engine.flags()
        if flag.rule is rule
    )


def test_editing_a_day_in_the_middle_of_a_run_keeps_the_run_whole() -> None:
    engine, record = engine_for(rated("headache", dict.fromkeys(range(10, 20), 5)))
    assert spans(engine, FlagRule.SEVERITY) == [(10, 19)]
    set_value(engine, record, "headache", 15, 6)
    assert spans(engine, FlagRule.SEVERITY) == [(10, 19)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)


def test_closing_a_gap_merges_two_episodes() -> None:
    # Episodes join across up to two calmer days: 10-12 and 16-18 are three days apart.
    values = {**dict.fromkeys(range(10, 13), 5), **dict.fromkeys(range(16, 19), 5)}
    engine, record = engine_for(rated("headache", values))
    assert spans(engine, FlagRule.SEVERITY) == [(10, 12), (16, 18)]
    set_value(engine, record, "headache", 14, 5)
    assert spans(engine, FlagRule.SEVERITY) == [(10, 18)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)


def test_calming_the_middle_of_an_episode_splits_it() -> None:
    engine, record = engine_for(rated("headache", dict.fromkeys(range(10, 30), 5)))
    for number in (18, 19, 20):
        set_value(engine, record, "headache", number, 1)
    assert spans(engine, FlagRule.SEVERITY) == [(10, 17), (21, 29)]
    # Present every day all along: still one run of days in a row.
    assert spans(engine, FlagRule.PERSISTENCE) == [(10, 29)]
    # A day with nothing logged does not end it either (a missed evening) ...
    set_value(engine, record, "headache", 19, None)
    assert spans(engine, FlagRule.PERSISTENCE) == [(10, 29)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)
    # ... but a day logged without it does.
    set_value(engine, record, "headache", 19, 0)
    assert spans(engine, FlagRule.PERSISTENCE) == [(10, 18), (20, 29)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)


def test_a_change_reaches_the_worsening_of_the_days_that_use_it_as_their_usual() -> None:
    # A steady 1, then 3 on day 20: two points above the usual (the middle of the previous 14
    # days). Raising days 8-19 to 3 raises the usual of day 20 to 3, so its flag goes, although
    # day 20 itself was not edited; days 8-14 are worse than their own usual until 3 is usual.
    values = {**dict.fromkeys(range(0, 20), 1), 20: 3}
    engine, record = engine_for(rated("fatigue", values))
    assert spans(engine, FlagRule.WORSENING) == [(20, 20)]
    for number in range(8, 20):
        set_value(engine, record, "fatigue", number, 3)
    assert spans(engine, FlagRule.WORSENING) == [(8, 14)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)


def test_a_weighing_far_from_a_change_is_not_evaluated_again() -> None:
    # Weight loss episodes within 30 days join; one a year later is left as it was.
    weights = {
        day_at(n): [Measurement(MeasurementKind.WEIGHT, day_at(n), at(day_at(n), 0), kg, "kg")]
        for n, kg in ((0, 70.0), (10, 65.0), (400, 70.0), (410, 65.0))
    }
    record = Record(entries={}, weights=weights)
    engine = FlagEngine(record.inputs(), KNOWLEDGE, DEFAULTS)
    far_flag = next(flag for flag in engine.flags() if flag.first_day == day_at(410))
    day = day_at(20)
    record.weights[day] = [Measurement(MeasurementKind.WEIGHT, day, at(day, 0), 60.0, "kg")]
    engine.set_day(day, [], record.weights[day])
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)
    assert spans(engine, FlagRule.WEIGHT_LOSS) == [(10, 20), (410, 410)]
    assert any(flag is far_flag for flag in engine.flags())


def test_a_heavier_weighing_reaches_the_loss_measured_the_most_days_after_it() -> None:
    # 60 kg on days 0-10, 40 and 41; 64 kg on day 10 makes the weighing 30 days later (the
    # default window) a loss of 6.25%, and the one 31 days later none.
    weights = {day_at(n): [weight_of(day_at(n), 60.0, False, 0)] for n in (*range(0, 11), 40, 41)}
    record = Record(entries={}, weights=weights)
    engine = FlagEngine(record.inputs(), KNOWLEDGE, DEFAULTS)
    assert spans(engine, FlagRule.WEIGHT_LOSS) == []
    day = day_at(10)
    record.weights[day] = [weight_of(day, 64.0, False, 0)]
    engine.set_day(day, [], record.weights[day])
    assert spans(engine, FlagRule.WEIGHT_LOSS) == [(40, 40)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, DEFAULTS)


def test_a_calm_day_reaches_the_usual_of_the_day_baseline_days_later() -> None:
    # Days 0-9 at 2, day 23 at 3: its usual is day 9 alone (the 14 days before it) and 3 is not
    # two points above 2. Day 9 at 0 makes day 23 two points above its usual.
    values = {**dict.fromkeys(range(0, 10), 2), 23: 3}
    engine, record = engine_for(rated("fatigue", values))
    settings = dataclasses.replace(DEFAULTS, baseline_min_days=1)
    engine.set_settings(settings)
    assert spans(engine, FlagRule.WORSENING) == []
    set_value(engine, record, "fatigue", 9, 0)
    assert spans(engine, FlagRule.WORSENING) == [(23, 23)]
    assert engine.flags() == evaluate_flags(record.inputs(), KNOWLEDGE, settings)
