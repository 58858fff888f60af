"""Export the whole record as documented, versioned JSON, and import such a file, all or nothing.

The format is described field by field in ``docs/json-format.md``. Export writes a temporary
file beside the target and renames it into place, so a reader never sees half a file, and the
file is private to its owner (0600) because it holds health data; a target that is the record
itself, one of its companions or one of the data folder's own files is refused
(``OutputRefused``). Import reads and checks the whole file before it writes anything: every
problem is collected with the place it was found (``symptom_entries[12].severity``, counting from
0 as JSON tools do) and a sentence that says what to change, and the record is only written, in
one transaction, when no problem remains. Import goes only into an empty record, so it can never
mix two people's histories or overwrite a day.
The file may be damaged or hostile: it is read only if it is an ordinary file of a sane size,
decoded by ``untrusted_json`` (no deep nesting, no unstorable numbers, no repeated keys), and
any of its text that a message shows goes through ``quote``, short and with control characters
escaped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import json
import os
import re
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

from sqlalchemy.exc import IntegrityError

from mbc_tracker import __version__
from mbc_tracker.domain.daylog import DayLog, validate_day_log
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
    RecordSnapshot,
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
from mbc_tracker.domain.severity import MAX_SEVERITY, MIN_SEVERITY
from mbc_tracker.paths import DataPaths, ProtectedFiles, replacing_atomically
from mbc_tracker.services.person import has_control_characters, validate_person
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import (
    RecordNotEmpty,
    read_snapshot,
    record_holds_data,
    write_snapshot,
)
from mbc_tracker.services.untrusted_json import (
    JsonRefused,
    UnusableNumber,
    decode,
    quote,
)

FORMAT_NAME = "mbc-tracker-record"
FORMAT_VERSION = 1
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
        lines = shown + ([f"... and {hidden:,} more like these."] if hidden else [])
        self.message = "\n".join(lines)
        super().__init__(self.message)


def _bounded_line(problem: str) -> str:
    line = " ".join(problem.splitlines())
    return line if len(line) <= MAX_MESSAGE_LINE else line[: MAX_MESSAGE_LINE - 1] + "…"


@dataclass(frozen=True)
class TransferSummary:
    """What went into or out of a file, for a one-line confirmation."""

    file: Path
    person_name: str | None
    symptom_entries: int
    measurements: int
    treatments: int
    appointments: int
    day_notes: int
    first_day: dt.date | None
    last_day: dt.date | None

    @classmethod
    def of(cls, file: Path, snapshot: RecordSnapshot) -> Self:
        days = [entry.day for entry in snapshot.symptom_entries]
        days += [measurement.day for measurement in snapshot.measurements]
        days += list(snapshot.day_notes)
        return cls(
            file=file,
            person_name=snapshot.person.name if snapshot.person else None,
            symptom_entries=len(snapshot.symptom_entries),
            measurements=len(snapshot.measurements),
            treatments=len(snapshot.treatments),
            appointments=len(snapshot.appointments),
            day_notes=len(snapshot.day_notes),
            first_day=min(days, default=None),
            last_day=max(days, default=None),
        )

    def describe(self) -> str:
        whose = f"{self.person_name}'s record" if self.person_name else "A record with no person"
        span = (
            f", from {self.first_day:%d %B %Y} to {self.last_day:%d %B %Y}"
            if self.first_day and self.last_day
            else ""
        )
        counts = ", ".join(
            [
                _count(self.symptom_entries, "symptom entry", "symptom entries"),
                _count(self.measurements, "measurement", "measurements"),
                _count(self.day_notes, "day note", "day notes"),
                _count(self.treatments, "treatment", "treatments"),
            ]
        )
        appointments = _count(self.appointments, "appointment", "appointments")
        return f"{whose}: {counts} and {appointments}{span}."


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


class ExportSummary(TransferSummary):
    pass


class ImportSummary(TransferSummary):
    pass


# -- export ------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """Domain values as JSON values: enums by their stored value, dates as ISO 8601 text."""
    if isinstance(value, dict):
        # Row ids are left out: they mean nothing outside the record they came from.
        return {name: _jsonable(item) for name, item in value.items() if name != "id"}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    return value


def snapshot_to_json(snapshot: RecordSnapshot) -> dict[str, Any]:
    """The ``record`` part of an export; each object's fields in its dataclass's order."""
    return {
        "person": _jsonable(asdict(snapshot.person)) if snapshot.person else None,
        "care_team": _jsonable([asdict(item) for item in snapshot.care_team]),
        "receptor_tests": _jsonable([asdict(item) for item in snapshot.receptor_tests]),
        "treatments": _jsonable([asdict(item) for item in snapshot.treatments]),
        "appointments": _jsonable([asdict(item) for item in snapshot.appointments]),
        "tracked_symptoms": _jsonable([asdict(item) for item in snapshot.tracked_symptoms]),
        "symptom_entries": _jsonable([asdict(item) for item in snapshot.symptom_entries]),
        "measurements": _jsonable([asdict(item) for item in snapshot.measurements]),
        "day_notes": [
            {"day": day.isoformat(), "note": note}
            for day, note in sorted(snapshot.day_notes.items())
        ],
        "flag_acknowledgements": _jsonable(
            [asdict(item) for item in snapshot.flag_acknowledgements]
        ),
    }


def export_document(
    snapshot: RecordSnapshot, exported_at: dt.datetime | None = None
) -> dict[str, Any]:
    """The whole export file as a JSON-ready dictionary."""
    when = exported_at or dt.datetime.now().astimezone()
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": when.isoformat(timespec="seconds"),
        "app_version": __version__,
        "record": snapshot_to_json(snapshot),
    }


def write_private_file_atomically(
    file: Path, text: str, protecting: ProtectedFiles | None = None, what: str = "this file"
) -> None:
    """Write ``text`` to ``file`` so that it is either complete or not there, readable by its owner.

    A temporary file in the same folder (created 0600) is written and synced, then renamed over
    the target: a power cut or a full disk leaves the old file or none, never half of one. With
    ``protecting``, a target that could hurt the record raises ``OutputRefused`` (naming ``what``)
    before anything is written.
    """
    with replacing_atomically(file, protecting, what) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")


def export_record(record: CareRecord, file: Path) -> ExportSummary:
    """Write the whole record to ``file`` as JSON (see docs/json-format.md); raise OSError, or
    ``OutputRefused`` for a file that is the record's own or cannot be written."""
    protecting = ProtectedFiles(record.path, record.paths)
    snapshot = read_snapshot(record)
    text = json.dumps(export_document(snapshot), ensure_ascii=False, indent=2) + "\n"
    write_private_file_atomically(file, text, protecting, "the export")
    return ExportSummary.of(file, snapshot)


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
        return f"the number {value}"
    if isinstance(value, UnusableNumber):
        return value.describe()
    if isinstance(value, str):
        return f"the text {quote(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _refuse_unusable_number(value: Any) -> None:
    if isinstance(value, UnusableNumber):
        raise _Bad(f"{value.describe()} is beyond anything this app can store; please check it.")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(f"expected text in quotes, found {_describe(value)}.")
    broken = _LONE_SURROGATE.search(value)
    if broken:
        # Half of a character that needs two halves (a \ud800 escape on its own): it cannot be
        # stored, and it is never what someone typed.
        raise _Bad(
            f"this text holds a broken character ({quote(broken.group())} at position "
            f"{broken.start() + 1:,}), so the file is damaged or was changed; please retype it."
        )
    return value


def _name(value: Any) -> str:
    text = _text(value)
    if not text.strip():
        raise _Bad("this cannot be empty; please fill it in.")
    if has_control_characters(text):
        raise _Bad("this contains an invisible control character; please retype it.")
    return text


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"expected true or false, found {_describe(value)}.")
    return value


def _number(value: Any) -> float:
    _refuse_unusable_number(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"expected a number, found {_describe(value)}.")
    return float(value)


def _whole_number(value: Any) -> int:
    _refuse_unusable_number(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"expected a whole number, found {_describe(value)}.")
    return value


# Places on Today are small counts; a bound leaves room for the app to add one after the last.
MAX_TODAY_POSITION = 100_000


def _today_position(value: Any) -> int:
    number = _whole_number(value)
    if not 0 <= number <= MAX_TODAY_POSITION:
        raise _Bad(
            f"{number} is not a place on Today; use a whole number from 0 to "
            f"{MAX_TODAY_POSITION:,} (lower comes first)."
        )
    return number


def _percent(value: Any) -> float:
    number = _number(value)
    if not 0 <= number <= 100:
        raise _Bad(f"{number:g} is not a percentage; use a number from 0 to 100.")
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
    raise _Bad(f"{quote(text)} is not a date; write it as YYYY-MM-DD, such as 2024-05-31.")


def _datetime(value: Any) -> dt.datetime:
    text = _text(value)
    if _DATE_AND_TIME_FORM.fullmatch(text):
        with contextlib.suppress(ValueError):  # such as 2024-05-31T25:00:00
            return dt.datetime.fromisoformat(text)
    if _has_time_zone(text):
        raise _Bad(f"{quote(text)} has a time zone; give the local time without one.")
    raise _Bad(
        f"{quote(text)} is not a date and time; write it as YYYY-MM-DDTHH:MM:SS, "
        "such as 2024-05-31T20:30:00."
    )


def _has_time_zone(text: str) -> bool:
    if len(text) > 40:  # longer than any date, time and zone
        return False
    try:
        return dt.datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


def _enum(enum: type[StrEnum]) -> Converter:
    allowed = ", ".join(member.value for member in enum)

    def convert(value: Any) -> StrEnum:
        if not isinstance(value, str):
            raise _Bad(f"expected one of {allowed}; found {_describe(value)}.")
        try:
            return enum(value)
        except ValueError:
            # A short quote: the allowed words are what the reader needs, and they are long.
            raise _Bad(
                f"{quote(value, limit=40)} is not one of the allowed values: {allowed}."
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
        return f"{quote(name)} is not a field of this format."
    likely = difflib.get_close_matches(name[:100], list(spec), n=1)
    if likely:
        hint = f"did you mean “{likely[0]}”?"
    elif len(fields := ", ".join(spec)) <= 100:
        hint = f"check its spelling (the fields are: {fields})."
    else:
        hint = "check its spelling against the fields listed in docs/json-format.md."
    return f"{quote(name)} is not a field of this format; {hint}"


class _Checker:
    """Collects every problem in a file, each with the place it was found."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def object(self, value: Any, where: str, spec: Spec) -> dict[str, Any] | None:
        """The fields of one JSON object converted by ``spec``; None (and problems) if any fail."""
        if not isinstance(value, dict):
            self.add(where, f"expected an object {{...}}, found {_describe(value)}.")
            return None
        fields: dict[str, Any] = {}
        ok = True
        for name in sorted(value.keys() - spec.keys()):
            # Only the first problems are shown: the others need no spelling hint (which takes
            # time to find, and an object may hold a million unknown keys).
            hinted = len(self.problems) < MAX_PROBLEMS_SHOWN
            self.add(where, _not_a_field(name, spec if hinted else None))
            ok = False
        for name, (convert, default) in spec.items():
            if name not in value:
                if default is _REQUIRED:
                    self.add(f"{where}.{name}", "this field is required but missing.")
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

    def items(self, record: Mapping[str, Any], section: str, spec: Spec) -> list[dict[str, Any]]:
        """The converted objects of one list section (missing means empty); bad ones left out."""
        value = record.get(section, [])
        if not isinstance(value, list):
            self.add(section, f"expected a list [...], found {_describe(value)}.")
            return []
        converted = []
        for index, item in enumerate(value):
            fields = self.object(item, f"{section}[{index}]", spec)
            if fields is not None:
                fields["_where"] = f"{section}[{index}]"
                converted.append(fields)
        return converted

    def not_future(self, where: str, day: dt.date | None) -> None:
        if day is not None and day > self.today:
            self.add(
                where,
                f"{day.isoformat()} is in the future; only past days and today can be imported.",
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


def _decode(text: str) -> Any:
    try:
        return decode(text)
    except JsonRefused as refused:
        raise ImportInvalid(refused.problems) from None


def _check_header(document: Any) -> Mapping[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportInvalid(
            [
                "This is not an MBC Care Tracker export (it should start with "
                f'"format": "{FORMAT_NAME}"). Choose a file made with "mbc-tracker export".'
            ]
        )
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportInvalid(
            [f"format_version: expected a whole number from 1 up, found {_describe(version)}."]
        )
    if version > FORMAT_VERSION:
        raise ImportInvalid(
            [
                f"This file was made by a newer version of MBC Care Tracker (format version "
                f"{version}; this version reads up to {FORMAT_VERSION}). Update the app, then "
                "import the file again."
            ]
        )
    unknown = sorted(document.keys() - set(TOP_LEVEL_FIELDS))
    if unknown:
        raise ImportInvalid(
            [
                f"{quote(unknown[0])} is not a field of this format; the top level holds only "
                f"{', '.join(TOP_LEVEL_FIELDS)}."
            ]
        )
    record = document.get("record")
    if not isinstance(record, dict):
        raise ImportInvalid([f"record: expected an object {{...}}, found {_describe(record)}."])
    unknown = sorted(record.keys() - set(RECORD_SECTIONS))
    if unknown:
        raise ImportInvalid(
            [
                f"record: {quote(unknown[0])} is not a section of this format; the sections are "
                f"{', '.join(RECORD_SECTIONS)}."
            ]
        )
    return record


def parse_export(text: str, catalogue: Mapping[str, SymptomKind], today: dt.date) -> RecordSnapshot:
    """Check an export file's text completely and return its snapshot; raise ImportInvalid.

    ``catalogue`` maps each catalogue symptom key to its kind: entries may name those keys or
    the file's own symptoms, nothing else.
    """
    record = _check_header(_decode(text))
    check = _Checker(today)

    person = _read_person(check, record.get("person"))
    care_team = tuple(
        CareTeamContact(**_fields(item)) for item in check.items(record, "care_team", CONTACT_SPEC)
    )
    if care_team and record.get("person") is None:
        check.add(
            "care_team",
            "a care team belongs to the person the record is about, and this file has no person; "
            "give the person (at least a name), or leave care_team empty.",
        )
    receptor_tests = []
    for item in check.items(record, "receptor_tests", RECEPTOR_TEST_SPEC):
        check.not_future(f"{item['_where']}.test_date", item["test_date"])
        receptor_tests.append(ReceptorTest(**_fields(item)))
    treatments = []
    for item in check.items(record, "treatments", TREATMENT_SPEC):
        if item["end_date"] is not None and item["end_date"] < item["start_date"]:
            check.add(
                f"{item['_where']}.end_date",
                "the treatment ends before it starts; please check both dates.",
            )
        treatments.append(Treatment(**_fields(item)))
    appointments = [
        _read_appointment(check, item)
        for item in check.items(record, "appointments", APPOINTMENT_SPEC)
    ]
    kinds, tracked = _read_tracked_symptoms(check, record, catalogue)
    entries = _read_symptom_entries(check, record, kinds)
    measurements = _read_measurements(check, record)
    day_notes: dict[dt.date, str] = {}
    for item in check.items(record, "day_notes", DAY_NOTE_SPEC):
        if item["day"] in day_notes:
            check.add(
                f"{item['_where']}.day",
                f"{item['day'].isoformat()} has a second note; join the two into one.",
            )
        check.day_log(item["_where"], DayLog(day=item["day"], note=item["note"]))
        day_notes[item["day"]] = item["note"]
    acknowledgements = _read_acknowledgements(check, record, kinds)

    if check.problems:
        raise ImportInvalid(check.problems)
    return RecordSnapshot(
        person=person,
        care_team=care_team,
        receptor_tests=tuple(receptor_tests),
        treatments=tuple(treatments),
        appointments=tuple(appointments),
        tracked_symptoms=tuple(tracked),
        symptom_entries=tuple(entries),
        measurements=tuple(measurements),
        day_notes=day_notes,
        flag_acknowledgements=tuple(acknowledgements),
    )


def _fields(item: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in item.items() if name != "_where"}


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
        check.add(f"{where}.questions", f"expected a list [...], found {_describe(raw_questions)}.")
    else:
        for index, raw in enumerate(raw_questions):
            fields = check.object(raw, f"{where}.questions[{index}]", QUESTION_SPEC)
            if fields is not None:
                questions.append(AppointmentQuestion(**fields))
    values = _fields(item)
    values["questions"] = tuple(questions)
    return Appointment(**values)


def _read_tracked_symptoms(
    check: _Checker, record: Mapping[str, Any], catalogue: Mapping[str, SymptomKind]
) -> tuple[dict[str, SymptomKind], list[TrackedSymptom]]:
    """The file's tracked symptoms, and the kind of every key an entry may name."""
    kinds = dict(catalogue)
    tracked: list[TrackedSymptom] = []
    seen: set[str] = set()
    for item in check.items(record, "tracked_symptoms", TRACKED_SYMPTOM_SPEC):
        where, key = item["_where"], item["key"]
        if key in seen:
            check.add(f"{where}.key", f"{quote(key)} appears twice in tracked_symptoms; keep one.")
            continue
        seen.add(key)
        if item["own"]:
            if key in catalogue:
                check.add(
                    f"{where}.own",
                    f"{quote(key)} is a symptom from the app's list, not an own symptom; "
                    "set “own” to false.",
                )
                continue
            if not item["label"].strip():
                check.add(f"{where}.label", "an own symptom needs a name; please fill it in.")
            elif has_control_characters(item["label"]):
                check.add(
                    f"{where}.label",
                    "this contains an invisible control character; please retype it.",
                )
                continue
            kinds[key] = item["kind"]
        elif key not in catalogue:
            check.add(
                f"{where}.key",
                f"{quote(key)} is not a symptom this app knows. If it is one of your own, set "
                "“own” to true and give it a label.",
            )
            continue
        elif item["kind"] is not catalogue[key]:
            check.add(
                f"{where}.kind",
                f"{quote(key)} is a {catalogue[key].value} symptom in this app; "
                f"set “kind” to “{catalogue[key].value}”.",
            )
            continue
        tracked.append(TrackedSymptom(**_fields(item)))
    return kinds, tracked


def _unknown_symptom(key: str) -> str:
    return (
        f"{quote(key)} is not a symptom this app knows, and tracked_symptoms has no own symptom "
        "with that key."
    )


def _read_symptom_entries(
    check: _Checker, record: Mapping[str, Any], kinds: Mapping[str, SymptomKind]
) -> list[SymptomEntry]:
    entries: list[SymptomEntry] = []
    for item in check.items(record, "symptom_entries", SYMPTOM_ENTRY_SPEC):
        where, key = item["_where"], item["symptom_key"]
        kind = kinds.get(key)
        if kind is None:
            check.add(f"{where}.symptom_key", _unknown_symptom(key))
            continue
        severity, present = item["severity"], item["present"]
        if kind is SymptomKind.RATED:
            if present is not None:
                check.add(
                    f"{where}.present",
                    f"{quote(key)} is rated from {MIN_SEVERITY} to {MAX_SEVERITY}; give a severity "
                    "instead of present.",
                )
            elif severity is None:
                check.add(
                    f"{where}.severity",
                    f"missing; give a whole number from {MIN_SEVERITY} to {MAX_SEVERITY}.",
                )
            else:
                check.day_log(
                    where, DayLog(day=item["day"], severities={key: severity}, note=item["note"])
                )
        else:
            if severity is not None:
                check.add(
                    f"{where}.severity",
                    f"{quote(key)} is an event (it happened or not); give present: true or false "
                    "instead of a severity.",
                )
            elif present is None:
                check.add(f"{where}.present", "missing; give true if it happened, false if not.")
            else:
                check.day_log(
                    where, DayLog(day=item["day"], events={key: present}, note=item["note"])
                )
        entries.append(SymptomEntry(**_fields(item)))
    return entries


def _read_measurements(check: _Checker, record: Mapping[str, Any]) -> list[Measurement]:
    measurements: list[Measurement] = []
    for item in check.items(record, "measurements", MEASUREMENT_SPEC):
        where, unit = item["_where"], item["unit"]
        if item["kind"] is MeasurementKind.WEIGHT:
            if unit not in {member.value for member in WeightUnit}:
                check.add(f"{where}.unit", f"{quote(unit)} is not a weight unit; use “kg” or “lb”.")
                continue
            log = DayLog(day=item["day"], weight=item["value"], weight_unit=WeightUnit(unit))
        else:
            if unit not in {member.value for member in TemperatureUnit}:
                check.add(
                    f"{where}.unit", f"{quote(unit)} is not a temperature unit; use “C” or “F”."
                )
                continue
            log = DayLog(
                day=item["day"], temperature=item["value"], temperature_unit=TemperatureUnit(unit)
            )
        check.day_log(where, log)
        measurements.append(Measurement(**_fields(item)))
    return measurements


def _read_acknowledgements(
    check: _Checker, record: Mapping[str, Any], kinds: Mapping[str, SymptomKind]
) -> list[FlagAcknowledgement]:
    acknowledgements: list[FlagAcknowledgement] = []
    seen: set[tuple[str, str, dt.date]] = set()
    for item in check.items(record, "flag_acknowledgements", ACKNOWLEDGEMENT_SPEC):
        where = item["_where"]
        if item["symptom_key"] not in kinds:
            check.add(f"{where}.symptom_key", _unknown_symptom(item["symptom_key"]))
        check.not_future(f"{where}.discussed_on", item["discussed_on"])
        if item["discussed_on"] < item["first_day"]:
            check.add(
                f"{where}.discussed_on",
                "this is before the flag's first day; please check both dates.",
            )
        severity = item["severity_at_discussion"]
        if severity is not None and not MIN_SEVERITY <= severity <= MAX_SEVERITY:
            check.add(
                f"{where}.severity_at_discussion",
                f"{severity} is outside the scale; use a whole number from {MIN_SEVERITY} "
                f"to {MAX_SEVERITY}.",
            )
        identity = (item["symptom_key"], item["rule"], item["first_day"])
        if identity in seen:
            check.add(where, "the same flag is acknowledged twice; keep one.")
        seen.add(identity)
        acknowledgements.append(FlagAcknowledgement(**_fields(item)))
    return acknowledgements


def read_export_file(
    file: Path, catalogue: Mapping[str, SymptomKind], today: dt.date
) -> RecordSnapshot:
    """Read and check an export file; raise ImportInvalid for anything that cannot be used."""
    data = _read_regular_file(file)
    if not data.strip():
        raise ImportInvalid(
            ["The file is empty. Export the record again, or use a complete copy of the file."]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportInvalid(
            ["The file is not UTF-8 text, so it is not an export from this app (or it is damaged)."]
        ) from None
    return parse_export(text, catalogue, today)


def _read_regular_file(file: Path) -> bytes:
    """The bytes of ``file`` if it is an ordinary file of at most MAX_IMPORT_BYTES.

    The file is opened without blocking and checked through the open descriptor: a named pipe
    would otherwise wait for a writer forever, and a device such as /dev/zero never ends. The
    size is checked before reading, and again while reading in case the file grows.
    """
    # O_NOCTTY: a terminal named as the file must not become this process's controlling one.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file, flags)
    except FileNotFoundError:
        raise ImportInvalid(
            [f"There is no file at {file}. Check the name and try again."]
        ) from None
    except OSError as error:
        kind = _kind_of_special_file(file)
        if kind is not None:
            raise ImportInvalid([_not_a_regular_file(file, kind)]) from None
        raise ImportInvalid([f"{file} could not be read ({error.strerror})."]) from None
    try:
        status = os.fstat(descriptor)
        kind = _special_file_kind(status.st_mode)
        if kind is not None:
            raise ImportInvalid([_not_a_regular_file(file, kind)])
        if status.st_size > MAX_IMPORT_BYTES:
            raise ImportInvalid([_too_large(file)])
        with open(descriptor, "rb", closefd=False) as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportInvalid([f"{file} could not be read ({error.strerror})."]) from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportInvalid([_too_large(file)])
    return data


def _special_file_kind(mode: int) -> str | None:
    """What a file that is not an ordinary file is, in words; None for an ordinary file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _kind_of_special_file(file: Path) -> str | None:
    # A socket cannot be opened at all (ENXIO), and Windows refuses to open a folder: ask what
    # the path names so the message says so.
    try:
        return _special_file_kind(os.stat(file).st_mode)
    except OSError:
        return None


def _not_a_regular_file(file: Path, kind: str) -> str:
    if kind == "folder":
        return f"{file} is a folder; choose the exported .json file in it."
    return (
        f"{file} is a {kind}, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote."
    )


def _too_large(file: Path) -> str:
    return (
        f"{file} is larger than {MAX_IMPORT_BYTES // 2**20:,} MiB, the most an import reads; "
        "an export from this app is far smaller (ten years of entries take about 6 MB), so "
        "this is not one."
    )


def import_record(record: CareRecord, file: Path, today: dt.date | None = None) -> ImportSummary:
    """Import an export file into an empty record, all or nothing; raise ImportInvalid."""
    if record_holds_data(record):
        raise ImportInvalid([_already_holds_data(record)])
    catalogue = {symptom.key: symptom.kind for symptom in record.knowledge.symptoms}
    try:
        snapshot = read_export_file(file, catalogue, today or dt.date.today())
    except ImportInvalid:
        raise
    except Exception as error:
        # A fault in the checks, not in the file. The person still gets a sentence and an
        # unchanged record rather than a traceback; the error's own words are left out, as they
        # may quote the file. Tests call parse_export directly, so such faults still fail them.
        raise ImportInvalid(
            [
                f"This file could not be checked because of a fault in the app "
                f"({type(error).__name__}), so nothing was imported. Please report it, without "
                "the file: it holds health details."
            ]
        ) from error
    try:
        write_snapshot(record, snapshot)
    except RecordNotEmpty:
        raise ImportInvalid([_already_holds_data(record)]) from None
    except IntegrityError as error:
        # The checks above mirror the database's rules; this is the last line if they drift.
        raise ImportInvalid(
            [f"The record refused part of the file, so none of it was saved ({error.orig})."]
        ) from None
    return ImportSummary.of(file, snapshot)


def _already_holds_data(record: CareRecord) -> str:
    return (
        f"The record in {record.paths.data_dir} already holds data, so nothing was imported "
        "(an import never mixes two records). Import into a new data folder instead: "
        "mbc-tracker --data-dir NEW_FOLDER import FILE.json"
    )


def import_into_folder(paths: DataPaths, file: Path, today: dt.date | None = None) -> ImportSummary:
    """Import ``file`` into the default record of ``paths``, creating the record if needed.

    Raises ImportInvalid or RecordProblem (``LOCKED`` when the record is open elsewhere). A
    record made for this import is written whole under a temporary name and only then given its
    name, so a refused or interrupted import leaves the folder without a record, as it was.
    """
    return import_into_record_file(paths.default_record, paths, file, today)


def import_into_record_file(
    record_path: Path, paths: DataPaths, file: Path, today: dt.date | None = None
) -> ImportSummary:
    """Import ``file`` into the record at ``record_path``: a new record (made whole or not at
    all), or an existing empty one. Raises ImportInvalid or RecordProblem."""
    summaries: list[ImportSummary] = []

    def fill(record: CareRecord) -> None:
        summaries.append(import_record(record, file, today))

    record = open_record(record_path, paths, purpose="import", fill_new=fill)
    try:
        if not summaries:  # the record existed already: import into it if it is empty
            fill(record)
    finally:
        record.close()
    return summaries[0]
