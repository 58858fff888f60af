"""The summary's first page in words: what an oncologist needs at a glance, without Qt.

``at_a_glance`` reads only a ``SummaryData`` (so a section switched off stays off here too) and
picks what the first page says: the diagnosis dates, de novo or recurrence and the sites of
spread from the profile; the latest receptor subtype in one line; the treatments taken now and
what changed in the period; one row per symptom flagged "contact promptly" and per symptom to
mention, each with its newest finding; the symptoms that changed most against the previous
period; temperature and weight in one line each. The details pages say the rest. Choices made
here (how many changes are listed) are app defaults, not medical ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mbc_tracker.domain.dates import day_span, decimal, short_day
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.reports.summary_data import (
    ABOUT_THE_SAME_POINTS,
    FlagLine,
    SummaryData,
    SymptomStats,
    TreatmentStatus,
    headline_markers,
    is_worse_since,
)

MAX_CHANGES = 4  # symptoms listed under "Biggest changes" (an app default)
# Symptoms listed under each flag level on the first page; the rest are counted, and every one is
# in the details that follow (an app default, so that the first page stays one page).
MAX_FLAG_ROWS = 8


@dataclass(frozen=True)
class GlanceFlag:
    """One symptom flagged at one level: its newest finding and how many flags it has."""

    level: FlagLevel
    symptom: str
    newest: str  # the newest flag's finding, with its days
    count: int  # flags of this symptom at this level in the period
    discussed: str  # "" when not yet discussed; else "Discussed on 5 Nov 2026; worse since"


@dataclass(frozen=True)
class Glance:
    diagnosis: str  # "" when the profile gives no date and no presentation
    sites: str  # "" when none is given
    subtype: str  # "" when the receptor section is off or no test is recorded
    treatments_now: tuple[str, ...]
    treatment_changes: tuple[str, ...]
    promptly: tuple[GlanceFlag, ...]  # at most MAX_FLAG_ROWS
    to_mention: tuple[GlanceFlag, ...]  # at most MAX_FLAG_ROWS
    changes: tuple[str, ...]
    temperature: str  # "" when the section is off or nothing was measured
    weight: str
    promptly_left_out: int = 0  # symptoms flagged "promptly" beyond MAX_FLAG_ROWS
    to_mention_left_out: int = 0


def _diagnosis(data: SummaryData) -> str:
    profile = data.profile
    if profile is None:
        return ""
    parts = []
    if profile.metastatic_diagnosis is not None:
        parts.append(
            translate("summary_glance", "Metastatic since {day}").format(
                day=short_day(profile.metastatic_diagnosis)
            )
        )
    if profile.presentation:
        # "De novo (metastatic at the first diagnosis)": the words before the brackets.
        parts.append(profile.presentation.split(" (")[0].lower())
    if profile.first_diagnosis is not None:
        parts.append(
            translate("summary_glance", "first diagnosed {day}").format(
                day=short_day(profile.first_diagnosis)
            )
        )
    return "; ".join(parts)


def _subtype(data: SummaryData) -> str:
    receptors = data.receptors
    if receptors is None:
        return ""
    markers = headline_markers() | {"ER", "PR"}  # (and as a hand-made summary names them)
    results = ", ".join(
        # "HER2-low (IHC 2+)" names its marker already; "Positive (70%)" does not.
        line.result if line.result.startswith(line.marker) else f"{line.marker} {line.result}"
        for line in receptors.lines
        if line.marker in markers
    )
    return translate("summary_glance", "{subtype}: {results}; test of {day}, {sample}").format(
        subtype=receptors.subtype,
        results=results,
        day=short_day(receptors.test_date),
        sample=f"{receptors.sample[:1].lower()}{receptors.sample[1:]}",
    )


def _treatments(data: SummaryData) -> tuple[tuple[str, ...], tuple[str, ...]]:
    now = []
    changes = []
    period = data.period
    for line in data.treatments:
        if line.status == TreatmentStatus.TAKING_NOW:
            # A dash, not brackets: a name or a kind often has brackets of its own.
            now.append(
                translate("summary_glance", "{name} – {kind}, since {day}").format(
                    name=line.name, kind=line.category, day=short_day(line.started)
                )
            )
        if line.status == TreatmentStatus.PLANNED:
            changes.append(
                translate("summary_glance", "Planned: {name}, from {day}").format(
                    name=line.name, day=short_day(line.started)
                )
            )
        elif period.first <= line.started <= period.last:
            changes.append(
                translate("summary_glance", "Started {name} on {day}").format(
                    name=line.name, day=short_day(line.started)
                )
            )
        stopped = line.status in (TreatmentStatus.STOPPED_IN, TreatmentStatus.STOPPED_AFTER)
        if stopped and line.stopped is not None:
            why = [line.why_stopped.lower()] if line.why_stopped else []
            if line.status == TreatmentStatus.STOPPED_AFTER:
                why.append(translate("summary_glance", "after this period"))
            note = f" ({', '.join(why)})" if why else ""
            changes.append(
                translate("summary_glance", "Stopped {name} on {day}").format(
                    name=line.name, day=short_day(line.stopped)
                )
                + note
            )
    return tuple(now), tuple(changes)


def _is_open(flag: FlagLine) -> bool:
    return not flag.discussed or is_worse_since(flag.discussed)


def _flag_rows(flags: tuple[FlagLine, ...], level: FlagLevel) -> tuple[GlanceFlag, ...]:
    """One row per symptom at ``level``, for the flags still open (the data lists the newest
    of each symptom first)."""
    rows: dict[str, GlanceFlag] = {}
    for flag in flags:
        if flag.level is not level or not _is_open(flag):
            continue
        found = rows.get(flag.symptom)
        if found is None:
            newest = flag.what_happened
            if not re.search(r"\b\d{4}\b", newest):  # the finding names no day: add them
                newest = f"{newest}; {flag.days}"
            rows[flag.symptom] = GlanceFlag(level, flag.symptom, newest, 1, flag.discussed)
        else:
            rows[flag.symptom] = GlanceFlag(
                level, found.symptom, found.newest, found.count + 1, found.discussed
            )
    return tuple(rows.values())


def _change_size(stats: SymptomStats) -> tuple[int, float]:
    """How much a symptom changed: events that came more often first, then rated averages."""
    if stats.kind is SymptomKind.EVENT:
        before = stats.previous_days_present or 0
        return (0 if stats.days_present > before else 2, -abs(stats.days_present - before))
    if stats.average is None or stats.previous_average is None:
        return (3, 0.0)
    return (1, -abs(stats.average - stats.previous_average))


def _changes(data: SummaryData) -> tuple[str, ...]:
    changed = []
    for stats in data.symptoms:
        if stats.previous_days_present is None:
            continue  # not logged before: nothing to compare with
        if stats.kind is SymptomKind.EVENT:
            if stats.days_present == stats.previous_days_present:
                continue
        elif (
            stats.average is None
            or stats.previous_average is None
            or abs(stats.average - stats.previous_average) < ABOUT_THE_SAME_POINTS
        ):
            continue
        changed.append(stats)
    changed.sort(key=_change_size)
    return tuple(
        f"{stats.label}: {stats.change[:1].lower()}{stats.change[1:]}" for stats in changed
    )[:MAX_CHANGES]


def _temperature(data: SummaryData) -> str:
    temperature = data.temperature
    if temperature is None:
        return ""
    unit = temperature.unit_label
    days = temperature.days_measured
    highest = translate("summary_glance", "Highest {value} {unit} on {day}").format(
        value=decimal(temperature.highest, 1), unit=unit, day=short_day(temperature.highest_day)
    )
    measured = (
        translate("summary_glance", "1 day measured")
        if days == 1
        else translate("summary_glance", "%n days measured", "", days)
    )
    line = f"{highest}; {measured}; "
    flagged = temperature.flagged_days
    if not flagged:
        return line + translate("summary_glance", "no fever flag")
    shown = ", ".join(short_day(day) for day in flagged[:3])
    if len(flagged) > 3:
        more = len(flagged) - 3  # (lupdate reads a count only when it is a plain name)
        shown = translate("summary_glance", "{days} and %n more", "", more).format(days=shown)
    return line + translate(
        "summary_glance", "fever flag on {days} (from {value} {unit}, an adjustable app default)"
    ).format(days=shown, value=decimal(temperature.threshold, 1), unit=unit)


def _weight(data: SummaryData) -> str:
    weight = data.weight
    if weight is None:
        return ""
    unit = weight.unit_label
    if weight.measurements == 1:
        return translate("summary_glance", "{value} {unit} on {day} (weighed once)").format(
            value=decimal(weight.first_value, 1), unit=unit, day=short_day(weight.first_day)
        )
    difference = round(weight.last_value - weight.first_value, 1)
    if difference == 0:
        change = translate("summary_glance", "no change")
    else:
        percent = abs(difference) / weight.first_value * 100
        change = (
            translate("summary_glance", "up {amount} {unit}, {percent}%")
            if difference > 0
            else translate("summary_glance", "down {amount} {unit}, {percent}%")
        ).format(amount=decimal(abs(difference), 1), unit=unit, percent=decimal(percent, 1))
    weighed = weight.measurements  # (lupdate reads a count only when it is a plain name)
    line = translate(
        "summary_glance",
        "{first} to {last} {unit} ({change}), {span}, %n days weighed",
        "",
        weighed,
    ).format(
        first=decimal(weight.first_value, 1),
        last=decimal(weight.last_value, 1),
        unit=unit,
        change=change,
        span=day_span(weight.first_day, weight.last_day),
    )
    # The lowest and highest only when they lie outside the first and last weights.
    ends = (weight.first_value, weight.last_value)
    if weight.lowest < min(ends):
        line += translate("summary_glance", "; lowest {value} {unit}").format(
            value=decimal(weight.lowest, 1), unit=unit
        )
    if weight.highest > max(ends):
        line += translate("summary_glance", "; highest {value} {unit}").format(
            value=decimal(weight.highest, 1), unit=unit
        )
    return line


def at_a_glance(data: SummaryData) -> Glance:
    """What the first page of ``data``'s summary says."""
    now, changes = _treatments(data)
    profile = data.profile
    promptly = _flag_rows(data.flags, FlagLevel.PROMPTLY)
    to_mention = _flag_rows(data.flags, FlagLevel.NEXT_VISIT)
    return Glance(
        diagnosis=_diagnosis(data),
        sites=", ".join(profile.sites) if profile is not None else "",
        subtype=_subtype(data),
        treatments_now=now,
        treatment_changes=changes,
        promptly=promptly[:MAX_FLAG_ROWS],
        to_mention=to_mention[:MAX_FLAG_ROWS],
        changes=_changes(data),
        temperature=_temperature(data),
        weight=_weight(data),
        promptly_left_out=max(0, len(promptly) - MAX_FLAG_ROWS),
        to_mention_left_out=max(0, len(to_mention) - MAX_FLAG_ROWS),
    )


def previous_period_words(data: SummaryData) -> str:
    """ "the previous 16 days (30 Oct to 14 Nov 2026)", for the changes' heading."""
    previous = data.period.previous()
    days = previous.days  # (lupdate reads a count only when it is a plain name)
    return translate("summary_glance", "the previous %n days ({span})", "", days).format(
        span=day_span(previous.first, previous.last)
    )
