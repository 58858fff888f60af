"""One record's things as FHIR R4 resources (the ``fhir.resources`` R4B models), one at a time.

Each function takes domain objects and returns a validated model: building it is the check
that the resource is well formed. Nothing here reads the record or writes a file; the document
that holds these resources is put together in ``fhir_document`` and written by
``services.fhir_record``. Every code, system and unit used is listed in docs/fhir.md, with what
is left out and why.

Everything the app holds was typed by the person herself (or her caregiver), so every resource
carries the ``patient-reported`` tag and names her as its source (``performer``,
``informationSource``, ``asserter``). The app never interprets beyond what it shows on its own
screens: a receptor result is positive or negative by the same rule as the Receptors page
(``domain.receptors``), and a value the record does not hold is left out, never guessed.

Identifiers are ``urn:uuid``s made with uuid5 from the record's namespace (the person's name and
birth date) and each row's id, so that two exports of one record name every resource alike.
This module imports ``fhir.resources`` (pydantic), which start-up must not pay for: import it
only when a FHIR document is made.
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.appointment import Appointment as FhirAppointment
from fhir.resources.R4B.appointment import AppointmentParticipant
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.condition import Condition
from fhir.resources.R4B.domainresource import DomainResource
from fhir.resources.R4B.dosage import Dosage
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.meta import Meta
from fhir.resources.R4B.narrative import Narrative
from fhir.resources.R4B.observation import Observation, ObservationComponent
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.procedure import Procedure
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.reference import Reference

from mbc_tracker.domain.dates import time_of_day
from mbc_tracker.domain.receptors import ReceptorStatus
from mbc_tracker.domain.records import (
    APPOINTMENT_KIND_WORDS,
    Appointment,
    Her2Ihc,
    IshResult,
    Measurement,
    MeasurementKind,
    Person,
    ReceptorTest,
    SampleKind,
    SymptomEntry,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.schedules import Schedule, ScheduleKind
from mbc_tracker.domain.units import celsius_from, kg_from
from mbc_tracker.reports.summary_data import STOP_REASON_WORDS

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# The app's own code systems: a symptom key ("fatigue", or "own_3" for one she added) and the
# tag that says who reported a resource. There is no one LOINC code per symptom of this list.
SYMPTOM_SYSTEM = "https://mbccaretracker.org/fhir/symptom"
SOURCE_SYSTEM = "https://mbccaretracker.org/fhir/source"
PATIENT_REPORTED = "patient-reported"

_APP_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://mbccaretracker.org/fhir")

# (LOINC code, LOINC long common name) as confirmed in docs/fhir.md.
WEIGHT_CODE = ("29463-7", "Body weight")
TEMPERATURE_CODE = ("8310-5", "Body temperature")
ER_CODE = ("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain")
PR_CODE = (
    "85339-0",
    "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain",
)
HER2_IHC_CODE = ("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain")
HER2_ISH_CODE = ("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH")
# mCODE's TumorMarkerTest examples give a positive or negative result as these LOINC answers.
RESULT_ANSWERS = {
    ReceptorStatus.POSITIVE: ("LA6576-8", "Positive"),
    ReceptorStatus.NEGATIVE: ("LA6577-6", "Negative"),
}
SECONDARY_CANCER = ("128462008", "Secondary malignant neoplastic disease")
# Where the Profile page's sites of spread sit in the body (SNOMED CT body structures).
SPREAD_SITES = {
    "bone": ("272673000", "Bone structure"),
    "lung": ("39607008", "Lung structure"),
    "liver": ("10200004", "Liver structure"),
    "brain": ("12738006", "Brain structure"),
}
# Treatments that are not medicines become procedures.
PROCEDURE_CATEGORIES = frozenset({TreatmentCategory.RADIOTHERAPY, TreatmentCategory.SURGERY})
TREATMENT_CATEGORY_WORDS = {
    TreatmentCategory.CHEMOTHERAPY: "Chemotherapy",
    TreatmentCategory.HORMONE_THERAPY: "Hormone therapy",
    TreatmentCategory.TARGETED_THERAPY: "Targeted therapy",
    TreatmentCategory.ANTI_HER2: "Anti-HER2 therapy",
    TreatmentCategory.ANTIBODY_DRUG_CONJUGATE: "Antibody-drug conjugate",
    TreatmentCategory.CDK46_INHIBITOR: "CDK4/6 inhibitor",
    TreatmentCategory.PARP_INHIBITOR: "PARP inhibitor",
    TreatmentCategory.IMMUNOTHERAPY: "Immunotherapy",
    TreatmentCategory.RADIOTHERAPY: "Radiotherapy",
    TreatmentCategory.SURGERY: "Surgery",
    TreatmentCategory.OTHER: "Other treatment",
}
ISH_WORDS = {IshResult.AMPLIFIED: "Amplified", IshResult.NOT_AMPLIFIED: "Not amplified"}


@dataclass(frozen=True)
class Entry:
    """One resource of the document with the ``fullUrl`` that names it."""

    url: str
    resource: DomainResource


@dataclass(frozen=True)
class Names:
    """Stable ``urn:uuid`` names for one record's resources."""

    namespace: uuid.UUID

    @classmethod
    def of(cls, person: Person | None) -> Names:
        """The record's namespace: the same person (name and birth date) gives the same names,
        and two people's documents never share one."""
        who = f"{person.name}\n{person.date_of_birth}" if person else "no person"
        return cls(uuid.uuid5(_APP_NAMESPACE, who))

    def url(self, kind: str, row_id: object) -> str:
        return f"urn:uuid:{uuid.uuid5(self.namespace, f'{kind}/{row_id}')}"

    @property
    def patient(self) -> str:
        return self.url("patient", 1)


def local_time(moment: dt.datetime) -> dt.datetime:
    """A time the record keeps (this computer's local time, without a zone) with its zone, as
    FHIR asks of every time of day."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def day_only(day: dt.date) -> Any:
    """A day without a time of day, as FHIR's ``dateTime`` allows ("2025-03-04"); the models'
    type hints name only ``datetime``, but they accept and write a day as it is."""
    return day


def decimal(value: float) -> Decimal:
    """A measured value as the decimal it was shown as (68.4, not 68.40000000000001)."""
    return Decimal(repr(value))


def coding(system: str, code_and_name: tuple[str, str]) -> Coding:
    code, display = code_and_name
    return Coding(system=system, code=code, display=display)


def concept(system: str, code_and_name: tuple[str, str]) -> CodeableConcept:
    return CodeableConcept(coding=[coding(system, code_and_name)], text=code_and_name[1])


def words(text: str) -> CodeableConcept:
    return CodeableConcept(text=text)


def _xhtml_text(text: str) -> str:
    """``text`` escaped for XHTML, without the control characters XML cannot hold (a name
    imported from elsewhere might carry one; JSON strings escape them, XHTML cannot)."""
    kept = "".join(
        character
        for character in text
        if character in "\t\n\r" or unicodedata.category(character) != "Cc"
    )
    return html.escape(kept)


def narrative(paragraphs: Sequence[str], items: Sequence[str] = ()) -> Narrative:
    """A short XHTML text, every word escaped."""
    body = "".join(f"<p>{_xhtml_text(paragraph)}</p>" for paragraph in paragraphs)
    if items:
        body += "<ul>" + "".join(f"<li>{_xhtml_text(item)}</li>" for item in items) + "</ul>"
    return Narrative(
        status="generated", div=f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'
    )


def reported() -> Meta:
    return Meta(
        tag=[
            Coding(
                system=SOURCE_SYSTEM,
                code=PATIENT_REPORTED,
                display="Reported by the patient in MBC Care Tracker",
            )
        ]
    )


def _category(code: str, display: str) -> list[CodeableConcept]:
    return [
        CodeableConcept(coding=[Coding(system=OBSERVATION_CATEGORY, code=code, display=display)])
    ]


def _patient_reference(names: Names) -> Reference:
    return Reference(reference=names.patient)


def patient(person: Person | None, names: Names) -> Entry:
    """The person the record is about: her name and birth date, where the record has them."""
    resource = Patient(
        meta=reported(),
        name=[HumanName(text=person.name)] if person and person.name else None,
        birthDate=person.date_of_birth if person else None,
    )
    return Entry(names.patient, resource)


def symptom_observation(entry: SymptomEntry, symptom: TrackedSymptom | None, names: Names) -> Entry:
    """One symptom entry: a score from 0 to 10, or whether an event happened."""
    label = symptom.label if symptom else entry.symptom_key.replace("_", " ").capitalize()
    event = (symptom.kind is SymptomKind.EVENT) if symptom else entry.present is not None
    resource = Observation(
        meta=reported(),
        status="final",
        category=_category("survey", "Survey"),
        code=CodeableConcept(
            coding=[Coding(system=SYMPTOM_SYSTEM, code=entry.symptom_key, display=label)],
            text=label if event else f"{label} (0-10)",
        ),
        subject=_patient_reference(names),
        effectiveDateTime=local_time(entry.recorded_at),
        performer=[_patient_reference(names)],
        valueBoolean=entry.present if event else None,
        valueInteger=None if event else entry.severity,
        note=[Annotation(text=entry.note)] if entry.note else None,
    )
    return Entry(names.url("symptom-entry", entry.id), resource)


def measured_value(measurement: Measurement) -> tuple[float, bool]:
    """The value in kg or °C, and whether it was converted from lb or °F (then rounded to two
    decimals: the app shows one)."""
    if measurement.kind is MeasurementKind.WEIGHT:
        unit = WeightUnit(measurement.unit)
        if unit is WeightUnit.KG:
            return measurement.value, False
        return round(kg_from(measurement.value, unit), 2), True
    temperature_unit = TemperatureUnit(measurement.unit)
    if temperature_unit is TemperatureUnit.CELSIUS:
        return measurement.value, False
    return round(celsius_from(measurement.value, temperature_unit), 2), True


def vital_sign_observation(measurement: Measurement, names: Names) -> Entry:
    """A weight (kg) or body temperature (°C), as the FHIR vital signs profile has them."""
    value, converted = measured_value(measurement)
    if measurement.kind is MeasurementKind.WEIGHT:
        code, unit, unit_name = WEIGHT_CODE, "kg", "kg"
        typed = "lb"
    else:
        code, unit, unit_name = TEMPERATURE_CODE, "Cel", "°C"
        typed = "°F"
    resource = Observation(
        meta=reported(),
        status="final",
        category=_category("vital-signs", "Vital Signs"),
        code=concept(LOINC, code),
        subject=_patient_reference(names),
        effectiveDateTime=local_time(measurement.recorded_at),
        performer=[_patient_reference(names)],
        valueQuantity=Quantity(value=decimal(value), unit=unit_name, system=UCUM, code=unit),
        note=(
            [Annotation(text=f"Recorded as {measurement.value:g} {typed}.")] if converted else None
        ),
    )
    return Entry(names.url("measurement", measurement.id), resource)


def _sample_words(test: ReceptorTest) -> str:
    if test.sample_kind is SampleKind.PRIMARY:
        return "Sample from the first (primary) tumour."
    if test.sample_site:
        return f"Sample from a metastasis: {test.sample_site}."
    return "Sample from a metastasis."


def _marker_observation(
    test: ReceptorTest,
    names: Names,
    marker: str,
    code: tuple[str, str],
    value: CodeableConcept,
    components: list[ObservationComponent] | None = None,
) -> Entry:
    notes = [_sample_words(test)]
    if test.notes:
        notes.append(test.notes)
    resource = Observation(
        meta=reported(),
        status="final",
        category=_category("laboratory", "Laboratory"),
        code=concept(LOINC, code),
        subject=_patient_reference(names),
        effectiveDateTime=day_only(test.test_date),
        performer=[_patient_reference(names)],
        valueCodeableConcept=value,
        bodySite=words(test.sample_site) if test.sample_site else None,
        component=components,
        note=[Annotation(text=" ".join(notes))],
    )
    return Entry(names.url(f"receptor-test/{marker}", test.id), resource)


def _percent_component(percent: float) -> ObservationComponent:
    return ObservationComponent(
        code=words("Tumour cells stained (percent)"),
        valueQuantity=Quantity(value=decimal(percent), unit="%", system=UCUM, code="%"),
    )


def receptor_observations(
    test: ReceptorTest, er: ReceptorStatus, pr: ReceptorStatus, names: Names
) -> list[Entry]:
    """One test's ER, PR, HER2 IHC and HER2 ISH results, each as an mCODE-style tumour marker
    test; a marker the test does not have is left out. ``er`` and ``pr`` are read by the
    Receptors page's rule (``domain.receptors.read_receptors``)."""
    entries = []
    for marker, code, percent, status in (
        ("er", ER_CODE, test.er_percent, er),
        ("pr", PR_CODE, test.pr_percent, pr),
    ):
        if percent is None or status not in RESULT_ANSWERS:
            continue
        answer = RESULT_ANSWERS[status]
        entries.append(
            _marker_observation(
                test,
                names,
                marker,
                code,
                concept(LOINC, answer),
                [_percent_component(percent)],
            )
        )
    if test.her2_ihc is not None:
        entries.append(
            _marker_observation(
                test, names, "her2-ihc", HER2_IHC_CODE, words(_ihc_words(test.her2_ihc))
            )
        )
    if test.ish in ISH_WORDS:
        entries.append(
            _marker_observation(
                test, names, "her2-ish", HER2_ISH_CODE, words(ISH_WORDS[IshResult(test.ish)])
            )
        )
    return entries


def _ihc_words(score: Her2Ihc) -> str:
    return score.value  # "0", "1+", "2+", "3+": the pathology report's own score


def spread_sites(person: Person | None) -> list[tuple[str, str, CodeableConcept]]:
    """The sites of spread the Profile page keeps: a key for the name, the words, and the body
    site (SNOMED CT for the four sites the page names, her own words for another)."""
    if person is None:
        return []
    sites = [
        (
            site,
            SPREAD_SITES[site][1].removesuffix(" structure"),
            concept(SNOMED, SPREAD_SITES[site]),
        )
        for site, present in (
            ("bone", person.spread_bone),
            ("lung", person.spread_lung),
            ("liver", person.spread_liver),
            ("brain", person.spread_brain),
        )
        if present
    ]
    other = person.spread_other.strip()
    if other:
        sites.append(("other", other, words(other)))
    return sites


def spread_conditions(person: Person | None, names: Names) -> list[Entry]:
    """Each site of spread as an mCODE-style secondary cancer condition with its body site."""
    return [
        Entry(
            names.url("spread", key),
            Condition(
                meta=reported(),
                code=concept(SNOMED, SECONDARY_CANCER),
                bodySite=[body_site],
                subject=_patient_reference(names),
                asserter=_patient_reference(names),
                recorder=_patient_reference(names),
            ),
        )
        for key, _words, body_site in spread_sites(person)
    ]


def receptor_words(test: ReceptorTest, er: ReceptorStatus, pr: ReceptorStatus) -> str:
    """ "ER 90% (positive), PR 40% (positive), HER2 IHC 1+, HER2 ISH not amplified"."""
    parts = []
    for marker, percent, status in (("ER", test.er_percent, er), ("PR", test.pr_percent, pr)):
        if percent is not None:
            parts.append(f"{marker} {percent:g}% ({status.value})")
    if test.her2_ihc is not None:
        parts.append(f"HER2 IHC {_ihc_words(test.her2_ihc)}")
    if test.ish in ISH_WORDS:
        parts.append(f"HER2 ISH {ISH_WORDS[IshResult(test.ish)].lower()}")
    return ", ".join(parts) if parts else "no ER, PR or HER2 result"


def _times(times: Sequence[dt.time]) -> str:
    parts = [time_of_day(time) for time in sorted(times)]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _gap_words(gap: dt.timedelta) -> str:
    minutes = int(gap.total_seconds() // 60)
    if minutes % 60:
        return f"{minutes} minutes"
    return "1 hour" if minutes == 60 else f"{minutes // 60} hours"


def schedule_words(schedule: Schedule) -> str:
    """The schedule as the Treatments page says it, in English ("21 days on, 7 days off, at
    09:00; 125 mg"), with the dose in the person's own words."""
    at = _times(schedule.times) if schedule.times else ""
    if schedule.kind is ScheduleKind.DAILY:
        text = f"Every day at {at}" if at else "Every day"
    elif schedule.kind is ScheduleKind.CYCLE:
        text = f"{schedule.days_on} days on, {schedule.days_off} days off"
        text += f", at {at}" if at else ""
    elif schedule.kind is ScheduleKind.INTERVAL:
        days = schedule.every_days
        if days % 7 == 0:
            text = "Every week" if days == 7 else f"Every {days // 7} weeks"
        else:
            text = f"Every {days} days"
        text += f", at {at}" if at else ""
    else:
        text = f"As needed for {schedule.reason}" if schedule.reason else "As needed"
        if schedule.minimum_gap is not None:
            text += f", at least {_gap_words(schedule.minimum_gap)} apart"
    dose = " ".join(part for part in (schedule.dose, schedule.unit) if part)
    return f"{text}; {dose}" if dose else text


def _dosages(schedules: Sequence[Schedule]) -> list[Dosage] | None:
    dosages = []
    for sequence, schedule in enumerate(schedules, start=1):
        since = f"From {schedule.starts_on.isoformat()}"
        if schedule.ends_on is not None:
            since += f" to {schedule.ends_on.isoformat()}"
        dosages.append(
            Dosage(
                sequence=sequence,
                text=f"{schedule_words(schedule)} ({since}).",
                asNeededBoolean=True if schedule.kind is ScheduleKind.AS_NEEDED else None,
            )
        )
    return dosages or None


def _treatment_notes(treatment: Treatment) -> list[Annotation] | None:
    notes = [f"Kind: {TREATMENT_CATEGORY_WORDS[treatment.category]}."]
    if treatment.notes:
        notes.append(treatment.notes)
    return [Annotation(text=" ".join(notes))]


def treatment_resource(
    treatment: Treatment, schedules: Sequence[Schedule], now: dt.datetime, names: Names
) -> Entry:
    """A medicine as a MedicationStatement, radiotherapy or surgery as a Procedure; active or
    in progress while it goes on, completed once its end date has passed."""
    today = now.date()
    ended = treatment.end_date is not None and treatment.end_date < today
    not_yet = treatment.start_date > today
    period = Period(
        start=day_only(treatment.start_date),
        end=day_only(treatment.end_date) if treatment.end_date else None,
    )
    stopped = (
        words(f"Stopped: {STOP_REASON_WORDS[treatment.reason_stopped].lower()}")
        if treatment.reason_stopped is not None and treatment.end_date is not None
        else None
    )
    url = names.url("treatment", treatment.id)
    if treatment.category in PROCEDURE_CATEGORIES:
        procedure = Procedure(
            meta=reported(),
            status="completed" if ended else "preparation" if not_yet else "in-progress",
            code=words(treatment.name),
            category=words(TREATMENT_CATEGORY_WORDS[treatment.category]),
            subject=_patient_reference(names),
            performedPeriod=period,
            asserter=_patient_reference(names),
            statusReason=stopped,
            note=_treatment_notes(treatment),
        )
        return Entry(url, procedure)
    statement = MedicationStatement(
        meta=reported(),
        status="completed" if ended else "intended" if not_yet else "active",
        statusReason=[stopped] if stopped else None,
        medicationCodeableConcept=words(treatment.name),
        subject=_patient_reference(names),
        effectivePeriod=period,
        informationSource=_patient_reference(names),
        dosage=_dosages(schedules),
        note=_treatment_notes(treatment),
    )
    return Entry(url, statement)


def appointment_resource(appointment: Appointment, now: dt.datetime, names: Names) -> Entry:
    """A visit, scan or infusion: booked while it is ahead, fulfilled once its time has passed;
    her questions for it (and the answers she noted) in its comment."""
    kind = APPOINTMENT_KIND_WORDS[appointment.kind]
    description = kind
    if appointment.clinician:
        description += f" with {appointment.clinician}"
    if appointment.place:
        description += f" at {appointment.place}"
    comment = [appointment.notes] if appointment.notes else []
    if appointment.questions:
        asked = []
        for question in appointment.questions:
            if question.answered and question.answer:
                asked.append(f"{question.text} (answer: {question.answer})")
            elif question.answered:
                asked.append(f"{question.text} (answered)")
            else:
                asked.append(question.text)
        comment.append("Questions to ask: " + "; ".join(asked))
    start = local_time(appointment.starts_at)
    resource = FhirAppointment(
        meta=reported(),
        status="booked" if appointment.starts_at >= now else "fulfilled",
        serviceType=[words(kind)],
        description=description,
        # The app keeps no end time; FHIR asks for both once an appointment is booked.
        start=start,
        end=start,
        comment="\n".join(comment) if comment else None,
        participant=[AppointmentParticipant(actor=_patient_reference(names), status="accepted")],
    )
    return Entry(names.url("appointment", appointment.id), resource)
