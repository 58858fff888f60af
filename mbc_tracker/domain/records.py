"""The kinds of things a care record holds, as enums and frozen dataclasses.

These are what services hand to the GUI and the command line, and what the JSON export writes.
The enum values are stored in the database and in exports, so they never change once released;
the words a person reads come from ``labels`` in the GUI, not from these values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.schedules import TreatmentPlan


class Presentation(StrEnum):
    """How metastatic disease was first found."""

    DE_NOVO = "de_novo"  # metastatic at the first diagnosis
    RECURRENCE = "recurrence"  # came back after earlier treatment


class WeightUnit(StrEnum):
    KG = "kg"
    LB = "lb"


class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"


class PaperSize(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


class SampleKind(StrEnum):
    PRIMARY = "primary"
    METASTATIC = "metastatic"


class Her2Ihc(StrEnum):
    ZERO = "0"
    ONE_PLUS = "1+"
    TWO_PLUS = "2+"
    THREE_PLUS = "3+"


class IshResult(StrEnum):
    AMPLIFIED = "amplified"
    NOT_AMPLIFIED = "not_amplified"
    NOT_DONE = "not_done"


class GeneResult(StrEnum):
    """A germline or tumour gene test such as BRCA1 or BRCA2."""

    MUTATION_FOUND = "mutation_found"
    NO_MUTATION = "no_mutation"
    NOT_TESTED = "not_tested"


class MarkerResult(StrEnum):
    """A protein marker such as PD-L1 or Trop-2."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    NOT_TESTED = "not_tested"


class TreatmentCategory(StrEnum):
    CHEMOTHERAPY = "chemotherapy"
    HORMONE_THERAPY = "hormone_therapy"
    TARGETED_THERAPY = "targeted_therapy"
    ANTI_HER2 = "anti_her2"
    ANTIBODY_DRUG_CONJUGATE = "antibody_drug_conjugate"
    CDK46_INHIBITOR = "cdk46_inhibitor"
    PARP_INHIBITOR = "parp_inhibitor"
    IMMUNOTHERAPY = "immunotherapy"
    RADIOTHERAPY = "radiotherapy"
    SURGERY = "surgery"
    OTHER = "other"


class Route(StrEnum):
    ORAL = "oral"
    IV = "iv"
    INJECTION = "injection"
    OTHER = "other"


class StopReason(StrEnum):
    PROGRESSION = "progression"
    SIDE_EFFECTS = "side_effects"
    COURSE_COMPLETED = "course_completed"
    OTHER = "other"


class AppointmentKind(StrEnum):
    ONCOLOGY_VISIT = "oncology_visit"
    BONE_SCAN = "bone_scan"
    CT_SCAN = "ct_scan"
    MRI_SCAN = "mri_scan"
    PET_SCAN = "pet_scan"
    XRAY = "xray"
    BLOOD_TEST = "blood_test"
    INFUSION = "infusion"
    RADIOTHERAPY = "radiotherapy"
    OTHER = "other"


# Plain English names for appointment kinds, for text made outside the GUI (calendar files,
# charts, reports); the GUI shows its own translatable words (gui/labels.py). Marked for lupdate
# here; ``appointment_kind_word`` gives them in the language in use.
APPOINTMENT_KIND_WORDS: dict[AppointmentKind, str] = {
    AppointmentKind.ONCOLOGY_VISIT: QT_TRANSLATE_NOOP("records", "Oncology visit"),
    AppointmentKind.BONE_SCAN: QT_TRANSLATE_NOOP("records", "Bone scan"),
    AppointmentKind.CT_SCAN: QT_TRANSLATE_NOOP("records", "CT scan"),
    AppointmentKind.MRI_SCAN: QT_TRANSLATE_NOOP("records", "MRI scan"),
    AppointmentKind.PET_SCAN: QT_TRANSLATE_NOOP("records", "PET scan"),
    AppointmentKind.XRAY: QT_TRANSLATE_NOOP("records", "X-ray"),
    AppointmentKind.BLOOD_TEST: QT_TRANSLATE_NOOP("records", "Blood test"),
    AppointmentKind.INFUSION: QT_TRANSLATE_NOOP("records", "Infusion"),
    AppointmentKind.RADIOTHERAPY: QT_TRANSLATE_NOOP("records", "Radiotherapy"),
    AppointmentKind.OTHER: QT_TRANSLATE_NOOP("records", "Appointment"),
}


def appointment_kind_word(kind: AppointmentKind) -> str:
    """The name of an appointment kind in the language in use ("Appointment" for one unknown)."""
    return translate("records", APPOINTMENT_KIND_WORDS.get(kind, "Appointment"))


class SymptomKind(StrEnum):
    RATED = "rated"  # severity 0-10
    EVENT = "event"  # happened or not


class MeasurementKind(StrEnum):
    WEIGHT = "weight"
    TEMPERATURE = "temperature"


@dataclass(frozen=True)
class Person:
    name: str
    date_of_birth: dt.date | None = None
    metastatic_diagnosis_date: dt.date | None = None
    presentation: Presentation | None = None
    first_diagnosis_date: dt.date | None = None
    spread_bone: bool = False
    spread_lung: bool = False
    spread_liver: bool = False
    spread_brain: bool = False
    spread_other: str = ""
    weight_unit: WeightUnit = WeightUnit.KG
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS
    paper_size: PaperSize | None = None  # None: follow the computer's locale


@dataclass(frozen=True)
class CareTeamContact:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    urgent: bool = False  # the number to call with an urgent problem (a 24-hour line, say)
    id: int | None = None


@dataclass(frozen=True)
class ReceptorTest:
    test_date: dt.date
    sample_kind: SampleKind
    sample_site: str = ""  # for a metastatic sample: bone, liver, ...
    er_percent: float | None = None
    pr_percent: float | None = None
    her2_ihc: Her2Ihc | None = None
    ish: IshResult | None = None
    brca1: GeneResult | None = None
    brca2: GeneResult | None = None
    pdl1: MarkerResult | None = None
    trop2: MarkerResult | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Treatment:
    category: TreatmentCategory
    name: str
    start_date: dt.date
    route: Route | None = None
    end_date: dt.date | None = None  # None: ongoing
    reason_stopped: StopReason | None = None
    notes: str = ""
    id: int | None = None

    @property
    def ongoing(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class AppointmentQuestion:
    text: str
    answered: bool = False
    answer: str = ""
    id: int | None = None


def same_question(text: str) -> str:
    """A question's text reduced for comparison: case and spacing do not make a new question."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Appointment:
    starts_at: dt.datetime
    kind: AppointmentKind
    clinician: str = ""
    place: str = ""
    notes: str = ""
    questions: tuple[AppointmentQuestion, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class TrackedSymptom:
    """A symptom this record tracks: from the catalogue, or the person's own."""

    key: str
    label: str
    kind: SymptomKind
    on_today: bool = True
    position: int = 0
    own: bool = False  # added by the person, not from the catalogue


def today_order(tracked: Iterable[TrackedSymptom]) -> list[TrackedSymptom]:
    """Today's symptoms in Today's order first, then the hidden ones by position (the order of
    the History view, its chooser and the clinic summary)."""
    return sorted(tracked, key=lambda symptom: (not symptom.on_today, symptom.position))


@dataclass(frozen=True)
class SymptomEntry:
    """One time-stamped observation; several a day are allowed."""

    symptom_key: str
    day: dt.date
    recorded_at: dt.datetime
    severity: int | None = None  # rated symptoms
    present: bool | None = None  # events
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Measurement:
    kind: MeasurementKind
    day: dt.date
    recorded_at: dt.datetime
    value: float
    unit: str  # "kg"/"lb" or "C"/"F"
    id: int | None = None


@dataclass(frozen=True)
class FlagAcknowledgement:
    """ "Discussed with my care team on ..." for one flag."""

    symptom_key: str
    rule: str
    first_day: dt.date
    discussed_on: dt.date
    severity_at_discussion: int | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RecordSnapshot:
    """The whole record at once: what export writes and import reads."""

    person: Person | None
    care_team: tuple[CareTeamContact, ...] = ()
    receptor_tests: tuple[ReceptorTest, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    tracked_symptoms: tuple[TrackedSymptom, ...] = ()
    symptom_entries: tuple[SymptomEntry, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    day_notes: dict[dt.date, str] = field(default_factory=dict)
    flag_acknowledgements: tuple[FlagAcknowledgement, ...] = ()
    # Schedules and recorded doses, by the treatment's position in ``treatments`` (a treatment
    # without either is left out).
    treatment_plans: dict[int, TreatmentPlan] = field(default_factory=dict)
