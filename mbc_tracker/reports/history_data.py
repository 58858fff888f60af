"""The numbers a History chart is drawn from, prepared without matplotlib.

``HistoryData`` holds, for one date range: each chosen symptom's series (rated symptoms as
values 0-10, events as the days they happened), weight and each day's highest temperature in the
person's units (with the fever flag's threshold, so the chart can draw it), treatment periods,
appointments and flagged days, the scores before and after each dose of a medicine taken as
needed (its relief), and how the points were grouped (by day, week or month) so that a
long range stays readable and the chart can say which. The chart (``history_chart``), the table
view and the clinic summary all read the same object, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.flags import (
    LEVEL_ORDER,
    TEMPERATURE_KEY,
    WEIGHT_KEY,
    Flag,
    daily_temperatures,
)
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import translate
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
    appointment_kind_word,
)
from mbc_tracker.domain.units import kg_from, temperature_in, weight_in


class Aggregation(StrEnum):
    DAY = "day"  # one point per logged day
    WEEK = "week"  # the mean of each ISO week (Monday to Sunday), placed on its Monday
    MONTH = "month"  # the mean of each calendar month, placed on its first day


@dataclass(frozen=True)
class Point:
    """One plotted value: a day's value, or a week's or month's mean (``count`` days in it)."""

    day: dt.date
    value: float
    note: str = ""  # the day's note (for a grouped point: empty)
    count: int = 1
    highest: float | None = None  # for a grouped point: the highest daily value in it


@dataclass(frozen=True)
class SymptomSeries:
    key: str
    label: str
    kind: SymptomKind
    points: tuple[
        Point, ...
    ]  # rated: severities (or means); events: value 1 on each day it happened


@dataclass(frozen=True)
class TreatmentBand:
    label: str  # the drug or regimen
    category: TreatmentCategory
    category_label: str
    start: dt.date
    end: dt.date | None  # None: ongoing (drawn to the end of the range)


@dataclass(frozen=True)
class AppointmentMarker:
    when: dt.datetime
    label: str  # e.g. "Oncology visit – Dr Lee"


@dataclass(frozen=True)
class FlaggedDay:
    symptom_key: str  # a catalogue key, "weight" or "temperature"
    day: dt.date
    level: FlagLevel
    reason: str  # the flag's message, shown on hover


@dataclass(frozen=True)
class ReliefDose:
    """One as-needed dose with a score before and after it: when taken, and both scores."""

    at: dt.datetime
    before: int
    after: int

    @property
    def relief(self) -> int:
        return self.before - self.after


@dataclass(frozen=True)
class ReliefSeries:
    """A medicine taken as needed, and its doses in the range that have both scores."""

    key: str  # "relief:<treatment id>", the lane's key
    medicine: str
    doses: tuple[ReliefDose, ...]

    @property
    def label(self) -> str:
        return translate("history_data", "Relief after {medicine}").format(medicine=self.medicine)


@dataclass(frozen=True)
class HistoryData:
    first: dt.date
    last: dt.date
    aggregation: Aggregation
    symptoms: tuple[SymptomSeries, ...]
    weight: tuple[Point, ...]
    weight_unit: WeightUnit
    treatments: tuple[TreatmentBand, ...]
    appointments: tuple[AppointmentMarker, ...]
    flagged: tuple[FlaggedDay, ...]
    # Each day's highest temperature (a fever is about the highest reading) in the person's
    # unit; grouped: the mean of those, with the highest kept.
    temperature: tuple[Point, ...] = ()
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS
    # The fever flag's threshold in °C (the flag settings', an adjustable app default), drawn
    # across the temperature lane; None: not known, no line.
    fever_from_celsius: float | None = None
    # Each as-needed medicine's doses with a score before and after, in the range (issue 15).
    relief: tuple[ReliefSeries, ...] = ()
    # Which value stands for a day with several entries of a symptom (the chart says which).
    day_value: DayValue = DayValue.HIGHEST

    @property
    def is_empty(self) -> bool:
        return not (
            any(series.points for series in self.symptoms)
            or self.weight
            or self.temperature
            or self.relief
        )


# -- building it -------------------------------------------------------------------------------

# How long a range may be before its points are grouped. These are display choices (how many
# points a chart ~10 inches wide can show without crowding), not medical facts: 120 daily points
# are about a dozen pixels apart, and two years of weeks (105 points) about as many again.
DAILY_UP_TO_DAYS = 120
WEEKLY_UP_TO_DAYS = 731  # two years, a leap day included


def aggregation_for(first: dt.date, last: dt.date) -> Aggregation:
    """Daily points for short ranges, weekly means up to two years, monthly means beyond."""
    days = (last - first).days + 1
    if days <= DAILY_UP_TO_DAYS:
        return Aggregation.DAY
    if days <= WEEKLY_UP_TO_DAYS:
        return Aggregation.WEEK
    return Aggregation.MONTH


def group_start(day: dt.date, aggregation: Aggregation) -> dt.date:
    """The day a point of ``aggregation`` holding ``day`` is placed on."""
    if aggregation is Aggregation.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if aggregation is Aggregation.MONTH:
        return day.replace(day=1)
    return day


def group_span(day: dt.date, aggregation: Aggregation) -> tuple[dt.date, dt.date]:
    """The first and last day of the group (day, week or month) of ``aggregation`` holding
    ``day``."""
    start = group_start(day, aggregation)
    if aggregation is Aggregation.WEEK:
        return start, start + dt.timedelta(days=6)
    if aggregation is Aggregation.MONTH:
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return start, following - dt.timedelta(days=1)
    return start, start


def points_from_daily(
    daily: Mapping[dt.date, float],
    aggregation: Aggregation,
    notes: Mapping[dt.date, str],
    summed: bool = False,
) -> tuple[Point, ...]:
    """Daily values as points; grouped: the mean (or, ``summed``, the number of days) per group."""
    if aggregation is Aggregation.DAY:
        return tuple(Point(day, daily[day], notes.get(day, "")) for day in sorted(daily))
    groups: dict[dt.date, list[float]] = {}
    for day in sorted(daily):
        groups.setdefault(group_start(day, aggregation), []).append(daily[day])
    return tuple(
        Point(
            start,
            float(len(values)) if summed else sum(values) / len(values),
            count=len(values),
            highest=max(values),
        )
        for start, values in groups.items()
    )


def label_and_kind(
    key: str, tracked: Mapping[str, TrackedSymptom], rated: bool = False
) -> tuple[str, SymptomKind]:
    """A symptom's label and kind; one no longer tracked is named from its key, and counts as
    rated when any of its entries has a severity (``rated``)."""
    symptom = tracked.get(key)
    if symptom is not None:
        return symptom.label, symptom.kind
    return key.replace("_", " ").capitalize(), SymptomKind.RATED if rated else SymptomKind.EVENT


def point_note(entry_notes: Iterable[str], day_note: str | None) -> str:
    """What a day's point says as its note: its entries' notes, then the day's own note."""
    return " — ".join([*entry_notes, *([day_note] if day_note else [])])


def shown_weight(value: float, stored: WeightUnit, shown: WeightUnit) -> float:
    """A stored weight in the unit the person reads weights in, to two decimals."""
    return round(weight_in(kg_from(value, stored), shown), 2)


def shown_temperature(celsius: float, shown: TemperatureUnit) -> float:
    """A temperature in °C in the unit the person reads temperatures in, to two decimals."""
    return round(temperature_in(celsius, shown), 2)


def treatment_bands(
    treatments: Iterable[Treatment],
    first: dt.date,
    last: dt.date,
    category_labels: Mapping[TreatmentCategory, str] | None = None,
) -> tuple[TreatmentBand, ...]:
    """The treatments that overlap ``first`` to ``last``, by start and name."""
    categories = category_labels or {}
    return tuple(
        TreatmentBand(
            label=treatment.name,
            category=treatment.category,
            category_label=categories.get(
                treatment.category, treatment.category.value.replace("_", " ").capitalize()
            ),
            start=treatment.start_date,
            end=treatment.end_date,
        )
        for treatment in sorted(treatments, key=lambda t: (t.start_date, t.name))
        if treatment.start_date <= last
        and (treatment.end_date is None or treatment.end_date >= first)
    )


def _kind_words(labels: Mapping[AppointmentKind, str] | None, kind: AppointmentKind) -> str:
    # Labels a caller passes are shown as they are; by default, the kind's own words in the
    # language in use.
    return labels.get(kind, "") if labels else appointment_kind_word(kind)


def appointment_markers(
    appointments: Iterable[Appointment],
    first: dt.date,
    last: dt.date,
    appointment_labels: Mapping[AppointmentKind, str] | None = None,
) -> tuple[AppointmentMarker, ...]:
    """The appointments from ``first`` to ``last``, in time order, labelled by kind and whom."""
    return tuple(
        AppointmentMarker(
            when=appointment.starts_at,
            label=" – ".join(
                part
                for part in (
                    _kind_words(appointment_labels, appointment.kind),
                    appointment.clinician,
                )
                if part
            ),
        )
        for appointment in sorted(appointments, key=lambda a: a.starts_at)
        if first <= appointment.starts_at.date() <= last
    )


def flagged_days(
    flags: Iterable[Flag], first: dt.date, last: dt.date, shown: Collection[str]
) -> tuple[FlaggedDay, ...]:
    """Each day from ``first`` to ``last`` a flag of a ``shown`` symptom (weight, temperature)
    holds,
    with the most urgent level (and its message) when several do; by day, then symptom."""
    flagged: dict[tuple[str, dt.date], FlaggedDay] = {}
    for flag in flags:
        if flag.symptom_key not in shown:
            continue
        for day in flag.days:
            if not first <= day <= last:
                continue
            known = flagged.get((flag.symptom_key, day))
            if known is None or LEVEL_ORDER[flag.level] < LEVEL_ORDER[known.level]:
                flagged[(flag.symptom_key, day)] = FlaggedDay(
                    flag.symptom_key, day, flag.level, flag.message
                )
    return tuple(sorted(flagged.values(), key=lambda f: (f.day, f.symptom_key)))


def build_history_data(
    *,
    first: dt.date,
    last: dt.date,
    keys: Sequence[str],
    tracked: Iterable[TrackedSymptom],
    entries: Iterable[SymptomEntry],
    measurements: Iterable[Measurement] = (),
    weight_unit: WeightUnit = WeightUnit.KG,
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS,
    fever_from_celsius: float | None = None,
    treatments: Iterable[Treatment] = (),
    category_labels: Mapping[TreatmentCategory, str] | None = None,
    appointments: Iterable[Appointment] = (),
    appointment_labels: Mapping[AppointmentKind, str] | None = None,
    flags: Iterable[Flag] = (),
    day_notes: Mapping[dt.date, str] | None = None,
    aggregation: Aggregation | None = None,
    day_value: DayValue = DayValue.HIGHEST,
) -> HistoryData:
    """The History of ``keys`` (in that order) from ``first`` to ``last``, both included.

    ``tracked`` gives each key its label and kind; ``measurements`` may hold every kind: weights
    (each day's last) converted to ``weight_unit``, temperatures (each day's highest) to
    ``temperature_unit``; leave a kind out to leave its lane out. ``fever_from_celsius`` is the
    fever flag's threshold, for the temperature lane's line. Flagged days are kept for the
    chosen symptoms, weight and temperature only. ``aggregation`` defaults to
    the one ``aggregation_for`` chooses for the range. ``day_value`` says which value stands for
    a day holding several entries of a rated symptom: the highest, or their average.
    """
    if last < first:
        raise ValueError(f"The range ends ({last}) before it begins ({first}).")
    aggregation = aggregation or aggregation_for(first, last)
    notes = day_notes or {}
    by_key = {symptom.key: symptom for symptom in tracked}
    chosen = dict.fromkeys(key for key in keys if key not in (WEIGHT_KEY, TEMPERATURE_KEY))

    per_key: dict[str, list[SymptomEntry]] = {key: [] for key in chosen}
    for entry in entries:
        if first <= entry.day <= last and entry.symptom_key in per_key:
            per_key[entry.symptom_key].append(entry)

    series = []
    for key, key_entries in per_key.items():
        label, kind = label_and_kind(
            key, by_key, any(entry.severity is not None for entry in key_entries)
        )
        daily: dict[dt.date, float] = {}
        scores: dict[dt.date, list[float]] = {}
        entry_notes: dict[dt.date, list[str]] = {}
        for entry in key_entries:
            if kind is SymptomKind.RATED:
                if entry.severity is None:
                    continue
                scores.setdefault(entry.day, []).append(float(entry.severity))
                daily[entry.day] = day_value.of(scores[entry.day])
            elif entry.present:
                daily[entry.day] = 1.0
            else:
                continue
            if entry.note.strip():
                entry_notes.setdefault(entry.day, []).append(entry.note.strip())
        point_notes = {day: point_note(entry_notes.get(day, ()), notes.get(day)) for day in daily}
        points = points_from_daily(
            daily, aggregation, point_notes, summed=kind is SymptomKind.EVENT
        )
        series.append(SymptomSeries(key=key, label=label, kind=kind, points=points))

    in_range = [measurement for measurement in measurements if first <= measurement.day <= last]
    weights: dict[dt.date, float] = {}
    for measurement in sorted(in_range, key=lambda m: (m.day, m.recorded_at)):
        if measurement.kind is MeasurementKind.WEIGHT:
            # The day's last weight.
            weights[measurement.day] = shown_weight(
                measurement.value, WeightUnit(measurement.unit), weight_unit
            )
    weight_points = points_from_daily(weights, aggregation, notes)
    temperatures = {
        day: shown_temperature(celsius, temperature_unit)
        for day, celsius in daily_temperatures(in_range).items()
    }
    temperature_points = points_from_daily(temperatures, aggregation, notes)

    bands = treatment_bands(treatments, first, last, category_labels)
    markers = appointment_markers(appointments, first, last, appointment_labels)
    shown = (
        set(chosen)
        | ({WEIGHT_KEY} if weight_points else set())
        | ({TEMPERATURE_KEY} if temperature_points else set())
    )
    flagged = flagged_days(flags, first, last, shown)

    return HistoryData(
        first=first,
        last=last,
        aggregation=aggregation,
        symptoms=tuple(series),
        weight=weight_points,
        weight_unit=weight_unit,
        treatments=bands,
        appointments=markers,
        flagged=flagged,
        temperature=temperature_points,
        temperature_unit=temperature_unit,
        fever_from_celsius=fever_from_celsius,
        day_value=day_value,
    )
