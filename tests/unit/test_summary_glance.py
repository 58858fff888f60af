"""What the summary's first page says (``reports.summary_glance``), from hand-built summaries.

The treatments taken now and what changed in the period; one row per symptom and level for the
flags still open, the newest finding first, at most ``MAX_FLAG_ROWS`` with the rest counted; the
symptoms that changed most; temperature and weight in one line each, the fever threshold named as
an adjustable app default; the profile's facts; and a section switched off says nothing here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.reports.summary_data import (
    ALL_SECTIONS,
    Section,
    SummaryData,
    SymptomStats,
    TreatmentLine,
)
from mbc_tracker.reports.summary_glance import MAX_CHANGES, MAX_FLAG_ROWS, at_a_glance
from tests.unit.test_summary_pdf import flag, summary


def treatment(name: str, started: dt.date, stopped: dt.date | None, status: str) -> TreatmentLine:
    return TreatmentLine(name, "Chemotherapy", started, stopped, status, "", "")


def test_the_treatments_now_and_what_changed_in_the_period() -> None:
    data = dataclasses.replace(
        summary(),
        treatments=(
            treatment("Old", dt.date(2025, 1, 1), None, "Taking now"),
            treatment("New", dt.date(2026, 9, 10), None, "Taking now"),
            dataclasses.replace(
                treatment(
                    "Gone", dt.date(2025, 6, 1), dt.date(2026, 9, 1), "Stopped in this period"
                ),
                why_stopped="Side effects",
            ),
            treatment(
                "Later", dt.date(2026, 1, 1), dt.date(2026, 11, 25), "Stopped after this period"
            ),
            treatment("Next", dt.date(2026, 12, 7), None, "Planned"),
        ),
    )

    glance = at_a_glance(data)

    assert glance.treatments_now == (
        "Old – Chemotherapy, since 1 Jan 2025",
        "New – Chemotherapy, since 10 Sep 2026",
    )
    assert glance.treatment_changes == (
        "Started New on 10 Sep 2026",
        "Stopped Gone on 1 Sep 2026 (side effects)",
        "Stopped Later on 25 Nov 2026 (after this period)",
        "Planned: Next, from 7 Dec 2026",
    )


def test_one_row_per_open_symptom_and_level_with_its_newest_finding() -> None:
    nausea = [
        dataclasses.replace(flag(number), symptom="Nausea", discussed="") for number in (1, 2, 3)
    ]
    quiet = dataclasses.replace(flag(4), symptom="Cough", discussed="Discussed on 5 Nov 2026")
    worse = dataclasses.replace(
        flag(5, level=FlagLevel.PROMPTLY),
        symptom="Fever",
        discussed="Discussed on 5 Nov 2026; worse since",
    )
    data = dataclasses.replace(summary(), flags=(worse, *nausea, quiet))

    glance = at_a_glance(data)

    assert [(row.symptom, row.count) for row in glance.promptly] == [("Fever", 1)]
    assert glance.promptly[0].discussed.endswith("worse since")
    assert [(row.symptom, row.count) for row in glance.to_mention] == [("Nausea", 3)]
    # The finding names no day, so its days follow it.
    assert glance.to_mention[0].newest.startswith("Happened001")
    assert glance.to_mention[0].newest.endswith("; Days001 (2 days)")


def test_many_flagged_symptoms_are_counted_past_the_first_rows() -> None:
    flags = tuple(dataclasses.replace(flag(number), discussed="") for number in range(20))
    glance = at_a_glance(dataclasses.replace(summary(), flags=flags))

    assert len(glance.to_mention) == MAX_FLAG_ROWS
    assert glance.to_mention_left_out == 20 - MAX_FLAG_ROWS


def stats(label: str, average: float | None, before: float | None, **kinds: object) -> SymptomStats:
    kind = kinds.get("kind", SymptomKind.RATED)
    return SymptomStats(
        key=label,
        label=label,
        kind=kind,  # type: ignore[arg-type]
        days_present=kinds.get("days", 3),  # type: ignore[arg-type]
        days_logged=10,
        highest=None,
        average=average,
        previous_days_present=kinds.get("days_before", 1 if before is not None else None),  # type: ignore[arg-type]
        previous_average=before,
        change=f"Change of {label}",
    )


def test_the_biggest_changes_events_first_then_by_size_without_small_or_new_ones() -> None:
    symptoms = (
        stats("Small", 2.0, 2.3),
        stats("Big", 5.0, 1.0),
        stats("Middle", 1.0, 2.5),
        stats("Only now", 3.0, None),
        stats("Seizure", None, None, kind=SymptomKind.EVENT, days=1, days_before=0),
        stats("Fourth", 3.0, 2.0),
        stats("Fifth", 3.0, 2.4),
    )
    glance = at_a_glance(dataclasses.replace(summary(), symptoms=symptoms))

    assert len(glance.changes) == MAX_CHANGES
    assert glance.changes == (
        "Seizure: change of Seizure",
        "Big: change of Big",
        "Middle: change of Middle",
        "Fourth: change of Fourth",
    )


def test_temperature_and_weight_in_one_line_each() -> None:
    glance = at_a_glance(summary())

    assert glance.temperature == (
        "Highest 38.6 °C on 2 Oct 2026; 14 days measured; fever flag on 1 Oct 2026, 2 Oct 2026 "
        "(from 38.0 °C, an adjustable app default)"
    )
    assert glance.weight == (
        "61.1 to 61.5 kg (up 0.4 kg, 0.7%), 30 Aug to 15 Nov 2026, 12 days weighed; highest 62.4 kg"
    )


def test_no_fever_flag_says_so_without_a_threshold() -> None:
    data = summary()
    assert data.temperature is not None
    calm = dataclasses.replace(data.temperature, flagged_days=())
    glance = at_a_glance(dataclasses.replace(data, temperature=calm))
    assert glance.temperature.endswith("; no fever flag")


def test_the_profile_and_the_subtype() -> None:
    glance = at_a_glance(summary())

    assert glance.diagnosis == (
        "Metastatic since 3 Mar 2024; recurrence; first diagnosed 4 May 2019"
    )
    assert glance.sites == "Bone, Liver, Left adrenal gland"
    assert glance.subtype == (
        "HR-positive, HER2-negative: ER Positive (70%); test of 13 Nov 2024, metastasis: liver"
    )


def test_a_section_switched_off_says_nothing_on_the_first_page() -> None:
    data: SummaryData = summary(sections=ALL_SECTIONS - {Section.FLAGS})
    data = dataclasses.replace(data, flags=(), weight=None, temperature=None, receptors=None)

    glance = at_a_glance(data)

    assert (glance.promptly, glance.to_mention) == ((), ())
    assert (glance.weight, glance.temperature, glance.subtype) == ("", "", "")
