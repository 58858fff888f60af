"""What is due, day by day and right now: the agenda and the reminders (issue 15).

From one day's doses (``domain.schedules``), the appointments, whether the day is logged and the
reminder settings, ``agenda_of_day`` lists everything of that day (doses with their state,
appointments with their open questions, the daily check-in) and ``due_reminders`` says which
reminders are due at ``now``. Everything here is pure: the clock is a parameter, so tests use a
fake one and never wait.

Each reminder has a stable key naming its occurrence (kind, what, slot), so a snooze or a
dismissal sticks to that one occurrence: dismissing today's 08:00 dose says nothing about
tomorrow's. A reminder stops by itself when it is answered: the dose taken or skipped, the day
logged, the appointment begun, the score after an as-needed dose given. A dose put off ("later")
is a new occurrence at its new time.

When the reminders come (adjustable defaults of the app, not medical advice): a timed dose at its
time; a dose at no set time, the check-in and the appointment's day-before reminder at the
check-in time (20:00 unless changed); the appointment's last reminder an hour before it; the
weekly "how was this week" prompt on the chosen weekday at the check-in time; "How is your pain
now?" after an as-needed dose at the time she chose when she took it, for ``AFTER_SCORE_KEPT``
(how it was hours ago can no longer be told "now").

The words are calm: a dose is "due", never "missed"; nothing here says what a dose should be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from mbc_tracker.domain.dates import time_of_day
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import Appointment, appointment_kind_word
from mbc_tracker.domain.schedules import AskingAfter, DayDose, DoseState, DoseStatus

DEFAULT_CHECK_IN = dt.time(20, 0)  # an adjustable default of the app
DEFAULT_SNOOZE_MINUTES = 15  # an adjustable default of the app
SNOOZE_MINUTES = (5, 10, 15, 30, 60)
DEFAULT_WEEKLY_DAY = 6  # Sunday (Monday is 0)
HOUR_BEFORE = dt.timedelta(hours=1)
# How long snooze and dismiss marks are kept: past that, their occurrences can no longer be due.
KEEP_STATE = dt.timedelta(days=3)
# How long "How is it now?" stays a reminder after its time (an adjustable default of the app, not
# a medical one): past that, "now" is no longer the dose's after. Shorter than KEEP_STATE, so a
# dismissal outlives the reminder it hides.
AFTER_SCORE_KEPT = dt.timedelta(hours=12)


class ItemKind(StrEnum):
    """What an agenda item or a reminder is about (the JSON ``kind``)."""

    DOSE = "dose"
    APPOINTMENT = "appointment"
    CHECK_IN = "check_in"


class CheckInStatus(StrEnum):
    LOGGED = "logged"
    DUE = "due"  # today or later, not logged yet
    NOT_LOGGED = "not_logged"  # a past day with nothing logged


class AppointmentStatus(StrEnum):
    UPCOMING = "upcoming"
    PASSED = "passed"


class AfterScoreStatus(StrEnum):
    """How the "How is it now?" of an as-needed dose stands (the agenda's dose status)."""

    UPCOMING = "after_score_upcoming"  # its time has not come
    DUE = "after_score_due"  # its time has come, no score after yet
    NOT_RECORDED = "after_score_not_recorded"  # AFTER_SCORE_KEPT went by with no score after


@dataclass(frozen=True)
class ReminderSettings:
    """Which reminders are on and when (the computer's settings, see ``app_settings``)."""

    check_in_time: dt.time = DEFAULT_CHECK_IN
    check_in: bool = True
    doses: bool = True
    appointments: bool = True
    weekly: bool = False
    weekly_day: int = DEFAULT_WEEKLY_DAY
    snooze_minutes: int = DEFAULT_SNOOZE_MINUTES

    @property
    def any_on(self) -> bool:
        return self.check_in or self.doses or self.appointments or self.weekly


@dataclass(frozen=True)
class MedicineDoses:
    """One treatment's doses of one day, as ``MedicineService.day`` gives them."""

    treatment_id: int
    name: str
    doses: tuple[DayDose, ...]
    dose_words: str = ""  # "1 tablet", the person's own words


@dataclass(frozen=True)
class DayInputs:
    """Everything one day's agenda and reminders are made from."""

    day: dt.date
    medicines: tuple[MedicineDoses, ...] = ()
    appointments: tuple[Appointment, ...] = ()  # those of this day (and for reminders, the next)
    logged: bool = False
    # As-needed doses asking "How is it now?": for the agenda, those asking on this day; for
    # reminders, those asking within AFTER_SCORE_KEPT before now (a dose at 23:30 asks past
    # midnight).
    asking_after: tuple[AskingAfter, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    """One thing of a day: a dose, an appointment or the check-in."""

    key: str
    day: dt.date
    time: dt.time | None
    kind: ItemKind
    title: str
    status: str
    detail: tuple[str, ...] = ()  # an appointment's open questions
    treatment_id: int | None = None
    appointment_id: int | None = None


@dataclass(frozen=True)
class Reminder:
    """A reminder due now: what it is about, since when, and where "Open" goes."""

    key: str
    kind: ItemKind
    due_at: dt.datetime
    title: str
    detail: tuple[str, ...] = ()
    treatment_id: int | None = None
    appointment_id: int | None = None
    day: dt.date | None = None  # the day whose Today answers it, when that may not be today


@dataclass(frozen=True)
class ReminderMark:
    """What the person did with one reminder occurrence: snoozed until, or dismissed."""

    snoozed_until: dt.datetime | None = None
    dismissed: bool = False
    noted_at: dt.datetime | None = None  # when it was set, so old marks can be let go


@dataclass(frozen=True)
class ReminderMarks:
    """All the marks of a record, by reminder key."""

    marks: Mapping[str, ReminderMark] = field(default_factory=dict)

    def hides(self, key: str, now: dt.datetime) -> bool:
        mark = self.marks.get(key)
        if mark is None:
            return False
        return mark.dismissed or (mark.snoozed_until is not None and now < mark.snoozed_until)

    def snoozed(self, key: str, until: dt.datetime, now: dt.datetime) -> ReminderMarks:
        return self._with(key, ReminderMark(snoozed_until=until, noted_at=now), now)

    def dismissed(self, key: str, now: dt.datetime) -> ReminderMarks:
        return self._with(key, ReminderMark(dismissed=True, noted_at=now), now)

    def _with(self, key: str, mark: ReminderMark, now: dt.datetime) -> ReminderMarks:
        kept = {
            name: old
            for name, old in self.marks.items()
            if old.noted_at is not None and now - old.noted_at < KEEP_STATE
        }
        kept[key] = mark
        return ReminderMarks(kept)


# -- keys and words -------------------------------------------------------------------------------


def _slot_text(time: dt.time | None) -> str:
    return "any" if time is None else f"{time.hour:02d}:{time.minute:02d}"


def dose_key(treatment_id: int, dose: DayDose) -> str:
    key = f"dose:{treatment_id}:{dose.slot.day.isoformat()}:{_slot_text(dose.slot.time)}"
    record = dose.record
    if record is not None and record.status is DoseStatus.LATER and record.at is not None:
        # Put off: a new occurrence, so a dismissal of the first ask does not hide the next.
        key += f":later:{record.at.isoformat(timespec='minutes')}"
    return key


def after_score_key(asking: AskingAfter) -> str:
    dose = asking.dose
    return f"after:{asking.treatment_id}:{dose.day.isoformat()}:{_slot_text(dose.time)}"


def after_score_title(asking: AskingAfter) -> str:
    """ "How is your pain now? (Paracetamol at 10:30)": the symptom in her own words."""
    dose = asking.dose
    taken = dose.at.time() if dose.at is not None else dose.time
    about = " ".join(dose.reason.split())
    question = (
        translate("reminders", "How is your {symptom} now?").format(symptom=about)
        if about
        else translate("reminders", "How is it now?")
    )
    if taken is None:
        return translate("reminders", "{question} ({medicine})").format(
            question=question, medicine=asking.name
        )
    return translate("reminders", "{question} ({medicine} at {time})").format(
        question=question, medicine=asking.name, time=_slot_text(taken)
    )


def after_score_status(asking: AskingAfter, now: dt.datetime) -> AfterScoreStatus:
    if now < asking.ask_at:
        return AfterScoreStatus.UPCOMING
    if now < asking.ask_at + AFTER_SCORE_KEPT:
        return AfterScoreStatus.DUE
    return AfterScoreStatus.NOT_RECORDED


def appointment_key(appointment: Appointment, which: str) -> str:
    starts = appointment.starts_at.isoformat(timespec="minutes")
    return f"appointment:{appointment.id}:{starts}:{which}"


def check_in_key(day: dt.date) -> str:
    return f"check_in:{day.isoformat()}"


def weekly_key(day: dt.date) -> str:
    return f"weekly:{day.isoformat()}"


def appointment_title(appointment: Appointment) -> str:
    title = appointment_kind_word(appointment.kind)
    if appointment.clinician.strip():
        return translate("reminders", "{appointment} with {clinician}").format(
            appointment=title, clinician=appointment.clinician.strip()
        )
    return title


def open_questions(appointment: Appointment) -> tuple[str, ...]:
    return tuple(question.text for question in appointment.questions if not question.answered)


def _dose_title(medicine: MedicineDoses) -> str:
    words = medicine.dose_words.strip()
    return f"{medicine.name}: {words}" if words else medicine.name


# -- the agenda -----------------------------------------------------------------------------------


def agenda_of_day(
    inputs: DayInputs, settings: ReminderSettings, now: dt.datetime
) -> list[AgendaItem]:
    """Everything of ``inputs.day`` in time order (no set time first, then the check-in last
    among equals): each dose with its state, each appointment with its open questions, and the
    check-in when it is on."""
    day = inputs.day
    items: list[AgendaItem] = []
    for medicine in inputs.medicines:
        for dose in medicine.doses:
            items.append(
                AgendaItem(
                    key=dose_key(medicine.treatment_id, dose),
                    day=day,
                    time=dose.slot.time,
                    kind=ItemKind.DOSE,
                    title=_dose_title(medicine),
                    status=dose.state.value,
                    treatment_id=medicine.treatment_id,
                )
            )
    for asking in inputs.asking_after:
        if asking.ask_at.date() != day:
            continue
        items.append(
            AgendaItem(
                key=after_score_key(asking),
                day=day,
                time=asking.ask_at.time().replace(second=0, microsecond=0),
                kind=ItemKind.DOSE,
                title=after_score_title(asking),
                status=after_score_status(asking, now).value,
                treatment_id=asking.treatment_id,
            )
        )
    for appointment in inputs.appointments:
        if appointment.starts_at.date() != day:
            continue
        passed = appointment.starts_at <= now
        items.append(
            AgendaItem(
                key=appointment_key(appointment, "day"),
                day=day,
                time=appointment.starts_at.time().replace(second=0, microsecond=0),
                kind=ItemKind.APPOINTMENT,
                title=appointment_title(appointment),
                status=(AppointmentStatus.PASSED if passed else AppointmentStatus.UPCOMING).value,
                detail=open_questions(appointment),
                appointment_id=appointment.id,
            )
        )
    if settings.check_in:
        if inputs.logged:
            status = CheckInStatus.LOGGED
        elif day < now.date():
            status = CheckInStatus.NOT_LOGGED
        else:
            status = CheckInStatus.DUE
        items.append(
            AgendaItem(
                key=check_in_key(day),
                day=day,
                time=settings.check_in_time,
                kind=ItemKind.CHECK_IN,
                title=translate("reminders", "Daily check-in: how was today?"),
                status=status.value,
            )
        )
    return sorted(items, key=_agenda_order)


def _agenda_order(item: AgendaItem) -> tuple[bool, dt.time, int]:
    rank = {ItemKind.DOSE: 0, ItemKind.APPOINTMENT: 1, ItemKind.CHECK_IN: 2}[item.kind]
    return (item.time is not None, item.time or dt.time(), rank)


# -- reminders due now ----------------------------------------------------------------------------


def due_reminders(
    today: DayInputs,
    upcoming: Sequence[Appointment],
    settings: ReminderSettings,
    marks: ReminderMarks,
    now: dt.datetime,
) -> list[Reminder]:
    """The reminders due at ``now`` and not snoozed or dismissed, oldest first.

    ``today`` is the day of ``now``; ``upcoming`` the appointments that have not begun (only
    those starting before the end of tomorrow can be due)."""
    found = [
        *_dose_reminders(today, settings, now),
        *_after_score_reminders(today, settings, now),
        *_appointment_reminders(upcoming, settings, now),
    ]
    check_in_at = dt.datetime.combine(now.date(), settings.check_in_time)
    if settings.check_in and not today.logged and now >= check_in_at:
        found.append(
            Reminder(
                key=check_in_key(now.date()),
                kind=ItemKind.CHECK_IN,
                due_at=check_in_at,
                title=translate("reminders", "Daily check-in: how was today?"),
            )
        )
    if settings.weekly and now.weekday() == settings.weekly_day and now >= check_in_at:
        found.append(
            Reminder(
                key=weekly_key(now.date()),
                kind=ItemKind.CHECK_IN,
                due_at=check_in_at,
                title=translate(
                    "reminders",
                    "How was this week? A few words in today's note can help at your next visit.",
                ),
            )
        )
    shown = [reminder for reminder in found if not marks.hides(reminder.key, now)]
    return sorted(shown, key=lambda reminder: (reminder.due_at, reminder.key))


def _dose_reminders(
    today: DayInputs, settings: ReminderSettings, now: dt.datetime
) -> Iterable[Reminder]:
    if not settings.doses or today.day != now.date():
        return
    for medicine in today.medicines:
        for dose in medicine.doses:
            if dose.state is DoseState.DUE:
                time = dose.slot.time or settings.check_in_time
                due_at = dt.datetime.combine(today.day, time)
            elif dose.state is DoseState.LATER and dose.record and dose.record.at is not None:
                due_at = dose.record.at
            else:
                continue  # answered (taken, skipped) or its day is over
            if now < due_at:
                continue
            yield Reminder(
                key=dose_key(medicine.treatment_id, dose),
                kind=ItemKind.DOSE,
                due_at=due_at,
                title=(
                    translate("reminders", "Dose due: {medicine}").format(
                        medicine=_dose_title(medicine)
                    )
                    if dose.slot.time is None
                    else translate("reminders", "Dose due ({time}): {medicine}").format(
                        time=_slot_text(dose.slot.time), medicine=_dose_title(medicine)
                    )
                ),
                treatment_id=medicine.treatment_id,
            )


def _after_score_reminders(
    today: DayInputs, settings: ReminderSettings, now: dt.datetime
) -> Iterable[Reminder]:
    if not settings.doses:
        return
    for asking in today.asking_after:
        if after_score_status(asking, now) is not AfterScoreStatus.DUE:
            continue
        yield Reminder(
            key=after_score_key(asking),
            kind=ItemKind.DOSE,
            due_at=asking.ask_at,
            title=after_score_title(asking),
            treatment_id=asking.treatment_id,
            day=asking.dose.day,  # a dose at 23:30 is answered on its own day after midnight
        )


def _appointment_reminders(
    upcoming: Sequence[Appointment], settings: ReminderSettings, now: dt.datetime
) -> Iterable[Reminder]:
    if not settings.appointments:
        return
    for appointment in upcoming:
        starts = appointment.starts_at
        if starts <= now:
            continue  # begun: nothing more to remind of
        day_before = dt.datetime.combine(
            starts.date() - dt.timedelta(days=1), settings.check_in_time
        )
        hour_before = starts - HOUR_BEFORE
        at = time_of_day(starts)
        if now >= hour_before:
            yield Reminder(
                key=appointment_key(appointment, "hour_before"),
                kind=ItemKind.APPOINTMENT,
                due_at=hour_before,
                title=translate("reminders", "At {time} today: {appointment}").format(
                    time=at, appointment=appointment_title(appointment)
                ),
                detail=open_questions(appointment),
                appointment_id=appointment.id,
            )
        elif now >= day_before:
            yield Reminder(
                key=appointment_key(appointment, "day_before"),
                kind=ItemKind.APPOINTMENT,
                due_at=day_before,
                title=(
                    translate("reminders", "At {time} today: {appointment}")
                    if starts.date() == now.date()
                    else translate("reminders", "At {time} tomorrow: {appointment}")
                ).format(time=at, appointment=appointment_title(appointment)),
                detail=open_questions(appointment),
                appointment_id=appointment.id,
            )


def to_announce(
    due: Sequence[Reminder],
    announced: Mapping[str, dt.datetime],
    settings: ReminderSettings,
    now: dt.datetime,
) -> list[Reminder]:
    """Of the reminders due, those to announce now (a tray message): never announced, or last
    announced a snooze length ago (a reminder repeats until answered or dismissed)."""
    again = dt.timedelta(minutes=settings.snooze_minutes)
    return [
        reminder
        for reminder in due
        if reminder.key not in announced or now - announced[reminder.key] >= again
    ]
