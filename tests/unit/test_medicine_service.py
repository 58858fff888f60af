"""Schedules and doses stored in a real record: set, changed, answered, counted, and never lost
when a treatment is deleted and brought back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace

import pytest

from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import (
    DoseRecord,
    DoseState,
    DoseStatus,
    Schedule,
    ScheduleKind,
)
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.record import CareRecord

TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 12, 0)
EIGHT, EIGHT_PM = dt.time(8, 0), dt.time(20, 0)


def add(record: CareRecord, name: str, category: TreatmentCategory) -> int:
    stored = record.treatments.add(Treatment(category, name, dt.date(2026, 1, 5)), today=TODAY)
    assert stored.id is not None
    return stored.id


@pytest.fixture
def palbociclib(record: CareRecord) -> int:
    treatment = add(record, "palbociclib", TreatmentCategory.CDK46_INHIBITOR)
    record.medicines.set_schedule(
        treatment,
        Schedule(
            ScheduleKind.CYCLE,
            dt.date(2026, 1, 5),
            times=(dt.time(8, 0, 30),),
            days_on=21,
            days_off=7,
            dose=" 125  ",
            unit="mg",
        ),
    )
    return treatment


def test_a_schedule_is_stored_to_the_minute_and_read_back(
    record: CareRecord, palbociclib: int
) -> None:
    (schedule,) = record.medicines.schedules(palbociclib)
    assert schedule.kind is ScheduleKind.CYCLE
    assert schedule.times == (EIGHT,)
    assert (schedule.days_on, schedule.days_off, schedule.dose, schedule.unit) == (
        21,
        7,
        "125",
        "mg",
    )
    # 10 March is day 8 of cycle 3; the next dose is tomorrow.
    assert record.medicines.next_dose(palbociclib, TODAY) == dt.date(2026, 3, 11)


def test_a_wrong_schedule_is_refused_by_field_and_nothing_is_stored(record: CareRecord) -> None:
    treatment = add(record, "letrozole", TreatmentCategory.HORMONE_THERAPY)
    wrong = Schedule(
        ScheduleKind.CYCLE, TODAY, ends_on=TODAY - dt.timedelta(days=1), days_on=0, unit="x" * 41
    )
    with pytest.raises(RecordInvalid) as refused:
        record.medicines.set_schedule(treatment, wrong)
    assert {"ends_on", "days_on", "days_off", "unit"} <= set(refused.value.problems)
    assert record.medicines.schedules(treatment) == []
    with pytest.raises(RecordNotFound):
        record.medicines.set_schedule(9999, Schedule(ScheduleKind.DAILY, TODAY))


def test_a_changed_schedule_governs_from_its_day_and_old_doses_stay(
    record: CareRecord,
) -> None:
    treatment = add(record, "capecitabine", TreatmentCategory.CHEMOTHERAPY)
    medicines = record.medicines
    medicines.set_schedule(
        treatment, Schedule(ScheduleKind.DAILY, dt.date(2026, 3, 1), times=(EIGHT_PM, EIGHT))
    )
    medicines.record_dose(treatment, DoseRecord(dt.date(2026, 3, 5), EIGHT_PM, DoseStatus.TAKEN))
    medicines.set_schedule(
        treatment, Schedule(ScheduleKind.DAILY, dt.date(2026, 3, 6), times=(EIGHT,))
    )
    # Setting a schedule again on the same day replaces it.
    medicines.set_schedule(
        treatment, Schedule(ScheduleKind.DAILY, dt.date(2026, 3, 6), times=(dt.time(9, 0),))
    )
    assert [s.times for s in medicines.schedules(treatment)] == [
        (EIGHT, EIGHT_PM),
        (dt.time(9, 0),),
    ]
    (fifth,) = medicines.day(dt.date(2026, 3, 5), NOW)
    assert [(d.slot.time, d.state) for d in fifth.doses] == [
        (EIGHT, DoseState.NOT_RECORDED),
        (EIGHT_PM, DoseState.TAKEN),
    ]
    (today,) = medicines.day(TODAY, NOW)
    assert [(d.slot.time, d.state) for d in today.doses] == [(dt.time(9, 0), DoseState.DUE)]


def test_answers_replace_each_other_and_can_be_taken_back(
    record: CareRecord, palbociclib: int
) -> None:
    medicines = record.medicines
    later = DoseRecord(TODAY, EIGHT, DoseStatus.LATER, at=dt.datetime(2026, 3, 10, 9, 0))
    medicines.record_dose(palbociclib, later)
    (day,) = medicines.day(TODAY, NOW)
    assert day.doses[0].state is DoseState.LATER
    medicines.record_dose(
        palbociclib, DoseRecord(TODAY, EIGHT, DoseStatus.TAKEN, at=dt.datetime(2026, 3, 10, 9, 5))
    )
    (day,) = medicines.day(TODAY, NOW)
    assert day.doses[0].state is DoseState.TAKEN
    assert len(medicines.doses(palbociclib, TODAY, TODAY)) == 1
    medicines.remove_dose(palbociclib, TODAY, EIGHT)
    (day,) = medicines.day(TODAY, NOW)
    assert day.doses[0].state is DoseState.DUE
    with pytest.raises(RecordInvalid) as refused:
        medicines.record_dose(palbociclib, DoseRecord(TODAY, EIGHT, DoseStatus.LATER))
    assert set(refused.value.problems) == {"at"}


def test_a_treatment_without_schedule_or_doses_is_not_in_the_day(record: CareRecord) -> None:
    add(record, "letrozole", TreatmentCategory.HORMONE_THERAPY)
    assert record.medicines.day(TODAY, NOW) == []
    assert record.medicines.counts(TODAY, TODAY, NOW) == []


def test_counts_over_a_period_with_as_needed_relief(record: CareRecord, palbociclib: int) -> None:
    medicines = record.medicines
    pain = add(record, "paracetamol", TreatmentCategory.OTHER)
    medicines.set_schedule(
        pain,
        Schedule(
            ScheduleKind.AS_NEEDED,
            dt.date(2026, 1, 5),
            reason="pain",
            minimum_gap=dt.timedelta(hours=4),
        ),
    )
    for day in (dt.date(2026, 3, 2), dt.date(2026, 3, 3)):
        medicines.record_dose(
            pain,
            DoseRecord(day, dt.time(22, 0), DoseStatus.TAKEN, reason="pain", before=6, after=2),
        )
    medicines.record_dose(palbociclib, DoseRecord(dt.date(2026, 3, 9), EIGHT, DoseStatus.TAKEN))
    medicines.record_dose(
        palbociclib, DoseRecord(dt.date(2026, 3, 8), EIGHT, DoseStatus.SKIPPED, reason="nausea")
    )
    counts = {
        item.treatment.name: item.counts
        for item in medicines.counts(dt.date(2026, 3, 1), TODAY, NOW)
    }
    # 1 March is the last day off of cycle 2; 2-10 March are days 1-9 of cycle 3, on. Of those
    # nine doses: one taken, one skipped, today's still due at noon, six not recorded.
    palbo = counts["palbociclib"]
    assert (palbo.taken, palbo.skipped, palbo.not_recorded, palbo.still_due) == (1, 1, 6, 1)
    assert palbo.skip_reasons == (("nausea", 1),)
    relief = counts["paracetamol"]
    assert (relief.as_needed_taken, relief.average_relief) == (2, 4.0)


def test_a_treatment_ended_stops_its_doses_even_if_its_schedule_had_no_end(
    record: CareRecord, palbociclib: int
) -> None:
    """She marks palbociclib ended on 6 March in the treatment form and leaves its schedule
    alone: from the 7th it is no longer due on Today nor counted "not recorded" in the
    summary; a dose she did record on the 8th is still shown and counted."""
    medicines = record.medicines
    medicines.record_dose(palbociclib, DoseRecord(dt.date(2026, 3, 8), EIGHT, DoseStatus.TAKEN))
    (treatment,) = record.treatments.list()
    record.treatments.update(replace(treatment, end_date=dt.date(2026, 3, 6)), today=TODAY)
    assert medicines.day(TODAY, NOW) == []
    (eighth,) = medicines.day(dt.date(2026, 3, 8), NOW)
    assert [dose.state for dose in eighth.doses] == [DoseState.TAKEN]
    (line,) = medicines.counts(dt.date(2026, 3, 1), TODAY, NOW)
    # 2-6 March: five days on of cycle 3, none answered; then only the dose she recorded.
    counts = line.counts
    assert (counts.taken, counts.not_recorded, counts.still_due) == (1, 5, 0)
    # The schedule as she entered it is kept unchanged, for the form.
    (schedule,) = medicines.schedules(palbociclib)
    assert schedule.ends_on is None


def test_delete_and_bring_back_keeps_schedules_and_doses(
    record: CareRecord, palbociclib: int
) -> None:
    medicines = record.medicines
    medicines.record_dose(palbociclib, DoseRecord(TODAY, EIGHT, DoseStatus.TAKEN))
    (stored,) = [t for t in record.treatments.list() if t.id == palbociclib]
    deleted = record.treatments.delete(stored)
    assert medicines.day(TODAY, NOW) == []
    with closing(sqlite3.connect(record.path)) as connection:
        assert connection.execute("SELECT count(*) FROM dose").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM treatment_schedule").fetchone()[0] == 0
    restored = record.treatments.restore(deleted)
    assert restored == stored
    assert medicines.schedules(palbociclib) == list(deleted.schedules)
    (day,) = medicines.day(TODAY, NOW)
    assert day.doses[0].state is DoseState.TAKEN


def test_the_database_itself_refuses_a_score_of_eleven(
    record: CareRecord, palbociclib: int
) -> None:
    with closing(sqlite3.connect(record.path)) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO dose (treatment_id, day, time, status, reason, score_before) "
            "VALUES (?, '2026-03-10', '09:00', 'taken', '', 11)",
            (palbociclib,),
        )


def test_when_to_ask_after_an_as_needed_dose_is_kept_and_must_follow_the_dose(
    record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    treatment = add(record, "paracetamol", TreatmentCategory.OTHER)
    record.medicines.set_schedule(
        treatment, Schedule(ScheduleKind.AS_NEEDED, dt.date(2026, 1, 5), reason="pain")
    )
    taken = DoseRecord(
        TODAY,
        dt.time(10, 30),
        DoseStatus.TAKEN,
        at=dt.datetime(2026, 3, 10, 10, 30),
        reason="pain",
        before=7,
    )
    for wrong in (dt.datetime(2026, 3, 10, 10, 30), dt.datetime(2026, 3, 10, 9, 0)):
        with pytest.raises(RecordInvalid) as refused:
            record.medicines.record_dose(treatment, replace(taken, ask_after=wrong))
        assert set(refused.value.problems) == {"ask_after"}
    assert record.medicines.doses(treatment, TODAY, TODAY) == []  # nothing half-saved
    with pytest.raises(RecordInvalid):
        record.medicines.record_dose(
            treatment,
            DoseRecord(TODAY, EIGHT, DoseStatus.SKIPPED, ask_after=dt.datetime(2026, 3, 10, 9)),
        )

    record.medicines.record_dose(
        treatment, replace(taken, ask_after=dt.datetime(2026, 3, 10, 12, 30, 45))
    )
    (kept,) = reopen().medicines.doses(treatment, TODAY, TODAY)
    assert kept.ask_after == dt.datetime(2026, 3, 10, 12, 30)  # to the minute
    assert not kept.after_score_due(dt.datetime(2026, 3, 10, 12, 29))
    assert kept.after_score_due(dt.datetime(2026, 3, 10, 12, 30))
    assert not replace(kept, after=3).after_score_due(dt.datetime(2026, 3, 10, 13))
