"""The summary's "Medicines in this period": each medicine's doses counted in calm words, from a
real record, printed in the PDF with what "not recorded" means said once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication

from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import DoseCounts, DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.printing import write_summary_pdf
from mbc_tracker.reports.summary_data import ALL_SECTIONS, Period, Section
from mbc_tracker.reports.summary_medicines import medicine_words, relief_words
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 12, 0)
PERIOD = Period(dt.date(2026, 3, 1), TODAY)


def test_scheduled_doses_and_the_reasons_for_skipping_are_counted_most_given_first() -> None:
    counts = DoseCounts(
        taken=6,
        skipped=3,
        not_recorded=1,
        still_due=1,
        skip_reasons=(("felt sick", 2),),
    )

    assert medicine_words(counts) == (
        "Scheduled doses: 6 taken, 3 skipped, 1 not recorded, 1 still due today.",
        "Reasons given for skipping: felt sick (2), no reason given (1).",
    )


def test_relief_is_said_as_a_fall_or_a_rise_over_the_doses_with_both_scores() -> None:
    fell = DoseCounts(
        as_needed_taken=14,
        average_relief=3.25,
        relief_counted=12,
        reasons_taken=(("pain", 14),),
    )
    assert medicine_words(fell) == (
        "Taken as needed 14 times; reasons: pain (14).",
        "Pain fell by 3.2 points on average (0–10), over 12 doses with both scores.",
    )
    rose = DoseCounts(as_needed_taken=1, average_relief=-1.0, relief_counted=1)
    assert (
        relief_words(rose)
        == "The score rose by 1.0 point on average (0–10), over 1 dose with both scores."
    )
    no_scores = DoseCounts(as_needed_taken=2, reasons_taken=(("pain", 1), ("headache", 1)))
    assert medicine_words(no_scores) == (
        "Taken as needed twice; reasons: pain (1), headache (1).",
        "No dose has both a score before and a score after.",
    )
    assert medicine_words(DoseCounts()) == ()


def test_the_summary_prints_each_medicine_with_doses_and_says_once_what_not_recorded_means(
    qapp: QApplication, record: CareRecord, tmp_path: Path
) -> None:
    start = dt.date(2026, 2, 1)
    tablets = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", start), today=TODAY
    )
    relief = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, "Paracetamol", start), today=TODAY
    )
    record.treatments.add(Treatment(TreatmentCategory.OTHER, "Unscheduled", start), today=TODAY)
    assert tablets.id is not None and relief.id is not None
    record.medicines.set_schedule(
        tablets.id, Schedule(ScheduleKind.DAILY, start, times=(dt.time(9, 0),))
    )
    record.medicines.set_schedule(
        relief.id,
        Schedule(ScheduleKind.AS_NEEDED, start, reason="pain", minimum_gap=dt.timedelta(hours=4)),
    )
    nine = dt.time(9, 0)
    for day in range(1, 10):  # 1 to 9 March; the 10th's dose is still due at noon
        when = dt.date(2026, 3, day)
        if day == 4:
            continue  # nothing recorded
        if day in (2, 6):
            dose = DoseRecord(when, nine, DoseStatus.SKIPPED, reason="felt sick")
        else:
            dose = DoseRecord(when, nine, DoseStatus.TAKEN)
        record.medicines.record_dose(tablets.id, dose)
    for day, before, after in ((3, 6, 2), (5, 5, 3), (7, 4, None)):
        record.medicines.record_dose(
            relief.id,
            DoseRecord(
                dt.date(2026, 3, day),
                dt.time(14, 0),
                DoseStatus.TAKEN,
                reason="pain",
                before=before,
                after=after,
            ),
        )

    data = record.summary.data(PERIOD, ALL_SECTIONS, today=TODAY, now=NOW)

    assert [(line.name, line.words) for line in data.medicines] == [
        (
            "Letrozole",
            (
                "Scheduled doses: 6 taken, 2 skipped, 1 not recorded, 1 still due today.",
                "Reasons given for skipping: felt sick (2).",
            ),
        ),
        (
            "Paracetamol",
            (
                "Taken as needed 3 times; reasons: pain (3).",
                "Pain fell by 3.0 points on average (0–10), over 2 doses with both scores.",
            ),
        ),
    ]
    # The chart's relief lane: the two doses with a score before and after.
    assert data.history is not None
    assert [(series.medicine, len(series.doses)) for series in data.history.relief] == [
        ("Paracetamol", 2)
    ]
    pdf = tmp_path / "summary.pdf"
    write_summary_pdf(data, pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    assert "Medicines in this period" in text
    assert "6 taken, 2 skipped, 1 not recorded, 1 still due today" in text
    assert "Pain fell by 3.0 points on average" in text
    assert text.count("no answer was saved") == 1

    without = record.summary.data(PERIOD, ALL_SECTIONS - {Section.TREATMENTS}, today=TODAY, now=NOW)
    assert without.medicines == ()
