"""The whole record read or written at once, as a ``RecordSnapshot`` of plain domain objects.

Export reads a snapshot; import and the demo record write one. ``write_snapshot`` only writes
into a record that holds nothing yet (no person, no entries, no treatments ...), and it does so in
one transaction: if any row is refused, none is kept. The catalogue symptoms already exist in
every open record (``open_record`` tracks them), so the snapshot's tracked symptoms update their
place on Today, and only the person's own symptoms are added. Symptom entries, measurements and
day notes go in as bulk inserts, because a ten-year record holds tens of thousands of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from mbc_tracker.domain.records import (
    Appointment,
    CareTeamContact,
    FlagAcknowledgement,
    Measurement,
    Person,
    ReceptorTest,
    RecordSnapshot,
    SymptomEntry,
    TrackedSymptom,
    Treatment,
)
from mbc_tracker.domain.schedules import TreatmentPlan
from mbc_tracker.services.medicines import dose_values, put_back, schedules_and_doses
from mbc_tracker.services.person import person_from_row
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import (
    AppointmentQuestionRow,
    AppointmentRow,
    CareTeamContactRow,
    DayNoteRow,
    DoseRow,
    FlagAcknowledgementRow,
    MeasurementRow,
    PersonRow,
    ReceptorTestRow,
    SymptomEntryRow,
    TrackedSymptomRow,
    TreatmentRow,
)

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# Tables whose rows mean "this record already holds someone's data". Catalogue symptoms do not
# count: every record tracks them from the moment it is opened.
_DATA_TABLES: tuple[type[Any], ...] = (
    PersonRow,
    CareTeamContactRow,
    ReceptorTestRow,
    TreatmentRow,
    AppointmentRow,
    SymptomEntryRow,
    MeasurementRow,
    DayNoteRow,
    FlagAcknowledgementRow,
)


class RecordNotEmpty(RuntimeError):
    """``write_snapshot`` was asked to write into a record that already holds data."""


def holds_data(session: Session) -> bool:
    """Whether the record holds a person, an own symptom, or anything logged or planned."""
    for table in _DATA_TABLES:
        if session.scalar(select(exists().select_from(table))):
            return True
    return bool(session.scalar(select(exists().where(TrackedSymptomRow.own.is_(True)))))


def record_holds_data(record: CareRecord) -> bool:
    with record.reads() as session:
        return holds_data(session)


def read_snapshot(record: CareRecord) -> RecordSnapshot:
    """Everything in the record, in a stable order (by date, then by when it was added)."""
    with record.reads() as session:
        person_row = session.get(PersonRow, 1)
        tracked_rows = session.scalars(
            select(TrackedSymptomRow).order_by(TrackedSymptomRow.position, TrackedSymptomRow.key)
        ).all()
        treatments = repositories.treatments(session)
        plans = {}
        for position, treatment in enumerate(treatments):
            assert treatment.id is not None
            plan = TreatmentPlan(*schedules_and_doses(session, treatment.id))
            if plan:
                plans[position] = plan
        return RecordSnapshot(
            person=person_from_row(person_row) if person_row else None,
            care_team=repositories.care_team(session),
            receptor_tests=repositories.receptor_tests(session),
            treatments=treatments,
            appointments=repositories.appointments(session),
            tracked_symptoms=tuple(to_tracked(row, record) for row in tracked_rows),
            symptom_entries=repositories.symptom_entries(session),
            measurements=repositories.measurements(session),
            day_notes=repositories.day_notes(session),
            flag_acknowledgements=repositories.flag_acknowledgements(session),
            treatment_plans=plans,
        )


def _value(enum_value: Any) -> Any:
    return enum_value.value if enum_value is not None else None


def write_snapshot(record: CareRecord, snapshot: RecordSnapshot) -> None:
    """Write ``snapshot`` into an empty record in one transaction (ids in it are ignored).

    Raises RecordNotEmpty if the record already holds data, and KeyError if an entry names a
    symptom that is neither in the catalogue nor among the snapshot's own symptoms. Callers that
    take data from outside (import) check everything first; the database's own constraints are
    the last line, and any refusal there rolls the whole write back.
    """
    with record.sessions.begin() as session:
        if holds_data(session):
            raise RecordNotEmpty("The record already holds data.")
        writer = RecordWriter(session)
        writer.tracked_symptoms(snapshot.tracked_symptoms)
        if snapshot.person is not None:
            writer.person(snapshot.person)
        for contact in snapshot.care_team:
            writer.care_team_contact(contact)
        for test in snapshot.receptor_tests:
            writer.receptor_test(test)
        for position, treatment in enumerate(snapshot.treatments):
            writer.treatment(treatment, snapshot.treatment_plans.get(position, TreatmentPlan()))
        for appointment in snapshot.appointments:
            writer.appointment(appointment)
        for entry in snapshot.symptom_entries:
            writer.symptom_entry(entry)
        for measurement in snapshot.measurements:
            writer.measurement(measurement)
        for day, note in sorted(snapshot.day_notes.items()):
            writer.day_note(day, note)
        for acknowledgement in snapshot.flag_acknowledgements:
            writer.flag_acknowledgement(acknowledgement)
        writer.finish()


# Rows sent to SQLite in one statement: large enough to be fast, small enough that a file of
# millions of entries never sits in memory whole.
BATCH_ROWS = 5000


class RecordWriter:
    """Writes a record's parts into ``session`` as they come, the big tables in batches.

    The tracked symptoms come once, before any entry (or not at all: then the catalogue's
    symptoms stay as they are); the person before the care team. ``finish`` writes what is
    still waiting. Nothing is committed here: the caller's transaction holds it all.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now = dt.datetime.now().replace(microsecond=0)
        self._symptom_ids: dict[str, int] | None = None
        self._waiting: dict[type[Any], list[dict[str, Any]]] = {
            SymptomEntryRow: [],
            DoseRow: [],
            MeasurementRow: [],
            DayNoteRow: [],
            FlagAcknowledgementRow: [],
        }

    def _add(self, table: type[Any], row: dict[str, Any]) -> None:
        waiting = self._waiting[table]
        waiting.append(row)
        if len(waiting) >= BATCH_ROWS:
            self._write(table)

    def _write(self, table: type[Any]) -> None:
        waiting = self._waiting[table]
        if waiting:
            # Core, not the ORM's bulk insert: that one starts a new statement wherever the
            # columns left empty change (an event after a rated symptom), a few rows at a time.
            self.session.execute(insert(table.__table__), waiting)
            waiting.clear()

    def finish(self) -> None:
        for table in self._waiting:
            self._write(table)
        self.session.flush()

    def tracked_symptoms(self, tracked: Sequence[TrackedSymptom]) -> None:
        self._symptom_ids = _write_tracked_symptoms(self.session, tracked)

    def person(self, person: Person) -> None:
        self.session.add(
            PersonRow(
                id=1,
                name=person.name.strip(),
                date_of_birth=person.date_of_birth,
                metastatic_diagnosis_date=person.metastatic_diagnosis_date,
                presentation=_value(person.presentation),
                first_diagnosis_date=person.first_diagnosis_date,
                spread_bone=person.spread_bone,
                spread_lung=person.spread_lung,
                spread_liver=person.spread_liver,
                spread_brain=person.spread_brain,
                spread_other=person.spread_other,
                weight_unit=person.weight_unit.value,
                temperature_unit=person.temperature_unit.value,
                paper_size=_value(person.paper_size),
            )
        )
        self.session.flush()  # the care team rows point at the person

    def care_team_contact(self, contact: CareTeamContact) -> None:
        self.session.add(repositories.care_team_row(contact))

    def receptor_test(self, test: ReceptorTest) -> None:
        self.session.add(
            ReceptorTestRow(
                test_date=test.test_date,
                sample_kind=test.sample_kind.value,
                sample_site=test.sample_site,
                er_percent=test.er_percent,
                pr_percent=test.pr_percent,
                her2_ihc=_value(test.her2_ihc),
                ish=_value(test.ish),
                brca1=_value(test.brca1),
                brca2=_value(test.brca2),
                pdl1=_value(test.pdl1),
                trop2=_value(test.trop2),
                notes=test.notes,
            )
        )

    def treatment(self, treatment: Treatment, plan: TreatmentPlan | None = None) -> None:
        row = TreatmentRow(
            category=treatment.category.value,
            name=treatment.name,
            route=_value(treatment.route),
            start_date=treatment.start_date,
            end_date=treatment.end_date,
            reason_stopped=_value(treatment.reason_stopped),
            notes=treatment.notes,
        )
        self.session.add(row)
        if plan:
            self.session.flush()  # the treatment's id, for its schedules and doses
            put_back(self.session, row.id, plan.schedules, ())
            # Doses in bulk, like the entries: a demo or an import may hold thousands.
            for dose in plan.doses:
                self._add(DoseRow, dose_values(row.id, dose))

    def appointment(self, appointment: Appointment) -> None:
        self.session.add(
            AppointmentRow(
                starts_at=appointment.starts_at,
                kind=appointment.kind.value,
                clinician=appointment.clinician,
                place=appointment.place,
                notes=appointment.notes,
                questions=[
                    AppointmentQuestionRow(
                        position=position,
                        text=question.text,
                        answered=question.answered,
                        answer=question.answer,
                    )
                    for position, question in enumerate(appointment.questions)
                ],
            )
        )

    def symptom_entry(self, entry: SymptomEntry) -> None:
        if self._symptom_ids is None:
            self.tracked_symptoms(())
            assert self._symptom_ids is not None
        self._add(
            SymptomEntryRow,
            {
                "tracked_symptom_id": self._symptom_ids[entry.symptom_key],
                "day": entry.day,
                "recorded_at": entry.recorded_at,
                "severity": entry.severity,
                "present": entry.present,
                "note": entry.note,
            },
        )

    def measurement(self, measurement: Measurement) -> None:
        self._add(
            MeasurementRow,
            {
                "kind": measurement.kind.value,
                "day": measurement.day,
                "recorded_at": measurement.recorded_at,
                "value": measurement.value,
                "unit": measurement.unit,
            },
        )

    def day_note(self, day: dt.date, note: str) -> None:
        self._add(DayNoteRow, {"day": day, "note": note, "updated_at": self.now})

    def flag_acknowledgement(self, acknowledgement: FlagAcknowledgement) -> None:
        self._add(
            FlagAcknowledgementRow,
            {
                "symptom_key": acknowledgement.symptom_key,
                "rule": acknowledgement.rule,
                "first_day": acknowledgement.first_day,
                "discussed_on": acknowledgement.discussed_on,
                "severity_at_discussion": acknowledgement.severity_at_discussion,
                "note": acknowledgement.note,
            },
        )


def _write_tracked_symptoms(session: Session, tracked: Sequence[TrackedSymptom]) -> dict[str, int]:
    """Place the catalogue symptoms as the snapshot says, add own ones; return key -> row id.

    Catalogue symptoms the snapshot does not mention (for example ones added to the catalogue
    after the export was made) stay tracked but hidden from Today, after the others.
    """
    rows = {row.key: row for row in session.scalars(select(TrackedSymptomRow))}
    mentioned: set[str] = set()
    for symptom in tracked:
        mentioned.add(symptom.key)
        row = rows.get(symptom.key)
        if row is None:
            if not symptom.own:
                raise KeyError(f"Unknown symptom: {symptom.key}")
            row = TrackedSymptomRow(key=symptom.key, label=symptom.label, kind=symptom.kind.value)
            row.own = True
            session.add(row)
            rows[symptom.key] = row
        row.on_today = symptom.on_today
        row.position = symptom.position
    next_position = max((symptom.position for symptom in tracked), default=-1) + 1
    for key in sorted(rows.keys() - mentioned, key=lambda key: rows[key].position):
        if tracked:
            rows[key].on_today = False
            rows[key].position = next_position
            next_position += 1
    session.flush()
    return {key: row.id for key, row in rows.items()}
