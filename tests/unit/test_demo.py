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
    SymptomEntry,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import (
    DoseRecord,
    DoseStatus,
    ScheduleKind,
    TreatmentPlan,
    is_dose_day,
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


def _plan(snapshot: RecordSnapshot, name: str) -> tuple[Treatment, TreatmentPlan]:
    position, treatment = next(
        (position, t) for position, t in enumerate(snapshot.treatments) if t.name.startswith(name)
    )
    return treatment, snapshot.treatment_plans[position]


def test_palbociclib_is_taken_21_days_on_and_7_off_at_nine(
    demo: tuple[CareRecord, RecordSnapshot],
) -> None:
    _, snapshot = demo
    palbociclib, plan = _plan(snapshot, "Palbociclib")
    (schedule,) = plan.schedules
    assert (schedule.kind, schedule.days_on, schedule.days_off) == (ScheduleKind.CYCLE, 21, 7)
    assert schedule.times == (dt.time(9, 0),)
    assert schedule.ends_on == palbociclib.end_date
    # Doses only on the days on, within the treatment's days.
    assert all(is_dose_day(schedule, dose.day) for dose in plan.doses)
    assert {dose.status for dose in plan.doses} == {DoseStatus.TAKEN, DoseStatus.SKIPPED}
    reasons = {dose.reason for dose in plan.doses if dose.status is DoseStatus.SKIPPED}
    assert reasons <= {"felt sick", "forgot"} and reasons


def test_the_demo_counts_mostly_taken_some_skipped_and_a_few_not_recorded(
    demo: tuple[CareRecord, RecordSnapshot],
) -> None:
    record, _ = demo
    now = dt.datetime.combine(TODAY, dt.time(12))
    counts = {
        line.treatment.name: line.counts
        for line in record.medicines.counts(TODAY - dt.timedelta(days=364), TODAY, now)
    }
    palbociclib = counts["Palbociclib"]
    due = palbociclib.taken + palbociclib.skipped + palbociclib.not_recorded
    assert palbociclib.taken > 0.85 * due
    assert palbociclib.skipped > 0 and palbociclib.not_recorded > 0
    infusion = counts["Trastuzumab deruxtecan"]
    assert infusion.taken >= 4  # every three weeks for the last quarter of the year
    assert counts["Denosumab (bone-strengthening injection)"].taken >= 11


def test_paracetamol_is_taken_as_needed_with_relief_and_pain_logged_then_too(
    demo: tuple[CareRecord, RecordSnapshot],
) -> None:
    _, snapshot = demo
    _, plan = _plan(snapshot, "Paracetamol")
    (schedule,) = plan.schedules
    assert schedule.kind is ScheduleKind.AS_NEEDED and schedule.reason == "pain"
    assert schedule.minimum_gap == dt.timedelta(hours=4)
    assert len(plan.doses) > 20
    assert all(dose.status is DoseStatus.TAKEN and dose.before is not None for dose in plan.doses)
    reliefs = [dose.relief for dose in plan.doses if dose.relief is not None]
    assert 0 < sum(reliefs) / len(reliefs) < 5
    assert len(reliefs) < len(plan.doses)  # now and then the score after was not noted
    by_day: dict[dt.date, list[DoseRecord]] = {}
    for dose in plan.doses:
        by_day.setdefault(dose.day, []).append(dose)
    for doses in by_day.values():
        times = sorted(dose.at for dose in doses if dose.at is not None)
        assert all(b - a >= dt.timedelta(hours=4) for a, b in itertools.pairwise(times))
    # Each day she took it, she logged her pain twice: when she took it and in the evening.
    pain_logs: dict[dt.date, list[SymptomEntry]] = {}
    for entry in snapshot.symptom_entries:
        if entry.symptom_key == "bone_pain":
            pain_logs.setdefault(entry.day, []).append(entry)
    first_doses = {day: min(dose.at for dose in doses if dose.at) for day, doses in by_day.items()}
    for day, taken_at in first_doses.items():
        logs = sorted(pain_logs[day], key=lambda entry: entry.recorded_at)
        assert len(logs) == 2 and logs[0].recorded_at == taken_at
        assert logs[0].severity == max(entry.severity or 0 for entry in logs)
