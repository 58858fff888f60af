"""Which logged symptoms are worth telling the care team about, and why: the flag rules.

``evaluate_flags`` is a pure function from what a person logged (symptom entries, weights), her
profile, receptor tests, treatments, the flags she has already discussed and her settings, to a
list of ``Flag``s. Each flag names the symptom, the days it covers, a level ("contact your care
team promptly" or "mention it at your next visit"), the rule that fired in plain words with its
numbers, and the source articles. The rules:

- occurrence: events the articles single out (a seizure, jaundice ...) are flagged every time;
- severity: a rated symptom the articles say to report, at or above the "mention" threshold
  (moderate), or the "promptly" threshold (severe);
- persistence: where the articles speak of persistent or worsening symptoms, present on N days
  in a row;
- worsening: clearly above the person's own recent usual (the median of previous days), for
  days the severity rule does not already flag;
- weight loss: a drop of a given percentage within a given number of days;
- fever: a temperature at or above a threshold (compared in °C), to contact the team promptly,
  naming the guideline the threshold comes from, and noting a chemotherapy going on that day.

Context is added, never used to silence a flag: the flags of the signs the articles tie to the
brain (seizures, headaches, changes in vision, personality or behaviour; listed in
``flags.toml``, not taken from the symptom groups, where nausea is tied to the brain as well as
to the liver and to treatment) note that the articles say spread to the brain is more common in
HER2-positive and triple-negative disease; when a current
treatment's listed side effects include the symptom, the flag says so and still says to tell the
team. A flag marked "discussed with my care team" stays quiet unless the symptom then got worse.
All numbers are app defaults from ``resources/flags.toml``, adjustable in Settings.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from mbc_tracker.domain.dates import as_written, decimal, long_day, long_day_span
from mbc_tracker.domain.knowledge import (
    Explanation,
    FlagKnowledge,
    FlagLevel,
    Knowledge,
    ReportRule,
)
from mbc_tracker.domain.language import current_language, translate
from mbc_tracker.domain.receptors import Subtype, latest_test, read_receptors
from mbc_tracker.domain.records import (
    FlagAcknowledgement,
    Measurement,
    MeasurementKind,
    Person,
    ReceptorTest,
    SymptomEntry,
    TemperatureUnit,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.severity import MAX_SEVERITY, band_word, severity_band
from mbc_tracker.domain.units import celsius_from, kg_from, temperature_in, weight_in

WEIGHT_KEY = "weight"
TEMPERATURE_KEY = "temperature"
SUBTYPES_WITH_MORE_BRAIN_SPREAD = frozenset(
    {Subtype.HR_POSITIVE_HER2_POSITIVE, Subtype.HR_NEGATIVE_HER2_POSITIVE, Subtype.TRIPLE_NEGATIVE}
)


class FlagRule(StrEnum):
    OCCURRENCE = "occurrence"
    SEVERITY = "severity"
    PERSISTENCE = "persistence"
    WORSENING = "worsening"
    WEIGHT_LOSS = "weight_loss"
    FEVER = "fever"


LEVEL_ORDER = {FlagLevel.PROMPTLY: 0, FlagLevel.NEXT_VISIT: 1}


@dataclass(frozen=True)
class FlagSettings:
    """The adjustable app defaults the rules use (never medical facts)."""

    mention_from_severity: int
    promptly_from_severity: int
    worsening_points: int
    baseline_days: int
    baseline_min_days: int
    weight_loss_percent: float
    weight_loss_days: int
    episode_gap_days: int = 2
    fever_from_celsius: float = 38.0
    persistent_days: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def defaults(cls, flags: FlagKnowledge) -> FlagSettings:
        values = flags.defaults
        return cls(
            mention_from_severity=values.mention_from_severity,
            promptly_from_severity=values.promptly_from_severity,
            worsening_points=values.worsening_points,
            baseline_days=values.baseline_days,
            baseline_min_days=values.baseline_min_days,
            weight_loss_percent=values.weight_loss_percent,
            weight_loss_days=values.weight_loss_days,
            episode_gap_days=values.episode_gap_days,
            fever_from_celsius=values.fever_from_celsius,
            persistent_days={
                key: rule.persistent_days
                for key, rule in flags.rules.items()
                if rule.persistent_days is not None
            },
        )

    def problems(self) -> dict[str, str]:
        """Settings a person typed that the rules cannot use, keyed by field, in plain words."""
        problems: dict[str, str] = {}

        def check(name: str, value: float, low: float, high: float) -> None:
            if not low <= value <= high:
                problems[name] = translate(
                    "flags", "Please choose a value from {low} to {high}."
                ).format(low=as_written(low), high=as_written(high))

        check("mention_from_severity", self.mention_from_severity, 1, MAX_SEVERITY)
        check("promptly_from_severity", self.promptly_from_severity, 1, MAX_SEVERITY)
        if not problems and self.mention_from_severity > self.promptly_from_severity:
            problems["promptly_from_severity"] = translate(
                "flags", "The 'contact promptly' level must not be below the 'mention' level."
            )
        check("worsening_points", self.worsening_points, 1, MAX_SEVERITY)
        check("baseline_days", self.baseline_days, 3, 90)
        check("baseline_min_days", self.baseline_min_days, 1, max(self.baseline_days, 1))
        check("weight_loss_percent", self.weight_loss_percent, 1, 50)
        check("weight_loss_days", self.weight_loss_days, 7, 365)
        check("episode_gap_days", self.episode_gap_days, 0, 14)
        check("fever_from_celsius", self.fever_from_celsius, 37, 40)
        for key, days in self.persistent_days.items():
            check(f"persistent_days:{key}", days, 2, 60)
        return problems


# The thresholds that decide a "contact your care team promptly" flag. Raising one above its
# app default quietens such flags, so the settings dialog asks first. (The events the articles
# single out are flagged every time and have no threshold to raise.)
PROMPT_THRESHOLDS = ("promptly_from_severity", "fever_from_celsius")


@dataclass(frozen=True)
class RaisedPromptThreshold:
    """A "contact promptly" threshold chosen above its app default: what it would leave out.

    Values from ``default`` up to just below ``chosen`` are no longer flagged "contact promptly"
    (a severity may still be flagged to mention at the next visit, from ``mention_from``)."""

    name: str  # a field of FlagSettings, one of PROMPT_THRESHOLDS
    default: float
    chosen: float
    mention_from: int


def raised_prompt_thresholds(
    chosen: FlagSettings, defaults: FlagSettings, current: FlagSettings
) -> tuple[RaisedPromptThreshold, ...]:
    """The prompt thresholds ``chosen`` raises above both the app default and ``current``.

    Lowering one (more flags), or keeping a raise the person already saved, is not listed."""
    raised = []
    for name in PROMPT_THRESHOLDS:
        # Round as the fields show them: 38.0 typed must equal the default 38.0.
        value, default = round(getattr(chosen, name), 1), round(getattr(defaults, name), 1)
        if value > default and value > round(getattr(current, name), 1):
            raised.append(RaisedPromptThreshold(name, default, value, chosen.mention_from_severity))
    return tuple(raised)


@dataclass(frozen=True)
class SideEffectList:
    """What the articles list as side effects of one treatment category."""

    category_label: str
    symptom_keys: frozenset[str]
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class FlagInputs:
    entries: Sequence[SymptomEntry]
    measurements: Sequence[Measurement] = ()
    person: Person | None = None
    receptor_tests: Sequence[ReceptorTest] = ()
    treatments: Sequence[Treatment] = ()
    acknowledgements: Sequence[FlagAcknowledgement] = ()
    labels: Mapping[str, str] = field(default_factory=dict)  # symptom key -> what she calls it
    side_effects: Mapping[TreatmentCategory, SideEffectList] = field(default_factory=dict)


@dataclass(frozen=True)
class Flag:
    symptom_key: str  # a catalogue key, "weight" or "temperature"
    symptom_label: str
    rule: FlagRule
    level: FlagLevel
    first_day: dt.date
    last_day: dt.date
    days: tuple[dt.date, ...]  # the days that met the rule
    peak: float | None  # highest severity, the largest weight loss in percent, highest °C
    message: str  # the rule that fired, in plain words with its numbers
    reason: Explanation  # why the articles say it is worth reporting
    context: tuple[Explanation, ...] = ()
    discussed: FlagAcknowledgement | None = None
    worse_since_discussed: bool = False

    @property
    def is_open(self) -> bool:
        return self.discussed is None or self.worse_since_discussed

    @property
    def source_ids(self) -> tuple[str, ...]:
        ordered: dict[str, None] = {}
        for explanation in (self.reason, *self.context):
            ordered.update(dict.fromkeys(explanation.source_ids))
        return tuple(ordered)

    @property
    def identity(self) -> tuple[str, str, dt.date]:
        """What a "discussed" mark is stored against."""
        return (self.symptom_key, self.rule.value, self.first_day)


# -- small helpers -----------------------------------------------------------------------------


def _runs(days: Iterable[dt.date], gap_days: int = 0) -> list[list[dt.date]]:
    """Sorted days split into episodes: runs of days at most ``gap_days`` calmer days apart."""
    runs: list[list[dt.date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days <= gap_days + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def present_runs(by_day: Mapping[dt.date, int], unlogged_days: int) -> list[list[dt.date]]:
    """The days a rated symptom was present (1 or more), split where it kept on no longer.

    A day logged without it (0) ends a run; a missed evening does not: up to ``unlogged_days``
    days in a row with nothing logged for the symptom lie inside a run. So a long steady
    stretch stays one run, and one flag, however tired the person is of logging."""
    runs: list[list[dt.date]] = []
    previous: dt.date | None = None  # the last present day, with no day logged calm since
    for day in sorted(by_day):
        if by_day[day] < 1:
            previous = None
            continue
        if previous is not None and (day - previous).days <= unlogged_days + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
        previous = day
    return runs


def _in_a_row(run: Sequence[dt.date]) -> bool:
    return (run[-1] - run[0]).days + 1 == len(run)


def _daily_values(
    entries: Iterable[SymptomEntry],
) -> tuple[dict[str, dict[dt.date, int]], dict[str, set[dt.date]]]:
    """Highest severity per symptom per day, and the days each event happened."""
    severities: dict[str, dict[dt.date, int]] = {}
    events: dict[str, set[dt.date]] = {}
    for entry in entries:
        if entry.severity is not None:
            by_day = severities.setdefault(entry.symptom_key, {})
            if entry.severity > by_day.get(entry.day, -1):
                by_day[entry.day] = entry.severity
        elif entry.present:
            events.setdefault(entry.symptom_key, set()).add(entry.day)
    return severities, events


def _band_words(severity: int) -> str:
    return translate("flags", "{score} ({band})").format(
        score=severity, band=band_word(severity_band(severity))
    )


def _how_many(run: Sequence[dt.date]) -> str:
    """ "3 days in a row", or "3 days" when a gap was bridged."""
    count = len(run)  # a plain name: lupdate skips a call with a call among its arguments
    if _in_a_row(run):
        return translate("flags", "%n days in a row", None, count)
    return translate("flags", "%n days", None, count)


# -- the rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Finding:
    """A rule that fired over some days, before context and discussion marks are added."""

    symptom_key: str
    rule: FlagRule
    level: FlagLevel
    days: tuple[dt.date, ...]
    peak: float | None
    message: str
    reason: Explanation
    extra_context: tuple[Explanation, ...] = ()
    values: Mapping[dt.date, float] = field(default_factory=dict)  # for "worse since discussed"


def _occurrences(key: str, label: str, days: set[dt.date], rule: ReportRule) -> list[_Finding]:
    findings = []
    for run in _runs(days):
        count = len(run)
        when = long_day_span(run[0], run[-1])
        if count > 1:
            message = translate(
                "flags",
                "{symptom}: logged on {when} (%n days in a row). The articles single this out, so "
                "this app flags it every time it is logged.",
                None,
                count,
            ).format(symptom=label, when=when)
        else:
            message = translate(
                "flags",
                "{symptom}: logged on {when}. The articles single this out, so this app flags it "
                "every time it is logged.",
            ).format(symptom=label, when=when)
        findings.append(
            _Finding(
                key,
                FlagRule.OCCURRENCE,
                rule.level or FlagLevel.PROMPTLY,
                tuple(run),
                None,
                message,
                rule.reason,
                values=dict.fromkeys(run, 1.0),
            )
        )
    return findings


def _severity(
    key: str, label: str, by_day: Mapping[dt.date, int], rule: ReportRule, settings: FlagSettings
) -> list[_Finding]:
    mention, promptly = settings.mention_from_severity, settings.promptly_from_severity
    findings = []
    episodes = _runs(
        (day for day, value in by_day.items() if value >= mention), settings.episode_gap_days
    )
    for run in episodes:
        peak = max(by_day[day] for day in run)
        peak_day = next(day for day in run if by_day[day] == peak)
        level = FlagLevel.PROMPTLY if peak >= promptly else FlagLevel.NEXT_VISIT
        if len(run) == 1:
            what = translate("flags", "{symptom} at {score} on {day}").format(
                symptom=label, score=_band_words(peak), day=long_day(run[0])
            )
        else:
            what = translate(
                "flags",
                "{symptom} at {mention} or more on {days} ({span}), highest {score} on {day}",
            ).format(
                symptom=label,
                mention=mention,
                days=_how_many(run),
                span=long_day_span(run[0], run[-1]),
                score=_band_words(peak),
                day=long_day(peak_day),
            )
        message = translate(
            "flags",
            "{what}. This app flags from {mention} to mention at your next visit and from "
            "{promptly} to contact your care team promptly (adjustable app defaults).",
        ).format(what=what, mention=mention, promptly=promptly)
        findings.append(
            _Finding(
                key,
                FlagRule.SEVERITY,
                level,
                tuple(run),
                float(peak),
                message,
                rule.reason,
                values={day: float(by_day[day]) for day in run},
            )
        )
    return findings


def _persistence(
    key: str, label: str, by_day: Mapping[dt.date, int], rule: ReportRule, settings: FlagSettings
) -> list[_Finding]:
    needed = settings.persistent_days.get(key)
    if needed is None:
        return []
    findings = []
    for run in present_runs(by_day, settings.episode_gap_days):
        if len(run) < needed:
            continue
        peak = max(by_day[day] for day in run)
        span, count = long_day_span(run[0], run[-1]), len(run)
        if _in_a_row(run):
            how_long = translate("flags", "on %n days in a row ({span})", None, count).format(
                span=span
            )
        else:
            gap = settings.episode_gap_days
            how_long = translate(
                "flags", "on %n days ({span}), every day it was logged", None, count
            ).format(span=span) + (
                # English has no plural table: its one form is written out.
                translate("flags", " (up to 1 unlogged day in a row do not end it)")
                if gap == 1
                else translate(
                    "flags", " (up to %n unlogged days in a row do not end it)", None, gap
                )
            )
        message = translate(
            "flags",
            "{symptom} {how_long}. The articles speak of this when it keeps on; this app flags it "
            "from %n days in a row (an adjustable app default).",
            None,
            needed,
        ).format(symptom=label, how_long=how_long)
        findings.append(
            _Finding(
                key,
                FlagRule.PERSISTENCE,
                FlagLevel.NEXT_VISIT,
                tuple(run),
                float(peak),
                message,
                rule.reason,
                values={day: float(by_day[day]) for day in run},
            )
        )
    return findings


def _median_of_counts(counts: Sequence[int], total: int) -> float:
    """The median of ``total`` values given as how many times each of 0, 1, 2 ... occurs."""
    low_index, high_index = (total - 1) // 2, total // 2  # the middle one, or the middle two
    seen = 0
    low = -1
    for value, count in enumerate(counts):
        seen += count
        if low < 0 and seen > low_index:
            low = value
        if seen > high_index:
            return (low + value) / 2
    raise ValueError("counts hold fewer values than total")


def _worsening(
    key: str,
    label: str,
    by_day: Mapping[dt.date, int],
    rule: ReportRule,
    settings: FlagSettings,
    knowledge: FlagKnowledge,
    start: dt.date | None = None,
) -> list[_Finding]:
    """Days clearly above the person's own usual that the severity rule does not already flag.

    With ``start``, days before it only fill the usual (a slice evaluated again by the flag
    engine brings the ``baseline_days`` before it along, so the days from ``start`` on come out
    exactly as over the whole record).
    """
    # Severities are whole numbers 0-10, so the window is kept as counts per value: adding,
    # dropping and taking the median are then a few steps each, even over ten years of days.
    counts = [0] * (MAX_SEVERITY + 1)
    in_window = 0
    window: deque[tuple[int, int]] = deque()  # (day ordinal, value)
    worse: dict[dt.date, tuple[int, float]] = {}
    span, needed = settings.baseline_days, settings.baseline_min_days
    points, mention = settings.worsening_points, settings.mention_from_severity
    for day in sorted(by_day):
        ordinal, value = day.toordinal(), by_day[day]
        while window and ordinal - window[0][0] > span:
            counts[window.popleft()[1]] -= 1
            in_window -= 1
        # A value below ``points`` cannot be ``points`` above any usual: skip the median.
        if in_window >= needed and points <= value < mention and (start is None or day >= start):
            usual = _median_of_counts(counts, in_window)
            if value >= usual + points:
                worse[day] = (value, usual)
        window.append((ordinal, value))
        counts[value] += 1
        in_window += 1
    findings = []
    for run in _runs(worse, settings.episode_gap_days):
        peak_day = max(run, key=lambda day: (worse[day][0], day))
        value, usual = worse[peak_day]
        if len(run) == 1:
            what = translate("flags", "{symptom} at {score} on {day}").format(
                symptom=label, score=value, day=long_day(run[0])
            )
        else:
            what = translate(
                "flags", "{symptom} above your usual on {days} ({span}), up to {score} on {day}"
            ).format(
                symptom=label,
                days=_how_many(run),
                span=long_day_span(run[0], run[-1]),
                score=value,
                day=long_day(peak_day),
            )
        message = translate(
            "flags",
            "{what}, {points} points above your usual of {usual} (the middle value of your "
            "previous {days} days). This app flags {flagged} points or more above your usual "
            "(adjustable app defaults).",
        ).format(
            what=what,
            points=as_written(value - usual),
            usual=as_written(usual),
            days=settings.baseline_days,
            flagged=settings.worsening_points,
        )
        findings.append(
            _Finding(
                key,
                FlagRule.WORSENING,
                FlagLevel.NEXT_VISIT,
                tuple(run),
                float(max(worse[day][0] for day in run)),
                message,
                rule.reason,
                extra_context=(knowledge.worsening,),
                values={day: float(worse[day][0]) for day in run},
            )
        )
    return findings


def daily_weights(measurements: Iterable[Measurement]) -> dict[dt.date, float]:
    """The weight of each day in kg: the last weighing by ``recorded_at`` wins."""
    daily: dict[dt.date, float] = {}
    for measurement in sorted(measurements, key=lambda m: (m.day, m.recorded_at)):
        if measurement.kind is MeasurementKind.WEIGHT:
            daily[measurement.day] = kg_from(measurement.value, WeightUnit(measurement.unit))
    return daily


def _weight_loss(
    measurements: Sequence[Measurement],
    unit: WeightUnit,
    settings: FlagSettings,
    knowledge: FlagKnowledge,
) -> list[_Finding]:
    return _weight_loss_daily(daily_weights(measurements), unit, settings, knowledge)


def _weight_loss_daily(
    daily: Mapping[dt.date, float],
    unit: WeightUnit,
    settings: FlagSettings,
    knowledge: FlagKnowledge,
    start: dt.date | None = None,
) -> list[_Finding]:
    """Weight loss over daily weights in kg; with ``start``, earlier days are only compared to."""
    days = sorted(daily)
    losses: dict[dt.date, tuple[float, dt.date]] = {}  # day -> (percent lost, from which day)
    first = 0
    for index, day in enumerate(days):
        while (day - days[first]).days > settings.weight_loss_days:
            first += 1
        earlier = days[first:index]
        if not earlier or (start is not None and day < start):
            continue
        heaviest_day = max(earlier, key=lambda d: (daily[d], d))
        lost = (daily[heaviest_day] - daily[day]) / daily[heaviest_day] * 100
        if lost >= settings.weight_loss_percent:
            losses[day] = (lost, heaviest_day)
    # Flagged weighings closer together than the window belong to one episode.
    episodes: list[list[dt.date]] = []
    for day in sorted(losses):
        if episodes and (day - episodes[-1][-1]).days <= settings.weight_loss_days:
            episodes[-1].append(day)
        else:
            episodes.append([day])
    findings = []
    for episode in episodes:
        worst_day = max(episode, key=lambda d: (losses[d][0], d))
        lost, from_day = losses[worst_day]
        elapsed = (worst_day - from_day).days  # a plain name for lupdate (see _how_many)
        before = weight_in(daily[from_day], unit)
        after = weight_in(daily[worst_day], unit)
        message = translate(
            "flags",
            "Weight down {lost}% in %n days, from {before} {unit} on {from_day} to {after} "
            "{unit} on {to_day}. This app flags a loss of {percent}% or more within {within} "
            "days (adjustable app defaults). If you do not know why you are losing weight, "
            "mention it.",
            None,
            elapsed,
        ).format(
            lost=decimal(lost, 1),
            before=decimal(before, 1),
            unit=unit.value,
            from_day=long_day(from_day),
            after=decimal(after, 1),
            to_day=long_day(worst_day),
            percent=as_written(settings.weight_loss_percent),
            within=settings.weight_loss_days,
        )
        findings.append(
            _Finding(
                WEIGHT_KEY,
                FlagRule.WEIGHT_LOSS,
                FlagLevel.NEXT_VISIT,
                tuple(episode),
                round(lost, 1),
                message,
                knowledge.weight_loss,
                values={day: losses[day][0] for day in episode},
            )
        )
    return findings


def daily_temperatures(measurements: Iterable[Measurement]) -> dict[dt.date, float]:
    """The highest temperature of each day in °C (a fever is about the highest reading)."""
    daily: dict[dt.date, float] = {}
    for measurement in measurements:
        if measurement.kind is MeasurementKind.TEMPERATURE:
            celsius = celsius_from(measurement.value, TemperatureUnit(measurement.unit))
            daily[measurement.day] = max(celsius, daily.get(measurement.day, celsius))
    return daily


def _degrees(celsius: float, unit: TemperatureUnit) -> str:
    return f"{decimal(temperature_in(celsius, unit), 1)} °{unit.value}"


def _fever_daily(
    daily: Mapping[dt.date, float],
    unit: TemperatureUnit,
    settings: FlagSettings,
    knowledge: FlagKnowledge,
) -> list[_Finding]:
    """Days whose highest temperature reaches the threshold; days in a row make one flag."""
    threshold = settings.fever_from_celsius
    findings = []
    # A tiny margin: 100.4 °F is 38.0 °C, but not exactly once converted.
    for run in _runs(day for day, celsius in daily.items() if celsius >= threshold - 1e-9):
        peak = max(daily[day] for day in run)
        peak_day = next(day for day in run if daily[day] == peak)
        count = len(run)
        if count == 1:
            what = translate("flags", "Temperature at {degrees} on {day}").format(
                degrees=_degrees(peak, unit), day=long_day(run[0])
            )
        else:
            what = translate(
                "flags",
                "Temperature at {threshold} or more on %n days in a row ({span}), highest "
                "{degrees} on {day}",
                None,
                count,
            ).format(
                threshold=_degrees(threshold, unit),
                span=long_day_span(run[0], run[-1]),
                degrees=_degrees(peak, unit),
                day=long_day(peak_day),
            )
        message = translate(
            "flags",
            "{what}. This app flags a temperature from {threshold} to contact your care team "
            "promptly (an adjustable app default, not a medical fact).",
        ).format(what=what, threshold=_degrees(threshold, unit))
        findings.append(
            _Finding(
                TEMPERATURE_KEY,
                FlagRule.FEVER,
                FlagLevel.PROMPTLY,
                tuple(run),
                round(peak, 1),
                message,
                knowledge.fever,
                extra_context=(knowledge.fever_guideline,),
                values={day: daily[day] for day in run},
            )
        )
    return findings


# -- context and discussion --------------------------------------------------------------------


def _subtype(receptor_tests: Sequence[ReceptorTest], knowledge: Knowledge) -> Subtype:
    test = latest_test(receptor_tests)
    if test is None:
        return Subtype.UNKNOWN
    return read_receptors(test, knowledge.receptors).subtype


def _treatment_context(
    finding: _Finding,
    treatments: Sequence[Treatment],
    side_effects: Mapping[TreatmentCategory, SideEffectList],
    label: str,
) -> tuple[Explanation, ...]:
    first, last = finding.days[0], finding.days[-1]
    notes = []
    for treatment in treatments:
        ended = treatment.end_date
        if treatment.start_date > last or (ended is not None and ended < first):
            continue
        listed = side_effects.get(treatment.category)
        if listed is None or finding.symptom_key not in listed.symptom_keys:
            continue
        sentence = translate(
            "flags",
            "You were on {treatment} ({category}) on these days, and the articles list "
            "{symptom} among the side effects of {category_in_sentence}. It is still worth "
            "telling your care team: they can often help.",
        ).format(
            treatment=treatment.name,
            category=listed.category_label,
            symptom=label.lower(),
            category_in_sentence=listed.category_label.lower(),
        )
        notes.append(
            Explanation(
                id=f"side_effect:{treatment.category.value}",
                # Made in the language in use, which is also the one any reader asks for.
                texts={"en": sentence, current_language(): sentence},
                source_ids=listed.source_ids,
            )
        )
    return tuple(notes)


def _chemotherapy_context(
    finding: _Finding, treatments: Sequence[Treatment], knowledge: FlagKnowledge
) -> tuple[Explanation, ...]:
    """For a fever: each chemotherapy going on during at least one of its days."""
    notes = []
    for treatment in treatments:
        if treatment.category is not TreatmentCategory.CHEMOTHERAPY:
            continue
        ended = treatment.end_date
        on = [
            day
            for day in finding.days
            if treatment.start_date <= day and (ended is None or day <= ended)
        ]
        if not on:
            continue
        when = (
            translate("flags", "this day")
            if len(finding.days) == 1
            else long_day_span(on[0], on[-1])
        )
        template = knowledge.fever_chemotherapy
        notes.append(
            replace(
                template,
                id=f"{template.id}:{treatment.name}",
                texts={
                    language: text.format(treatment=treatment.name, when=when)
                    for language, text in template.texts.items()
                },
            )
        )
    return tuple(notes)


def _apply_discussion(flag: Flag, finding: _Finding, marks: Sequence[FlagAcknowledgement]) -> Flag:
    """``marks``: the discussed marks of the flag's symptom and rule, latest first."""
    # Two discussed episodes can become one (a day logged between them, a longer episode gap
    # in Settings): the latest discussion is what the person last told her team.
    for mark in marks:
        if (
            mark.symptom_key != flag.symptom_key
            or mark.rule != flag.rule.value
            or not flag.first_day <= mark.first_day <= flag.last_day
        ):
            continue
        before = [value for day, value in finding.values.items() if day <= mark.discussed_on]
        after = [value for day, value in finding.values.items() if day > mark.discussed_on]
        known = max(before, default=0.0)
        if mark.severity_at_discussion is not None:
            known = max(known, float(mark.severity_at_discussion))
        if flag.rule is FlagRule.OCCURRENCE:
            worse = bool(after)  # it happened again after the talk
        else:
            worse = bool(after) and max(after) > known
        return replace(flag, discussed=mark, worse_since_discussed=worse)
    return flag


# How many days after its last day a "contact promptly" flag is still worded as something to do
# now (today, yesterday or the day before). A display choice of this app, not a medical rule:
# older, the flag says when it was raised and asks to tell the care team if that was not done.
PROMPT_CURRENT_DAYS = 2


def is_current_prompt(flag: Flag, today: dt.date) -> bool:
    """A "contact promptly" flag recent enough to be worded as what to do now."""
    return flag.level is FlagLevel.PROMPTLY and (today - flag.last_day).days <= PROMPT_CURRENT_DAYS


def is_ongoing(flag: Flag, latest_logged: dt.date | None) -> bool:
    """An episode of more than one day that reaches the latest day anything was logged: as far
    as the record knows, it is still going on. It stays one item as it continues (its first
    day, and so its "discussed" mark, never moves); a later day that does not meet its rule
    ends it. (A flag of that one day alone is just that day.)"""
    return (
        latest_logged is not None
        and flag.first_day < flag.last_day
        and flag.last_day >= latest_logged
    )


def flag_sort_key(flag: Flag) -> tuple[int, int, str, str]:
    """Newest first, then the more urgent, then by symptom and rule (unique for one record)."""
    return (-flag.last_day.toordinal(), LEVEL_ORDER[flag.level], flag.symptom_key, flag.rule.value)


class _Finisher:
    """Turns findings into ``Flag``s: labels, context (brain spread, treatments' side effects)
    and "discussed" marks. Holds only the small context parts of the inputs, so the flag engine
    keeps one and builds a new one when one of those parts changes."""

    def __init__(self, inputs: FlagInputs, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.labels = dict(inputs.labels)
        self.catalogue = {symptom.key: symptom for symptom in knowledge.symptoms}
        self.treatments = tuple(inputs.treatments)
        self.side_effects = dict(inputs.side_effects)
        self.more_brain_spread = (
            _subtype(inputs.receptor_tests, knowledge) in SUBTYPES_WITH_MORE_BRAIN_SPREAD
        )
        self.marks: dict[tuple[str, str], list[FlagAcknowledgement]] = {}
        for mark in sorted(
            inputs.acknowledgements,
            key=lambda mark: (mark.discussed_on, mark.first_day, mark.id or 0),
            reverse=True,
        ):
            self.marks.setdefault((mark.symptom_key, mark.rule), []).append(mark)

    def label_of(self, key: str) -> str:
        if key == WEIGHT_KEY:
            return translate("flags", "Weight")
        if key == TEMPERATURE_KEY:
            return translate("flags", "Temperature")
        if self.labels.get(key):
            return self.labels[key]
        symptom = self.catalogue.get(key)
        return symptom.label() if symptom else key.replace("_", " ").capitalize()

    def flag(self, finding: _Finding) -> Flag:
        label = self.label_of(finding.symptom_key)
        context = list(finding.extra_context)
        brain_signs = self.knowledge.flags.brain_context_symptoms
        if self.more_brain_spread and finding.symptom_key in brain_signs:
            context.append(self.knowledge.flags.brain_context)
        context.extend(_treatment_context(finding, self.treatments, self.side_effects, label))
        if finding.rule is FlagRule.FEVER:
            context.extend(_chemotherapy_context(finding, self.treatments, self.knowledge.flags))
        flag = Flag(
            symptom_key=finding.symptom_key,
            symptom_label=label,
            rule=finding.rule,
            level=finding.level,
            first_day=finding.days[0],
            last_day=finding.days[-1],
            days=finding.days,
            peak=finding.peak,
            message=finding.message,
            reason=finding.reason,
            context=tuple(context),
        )
        marks = self.marks.get((finding.symptom_key, finding.rule.value), ())
        return _apply_discussion(flag, finding, marks)


# -- the whole evaluation ----------------------------------------------------------------------


def evaluate_flags(
    inputs: FlagInputs,
    knowledge: Knowledge,
    settings: FlagSettings,
    since: dt.date | None = None,
) -> list[Flag]:
    """Every flag the rules raise, newest first (``since``: only flags that reach that day)."""
    flag_knowledge = knowledge.flags
    finisher = _Finisher(inputs, knowledge)
    severities, events = _daily_values(inputs.entries)
    findings: list[_Finding] = []
    for key, rule in flag_knowledge.rules.items():
        label = finisher.label_of(key)
        if rule.any_occurrence:
            findings.extend(_occurrences(key, label, events.get(key, set()), rule))
            continue
        by_day = severities.get(key)
        if not by_day:
            continue
        findings.extend(_severity(key, label, by_day, rule, settings))
        findings.extend(_persistence(key, label, by_day, rule, settings))
        findings.extend(_worsening(key, label, by_day, rule, settings, flag_knowledge))
    unit = inputs.person.weight_unit if inputs.person else WeightUnit.KG
    findings.extend(_weight_loss(inputs.measurements, unit, settings, flag_knowledge))
    temperature_unit = inputs.person.temperature_unit if inputs.person else TemperatureUnit.CELSIUS
    findings.extend(
        _fever_daily(
            daily_temperatures(inputs.measurements), temperature_unit, settings, flag_knowledge
        )
    )

    flags = [
        finisher.flag(finding) for finding in findings if since is None or finding.days[-1] >= since
    ]
    flags.sort(key=flag_sort_key)
    return flags
