"""The rules an export file's contents must meet, checked one object at a time.

``RecordChecks`` is handed the file's record section by section and item by item (by
``transfer``, which reads the file as a stream, or from a whole decoded document), converts each
object by its ``Spec`` (unknown fields refused with a hint, dates only in the documented forms,
numbers only where a field can hold them ...), applies the same rules as saving on Today, and
collects every problem with its place (``symptom_entries[12].severity``, counting from 0 as JSON
tools do). What passes goes to a ``RecordSink`` at once (the record's transaction, or a
snapshot), until the first problem: from then on only the checks go on, so the message can list
them all, and the caller rolls back. A section that needs another one (the care team needs the
person, entries need the tracked symptoms) is checked once that one is known.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from mbc_tracker.domain.dates import count as count_words
from mbc_tracker.domain.daylog import DayLog, validate_day_log
from mbc_tracker.domain.flags import TEMPERATURE_KEY, WEIGHT_KEY
from mbc_tracker.domain.language import translate
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    CareTeamContact,
    FlagAcknowledgement,
    GeneResult,
    Her2Ihc,
    IshResult,
    MarkerResult,
    Measurement,
    MeasurementKind,
    PaperSize,
    Person,
    Presentation,
    ReceptorTest,
    Route,
    SampleKind,
    StopReason,
    SymptomEntry,
    SymptomKind,
    TemperatureUnit,
    TrackedSymptom,
    Treatment,
    TreatmentCategory,
    WeightUnit,
)
from mbc_tracker.domain.schedules import (
    MAX_GAP,
    DoseRecord,
    DoseStatus,
    Schedule,
    ScheduleKind,
    TreatmentPlan,
)
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY
from mbc_tracker.services.medicines import (
    cleaned_dose,
    cleaned_schedule,
    validate_dose,
    validate_schedule,
)
from mbc_tracker.services.person import has_control_characters, validate_person
from mbc_tracker.services.untrusted_json import UnusableNumber, quote

FORMAT_NAME = "mbc-tracker-record"
# 2: a care-team contact may be marked "urgent" (version 1 files import with it unmarked).
FORMAT_VERSION = 3
MAX_GAP_MINUTES = int(MAX_GAP.total_seconds() // 60)
MAX_PROBLEMS_SHOWN = 10
# The largest file import reads. Ten years of daily entries export to about 6 MB, so this leaves
# room for any real record while a wrong file (a disk image, a video) is refused before it is read.
MAX_IMPORT_BYTES = 512 * 1024 * 1024
# No line of a refusal is longer: values from the file are quoted briefly (``quote``), and this
# is the last guard, so a refused file never floods the terminal or the dialog showing it.
MAX_MESSAGE_LINE = 300


class ImportInvalid(ValueError):
    """The file cannot be imported; nothing was written. ``message`` is meant for the person.

    ``message`` shows at most MAX_PROBLEMS_SHOWN problems, one a line, each line at most
    MAX_MESSAGE_LINE characters.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        shown = [_bounded_line(problem) for problem in self.problems[:MAX_PROBLEMS_SHOWN]]
        hidden = len(self.problems) - len(shown)
        more = translate("transfer_checks", "... and {count} more like these.")
        lines = shown + ([more.format(count=count_words(hidden))] if hidden else [])
        self.message = "\n".join(lines)
        super().__init__(self.message)


def _bounded_line(problem: str) -> str:
    line = " ".join(problem.splitlines())
    return line if len(line) <= MAX_MESSAGE_LINE else line[: MAX_MESSAGE_LINE - 1] + "…"


# -- reading and checking an export ------------------------------------------------------------


class _Bad(Exception):
    """One value cannot be used; ``args[0]`` says why, as the end of a sentence."""


_REQUIRED = object()
Converter = Callable[[Any], Any]


def _describe(value: Any) -> str:
    """A value from the file in words, short and safe to print (see ``quote``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return translate("transfer_checks", "the number {value}").format(value=value)
    if isinstance(value, UnusableNumber):
        return value.describe()
    if isinstance(value, str):
        return translate("transfer_checks", "the text {value}").format(value=quote(value))
    if isinstance(value, list):
        return translate("transfer_checks", "a list")
    return translate("transfer_checks", "an object")


def _refuse_unusable_number(value: Any) -> None:
    if isinstance(value, UnusableNumber):
        raise _Bad(
            translate(
                "transfer_checks", "{value} is beyond anything this app can store; please check it."
            ).format(value=value.describe())
        )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(
            translate("transfer_checks", "expected text in quotes, found {found}.").format(
                found=_describe(value)
            )
        )
    broken = _LONE_SURROGATE.search(value)
    if broken:
        # Half of a character that needs two halves (a \ud800 escape on its own): it cannot be
        # stored, and it is never what someone typed.
        raise _Bad(
            translate(
                "transfer_checks",
                "this text holds a broken character ({value} at position {position}), so the "
                "file is damaged or was changed; please retype it.",
            ).format(value=quote(broken.group()), position=count_words(broken.start() + 1))
        )
    return value


def _name(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise _Bad(translate("transfer_checks", "this cannot be empty; please fill it in."))
    if has_control_characters(text):
        raise _Bad(
            translate(
                "transfer_checks", "this contains an invisible control character; please retype it."
            )
        )
    return text


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(
            translate("transfer_checks", "expected true or false, found {found}.").format(
                found=_describe(value)
            )
        )
    return value


def _number(value: Any) -> float:
    _refuse_unusable_number(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(
            translate("transfer_checks", "expected a number, found {found}.").format(
                found=_describe(value)
            )
        )
    return float(value)


def _whole_number(value: Any) -> int:
    _refuse_unusable_number(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(
            translate("transfer_checks", "expected a whole number, found {found}.").format(
                found=_describe(value)
            )
        )
    return value


# Places on Today are small counts; a bound leaves room for the app to add one after the last.
MAX_TODAY_POSITION = 100_000


def _today_position(value: Any) -> int:
    number = _whole_number(value)
    if not 0 <= number <= MAX_TODAY_POSITION:
        raise _Bad(
            translate(
                "transfer_checks",
                "{value} is not a place on Today; use a whole number from 0 to {most} (lower "
                "comes first).",
            ).format(value=number, most=count_words(MAX_TODAY_POSITION))
        )
    return number


def _percent(value: Any) -> float:
    number = _number(value)
    if not 0 <= number <= 100:
        # The file's own number, as the file writes it.
        raise _Bad(
            translate(
                "transfer_checks", "{value} is not a percentage; use a number from 0 to 100."
            ).format(value=f"{number:g}")
        )
    return number


# Exactly the forms docs/json-format.md lists. ``fromisoformat`` alone would also take
# "20240531", "2024-W22-5", "2024-05-31 20:30" or a time zone, which no export contains.
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_AND_TIME_FORM = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
)


def _date(value: Any) -> dt.date:
    text = _text(value)
    if _DATE_FORM.fullmatch(text):
        with contextlib.suppress(ValueError):  # such as 2024-02-30
            return dt.date.fromisoformat(text)
    raise _Bad(
        translate(
            "transfer_checks", "{value} is not a date; write it as YYYY-MM-DD, such as 2024-05-31."
        ).format(value=quote(text))
    )


def _datetime(value: Any) -> dt.datetime:
    text = _text(value)
    if _DATE_AND_TIME_FORM.fullmatch(text):
        with contextlib.suppress(ValueError):  # such as 2024-05-31T25:00:00
            return dt.datetime.fromisoformat(text)
    if _has_time_zone(text):
        raise _Bad(
            translate(
                "transfer_checks", "{value} has a time zone; give the local time without one."
            ).format(value=quote(text))
        )
    raise _Bad(
        translate(
            "transfer_checks",
            "{value} is not a date and time; write it as YYYY-MM-DDTHH:MM:SS, such "
            "as 2024-05-31T20:30:00.",
        ).format(value=quote(text))
    )


def _has_time_zone(text: str) -> bool:
    if len(text) > 40:  # longer than any date, time and zone
        return False
    try:
        return dt.datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


_TIME_FORM = re.compile(r"[0-2][0-9]:[0-5][0-9]")


def _time_of_day(value: Any) -> dt.time:
    text = _text(value)
    if _TIME_FORM.fullmatch(text):
        with contextlib.suppress(ValueError):  # such as 24:00
            return dt.time.fromisoformat(text)
    raise _Bad(
        translate(
            "transfer_checks", "{value} is not a time of day; write it as HH:MM, such as 08:00."
        ).format(value=quote(text))
    )


def _enum(enum: type[StrEnum]) -> Converter:
    allowed = ", ".join(member.value for member in enum)

    def convert(value: Any) -> StrEnum:
        if not isinstance(value, str):
            raise _Bad(
                translate("transfer_checks", "expected one of {allowed}; found {found}.").format(
                    allowed=allowed, found=_describe(value)
                )
            )
        try:
            return enum(value)
        except ValueError:
            # A short quote: the allowed words are what the reader needs, and they are long.
            raise _Bad(
                translate(
                    "transfer_checks", "{value} is not one of the allowed values: {allowed}."
                ).format(value=quote(value, limit=40), allowed=allowed)
            ) from None

    return convert


def _optional(convert: Converter) -> Converter:
    def convert_optional(value: Any) -> Any:
        return None if value is None else convert(value)

    return convert_optional


def _checked_later(value: Any) -> Any:
    """A value checked by later rules (a severity, the questions); unusable numbers stop here."""
    _refuse_unusable_number(value)
    return value


Spec = Mapping[str, tuple[Converter, Any]]

PERSON_SPEC: Spec = {
    "name": (_name, _REQUIRED),
    "date_of_birth": (_optional(_date), None),
    "metastatic_diagnosis_date": (_optional(_date), None),
    "presentation": (_optional(_enum(Presentation)), None),
    "first_diagnosis_date": (_optional(_date), None),
    "spread_bone": (_boolean, False),
    "spread_lung": (_boolean, False),
    "spread_liver": (_boolean, False),
    "spread_brain": (_boolean, False),
    "spread_other": (_text, ""),
    "weight_unit": (_enum(WeightUnit), WeightUnit.KG),
    "temperature_unit": (_enum(TemperatureUnit), TemperatureUnit.CELSIUS),
    "paper_size": (_optional(_enum(PaperSize)), None),
}
CONTACT_SPEC: Spec = {
    "name": (_name, _REQUIRED),
    "role": (_text, ""),
    "phone": (_text, ""),
    "email": (_text, ""),
    "notes": (_text, ""),
    "urgent": (_boolean, False),
}
RECEPTOR_TEST_SPEC: Spec = {
    "test_date": (_date, _REQUIRED),
    "sample_kind": (_enum(SampleKind), _REQUIRED),
    "sample_site": (_text, ""),
    "er_percent": (_optional(_percent), None),
    "pr_percent": (_optional(_percent), None),
    "her2_ihc": (_optional(_enum(Her2Ihc)), None),
    "ish": (_optional(_enum(IshResult)), None),
    "brca1": (_optional(_enum(GeneResult)), None),
    "brca2": (_optional(_enum(GeneResult)), None),
    "pdl1": (_optional(_enum(MarkerResult)), None),
    "trop2": (_optional(_enum(MarkerResult)), None),
    "notes": (_text, ""),
}
TREATMENT_SPEC: Spec = {
    "category": (_enum(TreatmentCategory), _REQUIRED),
    "name": (_name, _REQUIRED),
    "route": (_optional(_enum(Route)), None),
    "start_date": (_date, _REQUIRED),
    "end_date": (_optional(_date), None),
    "reason_stopped": (_optional(_enum(StopReason)), None),
    "notes": (_text, ""),
    "schedules": (_checked_later, ()),  # checked item by item below (format version 3)
    "doses": (_checked_later, ()),
}
SCHEDULE_SPEC: Spec = {
    "kind": (_enum(ScheduleKind), _REQUIRED),
    "starts_on": (_date, _REQUIRED),
    "ends_on": (_optional(_date), None),
    "times": (_checked_later, ()),
    "days_on": (_whole_number, 0),
    "days_off": (_whole_number, 0),
    "every_days": (_whole_number, 0),
    "reason": (_text, ""),
    "minimum_gap_minutes": (_optional(_whole_number), None),
    "dose": (_text, ""),
    "unit": (_text, ""),
}
DOSE_SPEC: Spec = {
    "day": (_date, _REQUIRED),
    "time": (_optional(_time_of_day), None),
    "status": (_enum(DoseStatus), _REQUIRED),
    "at": (_optional(_datetime), None),
    "reason": (_text, ""),
    "score_before": (_optional(_whole_number), None),
    "score_after": (_optional(_whole_number), None),
    "ask_after": (_optional(_datetime), None),  # optional: files made before it imported too
}
# A schedule's or a dose's field as the service names it, and as the export does.
_PLAN_FIELDS = {
    "minimum_gap": "minimum_gap_minutes",
    "before": "score_before",
    "after": "score_after",
}
APPOINTMENT_SPEC: Spec = {
    "starts_at": (_datetime, _REQUIRED),
    "kind": (_enum(AppointmentKind), _REQUIRED),
    "clinician": (_text, ""),
    "place": (_text, ""),
    "notes": (_text, ""),
    "questions": (_checked_later, ()),  # checked item by item below
}
QUESTION_SPEC: Spec = {
    "text": (_name, _REQUIRED),
    "answered": (_boolean, False),
    "answer": (_text, ""),
}
TRACKED_SYMPTOM_SPEC: Spec = {
    "key": (_name, _REQUIRED),
    "label": (_text, ""),
    "kind": (_enum(SymptomKind), _REQUIRED),
    "own": (_boolean, False),
    "on_today": (_boolean, True),
    "position": (_today_position, 0),
}
SYMPTOM_ENTRY_SPEC: Spec = {
    "symptom_key": (_name, _REQUIRED),
    "day": (_date, _REQUIRED),
    "recorded_at": (_datetime, _REQUIRED),
    "severity": (_checked_later, None),  # checked by the day-log rules, with their wording
    "present": (_optional(_boolean), None),
    "note": (_text, ""),
}
MEASUREMENT_SPEC: Spec = {
    "kind": (_enum(MeasurementKind), _REQUIRED),
    "day": (_date, _REQUIRED),
    "recorded_at": (_datetime, _REQUIRED),
    "value": (_number, _REQUIRED),
    "unit": (_text, _REQUIRED),
}
DAY_NOTE_SPEC: Spec = {
    "day": (_date, _REQUIRED),
    "note": (_text, _REQUIRED),
}
ACKNOWLEDGEMENT_SPEC: Spec = {
    "symptom_key": (_name, _REQUIRED),
    "rule": (_name, _REQUIRED),
    "first_day": (_date, _REQUIRED),
    "discussed_on": (_date, _REQUIRED),
    "severity_at_discussion": (_optional(_whole_number), None),
    "note": (_text, ""),
}
RECORD_SECTIONS = (
    "person",
    "care_team",
    "receptor_tests",
    "treatments",
    "appointments",
    "tracked_symptoms",
    "symptom_entries",
    "measurements",
    "day_notes",
    "flag_acknowledgements",
)
TOP_LEVEL_FIELDS = ("format", "format_version", "exported_at", "app_version", "record")

# Field names used by the day-log rules, and the export field each one stands for.
_DAY_LOG_FIELDS = {"day": "day", "weight": "value", "temperature": "value", "note": "note"}


def _not_a_field(name: str, spec: Spec | None) -> str:
    """Say that ``name`` is not a field here and, given the ``spec``, which one was meant."""
    if spec is None:
        return translate("transfer_checks", "{value} is not a field of this format.").format(
            value=quote(name)
        )
    likely = difflib.get_close_matches(name[:100], list(spec), n=1)
    if likely:
        hint = translate("transfer_checks", "did you mean “{name}”?").format(name=likely[0])
    elif len(fields := ", ".join(spec)) <= 100:
        hint = translate(
            "transfer_checks", "check its spelling (the fields are: {fields})."
        ).format(fields=fields)
    else:
        hint = translate(
            "transfer_checks",
            "check its spelling against the fields listed in docs/json-format.md.",
        )
    return translate("transfer_checks", "{value} is not a field of this format; {hint}").format(
        value=quote(name), hint=hint
    )


class _Checker:
    """Collects every problem in a file, each with the place it was found.

    Problems are kept by section and listed in the order of RECORD_SECTIONS, whatever order the
    file gives its sections in.
    """

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.section = ""
        self.by_section: dict[str, list[str]] = {}
        self.count = 0

    @property
    def problems(self) -> list[str]:
        order = {section: place for place, section in enumerate(RECORD_SECTIONS)}
        sections = sorted(self.by_section, key=lambda section: order.get(section, -1))
        return [problem for section in sections for problem in self.by_section[section]]

    def add(self, where: str, message: str) -> None:
        self.by_section.setdefault(self.section, []).append(f"{where}: {message}")
        self.count += 1

    def object(self, value: Any, where: str, spec: Spec) -> dict[str, Any] | None:
        """The fields of one JSON object converted by ``spec``; None (and problems) if any fail."""
        if not isinstance(value, dict):
            self.add(
                where,
                translate("transfer_checks", "expected an object {{...}}, found {found}.").format(
                    found=_describe(value)
                ),
            )
            return None
        fields: dict[str, Any] = {}
        ok = True
        unknown = value.keys() - spec.keys()
        for name in sorted(unknown) if unknown else ():
            # Only the first problems are shown: the others need no spelling hint (which takes
            # time to find, and an object may hold a million unknown keys).
            hinted = self.count < MAX_PROBLEMS_SHOWN
            self.add(where, _not_a_field(name, spec if hinted else None))
            ok = False
        for name, (convert, default) in spec.items():
            if name not in value:
                if default is _REQUIRED:
                    self.add(
                        f"{where}.{name}",
                        translate("transfer_checks", "this field is required but missing."),
                    )
                    ok = False
                else:
                    fields[name] = default
                continue
            try:
                fields[name] = convert(value[name])
            except _Bad as bad:
                self.add(f"{where}.{name}", str(bad))
                ok = False
        return fields if ok else None

    def not_future(self, where: str, day: dt.date | None) -> None:
        if day is not None and day > self.today:
            self.add(
                where,
                translate(
                    "transfer_checks",
                    "{day} is in the future; only past days and today can be imported.",
                ).format(day=day.isoformat()),
            )

    def day_log(self, where: str, log: DayLog) -> None:
        """Apply the same rules as saving a day on Today, naming the export's fields."""
        for problem in validate_day_log(log, self.today):
            if problem.field.startswith("severity:"):
                field_name = "severity"
            elif problem.field.startswith("event:"):
                field_name = "present"
            else:
                field_name = _DAY_LOG_FIELDS.get(problem.field, problem.field)
            self.add(f"{where}.{field_name}", problem.message)


def _check_header(document: Any) -> Mapping[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks",
                    'This is not an MBC Care Tracker export (it should start with "format": '
                    '"{format}"). Choose a file made with "mbc-tracker export".',
                ).format(format=FORMAT_NAME)
            ]
        )
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks",
                    "format_version: expected a whole number from 1 up, found {found}.",
                ).format(found=_describe(version))
            ]
        )
    if version > FORMAT_VERSION:
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks",
                    "This file was made by a newer version of MBC Care Tracker (format "
                    "version {version}; this version reads up to {newest}). Update "
                    "the app, then import the file again.",
                ).format(version=version, newest=FORMAT_VERSION)
            ]
        )
    unknown = sorted(document.keys() - set(TOP_LEVEL_FIELDS))
    if unknown:
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks",
                    "{value} is not a field of this format; the top level holds only {fields}.",
                ).format(value=quote(unknown[0]), fields=", ".join(TOP_LEVEL_FIELDS))
            ]
        )
    record = document.get("record")
    if not isinstance(record, dict):
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks", "record: expected an object {{...}}, found {found}."
                ).format(found=_describe(record))
            ]
        )
    unknown = sorted(record.keys() - set(RECORD_SECTIONS))
    if unknown:
        raise ImportInvalid(
            [
                translate(
                    "transfer_checks",
                    "record: {value} is not a section of this format; the sections are {fields}.",
                ).format(value=quote(unknown[0]), fields=", ".join(RECORD_SECTIONS))
            ]
        )
    return record


def _fields(item: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in item.items() if name != "_where"}


def _unknown_symptom(key: str) -> str:
    return translate(
        "transfer_checks",
        "{value} is not a symptom this app knows, and tracked_symptoms has no "
        "own symptom with that key.",
    ).format(value=quote(key))


class RecordSink(Protocol):
    """Where checked parts of a file go, in an order the record's references allow: the person
    before the care team, the tracked symptoms (once, all of them) before entries that name them.
    """

    def person(self, person: Person) -> None: ...
    def care_team_contact(self, contact: CareTeamContact) -> None: ...
    def receptor_test(self, test: ReceptorTest) -> None: ...
    def treatment(self, treatment: Treatment, plan: TreatmentPlan) -> None: ...
    def appointment(self, appointment: Appointment) -> None: ...
    def tracked_symptoms(self, tracked: Sequence[TrackedSymptom]) -> None: ...
    def symptom_entry(self, entry: SymptomEntry) -> None: ...
    def measurement(self, measurement: Measurement) -> None: ...
    def day_note(self, day: dt.date, note: str) -> None: ...
    def flag_acknowledgement(self, acknowledgement: FlagAcknowledgement) -> None: ...


@dataclass
class Tally:
    """What went into the record, counted as it goes (for the confirmation)."""

    person_name: str | None = None
    symptom_entries: int = 0
    measurements: int = 0
    treatments: int = 0
    appointments: int = 0
    day_notes: int = 0
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    def day(self, day: dt.date) -> None:
        if self.first_day is None or day < self.first_day:
            self.first_day = day
        if self.last_day is None or day > self.last_day:
            self.last_day = day


# Sections whose checks need another section first, and that section.
NEEDS = {
    "care_team": "person",
    "symptom_entries": "tracked_symptoms",
    "flag_acknowledgements": "tracked_symptoms",
}
_LAST_ORDINAL = dt.date.max.toordinal()


class RecordChecks:
    """The checks of one file's record, fed section by section (``section``) or item by item
    (``start``, ``item``, ``end``); problems in ``check.problems``, counts in ``tally``.

    Checked objects go to ``sink`` while no problem has been found. ``done`` holds the sections
    already checked; each section is checked once.
    """

    def __init__(
        self, catalogue: Mapping[str, SymptomKind], today: dt.date, sink: RecordSink
    ) -> None:
        self.check = _Checker(today)
        self.catalogue = catalogue
        self.sink = sink
        self.tally = Tally()
        self.done: set[str] = set()
        self.person_given = False
        self.kinds: dict[str, SymptomKind] = dict(catalogue)
        self._tracked: list[TrackedSymptom] = []
        self._tracked_keys: set[str] = set()
        self._care_team = 0
        # One bit a day (half a megabyte for every possible date): a second note for a day is
        # found without keeping the days of a file that may hold millions of notes.
        self._note_days = bytearray(_LAST_ORDINAL // 8 + 1)
        self._acknowledged: set[tuple[str, str, dt.date]] = set()
        self._items: dict[str, Callable[[dict[str, Any]], None]] = {
            "care_team": self._care_team_contact,
            "receptor_tests": self._receptor_test,
            "treatments": self._treatment,
            "appointments": self._appointment,
            "tracked_symptoms": self._tracked_symptom,
            "symptom_entries": self._symptom_entry,
            "measurements": self._measurement,
            "day_notes": self._day_note,
            "flag_acknowledgements": self._acknowledgement,
        }
        self._specs: dict[str, Spec] = {
            "care_team": CONTACT_SPEC,
            "receptor_tests": RECEPTOR_TEST_SPEC,
            "treatments": TREATMENT_SPEC,
            "appointments": APPOINTMENT_SPEC,
            "tracked_symptoms": TRACKED_SYMPTOM_SPEC,
            "symptom_entries": SYMPTOM_ENTRY_SPEC,
            "measurements": MEASUREMENT_SPEC,
            "day_notes": DAY_NOTE_SPEC,
            "flag_acknowledgements": ACKNOWLEDGEMENT_SPEC,
        }

    @property
    def writing(self) -> bool:
        return self.check.count == 0

    # -- feeding -----------------------------------------------------------------------------------

    def section(self, name: str, value: Any) -> None:
        """A whole section's value (``person``'s object, or a list section's list); a list
        section missing from the file is an empty list, the person missing is null."""
        if name == "person":
            self.person(value)
            return
        self.start(name)
        if not isinstance(value, list):
            self.check.add(
                name,
                translate("transfer_checks", "expected a list [...], found {found}.").format(
                    found=_describe(value)
                ),
            )
        else:
            for index, item in enumerate(value):
                self.item(name, index, item)
        self.end(name)

    def person(self, value: Any) -> None:
        self.check.section = "person"
        self.done.add("person")
        self.person_given = value is not None
        person = _read_person(self.check, value)
        if person is not None and self.writing:
            self.tally.person_name = person.name
            self.sink.person(person)

    def start(self, name: str) -> None:
        self.check.section = name
        self.done.add(name)

    def item(self, section: str, index: int, value: Any) -> None:
        where = f"{section}[{index}]"
        fields = self.check.object(value, where, self._specs[section])
        if fields is not None:
            fields["_where"] = where
            self._items[section](fields)

    def end(self, name: str) -> None:
        self.check.section = name
        if name == "care_team" and self._care_team and not self.person_given:
            self.check.add(
                "care_team",
                translate(
                    "transfer_checks",
                    "a care team belongs to the person the record is about, and this file "
                    "has no person; give the person (at least a name), or leave care_team "
                    "empty.",
                ),
            )
        if name == "tracked_symptoms" and self.writing:
            self.sink.tracked_symptoms(self._tracked)

    # -- one object of each section ----------------------------------------------------------------

    def _care_team_contact(self, item: dict[str, Any]) -> None:
        self._care_team += 1
        if self.writing:
            self.sink.care_team_contact(CareTeamContact(**_fields(item)))

    def _receptor_test(self, item: dict[str, Any]) -> None:
        self.check.not_future(f"{item['_where']}.test_date", item["test_date"])
        if self.writing:
            self.sink.receptor_test(ReceptorTest(**_fields(item)))

    def _treatment(self, item: dict[str, Any]) -> None:
        if item["end_date"] is not None and item["end_date"] < item["start_date"]:
            self.check.add(
                f"{item['_where']}.end_date",
                translate(
                    "transfer_checks",
                    "the treatment ends before it starts; please check both dates.",
                ),
            )
        plan = _read_plan(self.check, item)
        self.tally.treatments += 1
        if self.writing:
            values = _fields(item)
            del values["schedules"], values["doses"]
            self.sink.treatment(Treatment(**values), plan)

    def _appointment(self, item: dict[str, Any]) -> None:
        appointment = _read_appointment(self.check, item)
        self.tally.appointments += 1
        if self.writing:
            self.sink.appointment(appointment)

    def _tracked_symptom(self, item: dict[str, Any]) -> None:
        check, catalogue = self.check, self.catalogue
        where, key = item["_where"], item["key"]
        if key in self._tracked_keys:
            check.add(
                f"{where}.key",
                translate(
                    "transfer_checks", "{value} appears twice in tracked_symptoms; keep one."
                ).format(value=quote(key)),
            )
            return
        self._tracked_keys.add(key)
        if item["own"]:
            if key in catalogue:
                check.add(
                    f"{where}.own",
                    translate(
                        "transfer_checks",
                        "{value} is a symptom from the app's list, not an own symptom; set “own” "
                        "to false.",
                    ).format(value=quote(key)),
                )
                return
            if not item["label"].strip():
                check.add(
                    f"{where}.label",
                    translate("transfer_checks", "an own symptom needs a name; please fill it in."),
                )
            elif has_control_characters(item["label"]):
                check.add(
                    f"{where}.label",
                    translate(
                        "transfer_checks",
                        "this contains an invisible control character; please retype it.",
                    ),
                )
                return
            self.kinds[key] = item["kind"]
        elif key not in catalogue:
            check.add(
                f"{where}.key",
                translate(
                    "transfer_checks",
                    "{value} is not a symptom this app knows. If it is one of your own, set "
                    "“own” to true and give it a label.",
                ).format(value=quote(key)),
            )
            return
        elif item["kind"] is not catalogue[key]:
            check.add(
                f"{where}.kind",
                translate(
                    "transfer_checks",
                    "{value} is a {kind} symptom in this app; set “kind” to “{kind}”.",
                ).format(value=quote(key), kind=catalogue[key].value),
            )
            return
        self._tracked.append(TrackedSymptom(**_fields(item)))

    def _symptom_entry(self, item: dict[str, Any]) -> None:
        check = self.check
        where, key = item["_where"], item["symptom_key"]
        kind = self.kinds.get(key)
        if kind is None:
            check.add(f"{where}.symptom_key", _unknown_symptom(key))
            return
        severity, present = item["severity"], item["present"]
        if kind is SymptomKind.RATED:
            if present is not None:
                check.add(
                    f"{where}.present",
                    translate(
                        "transfer_checks",
                        "{value} is rated from {low} to {high}; give a severity "
                        "instead of present.",
                    ).format(value=quote(key), low=MIN_SEVERITY, high=MAX_SEVERITY),
                )
            elif severity is None:
                check.add(
                    f"{where}.severity",
                    translate(
                        "transfer_checks",
                        "missing; give a whole number from {low} to {high}.",
                    ).format(low=MIN_SEVERITY, high=MAX_SEVERITY),
                )
            else:
                check.day_log(
                    where, DayLog(day=item["day"], severities={key: severity}, note=item["note"])
                )
        else:
            if severity is not None:
                check.add(
                    f"{where}.severity",
                    translate(
                        "transfer_checks",
                        "{value} is an event (it happened or not); give present: true or false "
                        "instead of a severity.",
                    ).format(value=quote(key)),
                )
            elif present is None:
                check.add(
                    f"{where}.present",
                    translate(
                        "transfer_checks", "missing; give true if it happened, false if not."
                    ),
                )
            else:
                check.day_log(
                    where, DayLog(day=item["day"], events={key: present}, note=item["note"])
                )
        self.tally.symptom_entries += 1
        self.tally.day(item["day"])
        if self.writing:
            self.sink.symptom_entry(SymptomEntry(**_fields(item)))

    def _measurement(self, item: dict[str, Any]) -> None:
        check = self.check
        where, unit = item["_where"], item["unit"]
        if item["kind"] is MeasurementKind.WEIGHT:
            if unit not in _WEIGHT_UNITS:
                check.add(
                    f"{where}.unit",
                    translate(
                        "transfer_checks", "{value} is not a weight unit; use “kg” or “lb”."
                    ).format(value=quote(unit)),
                )
                return
            log = DayLog(day=item["day"], weight=item["value"], weight_unit=WeightUnit(unit))
        else:
            if unit not in _TEMPERATURE_UNITS:
                check.add(
                    f"{where}.unit",
                    translate(
                        "transfer_checks", "{value} is not a temperature unit; use “C” or “F”."
                    ).format(value=quote(unit)),
                )
                return
            log = DayLog(
                day=item["day"], temperature=item["value"], temperature_unit=TemperatureUnit(unit)
            )
        check.day_log(where, log)
        self.tally.measurements += 1
        self.tally.day(item["day"])
        if self.writing:
            self.sink.measurement(Measurement(**_fields(item)))

    def _day_note(self, item: dict[str, Any]) -> None:
        day: dt.date = item["day"]
        ordinal = day.toordinal()
        byte, bit = divmod(ordinal, 8)
        if self._note_days[byte] & (1 << bit):
            self.check.add(
                f"{item['_where']}.day",
                translate(
                    "transfer_checks", "{day} has a second note; join the two into one."
                ).format(day=day.isoformat()),
            )
        self._note_days[byte] |= 1 << bit
        self.check.day_log(item["_where"], DayLog(day=day, note=item["note"]))
        self.tally.day_notes += 1
        self.tally.day(day)
        if self.writing:
            self.sink.day_note(day, item["note"])

    def _acknowledgement(self, item: dict[str, Any]) -> None:
        check = self.check
        where = item["_where"]
        # Weight loss and fever flags are discussed too: their keys are no symptoms.
        key = item["symptom_key"]
        if key not in self.kinds and key not in (WEIGHT_KEY, TEMPERATURE_KEY):
            check.add(f"{where}.symptom_key", _unknown_symptom(key))
        check.not_future(f"{where}.discussed_on", item["discussed_on"])
        if item["discussed_on"] < item["first_day"]:
            check.add(
                f"{where}.discussed_on",
                translate(
                    "transfer_checks",
                    "this is before the flag's first day; please check both dates.",
                ),
            )
        severity = item["severity_at_discussion"]
        if severity is not None and not MIN_SEVERITY <= severity <= MAX_SEVERITY:
            check.add(
                f"{where}.severity_at_discussion",
                translate(
                    "transfer_checks",
                    "{severity} is outside the scale; use a whole number from {low} to {high}.",
                ).format(severity=severity, low=MIN_SEVERITY, high=MAX_SEVERITY),
            )
        identity = (item["symptom_key"], item["rule"], item["first_day"])
        if identity in self._acknowledged:
            check.add(
                where,
                translate("transfer_checks", "the same flag is acknowledged twice; keep one."),
            )
        self._acknowledged.add(identity)
        if self.writing:
            self.sink.flag_acknowledgement(FlagAcknowledgement(**_fields(item)))


_WEIGHT_UNITS = frozenset(member.value for member in WeightUnit)
_TEMPERATURE_UNITS = frozenset(member.value for member in TemperatureUnit)


def check_whole_record(record: Mapping[str, Any], checks: RecordChecks) -> None:
    """Feed a record decoded whole to ``checks``, section by section in the format's order."""
    checks.person(record.get("person"))
    for section in RECORD_SECTIONS[1:]:
        checks.section(section, record.get(section, []))


def _read_person(check: _Checker, value: Any) -> Person | None:
    if value is None:
        return None
    fields = check.object(value, "person", PERSON_SPEC)
    if fields is None:
        return None
    person = Person(**fields)
    for field_name, message in validate_person(person, check.today).items():
        check.add(f"person.{field_name}", message)
    return person


def _read_appointment(check: _Checker, item: dict[str, Any]) -> Appointment:
    where = item["_where"]
    questions: list[AppointmentQuestion] = []
    raw_questions = item["questions"]
    if not isinstance(raw_questions, list | tuple):
        check.add(
            f"{where}.questions",
            translate("transfer_checks", "expected a list [...], found {found}.").format(
                found=_describe(raw_questions)
            ),
        )
    else:
        for index, raw in enumerate(raw_questions):
            fields = check.object(raw, f"{where}.questions[{index}]", QUESTION_SPEC)
            if fields is not None:
                questions.append(AppointmentQuestion(**fields))
    values = _fields(item)
    values["questions"] = tuple(questions)
    return Appointment(**values)


def _list_of(check: _Checker, value: Any, where: str) -> list[Any]:
    if isinstance(value, list | tuple):
        return list(value)
    check.add(
        where,
        translate("transfer_checks", "expected a list [...], found {found}.").format(
            found=_describe(value)
        ),
    )
    return []


def _read_plan(check: _Checker, item: dict[str, Any]) -> TreatmentPlan:
    """A treatment's schedules and doses from the file, each checked by the rules the service
    applies when they are saved; problems named by the export's fields."""
    where = item["_where"]
    schedules: list[Schedule] = []
    starts: set[dt.date] = set()
    for index, raw in enumerate(_list_of(check, item["schedules"], f"{where}.schedules")):
        place = f"{where}.schedules[{index}]"
        fields = check.object(raw, place, SCHEDULE_SPEC)
        if fields is None:
            continue
        times: list[dt.time] = []
        for number, raw_time in enumerate(_list_of(check, fields["times"], f"{place}.times")):
            try:
                times.append(_time_of_day(raw_time))
            except _Bad as bad:
                check.add(f"{place}.times[{number}]", str(bad))
        gap = fields.pop("minimum_gap_minutes")
        if gap is not None and not 1 <= gap <= MAX_GAP_MINUTES:
            check.add(
                f"{place}.minimum_gap_minutes",
                translate(
                    "transfer_checks", "{value} is outside 1 to {most} minutes; please check it."
                ).format(value=gap, most=count_words(MAX_GAP_MINUTES)),
            )
            gap = None
        schedule = Schedule(
            **{**fields, "times": tuple(times)},
            minimum_gap=dt.timedelta(minutes=gap) if gap is not None else None,
        )
        schedule = cleaned_schedule(schedule)
        for field_name, message in validate_schedule(schedule).items():
            check.add(f"{place}.{_PLAN_FIELDS.get(field_name, field_name)}", message)
        if schedule.starts_on in starts:
            check.add(
                f"{place}.starts_on",
                translate("transfer_checks", "another schedule of this treatment starts that day."),
            )
        starts.add(schedule.starts_on)
        schedules.append(schedule)
    doses: list[DoseRecord] = []
    slots: set[tuple[dt.date, dt.time | None]] = set()
    for index, raw in enumerate(_list_of(check, item["doses"], f"{where}.doses")):
        place = f"{where}.doses[{index}]"
        fields = check.object(raw, place, DOSE_SPEC)
        if fields is None:
            continue
        dose = cleaned_dose(
            DoseRecord(
                day=fields["day"],
                time=fields["time"],
                status=fields["status"],
                at=fields["at"],
                reason=fields["reason"],
                before=fields["score_before"],
                after=fields["score_after"],
                ask_after=fields["ask_after"],
            )
        )
        for field_name, message in validate_dose(dose).items():
            check.add(f"{place}.{_PLAN_FIELDS.get(field_name, field_name)}", message)
        check.not_future(f"{place}.day", dose.day)
        if (dose.day, dose.time) in slots:
            check.add(
                place,
                translate(
                    "transfer_checks",
                    "this dose (the same day and time) is recorded twice; keep one.",
                ),
            )
        slots.add((dose.day, dose.time))
        doses.append(dose)
    return TreatmentPlan(tuple(schedules), tuple(doses))
