"""Building the History data: grouping by day, week or month, events, weight, temperature, flags,
ranges."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mbc_tracker.domain.flags import Flag, FlagRule
from mbc_tracker.domain.knowledge import Explanation, FlagLevel
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    Measurement,
    MeasurementKind,
    SymptomEntry,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.reports.history_data import (
    DAILY_UP_TO_DAYS,
    WEEKLY_UP_TO_DAYS,
    Aggregation,
    HistoryData,
    aggregation_for,
    build_history_data,
)

TRACKED = (
    TrackedSymptom("bone_pain", "Bone pain", SymptomKind.RATED),
    TrackedSymptom("seizure", "Seizure (fit)", SymptomKind.EVENT),
)
MONDAY = dt.date(2025, 3, 3)


def rated(day: dt.date, severity: int, hour: int = 9, note: str = "") -> SymptomEntry:
    at = dt.datetime.combine(day, dt.time(hour))
    return SymptomEntry("bone_pain", day, at, severity=severity, note=note)


def event(day: dt.date, present: bool = True) -> SymptomEntry:
    return SymptomEntry("seizure", day, dt.datetime.combine(day, dt.time(9)), present=present)


def weight(day: dt.date, value: float, unit: str = "kg", hour: int = 8) -> Measurement:
    at = dt.datetime.combine(day, dt.time(hour))
    return Measurement(MeasurementKind.WEIGHT, day, at, value, unit)


def temperature(day: dt.date, value: float, unit: str = "C", hour: int = 18) -> Measurement:
    at = dt.datetime.combine(day, dt.time(hour))
    return Measurement(MeasurementKind.TEMPERATURE, day, at, value, unit)


def flag(key: str, days: list[dt.date], level: FlagLevel, message: str) -> Flag:
    return Flag(
        symptom_key=key,
        symptom_label=key,
        rule=FlagRule.SEVERITY,
        level=level,
        first_day=days[0],
        last_day=days[-1],
        days=tuple(days),
        peak=None,
        message=message,
        reason=Explanation(id="test", texts={"en": "test"}, source_ids=()),
    )


def build(first: dt.date, last: dt.date, **kwargs: Any) -> HistoryData:
    kwargs.setdefault("keys", ["bone_pain", "seizure"])
    kwargs.setdefault("tracked", TRACKED)
    kwargs.setdefault("entries", ())
    return build_history_data(first=first, last=last, **kwargs)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (30, Aggregation.DAY),
        (DAILY_UP_TO_DAYS, Aggregation.DAY),
        (DAILY_UP_TO_DAYS + 1, Aggregation.WEEK),
        (365, Aggregation.WEEK),
        (WEEKLY_UP_TO_DAYS, Aggregation.WEEK),
        (WEEKLY_UP_TO_DAYS + 1, Aggregation.MONTH),
        (3653, Aggregation.MONTH),
    ],
)
def test_the_range_length_chooses_the_grouping(days: int, expected: Aggregation) -> None:
    first = dt.date(2020, 1, 1)
    assert aggregation_for(first, first + dt.timedelta(days=days - 1)) is expected


def test_a_day_takes_its_highest_entry_and_its_notes() -> None:
    entries = [rated(MONDAY, 3, 8), rated(MONDAY, 7, 20, note="after the walk"), rated(MONDAY, 5)]
    data = build(
        MONDAY, MONDAY + dt.timedelta(days=6), entries=entries, day_notes={MONDAY: "Rainy"}
    )
    (point,) = data.symptoms[0].points
    assert point.value == 7
    assert "after the walk" in point.note and "Rainy" in point.note
    assert data.aggregation is Aggregation.DAY


def test_weeks_hold_the_mean_of_their_days_the_highest_and_the_count() -> None:
    days = [MONDAY + dt.timedelta(days=offset) for offset in (0, 2, 4, 7)]
    entries = [rated(day, severity) for day, severity in zip(days, (2, 6, 4, 9), strict=True)]
    entries.append(rated(days[0], 1, hour=21))  # a lower second entry: the day keeps 2
    data = build(MONDAY, MONDAY + dt.timedelta(days=200), entries=entries)
    assert data.aggregation is Aggregation.WEEK
    first_week, second_week = data.symptoms[0].points
    assert (first_week.day, first_week.value, first_week.highest, first_week.count) == (
        MONDAY,
        4.0,
        6.0,
        3,
    )
    assert (second_week.day, second_week.value, second_week.count) == (
        MONDAY + dt.timedelta(days=7),
        9.0,
        1,
    )
    assert first_week.note == ""


def test_months_are_placed_on_their_first_day() -> None:
    entries = [rated(dt.date(2021, 5, 10), 4), rated(dt.date(2021, 5, 30), 6)]
    data = build(dt.date(2019, 1, 1), dt.date(2022, 1, 1), entries=entries)
    assert data.aggregation is Aggregation.MONTH
    (point,) = data.symptoms[0].points
    assert (point.day, point.value, point.count) == (dt.date(2021, 5, 1), 5.0, 2)


def test_events_are_a_point_per_day_or_a_count_per_group() -> None:
    entries = [event(MONDAY), event(MONDAY), event(MONDAY + dt.timedelta(days=1))]
    entries.append(event(MONDAY + dt.timedelta(days=2), present=False))
    daily = build(MONDAY, MONDAY + dt.timedelta(days=29), entries=entries)
    assert [(p.day, p.value) for p in daily.symptoms[1].points] == [
        (MONDAY, 1.0),
        (MONDAY + dt.timedelta(days=1), 1.0),
    ]
    weekly = build(MONDAY, MONDAY + dt.timedelta(days=300), entries=entries)
    (week,) = weekly.symptoms[1].points
    assert (week.day, week.count, week.value) == (MONDAY, 2, 2.0)


def test_weight_is_converted_to_the_persons_unit_and_the_days_last_counts() -> None:
    measurements = [
        weight(MONDAY, 70.0, hour=7),
        weight(MONDAY, 154.0, unit="lb", hour=9),  # the later weighing of the day
        Measurement(MeasurementKind.TEMPERATURE, MONDAY, dt.datetime(2025, 3, 3, 9), 37.0, "C"),
    ]
    data = build(
        MONDAY, MONDAY + dt.timedelta(days=6), measurements=measurements, weight_unit=WeightUnit.LB
    )
    (point,) = data.weight
    assert point.value == pytest.approx(154.0)
    assert data.weight_unit is WeightUnit.LB
    in_kg = build(MONDAY, MONDAY + dt.timedelta(days=6), measurements=measurements)
    assert in_kg.weight[0].value == pytest.approx(69.85, abs=0.01)


def test_weekly_weight_is_a_mean() -> None:
    measurements = [weight(MONDAY, 70.0), weight(MONDAY + dt.timedelta(days=3), 72.0)]
    data = build(MONDAY, MONDAY + dt.timedelta(days=200), measurements=measurements)
    (point,) = data.weight
    assert (point.value, point.highest, point.count) == (71.0, 72.0, 2)


def test_only_the_range_and_the_chosen_keys_are_kept() -> None:
    entries = [rated(MONDAY - dt.timedelta(days=1), 5), rated(MONDAY, 4), event(MONDAY)]
    data = build(MONDAY, MONDAY + dt.timedelta(days=6), entries=entries, keys=["bone_pain"])
    assert [series.key for series in data.symptoms] == ["bone_pain"]
    assert [point.day for point in data.symptoms[0].points] == [MONDAY]


def test_treatments_overlapping_the_range_and_appointments_inside_it() -> None:
    treatments = [
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2024, 1, 1)),
        Treatment(
            TreatmentCategory.CHEMOTHERAPY,
            "Capecitabine",
            dt.date(2024, 1, 1),
            end_date=dt.date(2024, 6, 1),
        ),
        Treatment(TreatmentCategory.RADIOTHERAPY, "Hip", MONDAY + dt.timedelta(days=40)),
    ]
    appointments = [
        Appointment(dt.datetime(2025, 3, 5, 10, 30), AppointmentKind.ONCOLOGY_VISIT, "Dr Lee"),
        Appointment(dt.datetime(2025, 5, 5, 10, 30), AppointmentKind.CT_SCAN),
    ]
    data = build(
        MONDAY,
        MONDAY + dt.timedelta(days=29),
        treatments=treatments,
        appointments=appointments,
        category_labels={TreatmentCategory.HORMONE_THERAPY: "Hormone therapy"},
    )
    (band,) = data.treatments
    assert (band.label, band.category_label, band.end) == ("Letrozole", "Hormone therapy", None)
    (marker,) = data.appointments
    assert marker.label == "Oncology visit – Dr Lee"


def test_flagged_days_are_merged_the_most_urgent_level_winning() -> None:
    days = [MONDAY, MONDAY + dt.timedelta(days=1)]
    flags = [
        flag("bone_pain", days, FlagLevel.NEXT_VISIT, "moderate"),
        flag("bone_pain", [days[1]], FlagLevel.PROMPTLY, "severe"),
        flag("nausea", [MONDAY], FlagLevel.PROMPTLY, "not chosen"),
        flag("bone_pain", [MONDAY - dt.timedelta(days=5)], FlagLevel.PROMPTLY, "before"),
    ]
    data = build(MONDAY, MONDAY + dt.timedelta(days=6), flags=flags)
    assert [(f.symptom_key, f.day, f.level, f.reason) for f in data.flagged] == [
        ("bone_pain", days[0], FlagLevel.NEXT_VISIT, "moderate"),
        ("bone_pain", days[1], FlagLevel.PROMPTLY, "severe"),
    ]


def test_weight_flags_only_with_weights() -> None:
    flags = [flag("weight", [MONDAY], FlagLevel.NEXT_VISIT, "down 5%")]
    without = build(MONDAY, MONDAY + dt.timedelta(days=6), flags=flags)
    assert without.flagged == ()
    with_weights = build(
        MONDAY, MONDAY + dt.timedelta(days=6), flags=flags, measurements=[weight(MONDAY, 60.0)]
    )
    assert [f.symptom_key for f in with_weights.flagged] == ["weight"]


def test_an_empty_period_is_empty_and_a_reversed_range_is_refused() -> None:
    assert build(MONDAY, MONDAY).is_empty
    with pytest.raises(ValueError):
        build(MONDAY, MONDAY - dt.timedelta(days=1))


def test_a_days_temperature_is_its_highest_reading_in_the_persons_unit() -> None:
    measurements = [
        temperature(MONDAY, 37.2, hour=7),
        temperature(MONDAY, 101.3, unit="F", hour=12),  # 38.5 °C: the day's highest
        temperature(MONDAY, 37.0, hour=20),  # later, but lower: a fever is the highest
        temperature(MONDAY + dt.timedelta(days=1), 36.6),
        weight(MONDAY, 60.0),
    ]
    week = (MONDAY, MONDAY + dt.timedelta(days=6))
    data = build(*week, measurements=measurements, fever_from_celsius=38.0)
    assert [(point.day, point.value) for point in data.temperature] == [
        (MONDAY, pytest.approx(38.5)),
        (MONDAY + dt.timedelta(days=1), 36.6),
    ]
    assert data.temperature_unit is TemperatureUnit.CELSIUS
    assert data.fever_from_celsius == 38.0
    assert [point.value for point in data.weight] == [60.0]  # weights are apart
    fahrenheit = build(
        *week, measurements=measurements, temperature_unit=TemperatureUnit.FAHRENHEIT
    )
    assert fahrenheit.temperature_unit is TemperatureUnit.FAHRENHEIT
    assert [point.value for point in fahrenheit.temperature] == [
        pytest.approx(101.3),
        pytest.approx(97.88),
    ]


def test_weekly_temperature_is_the_mean_of_the_daily_highest_keeping_the_highest() -> None:
    measurements = [
        temperature(MONDAY, 36.8),
        temperature(MONDAY + dt.timedelta(days=2), 37.0, hour=8),
        temperature(MONDAY + dt.timedelta(days=2), 38.6, hour=22),
        temperature(MONDAY + dt.timedelta(days=4), 37.0),
        temperature(MONDAY + dt.timedelta(days=40), 36.5),
    ]
    data = build(MONDAY, MONDAY + dt.timedelta(days=200), measurements=measurements)
    assert data.aggregation is Aggregation.WEEK
    fever_week, later = data.temperature
    assert fever_week.day == MONDAY
    assert (fever_week.value, fever_week.highest, fever_week.count) == (
        pytest.approx((36.8 + 38.6 + 37.0) / 3),
        38.6,
        3,
    )
    assert later.day == MONDAY + dt.timedelta(days=35)  # placed on its Monday
    monthly = build(MONDAY, MONDAY + dt.timedelta(days=1000), measurements=measurements)
    assert [point.day for point in monthly.temperature] == [
        MONDAY.replace(day=1),
        dt.date(2025, 4, 1),
    ]


def test_temperatures_outside_the_range_are_left_out() -> None:
    measurements = [
        temperature(MONDAY - dt.timedelta(days=1), 39.0),
        temperature(MONDAY, 36.9),
        temperature(MONDAY + dt.timedelta(days=7), 39.0),
    ]
    data = build(MONDAY, MONDAY + dt.timedelta(days=6), measurements=measurements)
    assert [(point.day, point.value) for point in data.temperature] == [(MONDAY, 36.9)]


def test_fever_flags_only_with_temperatures_and_temperatures_alone_are_not_empty() -> None:
    flags = [flag("temperature", [MONDAY], FlagLevel.PROMPTLY, "Temperature at 38.6 °C")]
    week = (MONDAY, MONDAY + dt.timedelta(days=6))
    without = build(*week, flags=flags)
    assert without.flagged == () and without.temperature == () and without.is_empty
    with_temperatures = build(*week, flags=flags, measurements=[temperature(MONDAY, 38.6)])
    assert [(f.symptom_key, f.level) for f in with_temperatures.flagged] == [
        ("temperature", FlagLevel.PROMPTLY)
    ]
    assert not with_temperatures.is_empty
    # "temperature" is not a symptom: asked for as a key, it makes no symptom series.
    asked = build(*week, keys=["temperature", "bone_pain"], measurements=[temperature(MONDAY, 37)])
    assert [series.key for series in asked.symptoms] == ["bone_pain"]
