"""Building a clinic visit summary's ``SummaryData`` from domain objects (no Qt, no storage).

``build_summary_data`` takes what ``services.summary`` read from the record (flags, entries,
weights, treatments, receptor tests, appointments, notes) and words it for a clinician, one part
per section switched on. Choices made here: every flag with a day in the period is listed, open
ones first (promptly before next visit), one symptom's flags together, then those already
discussed, marked "Discussed on ..." because the clinician may want to know; ``flags_quiet``
counts the discussed ones not worse since. Only the flagged days inside the period are printed,
and an episode reaching outside it is told by its days inside. Treatments are the current and
recent ones: taken during the period's last day, stopped or started within the period, or
planned (starting after today); older finished ones are left out. Receptor results are the
latest test done by the period's end. The symptom chart's extra layers (weight, temperature,
treatments, appointments, flagged days, notes) follow their own sections, so a section switched
off is absent from the chart too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from mbc_tracker.domain.dates import day_span, decimal, short_day
from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.flags import LEVEL_ORDER, Flag, FlagRule, daily_temperatures
from mbc_tracker.domain.knowledge import Explanation, FlagLevel, Knowledge
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.receptors import (
    Her2Status,
    ReceptorReading,
    ReceptorStatus,
    compare_tests,
    latest_test,
    read_receptors,
    site_words,
)
from mbc_tracker.domain.records import (
    Appointment,
    CareTeamContact,
    GeneResult,
    MarkerResult,
    Measurement,
    MeasurementKind,
    PaperSize,
    Person,
    Presentation,
    ReceptorTest,
    SampleKind,
    SymptomEntry,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
    appointment_kind_word,
    same_question,
    today_order,
)
from mbc_tracker.domain.schedules import DoseCounts
from mbc_tracker.domain.units import kg_from, temperature_in, weight_in
from mbc_tracker.reports.history_data import HistoryData, ReliefSeries, build_history_data
from mbc_tracker.reports.summary_data import (
    ABOUT_THE_SAME_POINTS,
    FLAG_LEVEL_WORDS,
    MARKER_ER,
    MARKER_HER2,
    MARKER_PR,
    MAX_APPOINTMENTS,
    NOTE_MAX_CHARACTERS,
    NOTES_MAX_DAYS,
    STOP_REASON_WORDS,
    TREATMENT_NOTE_MAX_CHARACTERS,
    AppointmentLine,
    ContactLine,
    FlagLine,
    NoteLine,
    Period,
    PreparedBy,
    ProfileFacts,
    QuestionLine,
    ReceptorLine,
    ReceptorSummary,
    Section,
    SummaryData,
    SymptomStats,
    TemperatureSummary,
    TreatmentLine,
    TreatmentStatus,
    WeightSummary,
    discussed_words,
    shortened,
)
from mbc_tracker.reports.summary_medicines import medicine_lines


def _citations(source_ids: Iterable[str], knowledge: Knowledge) -> tuple[str, ...]:
    ordered = dict.fromkeys(source_ids)
    return tuple(
        knowledge.sources[source_id].citation()
        for source_id in ordered
        if source_id in knowledge.sources
    )


def _in(period: Period, day: dt.date) -> bool:
    return period.first <= day <= period.last


def _section_of(kind: MeasurementKind) -> Section:
    """The part of the summary a kind of measurement belongs to (and its chart lane with it)."""
    return Section.WEIGHT if kind is MeasurementKind.WEIGHT else Section.TEMPERATURE


# -- flags ---------------------------------------------------------------------------------------


def _flag_days(days: Sequence[dt.date]) -> str:
    if len(days) == 1:
        return short_day(days[0])
    count = len(days)  # (lupdate reads a count only when it is a plain name)
    return translate("summary_builder", "{span} (%n days)", "", count).format(
        span=day_span(days[0], days[-1])
    )


# What a flag found, when its episode reaches outside the period: its own message would name
# days the summary must leave out, so the period's part is told in these words instead.
_RULE_WORDS: Mapping[FlagRule, str] = {
    FlagRule.OCCURRENCE: QT_TRANSLATE_NOOP("summary_builder", "Logged"),
    FlagRule.SEVERITY: QT_TRANSLATE_NOOP("summary_builder", "At or above the app's threshold"),
    FlagRule.PERSISTENCE: QT_TRANSLATE_NOOP("summary_builder", "Present"),
    FlagRule.WORSENING: QT_TRANSLATE_NOOP("summary_builder", "Above the usual level"),
    FlagRule.WEIGHT_LOSS: QT_TRANSLATE_NOOP(
        "summary_builder", "Weight loss above the app's threshold"
    ),
    FlagRule.FEVER: QT_TRANSLATE_NOOP(
        "summary_builder", "A temperature at or above the app's threshold"
    ),
}


def _what_happened(flag: Flag, days: Sequence[dt.date]) -> str:
    """What the rule found, with its numbers: the flag's message without the symptom's name and
    the explanation of the app's rule ("On 5 days in a row (3 November 2026 to 7 November
    2026)"). For an episode that began before the period or goes on after it, only the days
    inside the period are described, so no date outside it is printed."""
    if len(days) != len(flag.days):
        count = len(days)  # (lupdate reads a count only when it is a plain name)
        in_a_row = count > 1 and (days[-1] - days[0]).days + 1 == count
        # (English takes its singular from the code: a source text's %n reads "1 days".)
        if len(days) == 1:
            found = translate("summary_builder", "{found} on 1 day in this period")
        elif in_a_row:
            found = translate(
                "summary_builder", "{found} on %n days in a row in this period", "", count
            )
        else:
            found = translate("summary_builder", "{found} on %n days in this period", "", count)
        found = found.format(found=translate("summary_builder", _RULE_WORDS[flag.rule]))
        before, after = flag.first_day < days[0], flag.last_day > days[-1]
        if before and after:
            episode = translate(
                "summary_builder",
                "{found} (the episode began before this period and went on after it)",
            )
        elif before:
            episode = translate("summary_builder", "{found} (the episode began before this period)")
        else:
            episode = translate(
                "summary_builder", "{found} (the episode went on after this period)"
            )
        return episode.format(found=found)
    text = flag.message
    # The flag's own message ends with the app's rule; the finding is what comes before it.
    # (The markers are the words that start those sentences in domain/flags.py's messages, in
    # the language in use.)
    for marker in (
        ". This app ",
        ". The articles speak ",
        translate("summary_builder", ". This app "),
        translate("summary_builder", ". The articles speak "),
    ):
        text = text.split(marker, 1)[0]
    text = text.rstrip(". ")
    label = flag.symptom_label
    if text.startswith(label):
        text = text[len(label) :].lstrip(" :,")
    return text[:1].upper() + text[1:] if text else flag.message


def _flag_lines(
    flags: Iterable[Flag], period: Period, knowledge: Knowledge
) -> tuple[tuple[FlagLine, ...], int]:
    """The flags with a day in the period (open ones first), and how many are quiet."""
    chosen: list[tuple[Flag, tuple[dt.date, ...]]] = []
    for flag in flags:
        days = tuple(day for day in sorted(flag.days) if _in(period, day))
        if days:
            chosen.append((flag, days))
    # Open flags first, the most urgent level first; within a level one symptom's flags stay
    # together (the symptom last flagged first), newest first, so the page reads by symptom.
    latest: dict[tuple[bool, str], int] = {}
    for flag, days in chosen:
        group = (flag.is_open, flag.symptom_key)
        latest[group] = max(latest.get(group, 0), days[-1].toordinal())
    chosen.sort(
        key=lambda item: (
            not item[0].is_open,
            LEVEL_ORDER[item[0].level],
            -latest[(item[0].is_open, item[0].symptom_key)],
            item[0].symptom_label.casefold(),
            -item[1][-1].toordinal(),
        )
    )
    lines = []
    for flag, days in chosen:
        discussed = ""
        if flag.discussed is not None:
            discussed = discussed_words(
                short_day(flag.discussed.discussed_on), flag.worse_since_discussed
            )
        lines.append(
            FlagLine(
                level=flag.level,
                level_words=translate("summary_data", FLAG_LEVEL_WORDS[flag.level]),
                symptom=flag.symptom_label,
                days=_flag_days(days),
                what_happened=_what_happened(flag, days),
                reason=" ".join(explanation.text() for explanation in (flag.reason, *flag.context)),
                sources=_citations(flag.source_ids, knowledge),
                discussed=discussed,
                reason_parts=tuple(
                    explanation.text() for explanation in (flag.reason, *flag.context)
                ),
            )
        )
    quiet = sum(1 for flag, _ in chosen if not flag.is_open)
    return tuple(lines), quiet


# -- symptoms --------------------------------------------------------------------------------------


@dataclass
class _Daily:
    """One symptom over one period: the days it was logged and each day's value."""

    logged: set[dt.date]
    values: dict[dt.date, float]  # rated: the day's value (DayValue); events: 1 when it happened
    peak: int | None = None  # rated: the period's highest single entry, whatever the day's value

    @property
    def days_present(self) -> int:
        return sum(1 for value in self.values.values() if value > 0)

    @property
    def average(self) -> float | None:
        if not self.values:
            return None
        return round(sum(self.values.values()) / len(self.values), 1)


def _daily_by_key(
    entries: Iterable[SymptomEntry], period: Period, day_value: DayValue = DayValue.HIGHEST
) -> dict[str, _Daily]:
    """Per symptom: the days logged and the daily values, as the History chart counts them
    (a rated symptom's day: its highest entry, or their average, as ``day_value`` says)."""
    found: dict[str, _Daily] = {}
    scores: dict[tuple[str, dt.date], list[float]] = {}
    for entry in entries:
        if not _in(period, entry.day):
            continue
        daily = found.setdefault(entry.symptom_key, _Daily(set(), {}))
        daily.logged.add(entry.day)
        if entry.severity is not None:
            day_scores = scores.setdefault((entry.symptom_key, entry.day), [])
            day_scores.append(float(entry.severity))
            daily.values[entry.day] = day_value.of(day_scores)
            daily.peak = max(daily.peak or 0, entry.severity)
        elif entry.present:
            daily.values[entry.day] = 1.0
    return found


def _several_a_day(entries: Iterable[SymptomEntry]) -> bool:
    """Whether a day holds more than one score of a rated symptom (then the summary says which
    value stands for the day)."""
    seen: set[tuple[str, dt.date]] = set()
    for entry in entries:
        if entry.severity is None:
            continue
        if (entry.symptom_key, entry.day) in seen:
            return True
        seen.add((entry.symptom_key, entry.day))
    return False


def _change_words(kind: SymptomKind, now: _Daily, before: _Daily | None) -> str:
    if before is None:
        return translate("summary_builder", "Not logged in the previous period")
    if kind is SymptomKind.RATED:
        average, earlier = now.average or 0.0, before.average or 0.0
        if abs(average - earlier) < ABOUT_THE_SAME_POINTS:
            words = translate(
                "summary_builder", "About the same on average: {now} against {before}"
            )
        elif average > earlier:
            words = translate("summary_builder", "Higher on average: {now} against {before}")
        else:
            words = translate("summary_builder", "Lower on average: {now} against {before}")
        return words.format(now=decimal(average, 1), before=decimal(earlier, 1))
    present, earlier_present = now.days_present, before.days_present
    if present == earlier_present:
        if present == 0:
            return translate("summary_builder", "Not in either period")
        return translate("summary_builder", "Same number of days: {now}").format(now=present)
    if present > earlier_present:
        words = translate("summary_builder", "More days: {now} against {before}")
    else:
        words = translate("summary_builder", "Fewer days: {now} against {before}")
    return words.format(now=present, before=earlier_present)


def _symptom_stats(
    keys: Sequence[str],
    kinds: Mapping[str, SymptomKind],
    labels: Mapping[str, str],
    now: Mapping[str, _Daily],
    before: Mapping[str, _Daily],
) -> tuple[SymptomStats, ...]:
    stats = []
    for key in keys:
        current, previous = now[key], before.get(key)
        kind = kinds[key]
        rated = kind is SymptomKind.RATED
        stats.append(
            SymptomStats(
                key=key,
                label=labels[key],
                kind=kind,
                days_present=current.days_present,
                days_logged=len(current.logged),
                highest=current.peak if rated and current.values else None,
                average=current.average if rated else None,
                previous_days_present=previous.days_present if previous else None,
                previous_average=previous.average if rated and previous else None,
                change=_change_words(kind, current, previous),
            )
        )
    return tuple(stats)


# -- weight ----------------------------------------------------------------------------------------


def _daily_weights(
    measurements: Iterable[Measurement], period: Period, unit: WeightUnit
) -> dict[dt.date, float]:
    """Each day's last weight in the period, in ``unit`` (as the History chart shows it)."""
    daily: dict[dt.date, float] = {}
    weights = (m for m in measurements if m.kind is MeasurementKind.WEIGHT and _in(period, m.day))
    for measurement in sorted(weights, key=lambda m: (m.day, m.recorded_at)):
        kg = kg_from(measurement.value, WeightUnit(measurement.unit))
        daily[measurement.day] = weight_in(kg, unit)
    return daily


def _weight_summary(
    measurements: Iterable[Measurement], period: Period, unit: WeightUnit
) -> WeightSummary | None:
    daily = _daily_weights(measurements, period, unit)
    if not daily:
        return None
    days = sorted(daily)
    first, last = days[0], days[-1]
    start, end = round(daily[first], 1), round(daily[last], 1)
    if len(days) == 1:
        change = translate("summary_builder", "Only one weight logged, on {day}").format(
            day=short_day(first)
        )
    else:
        difference = round(end - start, 1)
        span = day_span(first, last)
        if difference == 0:
            change = translate("summary_builder", "No change from {span}").format(span=span)
        else:
            percent = abs(daily[last] - daily[first]) / daily[first] * 100
            if difference > 0:
                words = translate("summary_builder", "Up {amount} {unit} ({percent}%) from {span}")
            else:
                words = translate(
                    "summary_builder", "Down {amount} {unit} ({percent}%) from {span}"
                )
            change = words.format(
                amount=decimal(abs(difference), 1),
                unit=unit.value,
                percent=decimal(percent, 1),
                span=span,
            )
    return WeightSummary(
        unit=unit,
        unit_label=unit.value,
        first_day=first,
        first_value=start,
        last_day=last,
        last_value=end,
        lowest=round(min(daily.values()), 1),
        highest=round(max(daily.values()), 1),
        measurements=len(days),
        change=change,
    )


# -- temperature -----------------------------------------------------------------------------------


def _temperature_summary(
    measurements: Iterable[Measurement],
    period: Period,
    unit: TemperatureUnit,
    flags: Iterable[Flag],
    fever_from_celsius: float,
) -> TemperatureSummary | None:
    """The period's highest temperature, the days measured and the days of fever flags."""
    # Each day's highest reading in °C, as the fever flag reads it.
    in_period = (m for m in measurements if _in(period, m.day))
    highest = daily_temperatures(in_period)
    if not highest:
        return None
    top_day = max(highest, key=lambda day: (highest[day], day))
    flagged = sorted(
        {
            day
            for flag in flags
            if flag.rule is FlagRule.FEVER
            for day in flag.days
            if _in(period, day)
        }
    )
    return TemperatureSummary(
        unit=unit,
        unit_label=f"°{unit.value}",
        highest=round(temperature_in(highest[top_day], unit), 1),
        highest_day=top_day,
        days_measured=len(highest),
        flagged_days=tuple(flagged),
        threshold=round(temperature_in(fever_from_celsius, unit), 1),
    )


# -- treatments ------------------------------------------------------------------------------------

_STATUS_ORDER = (
    TreatmentStatus.TAKING_NOW,
    TreatmentStatus.STOPPED_AFTER,
    TreatmentStatus.STOPPED_IN,
    TreatmentStatus.PLANNED,
)


def _treatment_status(
    treatment: Treatment, period: Period, today: dt.date
) -> TreatmentStatus | None:
    """Where a treatment stands for this summary; None for one it leaves out."""
    start, end = treatment.start_date, treatment.end_date
    if start > today:
        return TreatmentStatus.PLANNED
    if start > period.last or (end is not None and end < period.first):
        return None  # started after the period, or finished before it
    if end is not None and end <= period.last:
        return TreatmentStatus.STOPPED_IN
    if end is None or end > today:  # an end date after today is a planned end
        return TreatmentStatus.TAKING_NOW
    return TreatmentStatus.STOPPED_AFTER


def _treatment_lines(
    treatments: Iterable[Treatment], period: Period, today: dt.date, knowledge: Knowledge
) -> tuple[TreatmentLine, ...]:
    lines = []
    for treatment in treatments:
        status = _treatment_status(treatment, period, today)
        if status is None:
            continue
        reason = treatment.reason_stopped
        lines.append(
            TreatmentLine(
                name=treatment.name,
                category=knowledge.treatments.category(treatment.category).label(),
                started=treatment.start_date,
                stopped=treatment.end_date,
                status=status,
                why_stopped=(
                    translate("summary_data", STOP_REASON_WORDS[reason])
                    if reason is not None
                    else ""
                ),
                notes=shortened(treatment.notes, TREATMENT_NOTE_MAX_CHARACTERS),
            )
        )
    lines.sort(key=lambda line: (_STATUS_ORDER.index(line.status), -line.started.toordinal()))
    return tuple(lines)


# -- receptors -------------------------------------------------------------------------------------

# Marked here, translated with ``translate("summary_builder", ...)`` where a line is made.
_HER2_WORDS: Mapping[Her2Status, str] = {
    Her2Status.POSITIVE: QT_TRANSLATE_NOOP("summary_builder", "HER2-positive"),
    Her2Status.LOW: QT_TRANSLATE_NOOP("summary_builder", "HER2-low"),
    Her2Status.ZERO: QT_TRANSLATE_NOOP("summary_builder", "HER2-zero"),
    Her2Status.NEGATIVE: QT_TRANSLATE_NOOP("summary_builder", "HER2-negative"),
    Her2Status.EQUIVOCAL: QT_TRANSLATE_NOOP("summary_builder", "HER2 equivocal (not yet clear)"),
    Her2Status.CONFLICTING: QT_TRANSLATE_NOOP(
        "summary_builder", "HER2 unknown (IHC and ISH disagree)"
    ),
    Her2Status.UNKNOWN: QT_TRANSLATE_NOOP("summary_builder", "Not given"),
}
_ISH_WORDS = {
    "amplified": QT_TRANSLATE_NOOP("summary_builder", "ISH amplified"),
    "not_amplified": QT_TRANSLATE_NOOP("summary_builder", "ISH not amplified"),
}
_GENE_WORDS: Mapping[GeneResult, str] = {
    GeneResult.MUTATION_FOUND: QT_TRANSLATE_NOOP("summary_builder", "mutation found"),
    GeneResult.NO_MUTATION: QT_TRANSLATE_NOOP("summary_builder", "no mutation found"),
    GeneResult.NOT_TESTED: QT_TRANSLATE_NOOP("summary_builder", "not tested"),
}
_MARKER_WORDS: Mapping[MarkerResult, str] = {
    MarkerResult.POSITIVE: QT_TRANSLATE_NOOP("summary_builder", "Positive"),
    MarkerResult.NEGATIVE: QT_TRANSLATE_NOOP("summary_builder", "Negative"),
    MarkerResult.NOT_TESTED: QT_TRANSLATE_NOOP("summary_builder", "Not tested"),
}


def _sample_words(test: ReceptorTest) -> str:
    if test.sample_kind is SampleKind.PRIMARY:
        return translate("summary_builder", "First tumour (primary)")
    site = test.sample_site.strip()
    if site:
        return translate("summary_builder", "Metastasis: {site}").format(site=site_words(site))
    return translate("summary_builder", "Metastasis (site not given)")


def _hormone_words(status: ReceptorStatus, percent: float | None) -> str:
    if status is ReceptorStatus.UNKNOWN or percent is None:
        return translate("summary_builder", "Not given")
    if status is ReceptorStatus.POSITIVE:
        words = translate("summary_builder", "Positive ({percent}%)")
    else:
        words = translate("summary_builder", "Negative ({percent}%)")
    # "85%", "2.5%": as many decimals as were entered, with the language's decimal sign.
    return words.format(percent=f"{percent:g}".replace(".", decimal(0.5, 1)[1]))


def _her2_words(status: Her2Status, test: ReceptorTest) -> str:
    details = []
    if test.her2_ihc is not None:
        # "IHC 2+" in English, "IHQ 2+" in Spanish, as the receptor page writes it.
        details.append(
            translate("summary_builder", "IHC {score}").format(score=test.her2_ihc.value)
        )
    if test.ish is not None and test.ish.value in _ISH_WORDS:
        details.append(translate("summary_builder", _ISH_WORDS[test.ish.value]))
    words = translate("summary_builder", _HER2_WORDS[status])
    return f"{words} ({', '.join(details)})" if details else words


def _reading_text(explanations: Iterable[Explanation]) -> str:
    parts = []
    for explanation in explanations:
        text = explanation.text()
        if explanation.guideline is not None:
            text += translate("summary_builder", " Guideline: {name}.").format(
                name=explanation.guideline.name
            )
        parts.append(text)
    return " ".join(parts)


def _receptor_lines(test: ReceptorTest, reading: ReceptorReading) -> tuple[ReceptorLine, ...]:
    def explained(prefix: str) -> str:
        return _reading_text(e for e in reading.explanations if e.id.startswith(prefix))

    hormone_words = {
        ReceptorStatus.POSITIVE: translate("summary_builder", "Positive"),
        ReceptorStatus.NEGATIVE: translate("summary_builder", "Negative"),
        ReceptorStatus.UNKNOWN: translate("summary_builder", "Unknown"),
    }
    er, pr = translate("summary_data", MARKER_ER), translate("summary_data", MARKER_PR)
    lines = [
        ReceptorLine(er, _hormone_words(reading.er, test.er_percent), explained("er_")),
        ReceptorLine(pr, _hormone_words(reading.pr, test.pr_percent), explained("pr_")),
        ReceptorLine(
            translate("summary_builder", "Hormone receptor"),
            hormone_words[reading.hormone_receptor],
            explained("hr_"),
        ),
        ReceptorLine(MARKER_HER2, _her2_words(reading.her2, test), explained("her2_")),
    ]
    # The other markers have no reading in the knowledge files: printed only when entered.
    genes = [
        f"{name} {translate('summary_builder', _GENE_WORDS[result])}"
        for name, result in (("BRCA1", test.brca1), ("BRCA2", test.brca2))
        if result is not None
    ]
    if genes:
        lines.append(ReceptorLine("BRCA", "; ".join(genes).capitalize(), ""))
    for name, marker in (("PD-L1", test.pdl1), ("Trop-2", test.trop2)):
        if marker is not None:
            lines.append(
                ReceptorLine(name, translate("summary_builder", _MARKER_WORDS[marker]), "")
            )
    return tuple(lines)


def _receptor_summary(
    tests: Sequence[ReceptorTest], period: Period, knowledge: Knowledge
) -> ReceptorSummary | None:
    done = [test for test in tests if test.test_date <= period.last]
    test = latest_test(done)
    if test is None:
        return None
    rules = knowledge.receptors
    reading = read_receptors(test, rules)
    info = reading.subtype_info
    disagreements = compare_tests(done, rules)
    source_ids = [
        *(source for explanation in reading.explanations for source in explanation.source_ids),
        *(info.source_ids if info is not None else ()),
        *(rules.disagreement.source_ids if disagreements else ()),
    ]
    return ReceptorSummary(
        test_date=test.test_date,
        sample=_sample_words(test),
        lines=_receptor_lines(test, reading),
        subtype=info.label() if info is not None else translate("summary_builder", "Unknown"),
        subtype_meaning=info.response() if info is not None else "",
        differs_from_earlier=tuple(disagreement.text() for disagreement in disagreements),
        sources=_citations(source_ids, knowledge),
    )


# -- appointments and questions --------------------------------------------------------------------


def _appointments_and_questions(
    appointments: Iterable[Appointment], now: dt.datetime
) -> tuple[tuple[AppointmentLine, ...], tuple[QuestionLine, ...]]:
    ordered = sorted(appointments, key=lambda appointment: appointment.starts_at)
    upcoming = [appointment for appointment in ordered if appointment.starts_at >= now]
    past = [appointment for appointment in reversed(ordered) if appointment.starts_at < now]
    lines = tuple(
        AppointmentLine(
            when=appointment.starts_at,
            what=appointment_kind_word(appointment.kind),
            with_whom=appointment.clinician,
            place=appointment.place,
        )
        for appointment in upcoming[:MAX_APPOINTMENTS]
    )
    seen: set[str] = set()
    questions: list[QuestionLine] = []

    def add(text: str, asked_for: str) -> None:
        key = same_question(text)
        if key not in seen:
            seen.add(key)
            questions.append(QuestionLine(" ".join(text.split()), asked_for))

    for appointment in upcoming:
        what = appointment_kind_word(appointment.kind)
        for question in appointment.questions:
            if not question.answered:
                add(question.text, f"{what}, {short_day(appointment.starts_at.date())}")
    # Left open at past visits, the most recent visit first (as unanswered_from_past offers them).
    for appointment in past:
        for question in appointment.questions:
            if not question.answered:
                left_over = translate("summary_builder", "Left over from {day}")
                add(question.text, left_over.format(day=short_day(appointment.starts_at.date())))
    return lines, tuple(questions)


# -- notes -----------------------------------------------------------------------------------------


def _note_lines(
    entries: Iterable[SymptomEntry],
    day_notes: Mapping[dt.date, str],
    labels: Mapping[str, str],
    period: Period,
) -> tuple[tuple[NoteLine, ...], int]:
    """The day's note, then each symptom entry's note ("Bone pain: ..."), newest day first."""
    parts: dict[dt.date, list[str]] = {}
    for day, note in day_notes.items():
        if _in(period, day) and note.strip():
            parts.setdefault(day, []).insert(0, note.strip())
    for entry in entries:
        if _in(period, entry.day) and entry.note.strip():
            label = labels.get(entry.symptom_key, entry.symptom_key)
            parts.setdefault(entry.day, []).append(f"{label}: {entry.note.strip()}")
    days = sorted(parts, reverse=True)
    lines = tuple(
        NoteLine(day, shortened(" — ".join(parts[day]), NOTE_MAX_CHARACTERS))
        for day in days[:NOTES_MAX_DAYS]
    )
    return lines, max(0, len(days) - NOTES_MAX_DAYS)


# -- the profile ---------------------------------------------------------------------------------

# Each is "Short words (what they mean)": the first page prints the words before " (".
PRESENTATION_WORDS: Mapping[Presentation, str] = {
    Presentation.DE_NOVO: QT_TRANSLATE_NOOP(
        "summary_builder", "De novo (metastatic at the first diagnosis)"
    ),
    Presentation.RECURRENCE: QT_TRANSLATE_NOOP(
        "summary_builder", "Recurrence (came back after earlier treatment)"
    ),
}


def profile_facts(person: Person) -> ProfileFacts:
    """The diagnosis dates, de novo or recurrence, and the sites of spread the profile holds."""
    sites = [
        label
        for label, spread in (
            (translate("summary_builder", "Bone"), person.spread_bone),
            (translate("summary_builder", "Lung"), person.spread_lung),
            (translate("summary_builder", "Liver"), person.spread_liver),
            (translate("summary_builder", "Brain"), person.spread_brain),
        )
        if spread
    ]
    other = " ".join(person.spread_other.split())
    if other:
        sites.append(other)
    return ProfileFacts(
        metastatic_diagnosis=person.metastatic_diagnosis_date,
        first_diagnosis=person.first_diagnosis_date,
        presentation=(
            translate("summary_builder", PRESENTATION_WORDS[person.presentation])
            if person.presentation
            else ""
        ),
        sites=tuple(sites),
    )


def contact_lines(contacts: Iterable[CareTeamContact]) -> tuple[ContactLine, ...]:
    """The care team's contacts as printed (name, role, phone, email), in the profile's order."""
    return tuple(
        ContactLine(
            " ".join(contact.name.split()),
            " ".join(contact.role.split()),
            contact.phone.strip(),
            contact.email.strip(),
        )
        for contact in contacts
    )


# -- the whole summary -----------------------------------------------------------------------------


def _earlier_promptly(flags: Iterable[Flag], period: Period) -> tuple[str, ...]:
    """One line per symptom with "contact promptly" flags still open from before ``period``,
    newest first: "Temperature (8 Oct 2026)", or "Seizure (fit) (29 May to 30 May 2025; 12
    times in all)"."""
    by_symptom: dict[str, list[Flag]] = {}
    for flag in flags:
        if flag.level is FlagLevel.PROMPTLY and flag.is_open and flag.last_day < period.first:
            by_symptom.setdefault(flag.symptom_label, []).append(flag)
    lines = []
    for label, found in by_symptom.items():
        newest = max(found, key=lambda flag: (flag.last_day, flag.first_day))
        words = day_span(newest.first_day, newest.last_day)
        if len(found) > 1:
            times = len(found)
            words += translate("summary_builder", "; %n times in all", "", times)
        lines.append((newest.last_day, f"{label} ({words})"))
    return tuple(line for _day, line in sorted(lines, key=lambda pair: pair[0], reverse=True))


def build_summary_data(
    *,
    person: Person | None,
    period: Period,
    today: dt.date,
    now: dt.datetime,
    sections: Iterable[Section],
    prepared_by: PreparedBy,
    paper_size: PaperSize,
    knowledge: Knowledge,
    flags: Iterable[Flag] = (),
    tracked: Iterable[TrackedSymptom] = (),
    entries: Iterable[SymptomEntry] = (),
    measurements: Iterable[Measurement] = (),
    treatments: Iterable[Treatment] = (),
    receptor_tests: Sequence[ReceptorTest] = (),
    appointments: Iterable[Appointment] = (),
    day_notes: Mapping[dt.date, str] | None = None,
    fever_from_celsius: float | None = None,
    care_team: Iterable[CareTeamContact] = (),
    appendix: bool = False,
    earlier_flags: Iterable[Flag] = (),
    medicines: Iterable[tuple[Treatment, DoseCounts]] = (),
    relief: Sequence[ReliefSeries] = (),
    day_value: DayValue = DayValue.HIGHEST,
) -> SummaryData:
    """The summary of ``period`` for the chosen ``sections``, from the record's domain objects.

    ``flags`` are evaluated on the whole record (flags that reach the period are enough; the
    temperature part counts the days of fever flags, ``fever_from_celsius`` is their threshold:
    None, the app default);
    ``entries``, ``measurements`` and ``appointments`` may hold the whole record too: only the
    period (and, for the comparison, the period before it) is read from them. ``now`` decides
    which appointments are upcoming; ``today`` which treatments are planned. The profile's facts
    and the ``care_team`` are printed whatever the sections; ``appendix`` adds the receptor
    readings in full and the notes (when their sections are on) at the end. ``medicines`` are
    each treatment's doses counted over the period (printed with the treatments), ``relief``
    the scores before and after its as-needed doses (charted with the treatments).
    ``day_value`` says which value stands for a day with several entries of a rated symptom.
    """
    chosen = frozenset(sections)
    previous = period.previous()
    unit = person.weight_unit if person is not None else WeightUnit.KG
    degrees = person.temperature_unit if person is not None else TemperatureUnit.CELSIUS
    fever_threshold = (
        knowledge.flags.defaults.fever_from_celsius
        if fever_from_celsius is None
        else fever_from_celsius
    )
    ordered = today_order(tracked)
    labels = {symptom.key: symptom.label for symptom in ordered}
    kinds = {symptom.key: symptom.kind for symptom in ordered}
    # The period and the one before it are all the symptom parts read: filter ten years once.
    recent = [entry for entry in entries if previous.first <= entry.day <= period.last]
    in_period = [entry for entry in recent if entry.day >= period.first]
    for entry in in_period:
        if entry.symptom_key not in labels:  # an entry of a symptom no longer tracked
            labels[entry.symptom_key] = entry.symptom_key.replace("_", " ").capitalize()
            kinds[entry.symptom_key] = (
                SymptomKind.RATED if entry.severity is not None else SymptomKind.EVENT
            )
    all_flags = list(flags)
    flag_list = all_flags if Section.FLAGS in chosen else []
    treatment_list = list(treatments)
    appointment_list = list(appointments)
    notes = day_notes or {}

    flag_lines, flags_quiet = (
        _flag_lines(flag_list, period, knowledge) if Section.FLAGS in chosen else ((), 0)
    )

    history: HistoryData | None = None
    symptoms: tuple[SymptomStats, ...] = ()
    if Section.SYMPTOMS in chosen:
        now_daily = _daily_by_key(in_period, period, day_value)
        before_daily = _daily_by_key(recent, previous, day_value)
        keys = [key for key in labels if key in now_daily]
        symptoms = _symptom_stats(keys, kinds, labels, now_daily, before_daily)
        history = build_history_data(
            first=period.first,
            last=period.last,
            keys=keys,
            tracked=ordered,
            # Entry notes reach the chart's points only when the notes are part of the summary.
            entries=(
                in_period
                if Section.NOTES in chosen
                else [replace(entry, note="") if entry.note else entry for entry in in_period]
            ),
            # The weight's and the temperature's lanes follow their parts of the summary.
            measurements=[
                measurement
                for measurement in measurements
                if _section_of(measurement.kind) in chosen and _in(period, measurement.day)
            ],
            weight_unit=unit,
            temperature_unit=degrees,
            fever_from_celsius=fever_threshold,
            treatments=treatment_list if Section.TREATMENTS in chosen else (),
            category_labels={
                category: knowledge.treatments.category(category).label()
                for category in TreatmentCategory
            },
            appointments=appointment_list if Section.APPOINTMENTS in chosen else (),
            flags=flag_list,
            day_notes=notes if Section.NOTES in chosen else None,
            day_value=day_value,
        )
        if relief and Section.TREATMENTS in chosen:
            history = replace(history, relief=tuple(relief))

    appointment_lines, questions = (
        _appointments_and_questions(appointment_list, now)
        if Section.APPOINTMENTS in chosen
        else ((), ())
    )
    # The notes print only in the appendix: without it, none of them reaches the page.
    note_lines, notes_left_out = (
        _note_lines(in_period, notes, labels, period)
        if Section.NOTES in chosen and appendix
        else ((), 0)
    )
    earlier_promptly = _earlier_promptly(earlier_flags, period)
    return SummaryData(
        earlier_promptly=earlier_promptly if Section.FLAGS in chosen else (),
        person_name=person.name if person is not None else "",
        date_of_birth=person.date_of_birth if person is not None else None,
        period=period,
        made_on=today,
        prepared_by=prepared_by,
        paper_size=paper_size,
        sections=chosen,
        flags=flag_lines,
        flags_quiet=flags_quiet,
        history=history,
        symptoms=symptoms,
        weight=(_weight_summary(measurements, period, unit) if Section.WEIGHT in chosen else None),
        treatments=(
            _treatment_lines(treatment_list, period, today, knowledge)
            if Section.TREATMENTS in chosen
            else ()
        ),
        receptors=(
            _receptor_summary(receptor_tests, period, knowledge)
            if Section.RECEPTORS in chosen
            else None
        ),
        appointments=appointment_lines,
        questions=questions,
        notes=note_lines,
        notes_left_out=notes_left_out,
        temperature=(
            _temperature_summary(measurements, period, degrees, all_flags, fever_threshold)
            if Section.TEMPERATURE in chosen
            else None
        ),
        profile=profile_facts(person) if person is not None else None,
        care_team=contact_lines(care_team),
        appendix=appendix,
        medicines=medicine_lines(medicines) if Section.TREATMENTS in chosen else (),
        # The chart's key always says which value stands for a day; the table says it too
        # when it is the average (the table's "Average" is then a mean of daily averages) and
        # a day of the period holds several entries. (A line more on every summary of a record
        # with such days, for the default that was always so, would cost a page.)
        day_value_note=(
            day_value.caption
            if day_value is DayValue.AVERAGE
            and Section.SYMPTOMS in chosen
            and _several_a_day(in_period)
            else ""
        ),
    )
