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

from mbc_tracker.domain.dates import decimal
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import Treatment
from mbc_tracker.domain.schedules import DoseCounts
from mbc_tracker.reports.summary_data import MedicineLine


def _reasons(reasons: Iterable[tuple[str, int]], unexplained: int = 0) -> str:
    parts = [f"{reason} ({count})" for reason, count in reasons]
    if unexplained > 0:
        parts.append(
            translate("summary_medicines", "no reason given ({count})").format(count=unexplained)
        )
    return ", ".join(parts)


def scheduled_words(counts: DoseCounts) -> str:
    """ "Scheduled doses: 20 taken, 1 skipped, 1 not recorded, 1 still due today." ("" when the
    period held no scheduled dose)."""
    if not counts.taken + counts.skipped + counts.not_recorded + counts.still_due:
        return ""
    if counts.still_due:
        words = translate(
            "summary_medicines",
            "Scheduled doses: {taken} taken, {skipped} skipped, {not_recorded} not recorded, "
            "{still_due} still due today.",
        )
    else:
        words = translate(
            "summary_medicines",
            "Scheduled doses: {taken} taken, {skipped} skipped, {not_recorded} not recorded.",
        )
    return words.format(
        taken=counts.taken,
        skipped=counts.skipped,
        not_recorded=counts.not_recorded,
        still_due=counts.still_due,
    )


def relief_words(counts: DoseCounts) -> str:
    """ "Pain fell by 1.8 points on average (0–10), over 8 doses with both scores." ("" when no
    dose was taken as needed)."""
    if not counts.as_needed_taken:
        return ""
    if counts.average_relief is None or not counts.relief_counted:
        return translate("summary_medicines", "No dose has both a score before and a score after.")
    reasons = [reason for reason, _count in counts.reasons_taken]
    what = (
        reasons[0].capitalize()
        if len(reasons) == 1
        else translate("summary_medicines", "The score")
    )
    # (English takes its singular from the code: a source text's %n would read "1 doses".)
    doses = counts.relief_counted  # (lupdate reads a count only when it is a plain name)
    if doses == 1:
        over = translate("summary_medicines", "over 1 dose with both scores")
    else:
        over = translate("summary_medicines", "over %n doses with both scores", "", doses)
    average = round(counts.average_relief, 1)
    if average == 0:
        words = translate("summary_medicines", "{what} stayed about the same on average, {over}.")
    elif abs(average) == 1:
        words = (
            translate(
                "summary_medicines", "{what} fell by {points} point on average (0–10), {over}."
            )
            if average > 0
            else translate(
                "summary_medicines", "{what} rose by {points} point on average (0–10), {over}."
            )
        )
    elif average > 0:
        words = translate(
            "summary_medicines", "{what} fell by {points} points on average (0–10), {over}."
        )
    else:
        words = translate(
            "summary_medicines", "{what} rose by {points} points on average (0–10), {over}."
        )
    return words.format(what=what, over=over, points=decimal(abs(average), 1))


def medicine_words(counts: DoseCounts) -> tuple[str, ...]:
    """The lines printed for one medicine, in order; empty when it had no dose in the period."""
    words = []
    scheduled = scheduled_words(counts)
    if scheduled:
        words.append(scheduled)
    if counts.skipped:
        given = sum(count for _reason, count in counts.skip_reasons)
        words.append(
            translate("summary_medicines", "Reasons given for skipping: {reasons}.").format(
                reasons=_reasons(counts.skip_reasons, counts.skipped - given)
            )
        )
    if counts.as_needed_taken:
        reasons = _reasons(counts.reasons_taken)
        taken = counts.as_needed_taken
        if taken == 1:
            how_often = translate("summary_medicines", "Taken as needed once")
        elif taken == 2:
            how_often = translate("summary_medicines", "Taken as needed twice")
        else:
            how_often = translate("summary_medicines", "Taken as needed %n times", "", taken)
        if reasons:
            how_often = translate("summary_medicines", "{taken}; reasons: {reasons}.").format(
                taken=how_often, reasons=reasons
            )
        else:
            how_often += "."
        words.append(how_often)
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
