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

from mbc_tracker.domain.dates import day_span, short_day
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.reports.summary_data import (
    ABOUT_THE_SAME_POINTS,
    FlagLine,
    SummaryData,
    SymptomStats,
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
        parts.append(f"Metastatic since {short_day(profile.metastatic_diagnosis)}")
    if profile.presentation:
        parts.append(profile.presentation.split(" (")[0].lower())
    if profile.first_diagnosis is not None:
        parts.append(f"first diagnosed {short_day(profile.first_diagnosis)}")
    return "; ".join(parts)


def _subtype(data: SummaryData) -> str:
    receptors = data.receptors
    if receptors is None:
        return ""
    results = ", ".join(
        # "HER2-low (IHC 2+)" names its marker already; "Positive (70%)" does not.
        line.result if line.result.startswith(line.marker) else f"{line.marker} {line.result}"
        for line in receptors.lines
        if line.marker in ("ER", "PR", "HER2")
    )
    return (
        f"{receptors.subtype}: {results}; test of {short_day(receptors.test_date)}, "
        f"{receptors.sample[:1].lower()}{receptors.sample[1:]}"
    )


def _treatments(data: SummaryData) -> tuple[tuple[str, ...], tuple[str, ...]]:
    now = []
    changes = []
    period = data.period
    for line in data.treatments:
        if line.status == "Taking now":
            # A dash, not brackets: a name or a kind often has brackets of its own.
            now.append(f"{line.name} – {line.category}, since {short_day(line.started)}")
        if line.status == "Planned":
            changes.append(f"Planned: {line.name}, from {short_day(line.started)}")
        elif period.first <= line.started <= period.last:
            changes.append(f"Started {line.name} on {short_day(line.started)}")
        stopped = line.status in ("Stopped in this period", "Stopped after this period")
        if stopped and line.stopped is not None:
            why = [line.why_stopped.lower()] if line.why_stopped else []
            if line.status == "Stopped after this period":
                why.append("after this period")
            note = f" ({', '.join(why)})" if why else ""
            changes.append(f"Stopped {line.name} on {short_day(line.stopped)}{note}")
    return tuple(now), tuple(changes)


def _is_open(flag: FlagLine) -> bool:
    return not flag.discussed or flag.discussed.endswith("worse since")


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
    line = (
        f"Highest {temperature.highest:.1f} {unit} on {short_day(temperature.highest_day)}; "
        f"{days} day{'s' if days != 1 else ''} measured; "
    )
    flagged = temperature.flagged_days
    if not flagged:
        return line + "no fever flag"
    shown = ", ".join(short_day(day) for day in flagged[:3])
    more = f" and {len(flagged) - 3} more" if len(flagged) > 3 else ""
    return (
        line + f"fever flag on {shown}{more} (from {temperature.threshold:.1f} {unit}, "
        "an adjustable app default)"
    )


def _weight(data: SummaryData) -> str:
    weight = data.weight
    if weight is None:
        return ""
    unit = weight.unit_label
    if weight.measurements == 1:
        return f"{weight.first_value:.1f} {unit} on {short_day(weight.first_day)} (weighed once)"
    difference = round(weight.last_value - weight.first_value, 1)
    if difference == 0:
        change = "no change"
    else:
        percent = abs(difference) / weight.first_value * 100
        direction = "up" if difference > 0 else "down"
        change = f"{direction} {abs(difference):.1f} {unit}, {percent:.1f}%"
    line = (
        f"{weight.first_value:.1f} to {weight.last_value:.1f} {unit} ({change}), "
        f"{day_span(weight.first_day, weight.last_day)}, {weight.measurements} days weighed"
    )
    # The lowest and highest only when they lie outside the first and last weights.
    ends = (weight.first_value, weight.last_value)
    if weight.lowest < min(ends):
        line += f"; lowest {weight.lowest:.1f} {unit}"
    if weight.highest > max(ends):
        line += f"; highest {weight.highest:.1f} {unit}"
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
    return f"the previous {previous.days} days ({day_span(previous.first, previous.last)})"
