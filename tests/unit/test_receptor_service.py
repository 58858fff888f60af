"""The receptor results service: saving whole tests or nothing, and reading them back."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mbc_tracker.domain.receptors import Her2Status, ReceptorStatus, Subtype
from mbc_tracker.domain.records import (
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    ReceptorTest,
    SampleKind,
)
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord, open_record

TODAY = dt.date(2026, 5, 20)
PRIMARY = ReceptorTest(
    test_date=dt.date(2019, 5, 3),
    sample_kind=SampleKind.PRIMARY,
    er_percent=90.0,
    pr_percent=40.0,
    her2_ihc=Her2Ihc.ONE_PLUS,
    ish=IshResult.NOT_DONE,
    brca1=GeneResult.NO_MUTATION,
    brca2=GeneResult.NOT_TESTED,
    pdl1=MarkerResult.NEGATIVE,
    trop2=MarkerResult.POSITIVE,
    notes="From the first operation.",
)
LIVER = ReceptorTest(
    test_date=dt.date(2026, 2, 10),
    sample_kind=SampleKind.METASTATIC,
    sample_site="liver",
    er_percent=0.0,
    pr_percent=0.0,
    her2_ihc=Her2Ihc.THREE_PLUS,
)


def test_a_test_is_stored_whole_and_read_back(record: CareRecord) -> None:
    saved = record.receptors.add(PRIMARY, today=TODAY)
    assert saved.id is not None
    assert dataclasses.replace(saved, id=None) == PRIMARY
    assert record.receptors.list() == [saved]


def test_tests_are_listed_oldest_first(record: CareRecord) -> None:
    liver = record.receptors.add(LIVER, today=TODAY)
    primary = record.receptors.add(PRIMARY, today=TODAY)
    assert record.receptors.list() == [primary, liver]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"test_date": dt.date(2026, 5, 21)}, "test_date", "in the future"),
        ({"er_percent": 101.0}, "er_percent", "from 0 to 100"),
        ({"er_percent": -1.0}, "er_percent", "from 0 to 100"),
        ({"pr_percent": float("nan")}, "pr_percent", "from 0 to 100"),
        ({"pr_percent": float("inf")}, "pr_percent", "from 0 to 100"),
        (
            {"sample_kind": SampleKind.METASTATIC, "sample_site": "x" * 201},
            "sample_site",
            "under 200",
        ),
    ],
)
def test_problems_are_named_per_field_and_nothing_is_saved(
    record: CareRecord, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(RecordInvalid) as raised:
        record.receptors.add(dataclasses.replace(PRIMARY, **changes), today=TODAY)  # type: ignore[arg-type]
    assert list(raised.value.problems) == [field]
    assert words in raised.value.problems[field]
    assert record.receptors.list() == []


def test_every_problem_is_reported_at_once(record: CareRecord) -> None:
    wrong = dataclasses.replace(
        PRIMARY, test_date=dt.date(2030, 1, 1), er_percent=150.0, pr_percent=-5.0
    )
    with pytest.raises(RecordInvalid) as raised:
        record.receptors.add(wrong, today=TODAY)
    assert set(raised.value.problems) == {"test_date", "er_percent", "pr_percent"}


def test_the_edges_of_the_range_and_today_are_allowed(record: CareRecord) -> None:
    edge = dataclasses.replace(PRIMARY, test_date=TODAY, er_percent=0.0, pr_percent=100.0)
    saved = record.receptors.add(edge, today=TODAY)
    assert (saved.er_percent, saved.pr_percent, saved.test_date) == (0.0, 100.0, TODAY)


def test_a_primary_sample_keeps_no_metastatic_site(record: CareRecord) -> None:
    saved = record.receptors.add(dataclasses.replace(PRIMARY, sample_site="liver"), today=TODAY)
    assert saved.sample_site == ""
    liver = record.receptors.add(dataclasses.replace(LIVER, sample_site="  liver "), today=TODAY)
    assert liver.sample_site == "liver"


def test_update_changes_one_test_and_checks_it_first(record: CareRecord) -> None:
    primary = record.receptors.add(PRIMARY, today=TODAY)
    liver = record.receptors.add(LIVER, today=TODAY)
    changed = record.receptors.update(
        dataclasses.replace(primary, pr_percent=None, her2_ihc=None, notes="PR not on report."),
        today=TODAY,
    )
    assert (changed.pr_percent, changed.her2_ihc, changed.notes) == (
        None,
        None,
        "PR not on report.",
    )
    with pytest.raises(RecordInvalid):
        record.receptors.update(dataclasses.replace(changed, er_percent=101.0), today=TODAY)
    assert record.receptors.list() == [changed, liver]


def test_update_or_delete_of_a_test_that_is_gone_says_so(record: CareRecord) -> None:
    primary = record.receptors.add(PRIMARY, today=TODAY)
    record.receptors.delete(primary)
    with pytest.raises(RecordNotFound):
        record.receptors.update(primary, today=TODAY)
    with pytest.raises(RecordNotFound):
        record.receptors.delete(primary)


def test_delete_then_restore_brings_back_the_same_test(record: CareRecord) -> None:
    primary = record.receptors.add(PRIMARY, today=TODAY)
    liver = record.receptors.add(LIVER, today=TODAY)
    deleted = record.receptors.delete(primary)
    assert record.receptors.list() == [liver]
    restored = record.receptors.restore(deleted)
    assert restored == primary  # same values, same id
    assert record.receptors.list() == [primary, liver]


def test_the_reading_is_the_domains(record: CareRecord) -> None:
    reading = record.receptors.reading(PRIMARY)
    assert (reading.er, reading.pr, reading.hormone_receptor) == (ReceptorStatus.POSITIVE,) * 3
    assert reading.her2 is Her2Status.LOW
    assert reading.subtype is Subtype.HR_POSITIVE_HER2_NEGATIVE
    assert reading.subtype_info is not None
    assert reading.subtype_info.label() == "HR-positive, HER2-negative"
    assert [explanation.id for explanation in reading.explanations] == [
        "er_positive",
        "pr_positive",
        "hr_positive",
        "her2_low",
    ]


def test_disagreements_compare_the_stored_tests_in_date_order(record: CareRecord) -> None:
    record.receptors.add(LIVER, today=TODAY)
    assert record.receptors.disagreements() == []
    record.receptors.add(PRIMARY, today=TODAY)
    disagreements = record.receptors.disagreements()
    assert [d.marker for d in disagreements] == ["ER", "PR", "HER2"]
    assert all(d.earlier.test_date == PRIMARY.test_date for d in disagreements)
    assert "HER2-low then positive" in disagreements[2].text()


def test_tests_survive_closing_and_reopening(record: CareRecord, data_paths: DataPaths) -> None:
    primary = record.receptors.add(PRIMARY, today=TODAY)
    liver = record.receptors.add(LIVER, today=TODAY)
    record.close()
    reopened = open_record(data_paths.default_record, data_paths)
    try:
        assert reopened.receptors.list() == [primary, liver]
    finally:
        reopened.close()
