"""The record as a FHIR R4 document a clinic's system can read (``export --format fhir``).

Everything is read in one read transaction, so the document is one consistent picture of the
record; the mapping itself is ``reports.fhir_resources`` and ``reports.fhir_document`` (docs/
fhir.md lists every code). The symptom entries and measurements are streamed three times: to
count them, to write the names the Composition lists, and to build and write each resource, so
memory does not grow with the years recorded. The file goes through
``paths.replacing_atomically`` with the record's files protected (complete or not there, 0600),
and is refused in the app's data folder as the CSV export is. ``fhir.resources`` is imported
only here, when a document is made: start-up never pays for it.

The sections' short texts and the symptoms' names are in English with dates as YYYY-MM-DD,
whatever language the app is shown in: the document is read by a clinic's system and its staff,
wherever they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mbc_tracker.domain import dates
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, in_english, translate
from mbc_tracker.domain.receptors import read_receptors
from mbc_tracker.domain.records import APPOINTMENT_KIND_WORDS, Person, TrackedSymptom
from mbc_tracker.paths import ProtectedFiles, check_output_path, replacing_atomically
from mbc_tracker.services.csv_record import refuse_data_folder
from mbc_tracker.services.medicines import schedules_and_doses
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import plain_sql, repositories
from mbc_tracker.storage.orm import TrackedSymptomRow
from mbc_tracker.storage.plain_sql import driver_connection

if TYPE_CHECKING:
    from mbc_tracker.reports.fhir_document import Section
    from mbc_tracker.reports.fhir_resources import Entry, Names
    from mbc_tracker.services.record import CareRecord

WHAT = "the FHIR document"
# The window tells a FHIR document from the JSON export (both JSON) by this ending.
FHIR_SUFFIX = ".fhir.json"


def is_fhir_target(target: Path) -> bool:
    return target.name.lower().endswith(FHIR_SUFFIX)


# What each count of ``FhirExportSummary`` is called, one and many (English has no plural
# forms in the translation file, so the count of one is a text of its own).
COUNTED = {
    "symptom scores": (
        QT_TRANSLATE_NOOP("fhir_record", "1 symptom score"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} symptom scores"),
    ),
    "weights and temperatures": (
        QT_TRANSLATE_NOOP("fhir_record", "1 weight or temperature"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} weights and temperatures"),
    ),
    "receptor results": (
        QT_TRANSLATE_NOOP("fhir_record", "1 receptor result"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} receptor results"),
    ),
    "medicines": (
        QT_TRANSLATE_NOOP("fhir_record", "1 medicine"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} medicines"),
    ),
    "radiotherapy and surgery": (
        QT_TRANSLATE_NOOP("fhir_record", "1 radiotherapy or surgery"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} radiotherapies and surgeries"),
    ),
    "appointments": (
        QT_TRANSLATE_NOOP("fhir_record", "1 appointment"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} appointments"),
    ),
    "sites of spread": (
        QT_TRANSLATE_NOOP("fhir_record", "1 site of spread"),
        QT_TRANSLATE_NOOP("fhir_record", "{count} sites of spread"),
    ),
}


@dataclass(frozen=True)
class FhirExportSummary:
    """Where the document went and how many resources of each kind (``COUNTED``) it holds."""

    target: Path
    counts: dict[str, int]

    def describe(self) -> str:
        parts = [
            translate("fhir_record", COUNTED[what][0])
            if count == 1
            else translate("fhir_record", COUNTED[what][1]).format(count=dates.count(count))
            for what, count in self.counts.items()
            if count
        ]
        if not parts:
            return translate(
                "fhir_record", "It holds only the person's details; nothing else is recorded yet."
            )
        return translate("fhir_record", "It holds {parts}.").format(parts=", ".join(parts))


def check_fhir_target(target: Path, protecting: ProtectedFiles) -> Path:
    """The file to write, or ``OutputRefused``: never the record's own files, never in the app's
    data folder or a folder inside it."""
    resolved = check_output_path(target, protecting, WHAT)
    refuse_data_folder(resolved.parent, protecting, WHAT)
    return resolved


@dataclass(frozen=True)
class _Stream:
    """How many resources one long stream gives and the first and last day they cover (their
    names are not kept: ``_measurement_urls`` and ``_entry_urls`` give them again)."""

    count: int
    first: dt.date | None
    last: dt.date | None

    @classmethod
    def over(cls, days: Iterator[dt.date]) -> _Stream:
        count, first, last = 0, None, None
        for day in days:
            count += 1
            first = day if first is None or day < first else first
            last = day if last is None or day > last else last
        return cls(count, first, last)

    def span(self) -> str:
        if self.first is None or self.last is None:
            return ""
        if self.first == self.last:
            return f" on {self.first.isoformat()}"
        return f" from {self.first.isoformat()} to {self.last.isoformat()}"


def _measurement_urls(session: Session, names: Names) -> Iterator[str]:
    for measurement in repositories.stream_measurements(session):
        yield names.url("measurement", measurement.id)


def _entry_urls(session: Session, names: Names) -> Iterator[str]:
    for entry in repositories.stream_symptom_entries(session):
        yield names.url("symptom-entry", entry.id)


def _tracked(session: Session, record: CareRecord) -> dict[str, TrackedSymptom]:
    """The tracked symptoms with their English names (the knowledge files' ``label.en``), as
    every other text of the document: ``to_tracked`` names them in the language in use."""
    rows = session.scalars(select(TrackedSymptomRow)).all()
    with in_english():
        return {row.key: to_tracked(row, record) for row in rows}


@dataclass
class _Parts:
    """The document's short lists (all but the two long streams), built once."""

    patient: Entry
    spread: list[Entry]
    medicines: list[tuple[Entry, str]]  # with the words its section lists
    procedures: list[tuple[Entry, str]]
    receptors: list[Entry]
    receptor_words: list[str]
    appointments: list[Entry]
    upcoming: list[str]


def _parts(
    session: Session, record: CareRecord, person: Person | None, now: dt.datetime, names: Names
) -> _Parts:
    from mbc_tracker.reports import fhir_resources

    medicines: list[tuple[Entry, str]] = []
    procedures: list[tuple[Entry, str]] = []
    for treatment in repositories.treatments(session):
        assert treatment.id is not None
        schedules, _doses = schedules_and_doses(session, treatment.id)
        entry = fhir_resources.treatment_resource(treatment, schedules, now, names)
        until = treatment.end_date.isoformat() if treatment.end_date else "ongoing"
        said = f"{treatment.name}: {treatment.start_date.isoformat()} to {until}"
        if treatment.category in fhir_resources.PROCEDURE_CATEGORIES:
            procedures.append((entry, said))
        else:
            medicines.append((entry, said))
    receptors: list[Entry] = []
    receptor_words: list[str] = []
    for test in repositories.receptor_tests(session):
        reading = read_receptors(test, record.knowledge.receptors)
        found = fhir_resources.receptor_observations(test, reading.er, reading.pr, names)
        receptors.extend(found)
        receptor_words.append(
            f"Test of {test.test_date.isoformat()}: "
            + fhir_resources.receptor_words(test, reading.er, reading.pr)
        )
    appointments: list[Entry] = []
    upcoming: list[str] = []
    for appointment in repositories.appointments(session):
        appointments.append(fhir_resources.appointment_resource(appointment, now, names))
        if appointment.starts_at >= now:
            upcoming.append(
                f"{appointment.starts_at.isoformat(sep=' ', timespec='minutes')}: "
                f"{APPOINTMENT_KIND_WORDS[appointment.kind]}"
            )
    return _Parts(
        patient=fhir_resources.patient(person, names),
        spread=fhir_resources.spread_conditions(person, names),
        medicines=medicines,
        procedures=procedures,
        receptors=receptors,
        receptor_words=receptor_words,
        appointments=appointments,
        upcoming=upcoming,
    )


def _sections(
    person: Person | None,
    parts: _Parts,
    vitals: _Stream,
    symptoms: _Stream,
    urls: tuple[Callable[[], Iterator[str]], Callable[[], Iterator[str]]],
) -> list[Section]:
    """The document's sections; ``urls`` gives the names of the weights and temperatures, then
    of the symptom scores, again each time it is called."""
    from mbc_tracker.reports import fhir_document as document
    from mbc_tracker.reports.fhir_resources import spread_sites

    spread_words = [name for _key, name, _site in spread_sites(person)]
    problems = document.Section(document.PROBLEMS, urls=[entry.url for entry in parts.spread])
    if person and person.metastatic_diagnosis_date:
        problems.paragraphs.append(
            f"Metastatic breast cancer, diagnosed {person.metastatic_diagnosis_date.isoformat()}."
        )
    if spread_words:
        problems.paragraphs.append(
            "Sites of spread the patient recorded: " + ", ".join(spread_words) + "."
        )
    allergies = document.Section(
        document.ALLERGIES,
        paragraphs=["MBC Care Tracker does not record allergies or intolerances."],
        empty_reason=("notasked", "Not Asked"),
    )
    medications = document.Section(
        document.MEDICATIONS,
        items=[said for _entry, said in parts.medicines],
        urls=[entry.url for entry, _said in parts.medicines],
    )
    procedures = document.Section(
        document.PROCEDURES,
        items=[said for _entry, said in parts.procedures],
        urls=[entry.url for entry, _said in parts.procedures],
    )
    results = document.Section(
        document.RESULTS, items=parts.receptor_words, urls=[entry.url for entry in parts.receptors]
    )
    vital_signs = document.Section(document.VITAL_SIGNS)
    if vitals.count:
        vital_signs.streamed = urls[0]
        vital_signs.paragraphs.append(
            f"{vitals.count:,} weights and temperatures the patient recorded{vitals.span()}."
        )
    symptom_section = document.Section(document.SYMPTOMS)
    if symptoms.count:
        symptom_section.streamed = urls[1]
        symptom_section.paragraphs.append(
            f"{symptoms.count:,} symptom scores (0 to 10) and events the patient recorded"
            f"{symptoms.span()}."
        )
    plan = document.Section(
        document.PLAN_OF_CARE,
        items=parts.upcoming,
        urls=[entry.url for entry in parts.appointments],
    )
    if parts.appointments:
        plan.paragraphs.append(
            f"{len(parts.appointments):,} appointments, {len(parts.upcoming):,} of them still "
            "ahead" + (":" if parts.upcoming else ".")
        )
    return [
        problems,
        allergies,
        medications,
        procedures,
        results,
        vital_signs,
        symptom_section,
        plan,
    ]


def export_fhir(
    record: CareRecord, target: Path, exported_at: dt.datetime | None = None
) -> FhirExportSummary:
    """Write the record as a FHIR document to ``target``; raise ``OutputRefused`` for a place
    that cannot be used, OSError for a failed write. ``exported_at`` (now, local time) is the
    document's time: appointments before it are fulfilled, treatments ended before its day
    completed."""
    from mbc_tracker.reports import fhir_document, fhir_resources

    now = (exported_at or dt.datetime.now()).replace(microsecond=0)
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)  # the record's times are local, without zone
    moment = fhir_resources.local_time(now)
    protecting = ProtectedFiles(record.path, record.paths)
    resolved = check_fhir_target(Path(target).expanduser(), protecting)
    # Every word the app writes into the document is English whatever the language shown
    # (docs/fhir.md): the target was checked above, so a refusal is still said in that language.
    with record.reads() as session, in_english():
        person = plain_sql.person(driver_connection(session))
        names = fhir_resources.Names.of(person)
        tracked = _tracked(session, record)
        parts = _parts(session, record, person, now, names)
        vitals = _Stream.over(m.day for m in repositories.stream_measurements(session))
        symptoms = _Stream.over(e.day for e in repositories.stream_symptom_entries(session))
        sections = _sections(
            person,
            parts,
            vitals,
            symptoms,
            (
                lambda: _measurement_urls(session, names),
                lambda: _entry_urls(session, names),
            ),
        )
        composition = fhir_document.composition(person, sections, moment, names)

        def entries() -> Iterator[Entry]:
            yield parts.patient
            yield from parts.spread
            yield from (entry for entry, _said in parts.medicines)
            yield from (entry for entry, _said in parts.procedures)
            yield from parts.receptors
            for measurement in repositories.stream_measurements(session):
                yield fhir_resources.vital_sign_observation(measurement, names)
            for entry in repositories.stream_symptom_entries(session):
                symptom = tracked.get(entry.symptom_key)
                yield fhir_resources.symptom_observation(entry, symptom, names)
            yield from parts.appointments

        with (
            replacing_atomically(resolved, protecting, WHAT) as temporary,
            open(temporary, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out,
        ):
            chunks = fhir_document.document_chunks(composition, entries(), moment, names, sections)
            for chunk in chunks:
                out.write(chunk)
    return FhirExportSummary(
        resolved,
        {
            "symptom scores": symptoms.count,
            "weights and temperatures": vitals.count,
            "receptor results": len(parts.receptors),
            "medicines": len(parts.medicines),
            "radiotherapy and surgery": len(parts.procedures),
            "appointments": len(parts.appointments),
            "sites of spread": len(parts.spread),
        },
    )
