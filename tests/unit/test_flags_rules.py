"""The flag rules, one table per rule: what a person logs, and which flags she then sees.

Every case builds ``FlagInputs`` by hand and uses the real knowledge files and the app defaults
(mention from 4, promptly from 7, baseline of 14 days needing 5 values, 5% weight loss within 30
days, episodes joined across up to 2 calmer days). Histories are written as one value per day
from ``START``; ``None`` is a day with nothing logged for that symptom.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest

from mbc_tracker.domain.flags import (
    Flag,
    FlagInputs,
    FlagRule,
    FlagSettings,
    SideEffectList,
    evaluate_flags,
)
from mbc_tracker.domain.knowledge import FlagLevel, load_knowledge
from mbc_tracker.domain.records import (
    FlagAcknowledgement,
    Her2Ihc,
    IshResult,
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
from mbc_tracker.paths import resource_dir

KNOWLEDGE = load_knowledge(resource_dir("resources"))
DEFAULTS = FlagSettings.defaults(KNOWLEDGE.flags)
START = dt.date(2025, 3, 3)
PROMPTLY, NEXT_VISIT = FlagLevel.PROMPTLY, FlagLevel.NEXT_VISIT
_ = None  # an unlogged day in a history


def day(index: int) -> dt.date:
    return START + dt.timedelta(days=index)


def at(index: int, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day(index), dt.time(hour))


def rated(key: str, index: int, severity: int, hour: int = 9) -> SymptomEntry:
    return SymptomEntry(key, day(index), at(index, hour), severity=severity)


def event(key: str, index: int, present: bool = True) -> SymptomEntry:
    return SymptomEntry(key, day(index), at(index), present=present)


def history(key: str, values: Sequence[int | None], offset: int = 0) -> list[SymptomEntry]:
    return [
        rated(key, offset + index, value) for index, value in enumerate(values) if value is not None
    ]


def weight(index: int, value: float, unit: WeightUnit = WeightUnit.KG) -> Measurement:
    return Measurement(MeasurementKind.WEIGHT, day(index), at(index), value, unit.value)


def side_effect_lists() -> dict[TreatmentCategory, SideEffectList]:
    """What ``FlagService.inputs`` hands the rules: the side effects the articles list."""
    lists = {}
    for category in TreatmentCategory:
        info = KNOWLEDGE.treatments.category(category)
        if info.side_effects:
            lists[category] = SideEffectList(
                info.label(), frozenset(info.side_effects), info.side_effect_source_ids
            )
    return lists


def chemotherapy(start: int, end: int | None = None) -> Treatment:
    return Treatment(
        TreatmentCategory.CHEMOTHERAPY,
        "capecitabine",
        day(start),
        end_date=None if end is None else day(end),
    )


def evaluate(
    entries: Sequence[SymptomEntry],
    settings: FlagSettings = DEFAULTS,
    since: dt.date | None = None,
    **inputs: object,
) -> list[Flag]:
    return evaluate_flags(
        FlagInputs(entries=entries, **inputs),  # type: ignore[arg-type]
        KNOWLEDGE,
        settings,
        since,
    )


def of_rule(flags: Sequence[Flag], rule: FlagRule) -> list[Flag]:
    return [flag for flag in flags if flag.rule is rule]


def summary(flags: Sequence[Flag]) -> list[tuple[str, str, str, list[int]]]:
    """Each flag as (symptom, rule, level, day numbers), oldest first, for readable tables."""
    return sorted(
        (
            flag.symptom_key,
            flag.rule.value,
            flag.level.value,
            [(flag_day - START).days for flag_day in flag.days],
        )
        for flag in flags
    )


# -- occurrence --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        pytest.param([event("seizure", 0)], [("seizure", "occurrence", "promptly", [0])],
                     id="one seizure"),
        pytest.param([event("seizure", 0, present=False)], [], id="seizure marked absent"),
        pytest.param([event("seizure", 0), event("seizure", 2)],
                     [("seizure", "occurrence", "promptly", [0]),
                      ("seizure", "occurrence", "promptly", [2])], id="two separate days"),
        pytest.param([event("seizure", 0), event("seizure", 1), event("seizure", 2)],
                     [("seizure", "occurrence", "promptly", [0, 1, 2])], id="days in a row"),
        pytest.param([event("seizure", 0), event("seizure", 0)],
                     [("seizure", "occurrence", "promptly", [0])], id="twice in one day"),
        pytest.param([event("vomiting", 0)], [("vomiting", "occurrence", "next_visit", [0])],
                     id="a next-visit event"),
        pytest.param([event("hair_loss", 0), event("hair_loss", 1)], [],
                     id="an event the articles do not ask to report"),
        pytest.param([event("own_1", 0), rated("own_2", 0, 10)], [],
                     id="the person's own symptoms"),
    ],
)  # fmt: skip
def test_occurrence(entries: list[SymptomEntry], expected: list[tuple[object, ...]]) -> None:
    assert summary(evaluate(entries)) == expected


def test_an_occurrence_message_names_the_days_and_says_it_is_flagged_every_time() -> None:
    (flag,) = evaluate([event("seizure", 0), event("seizure", 1)])
    assert "2 days in a row" in flag.message
    assert "3 March to 4 March 2025" in flag.message
    assert "every time" in flag.message
    assert flag.reason.source_ids


def test_an_own_symptom_with_a_name_is_still_never_flagged() -> None:
    entries = [rated("own_1", index, 10) for index in range(20)]
    assert evaluate(entries, labels={"own_1": "Tingling fingers"}) == []


# -- severity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([3], []),
        ([4], [("next_visit", [0])]),
        ([6], [("next_visit", [0])]),
        ([7], [("promptly", [0])]),
        ([10], [("promptly", [0])]),
        ([0, 1, 2, 3, 3, 2], []),
        ([4, 5, 7, 5], [("promptly", [0, 1, 2, 3])]),
        ([4, 1, 1, 4], [("next_visit", [0, 3])]),  # two calmer days inside one episode
        ([4, _, _, 4], [("next_visit", [0, 3])]),  # two unlogged days inside one episode
        ([4, 1, 1, 1, 4], [("next_visit", [0]), ("next_visit", [4])]),
        ([4, _, _, _, 7], [("next_visit", [0]), ("promptly", [4])]),
    ],
)
def test_severity_thresholds_and_episodes(
    values: list[int | None], expected: list[tuple[str, list[int]]]
) -> None:
    # Bone pain has no "days in a row" rule, and a few days give no baseline for worsening.
    flags = evaluate(history("bone_pain", values))
    assert [(level, days) for _key, _rule, level, days in summary(flags)] == expected
    assert all(flag.rule is FlagRule.SEVERITY for flag in flags)


@pytest.mark.parametrize(
    ("severities", "level", "peak"),
    [
        ([2, 5, 3], NEXT_VISIT, 5.0),
        ([8, 1], PROMPTLY, 8.0),
        ([3, 3, 3], None, None),
    ],
)
def test_several_entries_in_one_day_the_highest_counts(
    severities: list[int], level: FlagLevel | None, peak: float | None
) -> None:
    entries = [rated("fatigue", 0, value, hour=8 + index) for index, value in enumerate(severities)]
    flags = evaluate(entries)
    assert [(flag.level, flag.peak) for flag in flags] == ([(level, peak)] if level else [])


@pytest.mark.parametrize(
    ("gap", "values", "episodes"),
    [
        (0, [4, 4, 4], [[0, 1, 2]]),
        (0, [4, 1, 4], [[0], [2]]),
        (0, [4, _, 4], [[0], [2]]),
        (1, [4, 1, 4], [[0, 2]]),
        (1, [4, 1, 1, 4], [[0], [3]]),
        (5, [4, 1, 1, 1, 1, 1, 4], [[0, 6]]),
    ],
)
def test_the_episode_gap_setting(
    gap: int, values: list[int | None], episodes: list[list[int]]
) -> None:
    settings = dataclasses.replace(DEFAULTS, episode_gap_days=gap)
    flags = evaluate(history("bone_pain", values), settings)
    assert [days for *_, days in summary(flags)] == episodes


def test_a_severity_message_gives_the_numbers_and_says_they_are_app_defaults() -> None:
    (one_day,) = evaluate([rated("breathlessness", 0, 7)])
    assert "Shortness of breath" in one_day.message or "breath" in one_day.message.lower()
    assert "7 (severe)" in one_day.message
    assert "from 4" in one_day.message and "from 7" in one_day.message
    assert "adjustable app default" in one_day.message
    (episode,) = evaluate(history("bone_pain", [4, 6, 5]))
    assert "3 days in a row" in episode.message
    assert "highest 6 (moderate) on 4 March 2025" in episode.message


def test_changed_thresholds_change_the_flags_and_the_message() -> None:
    settings = dataclasses.replace(DEFAULTS, mention_from_severity=2, promptly_from_severity=5)
    (flag,) = evaluate([rated("bone_pain", 0, 5)], settings)
    assert flag.level is PROMPTLY
    assert "from 2" in flag.message and "from 5" in flag.message


# -- persistence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "values", "runs"),
    [
        ("headache", [1, 1], []),
        ("headache", [1, 1, 1], [[0, 1, 2]]),
        ("headache", [1, 2, 1, 3, 1], [[0, 1, 2, 3, 4]]),
        ("headache", [1, 1, 0, 1, 1], []),  # a day logged without it breaks the run
        # A missed evening does not: a long stretch stays one flag (up to 2 unlogged days).
        ("headache", [1, 1, _, 1, 1], [[0, 1, 3, 4]]),
        ("headache", [1, 1, _, _, 1], [[0, 1, 4]]),
        ("headache", [1, 1, _, _, _, 1, 1], []),  # three unlogged days end it
        ("headache", [1, 1, 1, _, _, _, 1, 1, 1], [[0, 1, 2], [6, 7, 8]]),
        ("headache", [1, _, 0, 1, 1], []),  # unlogged, then logged without it: ended
        ("headache", [1, 1, 1, 0, 2, 2, 2], [[0, 1, 2], [4, 5, 6]]),
        ("nausea", [1, 1], []),
        ("nausea", [2, 1, 1], [[0, 1, 2]]),
        ("nausea", [1, _, 1, 1], [[0, 2, 3]]),
        ("nausea", [1, _, 1], []),  # two days it was logged: not yet three
        ("cough", [1] * 6, []),
        ("cough", [1] * 7, [[0, 1, 2, 3, 4, 5, 6]]),
        ("bone_pain", [1] * 30, []),  # the articles do not speak of persistent bone pain
    ],
)
def test_persistence(key: str, values: list[int | None], runs: list[list[int]]) -> None:
    flags = of_rule(evaluate(history(key, values)), FlagRule.PERSISTENCE)
    assert [days for *_, days in summary(flags)] == runs
    assert all(flag.level is NEXT_VISIT for flag in flags)


@pytest.mark.parametrize(("needed", "flagged"), [(2, True), (4, True), (5, False)])
def test_persistent_days_setting_moves_the_threshold(needed: int, flagged: bool) -> None:
    settings = dataclasses.replace(DEFAULTS, persistent_days={"headache": needed})
    flags = of_rule(evaluate(history("headache", [1, 1, 1, 1]), settings), FlagRule.PERSISTENCE)
    assert bool(flags) is flagged
    if flagged:
        assert f"from {needed} days in a row" in flags[0].message
        assert "adjustable app default" in flags[0].message


def test_a_persistence_message_counts_the_days() -> None:
    (flag,) = of_rule(evaluate(history("headache", [1, 1, 1, 1])), FlagRule.PERSISTENCE)
    assert "4 days in a row" in flag.message
    assert "from 3 days in a row" in flag.message


def test_a_persistence_message_says_when_days_were_not_logged() -> None:
    (flag,) = of_rule(evaluate(history("headache", [1, 1, _, 1])), FlagRule.PERSISTENCE)
    assert "on 3 days in a row" not in flag.message
    assert "on 3 days (3 March to 6 March 2025)" in flag.message
    assert "up to 2 unlogged days in a row" in flag.message
    assert "every day it was logged" in flag.message
    assert "from 3 days in a row" in flag.message


def test_a_fewer_unlogged_days_setting_ends_the_run_sooner() -> None:
    settings = dataclasses.replace(DEFAULTS, episode_gap_days=0)
    flags = of_rule(evaluate(history("headache", [1, 1, _, 1, 1]), settings), FlagRule.PERSISTENCE)
    assert flags == []


# -- worsening ---------------------------------------------------------------------------------


def worsening(entries: Sequence[SymptomEntry], settings: FlagSettings = DEFAULTS) -> list[Flag]:
    return of_rule(evaluate(entries, settings), FlagRule.WORSENING)


def test_clearly_above_her_own_usual_is_flagged_with_the_numbers() -> None:
    flags = evaluate(history("bone_pain", [1, 1, 1, 1, 1, 3]))
    (flag,) = flags  # 3 is below the mention threshold, so only the worsening rule fires
    assert flag.rule is FlagRule.WORSENING
    assert flag.level is NEXT_VISIT
    assert flag.days == (day(5),)
    assert "2 points above your usual of 1" in flag.message
    assert "previous 14 days" in flag.message
    assert "adjustable app default" in flag.message
    assert "STAR trial" in " ".join(context.text() for context in flag.context)


@pytest.mark.parametrize(
    ("values", "worse_days"),
    [
        ([1, 1, 1, 1, 3], []),  # only 4 earlier days: no usual yet
        ([1, 1, 1, 1, 1, 3], [5]),
        ([1, 1, 1, 1, 1, 2], []),  # one point above is not "clearly"
        ([1, 1, 1, 1, 1, 4], []),  # from 4 the severity rule speaks instead
        ([1, 1, 1, 1, 1, 7], []),
        ([0, 0, 0, 0, 0, 2], [5]),
        ([2, 2, 2, 2, 2, 3], []),
        ([1, _, 1, _, 1, 1, _, 1, 3], [8]),  # unlogged days are not counted as zero
        ([1, 1, 1, 1, 1, 3, 3, 3], [5, 6, 7]),  # usual still 1 for the 6th and 7th day
        ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 3], [14, 17]),
    ],
)
def test_worsening_table(values: list[int | None], worse_days: list[int]) -> None:
    flags = worsening(history("bone_pain", values))
    assert sorted((flag_day - START).days for flag in flags for flag_day in flag.days) == worse_days


@pytest.mark.parametrize(
    ("checked", "flagged"),
    [
        (14, True),  # days 0-13 hold the five 1s
        (15, False),  # day 0 is now 15 days back: only four values in the window
        (18, False),  # day 4 is the only one left
    ],
)
def test_values_older_than_the_baseline_window_drop_out(checked: int, flagged: bool) -> None:
    entries = [*history("bone_pain", [1, 1, 1, 1, 1]), rated("bone_pain", checked, 3)]
    assert bool(worsening(entries)) is flagged


@pytest.mark.parametrize(
    ("earlier", "value", "usual"),
    [
        ([0, 0, 0, 2, 2, 2], 3, "1"),  # the average of the middle two (0 and 2)
        ([0, 0, 0, 1, 1, 1], 2, None),  # usual 0.5: 2 is only 1.5 above
        ([0, 0, 0, 1, 1, 1], 3, "0.5"),
        ([3, 0, 0, 3, 0, 3, 0], 2, "0"),  # odd count: the middle value, order does not matter
    ],
)
def test_even_count_median(earlier: list[int], value: int, usual: str | None) -> None:
    flags = worsening(history("bone_pain", [*earlier, value]))
    if usual is None:
        assert flags == []
    else:
        (flag,) = flags
        assert f"above your usual of {usual} " in flag.message


def test_worsening_settings_are_used() -> None:
    settings = dataclasses.replace(
        DEFAULTS, worsening_points=1, baseline_days=3, baseline_min_days=2
    )
    assert worsening(history("bone_pain", [1, 1, 2]), settings)
    assert not worsening(history("bone_pain", [1, 1, 2]))


# -- weight loss -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weights", "flagged_days"),
    [
        ([(0, 70.0), (20, 66.4)], [20]),  # 5.1%
        ([(0, 70.0), (20, 66.5)], [20]),  # exactly 5%
        ([(0, 70.0), (20, 66.57)], []),  # 4.9%
        ([(0, 70.0), (30, 65.8)], [30]),  # 6% at exactly 30 days
        ([(0, 70.0), (31, 65.8)], []),  # 6% but 31 days apart
        ([(0, 70.0), (10, 70.5), (25, 66.9)], [25]),  # from the heaviest in the window
        ([(0, 66.4), (20, 70.0)], []),  # a gain
        ([(0, 70.0), (5, 66.0), (6, 65.0), (60, 61.0)], [5, 6]),  # later, slowly: no new flag
    ],
)
def test_weight_loss(weights: list[tuple[int, float]], flagged_days: list[int]) -> None:
    measurements = [weight(index, value) for index, value in weights]
    flags = evaluate([], measurements=measurements)
    assert [(flag_day - START).days for flag in flags for flag_day in flag.days] == flagged_days
    assert all(flag.rule is FlagRule.WEIGHT_LOSS and flag.level is NEXT_VISIT for flag in flags)


def test_a_temperature_is_not_a_weight() -> None:
    measurements = [
        Measurement(MeasurementKind.TEMPERATURE, day(0), at(0), 39.0, "C"),
        Measurement(MeasurementKind.TEMPERATURE, day(1), at(1), 36.0, "C"),
    ]
    assert of_rule(evaluate([], measurements=measurements), FlagRule.WEIGHT_LOSS) == []


# -- fever -------------------------------------------------------------------------------------


def temperature(index: int, value: float, unit: str = "C", hour: int = 9) -> Measurement:
    return Measurement(MeasurementKind.TEMPERATURE, day(index), at(index, hour), value, unit)


@pytest.mark.parametrize(
    ("readings", "flagged"),
    [
        ([(0, 37.9, "C")], []),
        ([(0, 38.0, "C")], [[0]]),  # at the threshold
        ([(0, 38.5, "C")], [[0]]),
        ([(0, 45.0, "C")], [[0]]),
        ([(0, 100.3, "F")], []),  # 37.9 °C
        ([(0, 100.4, "F")], [[0]]),  # 38.0 °C
        ([(0, 102.2, "F")], [[0]]),  # 39.0 °C
        ([(0, 38.2, "C"), (1, 38.6, "C"), (2, 39.0, "F")], [[0, 1]]),  # 39 °F is no fever day
        ([(0, 38.2, "C"), (1, 38.6, "C"), (3, 38.1, "C")], [[0, 1], [3]]),  # a day between
        ([(0, 36.8, "C"), (0, 38.4, "C")], [[0]]),  # the highest reading of the day counts
        ([(0, 38.4, "C"), (0, 36.8, "C")], [[0]]),
        ([(0, 98.6, "F"), (0, 38.1, "C")], [[0]]),  # units mixed on one day
    ],
)
def test_fever(readings: list[tuple[int, float, str]], flagged: list[list[int]]) -> None:
    flags = evaluate([], measurements=[temperature(*reading) for reading in readings])
    assert [[(flag_day - START).days for flag_day in flag.days] for flag in flags[::-1]] == flagged
    for flag in flags:
        assert (flag.symptom_key, flag.rule, flag.level) == (
            "temperature",
            FlagRule.FEVER,
            PROMPTLY,
        )
        assert flag.symptom_label == "Temperature" and flag.is_open


@pytest.mark.parametrize(
    ("threshold", "value", "flagged"),
    [(38.0, 37.8, False), (37.5, 37.8, True), (38.5, 38.4, False), (38.5, 38.5, True)],
)
def test_the_fever_threshold_is_a_setting(threshold: float, value: float, flagged: bool) -> None:
    settings = dataclasses.replace(DEFAULTS, fever_from_celsius=threshold)
    flags = evaluate([], settings, measurements=[temperature(0, value)])
    assert bool(flags) is flagged
    if flags:
        assert f"from {threshold:.1f} °C" in flags[0].message


@pytest.mark.parametrize(
    ("person", "message_has", "message_lacks"),
    [
        (None, ["38.5 °C", "from 38.0 °C"], ["°F"]),
        (Person("Ann", temperature_unit=TemperatureUnit.FAHRENHEIT), ["101.3 °F", "100.4 °F"], []),
    ],
)
def test_a_fever_message_in_her_unit_names_the_adjustable_default(
    person: Person | None, message_has: list[str], message_lacks: list[str]
) -> None:
    (flag,) = evaluate([], measurements=[temperature(0, 38.5)], person=person)
    for words in message_has:
        assert words in flag.message
    for words in message_lacks:
        assert words not in flag.message
    assert "3 March 2025" in flag.message
    assert "contact your care team promptly" in flag.message
    assert "adjustable app default, not a medical fact" in flag.message
    assert flag.peak == 38.5


def test_a_fever_gives_the_articles_reason_and_names_the_guideline() -> None:
    (flag,) = evaluate([], measurements=[temperature(0, 38.5)])
    assert "weaker immune system" in flag.reason.text()
    assert "chemotherapy" in flag.reason.text()
    assert flag.reason.source_ids == ("key-takeaways",)
    (guideline,) = [context for context in flag.context if context.id == "fever_guideline"]
    for words in ("ASCO/IDSA", "2018", "fever and neutropenia", "38.3 °C", "38.0 °C", "an hour"):
        assert words in guideline.text()
    assert guideline.source_ids == ()  # outside the articles: named, not cited as one


@pytest.mark.parametrize(
    ("treatment", "days", "note"),
    [
        (chemotherapy(-30), [0], "You were on capecitabine (chemotherapy) on this day."),
        (chemotherapy(-30, 0), [0], "You were on capecitabine (chemotherapy) on this day."),
        (chemotherapy(-30, -1), [0], None),  # ended the day before
        (chemotherapy(1), [0], None),  # started after
        (chemotherapy(1), [0, 1], "on 4 March 2025."),  # on for the second day only
        (Treatment(TreatmentCategory.HORMONE_THERAPY, "letrozole", day(-30)), [0], None),
    ],
)
def test_a_fever_during_chemotherapy_says_so(
    treatment: Treatment, days: list[int], note: str | None
) -> None:
    measurements = [temperature(index, 38.6) for index in days]
    (flag,) = evaluate(
        [], measurements=measurements, treatments=[treatment], side_effects=side_effect_lists()
    )
    notes = [c.text() for c in flag.context if c.id.startswith("fever_chemotherapy")]
    if note is None:
        assert notes == []
    else:
        (text,) = notes
        assert text.endswith(note)
        assert "key-takeaways" in flag.source_ids
    assert flag.level is PROMPTLY  # context never changes the level


def test_a_discussed_fever_reopens_when_a_later_day_is_hotter() -> None:
    mark = FlagAcknowledgement("temperature", "fever", day(0), day(1), None, id=1)
    calmer = evaluate(
        [], measurements=[temperature(index, 38.5) for index in range(3)], acknowledgements=[mark]
    )
    hotter = evaluate(
        [],
        measurements=[temperature(0, 38.5), temperature(1, 38.5), temperature(2, 39.2)],
        acknowledgements=[mark],
    )
    assert [flag.is_open for flag in calmer] == [False]
    assert [flag.is_open for flag in hotter] == [True]


def test_weight_loss_message_in_kilograms() -> None:
    (flag,) = evaluate([], measurements=[weight(0, 70.0), weight(20, 66.4)])
    assert "5.1%" in flag.message and "20 days" in flag.message
    assert "70.0 kg" in flag.message and "66.4 kg" in flag.message
    assert "adjustable app default" in flag.message
    assert flag.peak == 5.1


def test_pounds_are_converted_and_the_message_uses_her_unit() -> None:
    measurements = [weight(0, 154.0, WeightUnit.LB), weight(14, 146.0, WeightUnit.LB)]  # 5.2%
    (flag,) = evaluate(
        [], measurements=measurements, person=Person("Ann", weight_unit=WeightUnit.LB)
    )
    assert "154.0 lb" in flag.message and "146.0 lb" in flag.message
    assert "kg" not in flag.message


def test_mixed_units_are_compared_in_one_unit() -> None:
    # 70 kg is 154.3 lb: 146 lb is a 5.4% loss, although the number went up.
    measurements = [weight(0, 70.0), weight(10, 146.0, WeightUnit.LB)]
    (flag,) = evaluate([], measurements=measurements)
    assert "70.0 kg" in flag.message and "66.2 kg" in flag.message


# -- context -----------------------------------------------------------------------------------


def receptor_test(
    er: float | None,
    pr: float | None,
    her2: Her2Ihc | None,
    on: int = -100,
    ish: IshResult | None = None,
) -> ReceptorTest:
    return ReceptorTest(
        day(on), SampleKind.PRIMARY, er_percent=er, pr_percent=pr, her2_ihc=her2, ish=ish
    )


HER2_POSITIVE = receptor_test(90.0, 50.0, Her2Ihc.THREE_PLUS)
HR_NEGATIVE_HER2_POSITIVE = receptor_test(0.0, 0.0, Her2Ihc.THREE_PLUS)
TRIPLE_NEGATIVE = receptor_test(0.0, 0.0, Her2Ihc.ZERO)
HR_POSITIVE_HER2_NEGATIVE = receptor_test(90.0, 50.0, Her2Ihc.ONE_PLUS)


@pytest.mark.parametrize(
    ("tests", "brain_context"),
    [
        ([], False),
        ([HER2_POSITIVE], True),
        ([HR_NEGATIVE_HER2_POSITIVE], True),
        # IHC 3+ is HER2-positive even where ISH disagrees: the context is not lost.
        ([receptor_test(90.0, 50.0, Her2Ihc.THREE_PLUS, ish=IshResult.NOT_AMPLIFIED)], True),
        ([TRIPLE_NEGATIVE], True),
        ([HR_POSITIVE_HER2_NEGATIVE], False),
        ([receptor_test(None, None, None)], False),  # unknown: no guess
        ([TRIPLE_NEGATIVE, receptor_test(90.0, 50.0, Her2Ihc.ZERO, on=-10)], False),  # latest
        ([HR_POSITIVE_HER2_NEGATIVE, receptor_test(0.0, 0.0, Her2Ihc.ZERO, on=-10)], True),
    ],
)
def test_brain_context_follows_the_latest_receptor_test(
    tests: list[ReceptorTest], brain_context: bool
) -> None:
    entries = [rated("headache", 0, 5), event("seizure", 1), rated("fatigue", 0, 5)]
    plain = evaluate(entries)
    flags = evaluate(entries, receptor_tests=tests)
    assert [(flag.symptom_key, flag.level) for flag in flags] == [
        (flag.symptom_key, flag.level) for flag in plain
    ]
    for flag in flags:
        ids = [context.id for context in flag.context]
        brain_related = flag.symptom_key in {"headache", "seizure"}
        assert ("brain_context" in ids) is (brain_context and brain_related), flag.symptom_key
        if "brain_context" in ids:
            assert "key-takeaways" in flag.source_ids


@pytest.mark.parametrize(
    ("treatment", "noted"),
    [
        (chemotherapy(-30), True),  # ongoing
        (chemotherapy(-30, 0), True),  # ended on the flag's day
        (chemotherapy(-30, -1), False),  # ended the day before
        (chemotherapy(0), True),  # started that day
        (chemotherapy(1), False),  # started after
        (Treatment(TreatmentCategory.HORMONE_THERAPY, "letrozole", day(-30)), False),
    ],
)
def test_a_listed_side_effect_adds_context_and_never_silences(
    treatment: Treatment, noted: bool
) -> None:
    entries = [rated("fatigue", 0, 5)]
    (flag,) = evaluate(entries, treatments=[treatment], side_effects=side_effect_lists())
    assert flag.level is NEXT_VISIT and flag.is_open
    notes = [context for context in flag.context if context.id.startswith("side_effect:")]
    assert bool(notes) is noted
    if noted:
        assert "capecitabine" in notes[0].text()
        assert "still worth telling your care team" in notes[0].text()
        assert set(notes[0].source_ids) <= set(flag.source_ids)


def test_a_symptom_not_listed_for_the_treatment_gets_no_side_effect_note() -> None:
    (flag,) = evaluate(
        [rated("bone_pain", 0, 5)], treatments=[chemotherapy(-30)], side_effects=side_effect_lists()
    )
    assert flag.context == ()


BRAIN_SIGNS = {"seizure", "headache", "vision_changes", "personality_change"}


@pytest.mark.parametrize(
    ("entries", "treatments", "brain_line", "side_effect_line"),
    [
        # The signs the articles tie to the brain carry the line, with or without treatment.
        ([event("seizure", 0)], [], True, False),
        (history("headache", [2, 2, 3]), [], True, False),
        (history("headache", [2, 2, 3]), [chemotherapy(-30)], True, False),
        ([event("vision_changes", 0)], [], True, False),
        ([event("personality_change", 0)], [], True, False),
        # Steady mild nausea during chemotherapy, which lists it: the side effect, not the brain.
        (history("nausea", [2, 2, 2]), [chemotherapy(-30)], False, True),
        (history("nausea", [2, 2, 2]), [], False, False),
        ([rated("nausea", 0, 8)], [chemotherapy(-30)], False, True),
        ([event("vomiting", 0)], [], False, False),
        # Not the brain either: a symptom the articles tie elsewhere.
        ([rated("fatigue", 0, 5)], [], False, False),
    ],
)
def test_the_brain_line_belongs_to_the_brain_signs_only(
    entries: list[SymptomEntry],
    treatments: list[Treatment],
    brain_line: bool,
    side_effect_line: bool,
) -> None:
    flags = evaluate(
        entries,
        receptor_tests=[TRIPLE_NEGATIVE],
        treatments=treatments,
        side_effects=side_effect_lists(),
    )
    assert flags
    for flag in flags:
        ids = [context.id for context in flag.context]
        assert ("brain_context" in ids) is brain_line, (flag.symptom_key, flag.rule)
        notes = [context.text() for context in flag.context if context.id.startswith("side_eff")]
        assert bool(notes) is side_effect_line, (flag.symptom_key, flag.rule)
        for note in notes:
            assert "capecitabine" in note and "your care team" in note and "can often help" in note
            assert "brain" not in note
        assert flag.is_open  # context never silences


def test_the_brain_signs_are_the_ones_the_articles_tie_to_the_brain() -> None:
    assert KNOWLEDGE.flags.brain_context_symptoms == BRAIN_SIGNS


# -- discussed ---------------------------------------------------------------------------------


def discussed(
    key: str, rule: FlagRule, first: int, on: int, severity: int | None = None
) -> FlagAcknowledgement:
    return FlagAcknowledgement(key, rule.value, day(first), day(on), severity, id=1)


@pytest.mark.parametrize(
    ("values", "mark", "worse"),
    [
        ([5], discussed("bone_pain", FlagRule.SEVERITY, 0, 0, 5), False),
        ([5, 5, 4], discussed("bone_pain", FlagRule.SEVERITY, 0, 0, 5), False),
        ([5, 5, 6], discussed("bone_pain", FlagRule.SEVERITY, 0, 0, 5), True),
        ([5, 6, 5], discussed("bone_pain", FlagRule.SEVERITY, 0, 1, 6), False),
        ([5, 6, 5], discussed("bone_pain", FlagRule.SEVERITY, 0, 0, 5), True),
        ([5, 5, 8], discussed("bone_pain", FlagRule.SEVERITY, 0, 2, 8), False),  # discussed late
        ([5, 5, 5], discussed("bone_pain", FlagRule.SEVERITY, 1, 1), False),  # mark mid-episode
        ([5, _, _, 6], discussed("bone_pain", FlagRule.SEVERITY, 0, 1), True),
    ],
)
def test_a_discussed_flag_stays_quiet_unless_worse(
    values: list[int | None], mark: FlagAcknowledgement, worse: bool
) -> None:
    (flag,) = evaluate(history("bone_pain", values), acknowledgements=[mark])
    assert flag.discussed == mark
    assert flag.worse_since_discussed is worse
    assert flag.is_open is worse


@pytest.mark.parametrize(
    "mark",
    [
        discussed("bone_pain", FlagRule.PERSISTENCE, 0, 0),  # another rule
        discussed("fatigue", FlagRule.SEVERITY, 0, 0),  # another symptom
        discussed("bone_pain", FlagRule.SEVERITY, 5, 5),  # another episode
    ],
)
def test_a_mark_for_another_flag_does_not_quiet_this_one(mark: FlagAcknowledgement) -> None:
    (flag,) = evaluate(history("bone_pain", [5, 5]), acknowledgements=[mark])
    assert flag.discussed is None and flag.is_open


@pytest.mark.parametrize(
    ("seizure_days", "discussed_on", "open_flags"),
    [
        ([0], 0, []),
        ([0], 3, []),
        ([0, 1], 1, []),
        ([0, 1, 2], 1, [[0, 1, 2]]),  # happened again after the talk
        ([0, 5], 2, [[5]]),  # a new occurrence is a new flag
    ],
)
def test_any_new_occurrence_after_the_discussion_reopens(
    seizure_days: list[int], discussed_on: int, open_flags: list[list[int]]
) -> None:
    mark = discussed("seizure", FlagRule.OCCURRENCE, 0, discussed_on)
    flags = evaluate([event("seizure", index) for index in seizure_days], acknowledgements=[mark])
    assert [days for *_, days in summary([flag for flag in flags if flag.is_open])] == open_flags


def test_a_discussed_weight_loss_reopens_when_more_is_lost() -> None:
    mark = FlagAcknowledgement("weight", "weight_loss", day(20), day(20), id=1)
    quiet = evaluate([], measurements=[weight(0, 70.0), weight(20, 66.4)], acknowledgements=[mark])
    assert [flag.is_open for flag in quiet] == [False]
    worse = evaluate(
        [],
        measurements=[weight(0, 70.0), weight(20, 66.4), weight(25, 65.0)],
        acknowledgements=[mark],
    )
    assert [flag.is_open for flag in worse] == [True]


# -- since and order ---------------------------------------------------------------------------


def test_since_leaves_out_flags_that_ended_before() -> None:
    entries = [event("seizure", 0), *history("bone_pain", [5, 5], offset=9), event("seizure", 20)]
    flags = evaluate(entries, since=day(10))
    assert summary(flags) == [
        ("bone_pain", "severity", "next_visit", [9, 10]),
        ("seizure", "occurrence", "promptly", [20]),
    ]
    assert evaluate(entries, since=day(21)) == []


def test_newest_first_and_promptly_before_next_visit_on_the_same_day() -> None:
    entries = [
        rated("fatigue", 0, 8),
        rated("bone_pain", 5, 5),
        event("seizure", 5),
        rated("cough", 5, 7),
        event("vomiting", 2),
    ]
    flags = evaluate(entries)
    assert [(flag.symptom_key, (flag.last_day - START).days) for flag in flags] == [
        ("cough", 5),
        ("seizure", 5),
        ("bone_pain", 5),
        ("vomiting", 2),
        ("fatigue", 0),
    ]


# -- settings problems -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, set()),
        ({"mention_from_severity": 0}, {"mention_from_severity"}),
        ({"mention_from_severity": 11}, {"mention_from_severity"}),
        ({"promptly_from_severity": 0}, {"promptly_from_severity"}),
        ({"mention_from_severity": 8, "promptly_from_severity": 7}, {"promptly_from_severity"}),
        ({"mention_from_severity": 7, "promptly_from_severity": 7}, set()),
        ({"worsening_points": 0}, {"worsening_points"}),
        ({"baseline_days": 2, "baseline_min_days": 2}, {"baseline_days"}),
        ({"baseline_days": 91}, {"baseline_days"}),
        ({"baseline_min_days": 0}, {"baseline_min_days"}),
        ({"baseline_days": 5, "baseline_min_days": 6}, {"baseline_min_days"}),
        ({"weight_loss_percent": 0.5}, {"weight_loss_percent"}),
        ({"weight_loss_percent": 51.0}, {"weight_loss_percent"}),
        ({"weight_loss_days": 6}, {"weight_loss_days"}),
        ({"weight_loss_days": 366}, {"weight_loss_days"}),
        ({"episode_gap_days": -1}, {"episode_gap_days"}),
        ({"episode_gap_days": 15}, {"episode_gap_days"}),
        ({"fever_from_celsius": 36.9}, {"fever_from_celsius"}),
        ({"fever_from_celsius": 37.0}, set()),
        ({"fever_from_celsius": 40.0}, set()),
        ({"fever_from_celsius": 40.1}, {"fever_from_celsius"}),
        ({"persistent_days": {"headache": 1}}, {"persistent_days:headache"}),
        ({"persistent_days": {"headache": 61, "cough": 7}}, {"persistent_days:headache"}),
        ({"worsening_points": 0, "weight_loss_days": 1}, {"worsening_points", "weight_loss_days"}),
    ],
)
def test_settings_problems_are_keyed_by_field(changes: dict[str, object], fields: set[str]) -> None:
    problems = dataclasses.replace(DEFAULTS, **changes).problems()  # type: ignore[arg-type]
    assert set(problems) == fields
    assert all(message.endswith(".") and message[0].isupper() for message in problems.values())


def test_the_defaults_are_usable_settings() -> None:
    assert DEFAULTS.problems() == {}
    assert DEFAULTS.persistent_days == {
        "headache": 3, "nausea": 3, "cough": 7, "feeling_unwell": 7, "poor_appetite": 7,
    }  # fmt: skip


def test_when_two_discussed_episodes_become_one_the_latest_discussion_counts() -> None:
    # Pain at 5, discussed on day 1; pain at 8 on day 6, discussed on day 7. A longer episode
    # gap in Settings joins both into one flag: she has told her team about the 8 already.
    entries = history("bone_pain", [5, _, _, _, _, _, 8])
    marks = [
        discussed("bone_pain", FlagRule.SEVERITY, 0, 1, 5),
        discussed("bone_pain", FlagRule.SEVERITY, 6, 7, 8),
    ]
    settings = dataclasses.replace(DEFAULTS, episode_gap_days=5)
    for order in (marks, marks[::-1]):
        (flag,) = evaluate(entries, settings, acknowledgements=order)
        assert flag.days == (day(0), day(6))
        assert flag.discussed == marks[1]
        assert not flag.is_open
