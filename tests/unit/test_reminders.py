"""Reminders and the agenda with a fake clock: when each reminder comes, how snooze and dismiss
hide it, how answering stops it, and that marks survive closing and reopening the record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.reminders import (
    AFTER_SCORE_KEPT,
    KEEP_STATE,
    DayInputs,
    ItemKind,
    MedicineDoses,
    ReminderMarks,
    ReminderSettings,
    agenda_of_day,
    due_reminders,
    to_announce,
)
from mbc_tracker.domain.schedules import (
    AskingAfter,
    DayDose,
    DoseRecord,
    DoseSlot,
    DoseState,
    DoseStatus,
    Schedule,
    ScheduleKind,
)
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import CareRecord

DAY = dt.date(2026, 3, 10)  # a Tuesday
EIGHT = dt.time(8, 0)
SETTINGS = ReminderSettings()


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def eight_o_clock_dose(
    state: DoseState = DoseState.DUE, record: DoseRecord | None = None
) -> DayInputs:
    dose = DayDose(DoseSlot(DAY, EIGHT), state, record)
    return DayInputs(DAY, medicines=(MedicineDoses(1, "Letrozole", (dose,), "2.5 mg"),))


def keys(inputs: DayInputs, now: dt.datetime, marks: ReminderMarks | None = None) -> list[str]:
    marks = marks or ReminderMarks()
    return [reminder.key for reminder in due_reminders(inputs, (), SETTINGS, marks, now)]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(7, 59), []),
        (at(8, 0), ["dose:1:2026-03-10:08:00"]),
        (at(19, 59), ["dose:1:2026-03-10:08:00"]),
    ],
)
def test_a_timed_dose_is_due_from_its_time(now: dt.datetime, expected: list[str]) -> None:
    assert keys(eight_o_clock_dose(), now) == expected


def test_a_taken_or_skipped_dose_is_never_reminded() -> None:
    for state, status in (
        (DoseState.TAKEN, DoseStatus.TAKEN),
        (DoseState.SKIPPED, DoseStatus.SKIPPED),
    ):
        answered = eight_o_clock_dose(state, DoseRecord(DAY, EIGHT, status, at(8, 5)))
        assert keys(answered, at(9)) == []


def test_a_dose_put_off_comes_back_at_its_new_time_as_a_new_occurrence() -> None:
    later = eight_o_clock_dose(DoseState.LATER, DoseRecord(DAY, EIGHT, DoseStatus.LATER, at(10)))
    dismissed_first = ReminderMarks().dismissed("dose:1:2026-03-10:08:00", at(8, 1))
    assert keys(later, at(9, 59), dismissed_first) == []
    assert keys(later, at(10), dismissed_first) == [
        "dose:1:2026-03-10:08:00:later:2026-03-10T10:00"
    ]


def test_a_dose_reminder_is_calm_and_names_the_medicine() -> None:
    (reminder,) = due_reminders(eight_o_clock_dose(), (), SETTINGS, ReminderMarks(), at(9))
    assert reminder.title == "Dose due (08:00): Letrozole: 2.5 mg"
    assert "miss" not in reminder.title.casefold()


def test_snooze_hides_a_reminder_until_it_ends_and_dismiss_for_good() -> None:
    key = "dose:1:2026-03-10:08:00"
    snoozed = ReminderMarks().snoozed(key, at(8, 15), at(8, 0))
    assert keys(eight_o_clock_dose(), at(8, 14), snoozed) == []
    assert keys(eight_o_clock_dose(), at(8, 15), snoozed) == [key]
    dismissed = snoozed.dismissed(key, at(8, 15))
    assert keys(eight_o_clock_dose(), at(19), dismissed) == []


def test_a_dismissal_is_for_one_occurrence_only() -> None:
    marks = ReminderMarks().dismissed("dose:1:2026-03-10:08:00", at(8))
    tomorrow = DAY + dt.timedelta(days=1)
    dose = DayDose(DoseSlot(tomorrow, EIGHT), DoseState.DUE)
    inputs = DayInputs(tomorrow, medicines=(MedicineDoses(1, "Letrozole", (dose,)),))
    assert keys(inputs, at(8, day=tomorrow), marks) == ["dose:1:2026-03-11:08:00"]


def test_old_marks_are_let_go_when_new_ones_are_written() -> None:
    marks = ReminderMarks().dismissed("old", at(8)).dismissed("new", at(8) + dt.timedelta(days=4))
    assert set(marks.marks) == {"new"}


def test_the_check_in_is_due_at_its_time_until_the_day_is_logged() -> None:
    settings = ReminderSettings(check_in_time=dt.time(19, 30))
    empty = DayInputs(DAY)
    assert due_reminders(empty, (), settings, ReminderMarks(), at(19, 29)) == []
    (reminder,) = due_reminders(empty, (), settings, ReminderMarks(), at(19, 30))
    assert reminder.kind is ItemKind.CHECK_IN
    logged = DayInputs(DAY, logged=True)
    assert due_reminders(logged, (), settings, ReminderMarks(), at(21)) == []


def test_reminders_that_are_off_never_come() -> None:
    off = ReminderSettings(check_in=False, doses=False, appointments=False)
    assert due_reminders(eight_o_clock_dose(), (), off, ReminderMarks(), at(21)) == []


def appointment(starts_at: dt.datetime) -> Appointment:
    return Appointment(
        starts_at=starts_at,
        kind=AppointmentKind.ONCOLOGY_VISIT,
        clinician="Dr Rivera",
        questions=(
            AppointmentQuestion("Can I travel in May?"),
            AppointmentQuestion("Is the rash expected?", answered=True),
        ),
        id=7,
    )


def test_an_appointment_is_reminded_the_day_before_with_open_questions_then_an_hour_before() -> (
    None
):
    visit = appointment(at(10, 30, DAY + dt.timedelta(days=1)))
    empty = DayInputs(DAY, logged=True)
    assert due_reminders(empty, (visit,), SETTINGS, ReminderMarks(), at(19, 59)) == []
    (evening,) = due_reminders(empty, (visit,), SETTINGS, ReminderMarks(), at(20))
    assert evening.title == "At 10:30 tomorrow: Oncology visit with Dr Rivera"
    assert evening.detail == ("Can I travel in May?",)
    next_day = DayInputs(DAY + dt.timedelta(days=1), logged=True)
    (hour,) = due_reminders(
        next_day, (visit,), SETTINGS, ReminderMarks(), visit.starts_at - dt.timedelta(minutes=60)
    )
    assert hour.key.endswith(":hour_before") and hour.title.startswith("At 10:30 today")
    assert due_reminders(next_day, (visit,), SETTINGS, ReminderMarks(), visit.starts_at) == []


def test_the_weekly_prompt_comes_on_its_day_at_the_check_in_time() -> None:
    weekly = ReminderSettings(check_in=False, weekly=True, weekly_day=DAY.weekday())
    (prompt,) = due_reminders(DayInputs(DAY), (), weekly, ReminderMarks(), at(20))
    assert prompt.key == "weekly:2026-03-10" and "this week" in prompt.title
    other_day = ReminderSettings(check_in=False, weekly=True, weekly_day=(DAY.weekday() + 1) % 7)
    assert due_reminders(DayInputs(DAY), (), other_day, ReminderMarks(), at(20)) == []


def test_a_reminder_not_answered_is_announced_again_after_the_snooze_length() -> None:
    (reminder,) = due_reminders(eight_o_clock_dose(), (), SETTINGS, ReminderMarks(), at(8))
    assert to_announce([reminder], {}, SETTINGS, at(8)) == [reminder]
    announced = {reminder.key: at(8)}
    assert to_announce([reminder], announced, SETTINGS, at(8, 14)) == []
    assert to_announce([reminder], announced, SETTINGS, at(8, 15)) == [reminder]


def test_the_agenda_lists_doses_appointments_and_the_check_in_in_time_order() -> None:
    visit = appointment(at(10, 30))
    inputs = DayInputs(DAY, medicines=eight_o_clock_dose().medicines, appointments=(visit,))
    items = agenda_of_day(inputs, SETTINGS, at(12))
    assert [(item.time, item.kind, item.status) for item in items] == [
        (EIGHT, ItemKind.DOSE, "due"),
        (dt.time(10, 30), ItemKind.APPOINTMENT, "passed"),
        (dt.time(20), ItemKind.CHECK_IN, "due"),
    ]
    assert items[1].detail == ("Can I travel in May?",)


@given(
    minutes=st.integers(min_value=0, max_value=24 * 60 - 1),
    snooze=st.sampled_from([5, 10, 15, 30, 60]),
)
def test_a_snoozed_reminder_is_hidden_exactly_for_its_snooze(minutes: int, snooze: int) -> None:
    """Whatever the time and the snooze length, a reminder due now and snoozed is hidden until
    the snooze ends and due again from then (while its day lasts)."""
    now = dt.datetime.combine(DAY, dt.time()) + dt.timedelta(minutes=minutes)
    inputs = DayInputs(DAY)  # the check-in, due from the check-in time
    settings = ReminderSettings(check_in_time=dt.time(0, 0))
    marks = ReminderMarks().snoozed("check_in:2026-03-10", now + dt.timedelta(minutes=snooze), now)
    assert due_reminders(inputs, (), settings, marks, now) == []
    back = now + dt.timedelta(minutes=snooze)
    back_inputs = inputs if back.date() == DAY else DayInputs(back.date())
    keys_back = [r.key for r in due_reminders(back_inputs, (), settings, marks, back)]
    assert ("check_in:2026-03-10" in keys_back) == (back.date() == DAY)


def asking_after(ask_at: dt.datetime, reason: str = "pain") -> DayInputs:
    dose = DoseRecord(
        DAY,
        dt.time(10, 30),
        DoseStatus.TAKEN,
        at=at(10, 30),
        reason=reason,
        before=7,
        ask_after=ask_at,
    )
    return DayInputs(ask_at.date(), asking_after=(AskingAfter(2, "Paracetamol", dose),))


def test_how_is_it_now_comes_at_the_time_chosen_and_goes_after_a_while() -> None:
    inputs = asking_after(at(12, 30))
    assert keys(inputs, at(12, 29)) == []
    assert keys(inputs, at(12, 30)) == ["after:2:2026-03-10:10:30"]
    (reminder,) = due_reminders(inputs, (), SETTINGS, ReminderMarks(), at(12, 30))
    assert reminder.kind is ItemKind.DOSE and reminder.treatment_id == 2
    assert reminder.title == "How is your pain now? (Paracetamol at 10:30)"
    assert keys(inputs, at(12, 30) + AFTER_SCORE_KEPT - dt.timedelta(minutes=1))
    assert keys(inputs, at(12, 30) + AFTER_SCORE_KEPT) == []  # "now" is no longer its after
    assert AFTER_SCORE_KEPT < KEEP_STATE  # so a dismissal outlives the reminder it hides
    unnamed = asking_after(at(12, 30), reason="")
    (reminder,) = due_reminders(unnamed, (), SETTINGS, ReminderMarks(), at(13))
    assert reminder.title == "How is it now? (Paracetamol at 10:30)"
    off = ReminderSettings(doses=False, check_in=False)
    assert due_reminders(inputs, (), off, ReminderMarks(), at(13)) == []


def test_how_is_it_now_is_snoozed_and_dismissed_like_any_reminder() -> None:
    inputs = asking_after(at(12, 30))
    (key,) = keys(inputs, at(12, 30))
    snoozed = ReminderMarks().snoozed(key, at(12, 45), at(12, 30))
    assert keys(inputs, at(12, 44), snoozed) == []
    assert keys(inputs, at(12, 45), snoozed) == [key]
    dismissed = snoozed.dismissed(key, at(12, 45))
    assert keys(inputs, at(19, 59), dismissed) == []


def test_the_agenda_lists_how_is_it_now_at_its_time_with_its_state() -> None:
    inputs = asking_after(at(12, 30))
    settings = ReminderSettings(check_in=False)
    statuses = [
        [(item.kind, item.time, item.status) for item in agenda_of_day(inputs, settings, now)]
        for now in (at(12), at(12, 30), at(12, 30) + AFTER_SCORE_KEPT)
    ]
    assert statuses == [
        [(ItemKind.DOSE, dt.time(12, 30), "after_score_upcoming")],
        [(ItemKind.DOSE, dt.time(12, 30), "after_score_due")],
        [(ItemKind.DOSE, dt.time(12, 30), "after_score_not_recorded")],
    ]


# -- the service, on a real record ---------------------------------------------------------------


def test_the_service_reminds_of_a_scheduled_dose_until_it_is_taken_and_marks_survive_a_restart(
    record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2026, 1, 5)),
        today=DAY,
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id,
        Schedule(ScheduleKind.DAILY, dt.date(2026, 1, 5), times=(EIGHT,), dose="2.5", unit="mg"),
    )
    check_in_off = ReminderSettings(check_in=False)
    assert record.reminders.due(check_in_off, at(7, 59)) == []
    (due,) = record.reminders.due(check_in_off, at(8))
    assert due.title == "Dose due (08:00): Letrozole: 2.5 mg"
    record.reminders.snooze(due.key, 15, at(8))
    again = reopen()
    assert again.reminders.due(check_in_off, at(8, 14)) == []
    assert [r.key for r in again.reminders.due(check_in_off, at(8, 15))] == [due.key]
    again.medicines.record_dose(treatment.id, DoseRecord(DAY, EIGHT, DoseStatus.TAKEN, at(8, 20)))
    assert again.reminders.due(check_in_off, at(8, 30)) == []


def test_the_service_agenda_shows_each_day_and_a_logged_check_in(record: CareRecord) -> None:
    record.daylog.save_day(DayLog(DAY, note="A quiet day."), today=DAY)
    record.appointments.add(appointment(at(9, 0, DAY + dt.timedelta(days=1))), upcoming=None)
    days = record.reminders.agenda(DAY, 2, SETTINGS, at(21))
    assert [day.day for day in days] == [DAY, DAY + dt.timedelta(days=1)]
    assert [(item.kind, item.status) for item in days[0].items] == [(ItemKind.CHECK_IN, "logged")]
    visit, check_in = days[1].items
    assert (visit.kind, visit.status, visit.detail) == (
        ItemKind.APPOINTMENT,
        "upcoming",
        ("Can I travel in May?",),
    )
    assert check_in.status == "due"


def test_reminder_settings_have_adjustable_defaults_and_are_kept_per_computer(
    tmp_path: Path,
) -> None:
    settings = AppSettings.load(tmp_path / "settings.json")
    assert settings.reminder_settings() == ReminderSettings(
        check_in_time=dt.time(20, 0), snooze_minutes=15, weekly=False
    )
    chosen = ReminderSettings(check_in_time=dt.time(18, 45), doses=False, weekly=True, weekly_day=4)
    settings.set_reminder_settings(chosen)
    assert AppSettings.load(tmp_path / "settings.json").reminder_settings() == chosen
    with pytest.raises(ValueError):
        settings.set_reminder_settings(ReminderSettings(snooze_minutes=7))


def test_the_service_asks_how_it_is_now_after_an_as_needed_dose_even_past_midnight(
    record: CareRecord, reopen: Callable[[], CareRecord]
) -> None:
    treatment = record.treatments.add(
        Treatment(TreatmentCategory.OTHER, "Paracetamol", dt.date(2026, 1, 5)), today=DAY
    )
    assert treatment.id is not None
    record.medicines.set_schedule(
        treatment.id,
        Schedule(
            ScheduleKind.AS_NEEDED, dt.date(2026, 1, 5), reason="pain", dose="1", unit="tablet"
        ),
    )
    taken = DoseRecord(
        DAY,
        dt.time(23, 30),
        DoseStatus.TAKEN,
        at=at(23, 30),
        reason="pain",
        before=6,
        ask_after=at(0, 30, DAY + dt.timedelta(days=1)),
    )
    record.medicines.record_dose(treatment.id, taken)
    doses_only = ReminderSettings(check_in=False)
    assert record.reminders.due(doses_only, at(0, 29, DAY + dt.timedelta(days=1))) == []
    (due,) = record.reminders.due(doses_only, at(0, 30, DAY + dt.timedelta(days=1)))
    assert due.title == "How is your pain now? (Paracetamol at 23:30)"
    record.reminders.snooze(due.key, 15, at(0, 30, DAY + dt.timedelta(days=1)))
    again = reopen()
    assert again.reminders.due(doses_only, at(0, 44, DAY + dt.timedelta(days=1))) == []
    assert [
        r.key for r in again.reminders.due(doses_only, at(0, 45, DAY + dt.timedelta(days=1)))
    ] == [due.key]
    (item,) = again.reminders.agenda(
        DAY + dt.timedelta(days=1), 1, doses_only, at(0, 45, DAY + dt.timedelta(days=1))
    )[0].items
    assert (item.kind, item.status, item.title) == (ItemKind.DOSE, "after_score_due", due.title)

    again.medicines.record_dose(treatment.id, replace(taken, after=2))
    assert again.reminders.due(doses_only, at(1, 0, DAY + dt.timedelta(days=1))) == []
    assert (
        again.reminders.agenda(
            DAY + dt.timedelta(days=1), 1, doses_only, at(1, 0, DAY + dt.timedelta(days=1))
        )[0].items
        == ()
    )
