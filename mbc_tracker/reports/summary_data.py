"""What a clinic visit summary says, prepared without Qt or matplotlib: the contract of the report.

``SummaryData`` holds everything one summary prints for one period, already in the words a
clinician reads, in the language in use (``domain.language``): the header (who, born when, which
period, made when, prepared by whom), then one part per ``Section`` that is switched on. A
section switched off is ``None`` (or empty), so nothing from it can reach the page. The page
layout (``mbc_tracker.printing``) only arranges these words; it never reads the record, and the
numbers here never depend on how they are drawn. The profile's facts and the care team are
printed whatever the sections; the notes and the receptor readings in full only in the appendix
(``appendix``), so the notes are left out of the data without it.
``summary_builder.build_summary_data`` makes it from domain objects; ``services.summary`` reads
the record for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.domain.records import (
    PaperSize,
    StopReason,
    SymptomKind,
    TemperatureUnit,
    WeightUnit,
)
from mbc_tracker.domain.schedules import DoseCounts
from mbc_tracker.reports.history_data import HistoryData


class Section(StrEnum):
    """The parts of a summary, in the order they are printed; each can be switched off."""

    FLAGS = "flags"
    SYMPTOMS = "symptoms"  # the period's chart, then a table per symptom
    WEIGHT = "weight"
    TEMPERATURE = "temperature"  # highest, days measured, days flagged as a fever
    TREATMENTS = "treatments"
    RECEPTORS = "receptors"
    APPOINTMENTS = "appointments"  # upcoming appointments and the open questions
    NOTES = "notes"


# Marked for translation here, translated where shown: ``section_title`` (the tables below are
# made at import time, before a language is chosen).
SECTION_TITLES: Mapping[Section, str] = {
    Section.FLAGS: QT_TRANSLATE_NOOP("summary_data", "Flagged in this period"),
    Section.SYMPTOMS: QT_TRANSLATE_NOOP("summary_data", "Symptoms"),
    Section.WEIGHT: QT_TRANSLATE_NOOP("summary_data", "Weight"),
    Section.TEMPERATURE: QT_TRANSLATE_NOOP("summary_data", "Temperature"),
    Section.TREATMENTS: QT_TRANSLATE_NOOP("summary_data", "Treatments"),
    Section.RECEPTORS: QT_TRANSLATE_NOOP("summary_data", "Latest receptor results"),
    Section.APPOINTMENTS: QT_TRANSLATE_NOOP("summary_data", "Upcoming appointments and questions"),
    Section.NOTES: QT_TRANSLATE_NOOP("summary_data", "Notes from this period"),
}


def section_title(section: Section) -> str:
    """A section's title in the language in use."""
    return translate("summary_data", SECTION_TITLES[section])


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

# The one line every summary carries (the wording, in our own words).
# (Marked here, translated where printed with ``translate("summary_data", LINE)``.)
SELF_REPORTED_LINE = QT_TRANSLATE_NOOP(
    "summary_data",
    "Prepared by the patient or her caregiver from self-reported data; this is not a medical "
    "record.",
)
FLAG_RULES_LINE = QT_TRANSLATE_NOOP(
    "summary_data",
    "Flags come from rules in this app with thresholds the person can adjust (app defaults, "
    "not medical rules); each reason is paraphrased from the articles named as its source.",
)
MEDICINES_TITLE = QT_TRANSLATE_NOOP("summary_data", "Medicines in this period")
NOT_RECORDED_LINE = QT_TRANSLATE_NOOP(
    "summary_data",
    "“Not recorded” means no answer was saved in the app for a dose that was due; it does not "
    "say whether the dose was taken.",
)
NOT_A_REPLACEMENT_LINE = QT_TRANSLATE_NOOP(
    "summary_data",
    "This app does not replace your care team. If you feel very unwell, contact them or "
    "emergency services.",
)

# App defaults, not medical facts (shown as such in the summary dialog):
DEFAULT_PERIOD_DAYS = 30  # the period when no earlier appointment is recorded
NOTE_MAX_CHARACTERS = 300  # a day's note is shortened to about this, at a word boundary
NOTES_MAX_DAYS = 30  # at most this many days of notes, the newest kept


class Preparer(StrEnum):
    PATIENT = "patient"
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class PreparedBy:
    role: Preparer
    name: str  # the caregiver's name; for the patient, her own name (may be empty)

    def describe(self) -> str:
        """ "Prepared by Ann Example (the patient)" / "Prepared by Tom Example (caregiver)"."""
        name = " ".join(self.name.split())
        if self.role is Preparer.CAREGIVER:
            if name:
                return translate("summary_data", "Prepared by {name} (caregiver)").format(name=name)
            return translate("summary_data", "Prepared by a caregiver")
        if name:
            return translate("summary_data", "Prepared by {name} (the patient)").format(name=name)
        return translate("summary_data", "Prepared by the patient")


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date  # both included

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one begins."""
        return Period(self.first - dt.timedelta(days=self.days), self.first - dt.timedelta(days=1))


@dataclass(frozen=True)
class FlagLine:
    level: FlagLevel
    level_words: str  # "Contact the care team promptly" / "Mention at the next visit"
    symptom: str
    days: str  # "3 Nov 2026" or "3 Nov 2026 to 9 Nov 2026 (7 days)"
    what_happened: str  # what the rule found, with its numbers ("On 5 days in a row (…)")
    reason: str  # why the articles say it is worth reporting, in plain words
    sources: tuple[str, ...]  # citations: “Title”, Publisher
    discussed: str  # "" when not discussed; else "Discussed on 5 Nov 2026" (+ "; worse since")
    # ``reason`` in its parts (the rule's reason, then each added context such as the STAR-trial
    # paragraph), so that the page can say a part shared by several symptoms once.
    reason_parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class SymptomStats:
    key: str
    label: str
    kind: SymptomKind
    days_present: int  # rated: days with a severity above 0; events: days it happened
    days_logged: int  # days with any entry for it in the period
    highest: int | None  # rated only
    average: float | None  # rated only: mean of the days logged, one decimal
    previous_days_present: int | None  # None: nothing logged in the previous period
    previous_average: float | None
    change: str  # plain words, e.g. "Higher by 1.5 on average", "About the same", "New"


@dataclass(frozen=True)
class WeightSummary:
    unit: WeightUnit
    unit_label: str  # "kg" / "lb"
    first_day: dt.date
    first_value: float
    last_day: dt.date
    last_value: float
    lowest: float
    highest: float
    measurements: int
    change: str  # "Down 2.1 kg (3.0%) from 3 Nov to 21 Nov 2026", or "Only one weight logged"


@dataclass(frozen=True)
class TemperatureSummary:
    """The period's temperatures, in the person's unit (each day's highest reading)."""

    unit: TemperatureUnit
    unit_label: str  # "°C" / "°F"
    highest: float
    highest_day: dt.date
    days_measured: int
    flagged_days: tuple[dt.date, ...]  # days of fever flags inside the period
    threshold: float  # the fever flag's threshold in ``unit`` (an adjustable app default)


@dataclass(frozen=True)
class TreatmentLine:
    name: str
    category: str  # the category's label
    started: dt.date
    stopped: dt.date | None  # None: ongoing
    status: str  # "Taking now", "Stopped in this period", "Planned", "Stopped earlier"
    why_stopped: str  # "" when ongoing or no reason recorded
    notes: str  # shortened


@dataclass(frozen=True)
class MedicineLine:
    """One medicine's doses in the period, counted (``counts``) and in words (``words``: one
    sentence a line: the scheduled doses, the reasons for skipping, as-needed use, relief)."""

    name: str
    counts: DoseCounts
    words: tuple[str, ...]


@dataclass(frozen=True)
class ReceptorLine:
    marker: str  # "ER", "PR", "HER2", "BRCA", "PD-L1", "Trop-2"
    result: str  # "Positive (85%)", "HER2-low (IHC 1+)", "Not tested"
    reading: str  # the plain-language explanation from the knowledge files, "" if none


@dataclass(frozen=True)
class ReceptorSummary:
    test_date: dt.date
    sample: str  # "First tumour (primary)" / "Metastasis: liver"
    lines: tuple[ReceptorLine, ...]
    subtype: str  # the subtype's label, or "Unknown"
    subtype_meaning: str  # its likely response to treatment, "" when unknown
    differs_from_earlier: tuple[str, ...]  # disagreements between tests, as sentences
    sources: tuple[str, ...]  # citations


@dataclass(frozen=True)
class QuestionLine:
    text: str
    asked_for: str  # "Oncology visit, 28 Nov 2026" or "Left over from 3 Nov 2026"


@dataclass(frozen=True)
class AppointmentLine:
    when: dt.datetime
    what: str  # "Oncology visit"
    with_whom: str  # clinician, "" if none
    place: str


@dataclass(frozen=True)
class NoteLine:
    day: dt.date
    text: str  # shortened to about NOTE_MAX_CHARACTERS, ending in "…" when cut


@dataclass(frozen=True)
class ProfileFacts:
    """The profile's facts about the illness, as the summary's first page prints them."""

    metastatic_diagnosis: dt.date | None
    first_diagnosis: dt.date | None
    presentation: str  # "De novo (metastatic at the first diagnosis)", "Recurrence" or ""
    sites: tuple[str, ...]  # "Bone", "Liver", then what the person typed under "Other"


@dataclass(frozen=True)
class ContactLine:
    """One care-team contact as printed: the name, the role, the phone and the email."""

    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class SummaryData:
    # header
    person_name: str
    date_of_birth: dt.date | None
    period: Period
    made_on: dt.date
    prepared_by: PreparedBy
    paper_size: PaperSize
    sections: frozenset[Section]
    # sections (None or empty when switched off)
    flags: tuple[FlagLine, ...]
    flags_quiet: int  # of the flags listed, those already discussed and not worse since
    history: HistoryData | None  # the chart's data: the same object the History view draws
    symptoms: tuple[SymptomStats, ...]
    weight: WeightSummary | None
    treatments: tuple[TreatmentLine, ...]
    receptors: ReceptorSummary | None
    appointments: tuple[AppointmentLine, ...]
    questions: tuple[QuestionLine, ...]
    notes: tuple[NoteLine, ...]
    notes_left_out: int  # days of notes not printed (beyond NOTES_MAX_DAYS)
    temperature: TemperatureSummary | None = None
    profile: ProfileFacts | None = None  # None: no profile saved
    care_team: tuple[ContactLine, ...] = ()
    # The appendix: the receptor readings in full and the notes (when those sections are on).
    appendix: bool = False
    # "Contact promptly" flags still open (not marked discussed) that ended before the period:
    # "Temperature (8 Oct 2026)". Page 1 names them, so a summary of the last fortnight never
    # reads as if nothing urgent were waiting.
    earlier_promptly: tuple[str, ...] = ()
    # "Medicines in this period" (with the treatments): each medicine with doses in the period.
    medicines: tuple[MedicineLine, ...] = ()
    # "Each day shows the average of its entries.", said under the symptoms' table when that is
    # the record's choice and a day of the period holds several entries of a symptom; else "".
    # (The chart's key always says which value stands for a day.)
    day_value_note: str = ""

    @property
    def title(self) -> str:
        """The document title (also the PDF's metadata title)."""
        return translate("summary_data", "Clinic visit summary – {name}").format(
            name=self.person_name
        )


# -- words and app choices used by the builder --------------------------------------------------

# What a flag's level asks for, worded for the clinician reading the page (the app's screens say
# "your care team" to the person; the meaning is the same as cli.LEVEL_WORDS and gui/labels.py).
# Both tables are marked here and translated by the builder (``translate("summary_data", ...)``).
FLAG_LEVEL_WORDS: Mapping[FlagLevel, str] = {
    FlagLevel.PROMPTLY: QT_TRANSLATE_NOOP("summary_data", "Contact the care team promptly"),
    FlagLevel.NEXT_VISIT: QT_TRANSLATE_NOOP("summary_data", "Mention at the next visit"),
}

STOP_REASON_WORDS: Mapping[StopReason, str] = {
    StopReason.PROGRESSION: QT_TRANSLATE_NOOP("summary_data", "Progression"),
    StopReason.SIDE_EFFECTS: QT_TRANSLATE_NOOP("summary_data", "Side effects"),
    StopReason.COURSE_COMPLETED: QT_TRANSLATE_NOOP("summary_data", "Course completed"),
    StopReason.OTHER: QT_TRANSLATE_NOOP("summary_data", "Other reason"),
}


class TreatmentStatus(StrEnum):
    """Where a treatment stands for a summary. The value is the English words (so a status
    compares equal to them); ``status_words`` gives them in the language in use."""

    TAKING_NOW = QT_TRANSLATE_NOOP("summary_data", "Taking now")
    STOPPED_AFTER = QT_TRANSLATE_NOOP("summary_data", "Stopped after this period")
    STOPPED_IN = QT_TRANSLATE_NOOP("summary_data", "Stopped in this period")
    PLANNED = QT_TRANSLATE_NOOP("summary_data", "Planned")


def status_words(status: str) -> str:
    """A ``TreatmentLine.status`` as printed, in the language in use."""
    return translate("summary_data", status)


# The receptor markers a summary names; "ER" and "PR" have their own letters in other
# languages ("RE", "RP" in Spanish), so the builder translates them.
MARKER_ER = QT_TRANSLATE_NOOP("summary_data", "ER")
MARKER_PR = QT_TRANSLATE_NOOP("summary_data", "PR")
MARKER_HER2 = "HER2"  # the same in every language the app has


def headline_markers() -> frozenset[str]:
    """The markers the first page's subtype line names, as the builder writes them."""
    return frozenset(
        {translate("summary_data", MARKER_ER), translate("summary_data", MARKER_PR), MARKER_HER2}
    )


def discussed_words(day: str, worse_since: bool) -> str:
    """ "Discussed on 5 Nov 2026", with "; worse since" when the flag has worsened since."""
    words = translate("summary_data", "Discussed on {day}").format(day=day)
    return words + translate("summary_data", "; worse since") if worse_since else words


def is_worse_since(discussed: str) -> bool:
    """Whether a flag's ``discussed`` words say it has worsened since."""
    return discussed.endswith(translate("summary_data", "; worse since"))


def discussed_day(discussed: str) -> str:
    """A flag's ``discussed`` words without "Discussed on ": the day (and "; worse since")."""
    prefix = translate("summary_data", "Discussed on {day}").split("{day}", 1)[0]
    return discussed.removeprefix(prefix)


# An app choice, not a medical fact: two averages on the 0-10 scale that differ by less than half
# a point are called "about the same", so rounding noise is never read as a change.
ABOUT_THE_SAME_POINTS = 0.5
MAX_APPOINTMENTS = 10  # upcoming appointments printed, the soonest first (an app default)
TREATMENT_NOTE_MAX_CHARACTERS = 150  # a treatment's notes fit a table cell (an app default)

ELLIPSIS = "…"


def shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to about ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    # A single long word (a web address) is cut where it reaches the limit.
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.—–-") + ELLIPSIS
