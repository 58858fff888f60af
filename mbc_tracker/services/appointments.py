"""Appointments and the questions to ask at them: add, edit, delete and bring back, tick off.

A person keeps her upcoming and past appointments (when, what kind, with whom, where, notes after
the visit) and, for each, the questions she wants to ask. Questions are added any time, ticked
off during the visit with an optional answer, and the ones left unanswered at past visits can be
copied to the next visit (``unanswered_from_past`` and ``carry_over``) without writing the same
question twice. Every action is one transaction; a problem raises ``RecordInvalid`` with a
sentence per field and saves nothing. Times are the local wall-clock times the person typed
(naive datetimes), compared with a naive local ``now``.
"""

from __future__ import annotations

import builtins
import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    same_question,
)
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import AppointmentQuestionRow, AppointmentRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

MAX_SHORT_TEXT = 200  # clinician and place (the columns are String(200))
MAX_LONG_TEXT = 5000  # a question, an answer or the notes
# Multi-line fields may hold line breaks and tabs; every other control character (NUL, escape,
# ...) is never what a person meant to type, and NUL would cut the text short in SQLite.
ALLOWED_IN_LONG_TEXT = frozenset("\n\r\t")

PASSED = QT_TRANSLATE_NOOP(
    "appointments",
    "This date and time has already passed. Add it under Past appointments, or change the date.",
)
NOT_YET = QT_TRANSLATE_NOOP(
    "appointments",
    "This date and time is still to come. Add it under Upcoming appointments, or change the date.",
)
# One whole sentence per field (a sentence is never glued from a field's name), by field.
_CONTROL_CHARACTER = {
    "clinician": QT_TRANSLATE_NOOP(
        "appointments",
        "The clinician's name contains an invisible control character. Please retype it.",
    ),
    "place": QT_TRANSLATE_NOOP(
        "appointments", "The place contains an invisible control character. Please retype it."
    ),
    "notes": QT_TRANSLATE_NOOP(
        "appointments", "The notes contains an invisible control character. Please retype it."
    ),
    "question": QT_TRANSLATE_NOOP(
        "appointments", "The question contains an invisible control character. Please retype it."
    ),
    "answer": QT_TRANSLATE_NOOP(
        "appointments", "The answer contains an invisible control character. Please retype it."
    ),
}
_TOO_LONG = {
    "clinician": QT_TRANSLATE_NOOP(
        "appointments", "Please keep the clinician's name under {count} characters."
    ),
    "place": QT_TRANSLATE_NOOP("appointments", "Please keep the place under {count} characters."),
    "notes": QT_TRANSLATE_NOOP("appointments", "Please keep the notes under {count} characters."),
    "question": QT_TRANSLATE_NOOP(
        "appointments", "Please keep the question under {count} characters."
    ),
    "answer": QT_TRANSLATE_NOOP("appointments", "Please keep the answer under {count} characters."),
}


def _control_characters(text: str, allowed: frozenset[str] = frozenset()) -> bool:
    return any(
        unicodedata.category(character) == "Cc" and character not in allowed for character in text
    )


def _short_text_problem(text: str, field: str) -> str | None:
    if _control_characters(text):
        return translate("appointments", _CONTROL_CHARACTER[field])
    if len(text.strip()) > MAX_SHORT_TEXT:
        return translate("appointments", _TOO_LONG[field]).format(count=MAX_SHORT_TEXT)
    return None


def _long_text_problem(text: str, field: str) -> str | None:
    if _control_characters(text, ALLOWED_IN_LONG_TEXT):
        return translate("appointments", _CONTROL_CHARACTER[field])
    if len(text.strip()) > MAX_LONG_TEXT:
        return translate("appointments", _TOO_LONG[field]).format(count=MAX_LONG_TEXT)
    return None


def question_problem(text: str) -> str | None:
    """What is wrong with a question's text, or None."""
    if not text.strip():
        return translate("appointments", "Please type the question.")
    return _long_text_problem(text, "question")


def appointment_problems(
    starts_at: dt.datetime | None,
    kind: AppointmentKind | None,
    clinician: str = "",
    place: str = "",
    notes: str = "",
    now: dt.datetime | None = None,
    upcoming: bool | None = None,
) -> dict[str, str]:
    """Every problem with an appointment's fields, keyed by field name (empty: it can be saved).

    ``starts_at`` and ``kind`` may be None here (a form with nothing chosen yet), so the form can
    show every problem at once. ``upcoming`` True refuses a time that has passed, False a time
    still to come, None checks neither (an edit that keeps the time, an import).
    """
    problems: dict[str, str] = {}
    if starts_at is None:
        problems["starts_at"] = translate(
            "appointments", "Please choose the date of the appointment."
        )
    elif upcoming is not None and now is not None:
        if upcoming and starts_at < now:
            problems["starts_at"] = translate("appointments", PASSED)
        elif not upcoming and starts_at >= now:
            problems["starts_at"] = translate("appointments", NOT_YET)
    if kind is None:
        problems["kind"] = translate(
            "appointments", "Please choose what kind of appointment this is."
        )
    for key, value in (("clinician", clinician), ("place", place)):
        problem = _short_text_problem(value, key)
        if problem:
            problems[key] = problem
    notes_problem = _long_text_problem(notes, "notes")
    if notes_problem:
        problems["notes"] = notes_problem
    return problems


def _question(row: AppointmentQuestionRow) -> AppointmentQuestion:
    return AppointmentQuestion(text=row.text, answered=row.answered, answer=row.answer, id=row.id)


def _appointment(row: AppointmentRow) -> Appointment:
    return Appointment(
        starts_at=row.starts_at,
        kind=AppointmentKind(row.kind),
        clinician=row.clinician,
        place=row.place,
        notes=row.notes,
        questions=tuple(_question(question) for question in row.questions),
        id=row.id,
    )


def _question_rows(
    session: Session, questions: Iterable[AppointmentQuestion], keep_ids: bool
) -> list[AppointmentQuestionRow]:
    rows = []
    for position, question in enumerate(questions):
        question_id = question.id if keep_ids else None
        if question_id is not None and session.get(AppointmentQuestionRow, question_id) is not None:
            question_id = None  # taken in the meantime: a new id is as good
        rows.append(
            AppointmentQuestionRow(
                id=question_id,
                position=position,
                text=question.text.strip(),
                answered=question.answered,
                answer=question.answer.strip(),
            )
        )
    return rows


class AppointmentService:
    """The appointments of one record and the questions to ask at them."""

    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- reading -------------------------------------------------------------------------------

    def list(self) -> tuple[Appointment, ...]:
        """Every appointment, earliest first, each with its questions in the order added."""
        with self._record.reads() as session:
            return repositories.appointments(session)

    def get(self, appointment_id: int) -> Appointment:
        with self._record.reads() as session:
            row = session.get(AppointmentRow, appointment_id)
            if row is None:
                raise RecordNotFound(appointment_id)
            return _appointment(row)

    def upcoming(self, now: dt.datetime) -> tuple[Appointment, ...]:
        """Appointments at or after ``now``, the soonest first."""
        return tuple(appointment for appointment in self.list() if appointment.starts_at >= now)

    def past(self, now: dt.datetime) -> tuple[Appointment, ...]:
        """Appointments before ``now``, the most recent first."""
        return tuple(
            reversed([appointment for appointment in self.list() if appointment.starts_at < now])
        )

    def next_visit(self, now: dt.datetime) -> Appointment | None:
        """The visit questions are carried to: the next oncology visit, else the next appointment.

        Questions are for a clinician, so the blood test the day before a visit is passed over
        when an oncology visit is coming up.
        """
        upcoming = self.upcoming(now)
        visits = [item for item in upcoming if item.kind is AppointmentKind.ONCOLOGY_VISIT]
        if visits:
            return visits[0]
        return upcoming[0] if upcoming else None

    def clinicians_and_places(self) -> tuple[builtins.list[str], builtins.list[str]]:
        """The clinicians and places already used, for suggestions while typing."""
        with self._record.reads() as session:
            clinicians = session.scalars(
                select(AppointmentRow.clinician).where(AppointmentRow.clinician != "").distinct()
            )
            places = session.scalars(
                select(AppointmentRow.place).where(AppointmentRow.place != "").distinct()
            )
            return sorted(clinicians, key=str.casefold), sorted(places, key=str.casefold)

    # -- appointments --------------------------------------------------------------------------

    def add(
        self, appointment: Appointment, now: dt.datetime | None = None, upcoming: bool | None = True
    ) -> Appointment:
        """Store a new appointment with its questions.

        ``upcoming`` says which list it is added from: True refuses a time that has passed, False
        a time still to come, None checks neither.
        """
        problems = appointment_problems(
            appointment.starts_at,
            appointment.kind,
            appointment.clinician,
            appointment.place,
            appointment.notes,
            now or dt.datetime.now(),
            upcoming,
        )
        for question in appointment.questions:
            problem = question_problem(question.text) or _long_text_problem(
                question.answer, "answer"
            )
            if problem:
                problems.setdefault("questions", problem)
        if problems:
            raise RecordInvalid(problems)
        with self._record.sessions.begin() as session:
            row = AppointmentRow(
                starts_at=appointment.starts_at.replace(microsecond=0),
                kind=appointment.kind.value,
                clinician=appointment.clinician.strip(),
                place=appointment.place.strip(),
                notes=appointment.notes.strip(),
                questions=_question_rows(session, appointment.questions, keep_ids=False),
            )
            session.add(row)
            session.flush()
            return _appointment(row)

    def update(
        self, appointment: Appointment, now: dt.datetime | None = None, upcoming: bool | None = None
    ) -> Appointment:
        """Change an appointment's time, kind, clinician, place and notes.

        Its questions are left as they are (they change through the question operations below).
        The upcoming/past check applies only when the time itself was changed, so notes can be
        written after a visit that was once upcoming.
        """
        if appointment.id is None:
            raise RecordNotFound(None)
        with self._record.sessions.begin() as session:
            row = session.get(AppointmentRow, appointment.id)
            if row is None:
                raise RecordNotFound(appointment.id)
            moved = row.starts_at != appointment.starts_at.replace(microsecond=0)
            problems = appointment_problems(
                appointment.starts_at,
                appointment.kind,
                appointment.clinician,
                appointment.place,
                appointment.notes,
                now or dt.datetime.now(),
                upcoming if moved else None,
            )
            if problems:
                raise RecordInvalid(problems)
            row.starts_at = appointment.starts_at.replace(microsecond=0)
            row.kind = appointment.kind.value
            row.clinician = appointment.clinician.strip()
            row.place = appointment.place.strip()
            row.notes = appointment.notes.strip()
            session.flush()
            return _appointment(row)

    def delete(self, appointment: Appointment) -> Appointment:
        """Delete an appointment and its questions; return it as it was, for ``restore``."""
        if appointment.id is None:
            raise RecordNotFound(None)
        with self._record.sessions.begin() as session:
            row = session.get(AppointmentRow, appointment.id)
            if row is None:
                raise RecordNotFound(appointment.id)
            deleted = _appointment(row)
            session.delete(row)
            return deleted

    def restore(self, deleted: Appointment) -> Appointment:
        """Bring back a deleted appointment with its questions, under its old ids when free.

        Keeping the id keeps its calendar UID, so a calendar that imported it sees the same event.
        """
        with self._record.sessions.begin() as session:
            appointment_id = deleted.id
            if (
                appointment_id is not None
                and session.get(AppointmentRow, appointment_id) is not None
            ):
                appointment_id = None
            row = AppointmentRow(
                id=appointment_id,
                starts_at=deleted.starts_at,
                kind=deleted.kind.value,
                clinician=deleted.clinician,
                place=deleted.place,
                notes=deleted.notes,
                questions=_question_rows(session, deleted.questions, keep_ids=True),
            )
            session.add(row)
            session.flush()
            return _appointment(row)

    # -- questions -----------------------------------------------------------------------------

    def add_question(self, appointment_id: int, text: str) -> AppointmentQuestion:
        """Add a question to the end of an appointment's list."""
        problem = question_problem(text)
        if problem:
            raise RecordInvalid({"question": problem})
        with self._record.sessions.begin() as session:
            appointment = session.get(AppointmentRow, appointment_id)
            if appointment is None:
                raise RecordNotFound(appointment_id)
            row = AppointmentQuestionRow(
                appointment_id=appointment_id,
                position=self._next_position(session, appointment_id),
                text=text.strip(),
                answered=False,
                answer="",
            )
            session.add(row)
            session.flush()
            return _question(row)

    def set_answered(
        self, question_id: int, answered: bool, answer: str = ""
    ) -> AppointmentQuestion:
        """Tick a question off (or not), with what was answered if the person wrote it down."""
        problem = _long_text_problem(answer, "answer")
        if problem:
            raise RecordInvalid({"answer": problem})
        with self._record.sessions.begin() as session:
            row = session.get(AppointmentQuestionRow, question_id)
            if row is None:
                raise RecordNotFound(question_id)
            row.answered = answered
            row.answer = answer.strip()
            session.flush()
            return _question(row)

    def remove_question(self, question_id: int) -> AppointmentQuestion:
        """Remove a question; return it as it was."""
        with self._record.sessions.begin() as session:
            row = session.get(AppointmentQuestionRow, question_id)
            if row is None:
                raise RecordNotFound(question_id)
            removed = _question(row)
            session.delete(row)
            return removed

    def unanswered_from_past(self, now: dt.datetime) -> builtins.list[AppointmentQuestion]:
        """Questions not answered at past appointments that the next visit does not have yet.

        A question left open at several visits is offered once (its most recent copy); the
        most recent visit's questions come first.
        """
        target = self.next_visit(now)
        seen = {same_question(question.text) for question in target.questions} if target else set()
        offered: builtins.list[AppointmentQuestion] = []
        for appointment in self.past(now):
            for question in appointment.questions:
                key = same_question(question.text)
                if question.answered or key in seen:
                    continue
                seen.add(key)
                offered.append(question)
        return offered

    def carry_over(
        self, question_ids: Sequence[int], to_appointment_id: int
    ) -> tuple[AppointmentQuestion, ...]:
        """Copy questions to another appointment, leaving out any it already has; return the copies.

        The originals stay with their own visit, as a record of what was asked when.
        """
        with self._record.sessions.begin() as session:
            target = session.get(AppointmentRow, to_appointment_id)
            if target is None:
                raise RecordNotFound(to_appointment_id)
            present = {same_question(question.text) for question in target.questions}
            position = self._next_position(session, to_appointment_id)
            added: builtins.list[AppointmentQuestionRow] = []
            for question_id in question_ids:
                source = session.get(AppointmentQuestionRow, question_id)
                if source is None or same_question(source.text) in present:
                    continue
                present.add(same_question(source.text))
                copy = AppointmentQuestionRow(
                    appointment_id=to_appointment_id,
                    position=position,
                    text=source.text,
                    answered=False,
                    answer="",
                )
                position += 1
                session.add(copy)
                added.append(copy)
            session.flush()
            return tuple(_question(row) for row in added)

    @staticmethod
    def _next_position(session: Session, appointment_id: int) -> int:
        highest = session.scalar(
            select(func.max(AppointmentQuestionRow.position)).where(
                AppointmentQuestionRow.appointment_id == appointment_id
            )
        )
        return 0 if highest is None else highest + 1
