"""The demo record: believable, the same every time for a seed and a day, and never overwriting."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mbc_tracker.domain.records import (
    Her2Ihc,
    Person,
    RecordSnapshot,
    SampleKind,
    StopReason,
    TreatmentCategory,
)
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import DemoRecordExists, write_demo_record
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import read_snapshot
from mbc_tracker.services.transfer import export_record

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CareRecord, RecordSnapshot]]:
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "data")
    record = write_demo_record(paths, years=1, today=TODAY)
    yield record, read_snapshot(record)
    record.close()


def test_the_demo_person_has_hr_positive_her2_low_disease_in_bone_and_liver(
    demo: tuple[CareRecord, RecordSnapshot],
) -> None:
    _, snapshot = demo
    assert snapshot.person is not None
    assert snapshot.person.name == "Maria Demo"
    assert snapshot.person.spread_bone and snapshot.person.spread_liver
    primary = [test for test in snapshot.receptor_tests if test.sample_kind is SampleKind.PRIMARY]
    assert [(test.er_percent, test.pr_percent, test.her2_ihc) for test in primary] == [
        (90.0, 40.0, Her2Ihc.ONE_PLUS)
    ]
    assert any(test.sample_site == "liver" for test in snapshot.receptor_tests)


def test_the_demo_changes_treatment_on_progression(demo: tuple[CareRecord, RecordSnapshot]) -> None:
    _, snapshot = demo
    by_name = {treatment.name: treatment for treatment in snapshot.treatments}
    letrozole, palbociclib = by_name["Letrozole"], by_name["Palbociclib"]
    assert palbociclib.category is TreatmentCategory.CDK46_INHIBITOR
    assert letrozole.start_date == palbociclib.start_date
    assert letrozole.reason_stopped is StopReason.PROGRESSION
    assert letrozole.end_date is not None
    next_line = by_name["Trastuzumab deruxtecan"]
    assert next_line.start_date > letrozole.end_date and next_line.ongoing
    radiotherapy = [t for t in snapshot.treatments if t.category is TreatmentCategory.RADIOTHERAPY]
    assert len(radiotherapy) == 1


def test_the_demo_logs_most_days_but_not_today(demo: tuple[CareRecord, RecordSnapshot]) -> None:
    record, snapshot = demo
    logged = {entry.day for entry in snapshot.symptom_entries}
    assert max(logged) == TODAY - dt.timedelta(days=1)
    assert 0.9 * 365 < len(logged) < 365  # the odd missed day
    assert record.daylog.load_day(TODAY).is_empty
    today_keys = {symptom.key for symptom in record.symptoms.on_today()}
    assert {entry.symptom_key for entry in snapshot.symptom_entries} == today_keys


def test_bone_pain_flares_before_the_radiotherapy(demo: tuple[CareRecord, RecordSnapshot]) -> None:
    _, snapshot = demo
    radiotherapy = next(
        t for t in snapshot.treatments if t.category is TreatmentCategory.RADIOTHERAPY
    )

    def mean_pain(first: dt.date, last: dt.date) -> float:
        values = [
            entry.severity
            for entry in snapshot.symptom_entries
            if entry.symptom_key == "bone_pain"
            and first <= entry.day <= last
            and entry.severity is not None
        ]
        return sum(values) / len(values)

    start = radiotherapy.start_date
    before = mean_pain(start - dt.timedelta(days=7), start)
    usual = mean_pain(start - dt.timedelta(days=90), start - dt.timedelta(days=45))
    assert before >= usual + 2


def test_there_are_answered_questions_and_open_ones_for_the_next_visit(
    demo: tuple[CareRecord, RecordSnapshot],
) -> None:
    _, snapshot = demo
    now = dt.datetime.combine(TODAY, dt.time())
    past = [a for a in snapshot.appointments if a.starts_at < now]
    upcoming = [a for a in snapshot.appointments if a.starts_at >= now]
    assert len(past) >= 13  # every three to four weeks for a year
    assert any(question.answered for a in past for question in a.questions)
    assert all(question.answered for a in past for question in a.questions)
    next_visit = next(a for a in upcoming if a.questions)
    assert not any(question.answered for question in next_visit.questions)


def test_weight_is_logged_weekly(demo: tuple[CareRecord, RecordSnapshot]) -> None:
    _, snapshot = demo
    weights = [m for m in snapshot.measurements if m.kind.value == "weight"]
    assert 50 <= len(weights) <= 53
    assert all((b.day - a.day).days == 7 for a, b in itertools.pairwise(weights))


def test_the_same_seed_and_day_give_the_same_record(tmp_path: Path) -> None:
    exports = []
    for name in ("one", "two"):
        record = write_demo_record(DataPaths(tmp_path / name), years=1, today=TODAY, seed=3)
        export_record(record, tmp_path / f"{name}.json")
        record.close()
        exports.append(json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")))

    assert exports[0]["record"] == exports[1]["record"]


def test_years_give_a_longer_history_through_more_treatments(tmp_path: Path) -> None:
    record = write_demo_record(DataPaths(tmp_path / "long"), years=4, today=TODAY)
    snapshot = read_snapshot(record)
    record.close()

    first_day = min(entry.day for entry in snapshot.symptom_entries)
    assert (TODAY - first_day).days >= 4 * 365 - 5
    names = [treatment.name for treatment in snapshot.treatments]
    assert {"Fulvestrant", "Capecitabine", "Trastuzumab deruxtecan"} <= set(names)


def test_the_demo_refuses_a_record_that_holds_a_person(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"))
    record.close()

    with pytest.raises(DemoRecordExists) as refused:
        write_demo_record(paths, today=TODAY)

    assert "no demo was written" in refused.value.message
    reopened = open_record(paths.default_record, paths)
    person = reopened.person.get()
    entries = read_snapshot(reopened).symptom_entries
    reopened.close()
    assert person is not None and person.name == "Ann Example"
    assert entries == ()


def test_the_demo_may_fill_a_record_that_was_only_opened(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    open_record(paths.default_record, paths).close()

    record = write_demo_record(paths, today=TODAY)

    person = record.person.get()
    record.close()
    assert person is not None and person.name == "Maria Demo"
