"""Receptor readings: every ER/PR/HER2 combination the issue names, edges included."""

from __future__ import annotations

import datetime as dt

import pytest

from mbc_tracker.domain.knowledge import load_knowledge
from mbc_tracker.domain.receptors import (
    Her2Status,
    ReceptorStatus,
    Subtype,
    compare_tests,
    her2_status,
    latest_test,
    read_receptors,
)
from mbc_tracker.domain.records import (
    Her2Ihc,
    IshResult,
    ReceptorTest,
    SampleKind,
    TreatmentCategory,
)
from mbc_tracker.paths import resource_dir

KNOWLEDGE = load_knowledge(resource_dir("resources"))
RULES = KNOWLEDGE.receptors
DAY = dt.date(2025, 3, 1)


def make_test(**values: object) -> ReceptorTest:
    values.setdefault("test_date", DAY)
    values.setdefault("sample_kind", SampleKind.PRIMARY)
    return ReceptorTest(**values)  # type: ignore[arg-type]


# ASCO/CAP 2020 ER/PgR guideline: positive from 1% of tumour nuclei, negative below; ER from 1% to
# 10% is reported as "ER Low Positive". It defines no low category for PR.
@pytest.mark.parametrize(
    ("percent", "status", "er_low"),
    [
        (None, ReceptorStatus.UNKNOWN, False),
        (0.0, ReceptorStatus.NEGATIVE, False),
        (0.9, ReceptorStatus.NEGATIVE, False),
        (1.0, ReceptorStatus.POSITIVE, True),  # exactly 1% is positive (and ER low positive)
        (10.0, ReceptorStatus.POSITIVE, True),
        (10.1, ReceptorStatus.POSITIVE, False),
        (95.0, ReceptorStatus.POSITIVE, False),
    ],
)
def test_er_and_pr_thresholds(percent: float | None, status: ReceptorStatus, er_low: bool) -> None:
    reading = read_receptors(make_test(er_percent=percent, pr_percent=percent), RULES)
    assert (reading.er, reading.er_low) == (status, er_low)
    assert reading.pr is status
    ids = [explanation.id for explanation in reading.explanations]
    assert ("er_low" in ids) is er_low
    assert not any(reading_id.startswith("pr_") and "low" in reading_id for reading_id in ids)


@pytest.mark.parametrize("percent", [1.0, 5.0, 10.0])
def test_a_low_pr_reads_plainly_positive_with_no_low_category(percent: float) -> None:
    reading = read_receptors(make_test(pr_percent=percent), RULES)
    assert reading.pr is ReceptorStatus.POSITIVE
    ids = [explanation.id for explanation in reading.explanations]
    assert ids == ["pr_positive", "hr_positive"]
    assert not any(explanation.guideline for explanation in reading.explanations)


def test_no_reading_claims_a_pr_low_category() -> None:
    assert not any("pr_low" in reading_id for reading_id in RULES.readings)
    for explanation in RULES.readings.values():
        words = explanation.text().casefold()
        assert "pr-low" not in words and "pr low" not in words, explanation.id


def test_low_positive_names_the_guideline_not_the_articles() -> None:
    reading = read_receptors(make_test(er_percent=5.0), RULES)
    guided = [explanation for explanation in reading.explanations if explanation.guideline]
    assert [explanation.id for explanation in guided] == ["er_low"]
    assert "ASCO/CAP" in guided[0].guideline.name  # type: ignore[union-attr]
    assert "2020" in guided[0].guideline.name  # type: ignore[union-attr]


# Every reading that names a guideline, and the guideline it names; no other reading names one.
GUIDELINE_OF_READING = {
    "er_low": "asco_cap_er_pr_2020",
    "her2_positive_ihc": "asco_cap_her2_2018",
    "her2_ihc_positive_ish_negative": "asco_cap_her2_2018",
}


def test_only_the_readings_the_guidelines_support_name_them() -> None:
    named = {
        reading_id: explanation.guideline.id
        for reading_id, explanation in RULES.readings.items()
        if explanation.guideline is not None
    }
    assert named == GUIDELINE_OF_READING


# What the named guidelines say, checked by hand (ASCO/CAP 2020 ER/PgR, ASCO/CAP 2018 HER2,
# DESTINY-Breast04 2022 for HER2-low): (reading, words it must hold, words it must not hold)
@pytest.mark.parametrize(
    ("reading_id", "present", "absent"),
    [
        ("er_positive", ["at least 1%"], []),
        ("er_negative", ["fewer than 1%"], []),
        ("pr_positive", ["at least 1%"], ["low"]),
        ("pr_negative", ["fewer than 1%"], []),
        ("er_low", ["ER results from 1% to 10%", "“ER Low Positive”"], ["PR"]),
        ("her2_positive_ihc", ["3+", "counts 3+ as positive"], []),
        ("her2_ihc_positive_ish_negative", ["3+", "no extra copies", "HER2-positive",
                                            "care team"], []),
        ("her2_equivocal", ["2+", "ISH"], []),
        ("her2_low", ["1+, or 2+ with no amplification on ISH", "HER2-negative",
                      "DESTINY-Breast04", "not from the HER2 testing guideline"], []),
        ("her2_zero", ["score of 0", "HER2-negative"], []),
    ],
)  # fmt: skip
def test_guideline_statements_say_what_the_guideline_says(
    reading_id: str, present: list[str], absent: list[str]
) -> None:
    text = RULES.readings[reading_id].text()
    for words in present:
        assert words in text, (reading_id, words)
    for words in absent:
        assert words not in text, (reading_id, words)


def test_the_her2_low_treatment_text_keeps_ish_negative_for_2_plus() -> None:
    about = KNOWLEDGE.treatments.category(TreatmentCategory.ANTIBODY_DRUG_CONJUGATE).about()
    assert about is not None
    assert "HER2-low (IHC 1+, or 2+ without amplification on ISH)" in about


@pytest.mark.parametrize(
    ("ihc", "ish", "expected"),
    [
        (None, None, Her2Status.UNKNOWN),
        (None, IshResult.NOT_DONE, Her2Status.UNKNOWN),
        (None, IshResult.AMPLIFIED, Her2Status.POSITIVE),
        (None, IshResult.NOT_AMPLIFIED, Her2Status.NEGATIVE),
        (Her2Ihc.ZERO, None, Her2Status.ZERO),
        (Her2Ihc.ZERO, IshResult.NOT_AMPLIFIED, Her2Status.ZERO),
        (Her2Ihc.ZERO, IshResult.AMPLIFIED, Her2Status.CONFLICTING),
        (Her2Ihc.ONE_PLUS, None, Her2Status.LOW),
        (Her2Ihc.ONE_PLUS, IshResult.AMPLIFIED, Her2Status.CONFLICTING),
        (Her2Ihc.TWO_PLUS, None, Her2Status.EQUIVOCAL),
        (Her2Ihc.TWO_PLUS, IshResult.NOT_DONE, Her2Status.EQUIVOCAL),
        (Her2Ihc.TWO_PLUS, IshResult.NOT_AMPLIFIED, Her2Status.LOW),
        (Her2Ihc.TWO_PLUS, IshResult.AMPLIFIED, Her2Status.POSITIVE),
        (Her2Ihc.THREE_PLUS, None, Her2Status.POSITIVE),
        (Her2Ihc.THREE_PLUS, IshResult.NOT_DONE, Her2Status.POSITIVE),
        (Her2Ihc.THREE_PLUS, IshResult.AMPLIFIED, Her2Status.POSITIVE),
        (Her2Ihc.THREE_PLUS, IshResult.NOT_AMPLIFIED, Her2Status.POSITIVE),  # IHC 3+ is positive
    ],
)
def test_her2_status(ihc: Her2Ihc | None, ish: IshResult | None, expected: Her2Status) -> None:
    assert her2_status(ihc, ish) is expected


# ASCO/CAP 2018 HER2 guideline: IHC 3+ is positive, whatever ISH says; where the two disagree the
# reading says so, as a question for the care team. (ihc, ish, HER2 reading ids, disagree)
@pytest.mark.parametrize(
    ("ihc", "ish", "reading_ids", "disagree"),
    [
        (Her2Ihc.THREE_PLUS, None, ["her2_positive_ihc"], False),
        (Her2Ihc.THREE_PLUS, IshResult.NOT_DONE, ["her2_positive_ihc"], False),
        (Her2Ihc.THREE_PLUS, IshResult.AMPLIFIED, ["her2_positive_ihc"], False),
        (Her2Ihc.THREE_PLUS, IshResult.NOT_AMPLIFIED,
         ["her2_positive_ihc", "her2_ihc_positive_ish_negative"], True),
        (Her2Ihc.TWO_PLUS, IshResult.AMPLIFIED, ["her2_positive_ish"], False),
        (Her2Ihc.TWO_PLUS, IshResult.NOT_AMPLIFIED, ["her2_low"], False),
        (Her2Ihc.ONE_PLUS, IshResult.NOT_AMPLIFIED, ["her2_low"], False),
        (Her2Ihc.ONE_PLUS, IshResult.AMPLIFIED, ["her2_conflicting"], True),
        (Her2Ihc.ZERO, IshResult.AMPLIFIED, ["her2_conflicting"], True),
        (None, IshResult.NOT_AMPLIFIED, ["her2_negative_unspecified"], False),
    ],
)  # fmt: skip
def test_her2_readings_say_when_ihc_and_ish_disagree(
    ihc: Her2Ihc, ish: IshResult | None, reading_ids: list[str], disagree: bool
) -> None:
    reading = read_receptors(make_test(her2_ihc=ihc, ish=ish), RULES)
    assert [explanation.id for explanation in reading.explanations] == reading_ids
    assert reading.her2_tests_disagree is disagree


def test_ihc_3_plus_with_a_negative_ish_asks_the_care_team_and_names_the_guideline() -> None:
    reading = read_receptors(
        make_test(her2_ihc=Her2Ihc.THREE_PLUS, ish=IshResult.NOT_AMPLIFIED), RULES
    )
    assert reading.her2 is Her2Status.POSITIVE
    note = reading.explanations[-1]
    text = note.text()
    assert "3+" in text and "ISH" in text and "care team" in text
    assert "HER2-positive" in text
    assert note.guideline is not None and "HER2" in note.guideline.name
    assert "2018" in note.guideline.name
    assert note.source_ids


@pytest.mark.parametrize(
    ("er", "pr", "ihc", "ish", "subtype"),
    [
        (90.0, 40.0, Her2Ihc.ONE_PLUS, None, Subtype.HR_POSITIVE_HER2_NEGATIVE),
        (0.0, 30.0, Her2Ihc.ZERO, None, Subtype.HR_POSITIVE_HER2_NEGATIVE),
        (80.0, None, Her2Ihc.THREE_PLUS, None, Subtype.HR_POSITIVE_HER2_POSITIVE),
        (0.0, 0.0, Her2Ihc.TWO_PLUS, IshResult.AMPLIFIED, Subtype.HR_NEGATIVE_HER2_POSITIVE),
        # IHC 3+ with ISH not amplified reads HER2-positive: the subtype is not lost.
        (80.0, 20.0, Her2Ihc.THREE_PLUS, IshResult.NOT_AMPLIFIED,
         Subtype.HR_POSITIVE_HER2_POSITIVE),
        (0.0, 0.0, Her2Ihc.THREE_PLUS, IshResult.NOT_AMPLIFIED,
         Subtype.HR_NEGATIVE_HER2_POSITIVE),
        (0.0, 0.0, Her2Ihc.ONE_PLUS, IshResult.AMPLIFIED, Subtype.UNKNOWN),  # not guessed
        (0.5, 0.9, Her2Ihc.ONE_PLUS, None, Subtype.TRIPLE_NEGATIVE),
        (0.0, 0.0, Her2Ihc.TWO_PLUS, None, Subtype.UNKNOWN),  # equivocal: wait for ISH
        (0.0, None, Her2Ihc.ZERO, None, Subtype.UNKNOWN),  # PR unknown: HR cannot be negative
        (None, None, None, None, Subtype.UNKNOWN),
    ],
)  # fmt: skip
def test_subtype(
    er: float | None, pr: float | None, ihc: Her2Ihc | None, ish: IshResult | None, subtype: Subtype
) -> None:
    reading = read_receptors(make_test(er_percent=er, pr_percent=pr, her2_ihc=ihc, ish=ish), RULES)
    assert reading.subtype is subtype
    if subtype is Subtype.UNKNOWN:
        assert reading.subtype_info is None
    else:
        assert reading.subtype_info is not None
        assert reading.subtype_info.response()
        assert "molecular-subtypes" in reading.subtype_info.source_ids


def test_all_values_missing_gives_unknown_and_no_explanation() -> None:
    reading = read_receptors(make_test(), RULES)
    assert reading.er is reading.pr is reading.hormone_receptor is ReceptorStatus.UNKNOWN
    assert reading.her2 is Her2Status.UNKNOWN
    assert reading.subtype is Subtype.UNKNOWN
    assert reading.explanations == ()


def test_every_explanation_has_a_source() -> None:
    reading = read_receptors(
        make_test(er_percent=5.0, pr_percent=0.0, her2_ihc=Her2Ihc.TWO_PLUS), RULES
    )
    ids = [explanation.id for explanation in reading.explanations]
    assert ids == ["er_positive", "er_low", "pr_negative", "hr_positive", "her2_equivocal"]
    assert all(explanation.source_ids for explanation in reading.explanations)
    assert "ISH" in reading.explanations[-1].text()


def test_metastatic_biopsy_that_reads_differently_is_reported() -> None:
    primary = make_test(er_percent=90.0, pr_percent=40.0, her2_ihc=Her2Ihc.ONE_PLUS, id=1)
    liver = make_test(
        test_date=dt.date(2026, 2, 1),
        sample_kind=SampleKind.METASTATIC,
        sample_site="liver",
        er_percent=80.0,
        pr_percent=0.0,
        her2_ihc=Her2Ihc.ZERO,
        id=2,
    )
    disagreements = compare_tests([liver, primary], RULES)
    assert [(d.marker, d.earlier_status, d.later_status) for d in disagreements] == [
        ("PR", "positive", "negative"),
        ("HER2", "HER2-low", "HER2-zero"),
    ]
    text = disagreements[0].text()
    assert "liver" in text and "first tumour" in text and "care team" in text
    assert latest_test([liver, primary]) is liver


def test_missing_values_are_not_disagreements() -> None:
    first = make_test(er_percent=90.0, her2_ihc=Her2Ihc.TWO_PLUS)
    second = make_test(test_date=dt.date(2026, 1, 1), pr_percent=50.0, her2_ihc=Her2Ihc.ONE_PLUS)
    assert compare_tests([first, second], RULES) == []
