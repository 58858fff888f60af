"""A treatment's schedules and the doses recorded against them (issue 15), stored and read.

Each action is one transaction: a schedule or a dose is stored whole, or ``RecordInvalid`` says
by field what is wrong and nothing is stored. A schedule is keyed by its treatment and its first
day: setting one on a day that already has one replaces it; a schedule from a later day ends the
one before (``domain.schedules.in_effect``), so changing a schedule keeps every dose recorded
under the old one. A dose is keyed by its treatment, day and time: recording it again replaces
the answer. Reads cost what they show: one day's doses read that day's rows only (an index on
``dose.day``), a period's counts that period's.

The dose and unit are the person's own words; the app never suggests or checks a dose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import Treatment
from mbc_tracker.domain.schedules import (
    AskingAfter,
    DoseCounts,
    DoseRecord,
    DoseStatus,
    Schedule,
    ScheduleKind,
    count_doses,
    next_dose_after,
    schedule_problems,
    score_problem,
    within_treatment,
)
from mbc_tracker.services.dose_day import TreatmentDay, parse_time, read_day, time_text
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.person import has_control_characters
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import DoseRow, TreatmentRow, TreatmentScheduleRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

MAX_WORDS = {"dose": 100, "unit": 40, "reason": 200}  # the columns' widths


@dataclass(frozen=True)
class TreatmentCounts:
    treatment: Treatment
    counts: DoseCounts


def schedule_from_row(row: TreatmentScheduleRow) -> Schedule:
    return Schedule(
        kind=ScheduleKind(row.kind),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        times=tuple(dt.time.fromisoformat(part) for part in row.times.split()),
        days_on=row.days_on,
        days_off=row.days_off,
        every_days=row.every_days,
        reason=row.reason,
        minimum_gap=(
            dt.timedelta(minutes=row.minimum_gap_minutes)
            if row.minimum_gap_minutes is not None
            else None
        ),
        dose=row.dose,
        unit=row.unit,
    )


def dose_from_row(row: DoseRow) -> DoseRecord:
    return DoseRecord(
        day=row.day,
        time=parse_time(row.time),
        status=DoseStatus(row.status),
        at=row.at,
        reason=row.reason,
        before=row.score_before,
        after=row.score_after,
        ask_after=row.ask_after_at,
    )


def cleaned_schedule(schedule: Schedule) -> Schedule:
    """Times to the minute, in order; words trimmed and their inner runs of spaces collapsed."""
    return replace(
        schedule,
        times=tuple(sorted(time.replace(second=0, microsecond=0) for time in schedule.times)),
        dose=" ".join(schedule.dose.split()),
        unit=" ".join(schedule.unit.split()),
        reason=" ".join(schedule.reason.split()),
    )


def cleaned_dose(dose: DoseRecord) -> DoseRecord:
    """The times to the minute; the reason trimmed and its inner runs of spaces collapsed."""
    return replace(
        dose,
        time=dose.time.replace(second=0, microsecond=0) if dose.time is not None else None,
        ask_after=(
            dose.ask_after.replace(second=0, microsecond=0) if dose.ask_after is not None else None
        ),
        reason=" ".join(dose.reason.split()),
    )


def _words_problems(values: dict[str, str]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name, text in values.items():
        if has_control_characters(text):
            problems[name] = translate(
                "medicines", "This contains an invisible control character. Please retype it."
            )
        elif len(text) > MAX_WORDS[name]:
            problems[name] = translate(
                "medicines", "Please keep this under {count} characters."
            ).format(count=MAX_WORDS[name])
    return problems


def validate_schedule(schedule: Schedule) -> dict[str, str]:
    """Every problem with a (cleaned) schedule, by field; empty when it can be saved."""
    problems = schedule_problems(schedule)
    for name, problem in _words_problems(
        {"dose": schedule.dose, "unit": schedule.unit, "reason": schedule.reason}
    ).items():
        problems.setdefault(name, problem)
    if schedule.minimum_gap is not None and schedule.minimum_gap % dt.timedelta(minutes=1):
        problems.setdefault(
            "minimum_gap", translate("medicines", "Please give the gap in whole minutes.")
        )
    return problems


def validate_dose(dose: DoseRecord) -> dict[str, str]:
    problems = _words_problems({"reason": dose.reason})
    for name, score in (("before", dose.before), ("after", dose.after)):
        problem = score_problem(score)
        if problem is not None:
            problems[name] = problem
    if dose.status is DoseStatus.LATER and dose.at is None:
        problems["at"] = translate("medicines", "Please choose when to be asked again.")
    if dose.ask_after is not None:
        taken_at = dose.at or (
            dt.datetime.combine(dose.day, dose.time) if dose.time is not None else None
        )
        if dose.status is not DoseStatus.TAKEN:
            problems["ask_after"] = translate(
                "medicines", "Only a dose that was taken can ask how it is after."
            )
        elif taken_at is not None and dose.ask_after <= taken_at:
            problems["ask_after"] = translate(
                "medicines", "Please choose a time after the dose was taken."
            )
    return problems


class MedicineService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- reading -------------------------------------------------------------------------------

    def schedules(self, treatment_id: int) -> list[Schedule]:
        """The treatment's schedules, by first day."""
        with self._record.reads() as session:
            return self._schedules(session, treatment_id)

    def doses(self, treatment_id: int, first: dt.date, last: dt.date) -> list[DoseRecord]:
        """What was recorded for the treatment's doses from ``first`` to ``last``, in order."""
        with self._record.reads() as session:
            rows = session.scalars(
                select(DoseRow)
                .where(DoseRow.treatment_id == treatment_id)
                .where(DoseRow.day.between(first, last))
                .order_by(DoseRow.day, DoseRow.time)
            )
            return [dose_from_row(row) for row in rows]

    def day(self, day: dt.date, now: dt.datetime) -> list[TreatmentDay]:
        """Every treatment's doses of ``day`` as they stand at ``now`` (``dose_day.read_day``:
        plain SQL, so Today can show them before SQLAlchemy is loaded)."""
        return read_day(self._record, day, now)

    def counts(self, first: dt.date, last: dt.date, now: dt.datetime) -> list[TreatmentCounts]:
        """Per treatment with a schedule or a recorded dose in the period: its doses counted
        (taken, skipped, not recorded, still due; reasons; as-needed use and relief)."""
        with self._record.reads() as session:
            schedules = self._all_schedules(session)
            recorded: dict[int, list[DoseRecord]] = {}
            rows = session.scalars(select(DoseRow).where(DoseRow.day.between(first, last)))
            for row in rows:
                recorded.setdefault(row.treatment_id, []).append(dose_from_row(row))
            if not schedules and not recorded:
                return []
            treatments = repositories.treatments(session)
        result: list[TreatmentCounts] = []
        for treatment in treatments:
            assert treatment.id is not None
            own = within_treatment(schedules.get(treatment.id, []), treatment.end_date)
            touches = any(
                schedule.starts_on <= last
                and (schedule.ends_on is None or schedule.ends_on >= first)
                for schedule in own
            )
            if not touches and treatment.id not in recorded:
                continue
            counts = count_doses(own, recorded.get(treatment.id, []), first, last, now)
            result.append(TreatmentCounts(treatment, counts))
        return result

    def asking_after(self, first: dt.datetime, last: dt.datetime) -> list[AskingAfter]:
        """The as-needed doses taken with no score after yet whose time to ask "How is it
        now?" is from ``first`` to ``last`` (inclusive), by that time: one query on an index."""
        with self._record.reads() as session:
            rows = session.execute(
                select(DoseRow, TreatmentRow.name)
                .join(TreatmentRow, TreatmentRow.id == DoseRow.treatment_id)
                .where(DoseRow.ask_after_at.between(first, last))
                .where(DoseRow.score_after.is_(None))
                .where(DoseRow.status == DoseStatus.TAKEN.value)
                .order_by(DoseRow.ask_after_at, DoseRow.id)
            )
            return [AskingAfter(row.treatment_id, name, dose_from_row(row)) for row, name in rows]

    def next_dose(self, treatment_id: int, after: dt.date) -> dt.date | None:
        """The next day after ``after`` a dose of the treatment is due ("next infusion")."""
        return next_dose_after(self.schedules(treatment_id), after)

    def units_in_use(self) -> list[str]:
        """The units the record's schedules already use ("tablet", "mg" ...), A to Z, for the
        unit field's suggestions (never a dose)."""
        with self._record.reads() as session:
            units = session.scalars(
                select(TreatmentScheduleRow.unit).where(TreatmentScheduleRow.unit != "").distinct()
            )
            return sorted(set(units), key=str.casefold)

    # -- changing ------------------------------------------------------------------------------

    def set_schedule(self, treatment_id: int, schedule: Schedule) -> Schedule:
        """Store ``schedule`` for the treatment from its first day (replacing one that begins
        the same day). RecordInvalid by field, RecordNotFound when the treatment is gone."""
        schedule = cleaned_schedule(schedule)
        problems = validate_schedule(schedule)
        if problems:
            raise RecordInvalid(problems)
        with self._record.sessions.begin() as session:
            self._treatment_row(session, treatment_id)
            row = session.scalar(
                select(TreatmentScheduleRow)
                .where(TreatmentScheduleRow.treatment_id == treatment_id)
                .where(TreatmentScheduleRow.starts_on == schedule.starts_on)
            )
            if row is None:
                row = TreatmentScheduleRow(treatment_id=treatment_id)
                session.add(row)
            _fill_schedule(row, schedule)
        return schedule

    def remove_schedule(self, treatment_id: int, starts_on: dt.date) -> None:
        """Remove the treatment's schedule that begins on ``starts_on`` (doses stay)."""
        with self._record.sessions.begin() as session:
            removed = session.execute(
                delete(TreatmentScheduleRow)
                .where(TreatmentScheduleRow.treatment_id == treatment_id)
                .where(TreatmentScheduleRow.starts_on == starts_on)
            )
            if not removed.rowcount:  # type: ignore[attr-defined]
                raise RecordNotFound(
                    translate("medicines", "This schedule is no longer in the record.")
                )

    def record_dose(self, treatment_id: int, dose: DoseRecord) -> DoseRecord:
        """Store what happened to one dose (replacing an earlier answer for the same slot)."""
        dose = cleaned_dose(dose)
        problems = validate_dose(dose)
        if problems:
            raise RecordInvalid(problems)
        with self._record.sessions.begin() as session:
            self._treatment_row(session, treatment_id)
            row = session.scalar(
                select(DoseRow)
                .where(DoseRow.treatment_id == treatment_id)
                .where(DoseRow.day == dose.day)
                .where(DoseRow.time == time_text(dose.time))
            )
            if row is None:
                row = DoseRow(treatment_id=treatment_id, day=dose.day, time=time_text(dose.time))
                session.add(row)
            row.status = dose.status.value
            row.at = dose.at
            row.reason = dose.reason
            row.score_before = dose.before
            row.score_after = dose.after
            row.ask_after_at = dose.ask_after
        return dose

    def remove_dose(self, treatment_id: int, day: dt.date, time: dt.time | None) -> None:
        """Take back what was recorded for one dose: it is due (or not recorded) again."""
        with self._record.sessions.begin() as session:
            session.execute(
                delete(DoseRow)
                .where(DoseRow.treatment_id == treatment_id)
                .where(DoseRow.day == day)
                .where(DoseRow.time == time_text(time))
            )

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _treatment_row(session: Session, treatment_id: int) -> TreatmentRow:
        row = session.get(TreatmentRow, treatment_id)
        if row is None:
            raise RecordNotFound(
                translate("medicines", "This treatment is no longer in the record.")
            )
        return row

    @staticmethod
    def _schedules(session: Session, treatment_id: int) -> list[Schedule]:
        rows = session.scalars(
            select(TreatmentScheduleRow)
            .where(TreatmentScheduleRow.treatment_id == treatment_id)
            .order_by(TreatmentScheduleRow.starts_on)
        )
        return [schedule_from_row(row) for row in rows]

    @staticmethod
    def _all_schedules(session: Session) -> dict[int, list[Schedule]]:
        schedules: dict[int, list[Schedule]] = {}
        rows = session.scalars(
            select(TreatmentScheduleRow).order_by(TreatmentScheduleRow.starts_on)
        )
        for row in rows:
            schedules.setdefault(row.treatment_id, []).append(schedule_from_row(row))
        return schedules


def _fill_schedule(row: TreatmentScheduleRow, schedule: Schedule) -> None:
    row.kind = schedule.kind.value
    row.starts_on = schedule.starts_on
    row.ends_on = schedule.ends_on
    row.times = " ".join(time_text(time) for time in schedule.times)
    row.days_on = schedule.days_on
    row.days_off = schedule.days_off
    row.every_days = schedule.every_days
    row.reason = schedule.reason
    row.minimum_gap_minutes = (
        int(schedule.minimum_gap.total_seconds() // 60)
        if schedule.minimum_gap is not None
        else None
    )
    row.dose = schedule.dose
    row.unit = schedule.unit


def schedules_and_doses(
    session: Session, treatment_id: int
) -> tuple[tuple[Schedule, ...], tuple[DoseRecord, ...]]:
    """Everything scheduled and recorded for a treatment (kept when it is deleted, for undo)."""
    schedules = MedicineService._schedules(session, treatment_id)
    rows = session.scalars(
        select(DoseRow)
        .where(DoseRow.treatment_id == treatment_id)
        .order_by(DoseRow.day, DoseRow.time)  # a dose at no set time ("") first
    )
    return tuple(schedules), tuple(dose_from_row(row) for row in rows)


def put_back(
    session: Session,
    treatment_id: int,
    schedules: Iterable[Schedule],
    doses: Iterable[DoseRecord],
) -> None:
    """Store a deleted treatment's schedules and doses again, under ``treatment_id``."""
    for schedule in schedules:
        row = TreatmentScheduleRow(treatment_id=treatment_id)
        _fill_schedule(row, schedule)
        session.add(row)
    for dose in doses:
        session.add(DoseRow(**dose_values(treatment_id, dose)))


def dose_values(treatment_id: int, dose: DoseRecord) -> dict[str, Any]:
    """A dose's row as column values (for a row, or for a bulk insert)."""
    return {
        "treatment_id": treatment_id,
        "day": dose.day,
        "time": time_text(dose.time),
        "status": dose.status.value,
        "at": dose.at,
        "reason": dose.reason,
        "score_before": dose.before,
        "score_after": dose.after,
        "ask_after_at": dose.ask_after,
    }
