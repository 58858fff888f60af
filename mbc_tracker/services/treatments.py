"""The treatments a person has had, is on, or has planned: add, change, delete, bring back.

Each action is one transaction that either stores the whole treatment or, when something is
wrong, raises ``RecordInvalid`` with a sentence per field and stores nothing. Treatments often
overlap (hormone therapy with a CDK4/6 inhibitor, for example), so overlap is never a problem;
a start date after today is allowed too: that is a planned treatment. ``current`` says what a
person is taking on a given day. Suggestions for the medicine's name come from the knowledge
catalogue (the medicines the source articles name); any other name may be typed.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import Treatment, TreatmentCategory
from mbc_tracker.domain.schedules import DoseRecord, Schedule
from mbc_tracker.services.editing import RecordInvalid, RecordNotFound
from mbc_tracker.services.person import has_control_characters
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import TreatmentRow

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

MAX_NAME_LENGTH = 200  # the column's width; SQLite does not enforce it, so the service does
# An app default against a mistyped year (2205 for 2025), not a medical rule: a planned end
# of a long course of hormone therapy can be years ahead, but not decades.
MAX_YEARS_AHEAD = 15


def cleaned(treatment: Treatment) -> Treatment:
    """The treatment with the name's inner runs of spaces collapsed and the notes trimmed."""
    return replace(treatment, name=" ".join(treatment.name.split()), notes=treatment.notes.strip())


def validate_treatment(treatment: Treatment, today: dt.date) -> dict[str, str]:
    """Every problem with a (cleaned) treatment, keyed by field name; empty when it can be saved.

    The start date is required by the type; a form that lets it be empty reports that itself.
    """
    problems: dict[str, str] = {}
    name = treatment.name
    if not name:
        problems["name"] = translate(
            "treatments",
            "Please type the medicine or regimen, for example “letrozole” or “capecitabine”.",
        )
    elif has_control_characters(name):
        problems["name"] = translate(
            "treatments", "The name contains an invisible control character. Please retype it."
        )
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = translate(
            "treatments", "Please keep the name under {count} characters."
        ).format(count=MAX_NAME_LENGTH)
    latest = dt.date(min(today.year + MAX_YEARS_AHEAD, dt.MAXYEAR), 12, 31)
    for field_name in ("start_date", "end_date"):
        value = getattr(treatment, field_name)
        if value is not None and value > latest:
            problems[field_name] = translate(
                "treatments",
                "This date is more than {count} years from today. Please check the year.",
            ).format(count=MAX_YEARS_AHEAD)
    end = treatment.end_date
    if end is not None and end < treatment.start_date and "end_date" not in problems:
        problems["end_date"] = translate("treatments", "The end date is before the start date.")
    if treatment.reason_stopped is not None and end is None:
        problems["reason_stopped"] = translate(
            "treatments",
            "A reason for stopping needs an end date. Add the end date, or clear the reason.",
        )
    return problems


@dataclass(frozen=True)
class DeletedTreatment:
    """A deleted treatment as it was stored, with its schedules and recorded doses, so that
    ``restore`` brings all of it back."""

    treatment: Treatment
    schedules: tuple[Schedule, ...] = ()
    doses: tuple[DoseRecord, ...] = ()


class TreatmentService:
    def __init__(self, record: CareRecord) -> None:
        self._record = record

    # -- reading -------------------------------------------------------------------------------

    def list(self) -> builtins.list[Treatment]:
        """Every treatment, by start date (then in the order they were added)."""
        with self._record.reads() as session:
            return builtins.list(repositories.treatments(session))

    def current(self, today: dt.date) -> builtins.list[Treatment]:
        """The treatments started on or before ``today`` and not ended before it."""
        return [
            treatment
            for treatment in self.list()
            if treatment.start_date <= today
            and (treatment.end_date is None or treatment.end_date >= today)
        ]

    def planned(self, today: dt.date) -> builtins.list[Treatment]:
        """The treatments that start after ``today``."""
        return [treatment for treatment in self.list() if treatment.start_date > today]

    def suggestions(self) -> builtins.list[str]:
        """The medicines the articles name, as "trastuzumab deruxtecan (Enhertu)", A to Z."""
        return [
            drug.display_name() for drug in self._record.knowledge.treatments.drug_suggestions()
        ]

    def category_for(self, name: str) -> TreatmentCategory | None:
        """The category the articles give the medicine ``name`` names, if they name it."""
        drug = self._record.knowledge.treatments.find_drug(name)
        return drug.category if drug else None

    def problems(self, treatment: Treatment, today: dt.date | None = None) -> dict[str, str]:
        """What would stop ``treatment`` from being saved (empty: nothing), without saving it."""
        return validate_treatment(cleaned(treatment), today or dt.date.today())

    # -- changing ------------------------------------------------------------------------------

    def add(self, treatment: Treatment, today: dt.date | None = None) -> Treatment:
        """Store a new treatment (its id is ignored) and return it with its new id."""
        treatment = self._checked(treatment, today)
        with self._record.sessions.begin() as session:
            row = self._new_row(treatment)
            session.add(row)
            session.flush()
            return replace(treatment, id=row.id)

    def update(self, treatment: Treatment, today: dt.date | None = None) -> Treatment:
        """Change a stored treatment; RecordNotFound if it was deleted in the meantime."""
        treatment = self._checked(treatment, today)
        with self._record.sessions.begin() as session:
            row = session.get(TreatmentRow, treatment.id) if treatment.id is not None else None
            if row is None:
                raise RecordNotFound(
                    translate("treatments", "This treatment is no longer in the record.")
                )
            self._fill_row(row, treatment)
        return treatment

    def delete(self, treatment: Treatment) -> DeletedTreatment:
        """Remove a treatment, its schedules and its recorded doses; return them as they were
        stored, for ``restore``."""
        from mbc_tracker.services.medicines import schedules_and_doses

        with self._record.sessions.begin() as session:
            row = session.get(TreatmentRow, treatment.id) if treatment.id is not None else None
            if row is None:
                raise RecordNotFound(
                    translate("treatments", "This treatment is no longer in the record.")
                )
            stored = next(
                stored for stored in repositories.treatments(session) if stored.id == row.id
            )
            schedules, doses = schedules_and_doses(session, row.id)
            session.delete(row)  # its schedules and doses go with it (ON DELETE CASCADE)
        return DeletedTreatment(stored, schedules, doses)

    def restore(self, deleted: DeletedTreatment) -> Treatment:
        """Put a deleted treatment back, with its old id when that is still free, and its
        schedules and doses."""
        from mbc_tracker.services.medicines import put_back

        treatment = deleted.treatment
        with self._record.sessions.begin() as session:
            row = self._new_row(treatment)
            if treatment.id is not None and session.get(TreatmentRow, treatment.id) is None:
                row.id = treatment.id
            session.add(row)
            session.flush()
            put_back(session, row.id, deleted.schedules, deleted.doses)
            return replace(treatment, id=row.id)

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _checked(treatment: Treatment, today: dt.date | None) -> Treatment:
        treatment = cleaned(treatment)
        problems = validate_treatment(treatment, today or dt.date.today())
        if problems:
            raise RecordInvalid(problems)
        return treatment

    @classmethod
    def _new_row(cls, treatment: Treatment) -> TreatmentRow:
        row = TreatmentRow()
        cls._fill_row(row, treatment)
        return row

    @staticmethod
    def _fill_row(row: TreatmentRow, treatment: Treatment) -> None:
        row.category = treatment.category.value
        row.name = treatment.name
        row.route = treatment.route.value if treatment.route else None
        row.start_date = treatment.start_date
        row.end_date = treatment.end_date
        row.reason_stopped = treatment.reason_stopped.value if treatment.reason_stopped else None
        row.notes = treatment.notes
