"""The summary's "Medicines in this period": each medicine's doses counted, in plain words.

For a medicine with a schedule: how many of the period's doses were taken, skipped, not
recorded (no answer saved: never assumed taken) and still due today; the reasons given for
skipping, the most given first. For one taken as needed: how often, for what reasons, and how
much the score fell on average over the doses with both a before and an after score. The words
state what was recorded and nothing more: no judgement, no advice. The counting itself is
``domain.schedules.count_doses``; ``services.summary`` reads the period's doses for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from mbc_tracker.domain.records import Treatment
from mbc_tracker.domain.schedules import DoseCounts
from mbc_tracker.reports.summary_data import MedicineLine


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def _reasons(reasons: Iterable[tuple[str, int]], unexplained: int = 0) -> str:
    parts = [f"{reason} ({count})" for reason, count in reasons]
    if unexplained > 0:
        parts.append(f"no reason given ({unexplained})")
    return ", ".join(parts)


def scheduled_words(counts: DoseCounts) -> str:
    """ "Scheduled doses: 20 taken, 1 skipped, 1 not recorded, 1 still due today." ("" when the
    period held no scheduled dose)."""
    if not counts.taken + counts.skipped + counts.not_recorded + counts.still_due:
        return ""
    parts = [
        f"{counts.taken} taken",
        f"{counts.skipped} skipped",
        f"{counts.not_recorded} not recorded",
    ]
    if counts.still_due:
        parts.append(f"{counts.still_due} still due today")
    return "Scheduled doses: " + ", ".join(parts) + "."


def relief_words(counts: DoseCounts) -> str:
    """ "Pain fell by 1.8 points on average (0–10), over 8 doses with both scores." ("" when no
    dose was taken as needed)."""
    if not counts.as_needed_taken:
        return ""
    if counts.average_relief is None or not counts.relief_counted:
        return "No dose has both a score before and a score after."
    reasons = [reason for reason, _count in counts.reasons_taken]
    what = reasons[0].capitalize() if len(reasons) == 1 else "The score"
    doses = "1 dose" if counts.relief_counted == 1 else f"{counts.relief_counted} doses"
    over = f"over {doses} with both scores"
    average = round(counts.average_relief, 1)
    if average == 0:
        return f"{what} stayed about the same on average, {over}."
    direction = "fell" if average > 0 else "rose"
    points = "point" if abs(average) == 1 else "points"
    return f"{what} {direction} by {abs(average):.1f} {points} on average (0–10), {over}."


def medicine_words(counts: DoseCounts) -> tuple[str, ...]:
    """The lines printed for one medicine, in order; empty when it had no dose in the period."""
    words = []
    scheduled = scheduled_words(counts)
    if scheduled:
        words.append(scheduled)
    if counts.skipped:
        given = sum(count for _reason, count in counts.skip_reasons)
        words.append(
            "Reasons given for skipping: "
            + _reasons(counts.skip_reasons, counts.skipped - given)
            + "."
        )
    if counts.as_needed_taken:
        reasons = _reasons(counts.reasons_taken)
        words.append(
            f"Taken as needed {_times(counts.as_needed_taken)}"
            + (f"; reasons: {reasons}." if reasons else ".")
        )
        words.append(relief_words(counts))
    return tuple(words)


def medicine_lines(counted: Iterable[tuple[Treatment, DoseCounts]]) -> tuple[MedicineLine, ...]:
    """A line per medicine with doses in the period, in the order given (the treatments')."""
    lines = []
    for treatment, counts in counted:
        words = medicine_words(counts)
        if words:
            lines.append(MedicineLine(name=treatment.name, counts=counts, words=words))
    return tuple(lines)
