"""Export the whole record as documented, versioned JSON, and import such a file, all or nothing.

The format is described field by field in ``docs/json-format.md``. Export streams the record's
rows in key order and writes the JSON as it goes, into a temporary file beside the target that is
renamed into place, so a reader never sees half a file and a record of any size costs the same
memory; the file is private to its owner (0600) because it holds health data, and a target that
is the record itself, one of its companions or one of the data folder's own files is refused
(``OutputRefused``).

Import reads the file as a stream too (``json_stream``: the outer objects key by key, the big
lists item by item) and checks each object as it comes (``transfer_checks``); every problem is
collected with the place it was found and a sentence that says what to change. What passes is
written in batches inside ONE transaction, which is committed only if the whole file passed:
a problem at the millionth entry leaves the record as it was. A section that refers to another
one given later in the file (entries before their tracked symptoms) is handled by first reading
what it refers to in a pass of its own. Import goes only into an empty record, so it can never
mix two people's histories or overwrite a day.

The file may be damaged or hostile: it is read only if it is an ordinary file of a sane size,
decoded with ``untrusted_json``'s rules (no deep nesting, no unstorable numbers, no repeated
keys); whatever the stream cannot follow is decoded whole by ``untrusted_json.decode``, so a
refused file is described in exactly its words. Text from the file that a message shows goes
through ``quote``, short and with control characters escaped.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import math
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, Protocol, Self, TextIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mbc_tracker import __version__
from mbc_tracker.domain.dates import long_day_span
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, in_english, os_reason, translate
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.domain.records import (
    Appointment,
    CareTeamContact,
    FlagAcknowledgement,
    Measurement,
    Person,
    ReceptorTest,
    RecordSnapshot,
    SymptomEntry,
    SymptomKind,
    TrackedSymptom,
    Treatment,
)
from mbc_tracker.domain.schedules import DoseRecord, Schedule, TreatmentPlan
from mbc_tracker.paths import DataPaths, ProtectedFiles, replacing_atomically
from mbc_tracker.services.dose_day import time_text
from mbc_tracker.services.json_stream import JsonStream, NeedsWholeDocument
from mbc_tracker.services.medicines import schedules_and_doses
from mbc_tracker.services.person import person_from_row
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.services.snapshot import (
    RecordNotEmpty,
    RecordWriter,
    holds_data,
    record_holds_data,
)
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.services.transfer_checks import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_MESSAGE_LINE,
    MAX_PROBLEMS_SHOWN,
    NEEDS,
    RECORD_SECTIONS,
    ImportInvalid,
    RecordChecks,
    Tally,
    check_whole_record,
)
from mbc_tracker.services.transfer_checks import _check_header as check_header
from mbc_tracker.services.untrusted_json import JsonRefused, decode
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import PersonRow, TrackedSymptomRow

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_IMPORT_BYTES",
    "MAX_MESSAGE_LINE",
    "MAX_PROBLEMS_SHOWN",
    "ExportSummary",
    "ImportInvalid",
    "ImportSummary",
    "TransferSummary",
    "dose_json",
    "export_record",
    "import_into_folder",
    "import_into_record_file",
    "import_record",
    "parse_export",
    "read_export_file",
    "schedule_json",
    "write_private_file_atomically",
]

# The largest file import reads. Ten years of daily entries export to about 6 MB, so this leaves
# room for any real record while a wrong file (a disk image, a video) is refused before it is read.
MAX_IMPORT_BYTES = 512 * 1024 * 1024
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "transfer",
    "The file is not UTF-8 text, so it is not an export from this app (or it is damaged).",
)
_EMPTY = QT_TRANSLATE_NOOP(
    "transfer", "The file is empty. Export the record again, or use a complete copy of the file."
)


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

    @classmethod
    def of_tally(cls, file: Path, tally: Tally) -> Self:
        return cls(
            file=file,
            person_name=tally.person_name,
            symptom_entries=tally.symptom_entries,
            measurements=tally.measurements,
            treatments=tally.treatments,
            appointments=tally.appointments,
            day_notes=tally.day_notes,
            first_day=tally.first_day,
            last_day=tally.last_day,
        )

    def describe(self) -> str:
        whose = (
            translate("transfer", "{name}'s record").format(name=self.person_name)
            if self.person_name
            else translate("transfer", "A record with no person")
        )
        # English has no plural table, so its singular is a text of its own (%n picks Spanish's).
        entries, measurements = self.symptom_entries, self.measurements
        notes, treatments, appointments = self.day_notes, self.treatments, self.appointments
        counts = {
            "entries": (
                translate("transfer", "%n symptom entry", None, entries)
                if entries == 1
                else translate("transfer", "%n symptom entries", None, entries)
            ),
            "measurements": (
                translate("transfer", "%n measurement", None, measurements)
                if measurements == 1
                else translate("transfer", "%n measurements", None, measurements)
            ),
            "notes": (
                translate("transfer", "%n day note", None, notes)
                if notes == 1
                else translate("transfer", "%n day notes", None, notes)
            ),
            "treatments": (
                translate("transfer", "%n treatment", None, treatments)
                if treatments == 1
                else translate("transfer", "%n treatments", None, treatments)
            ),
            "appointments": (
                translate("transfer", "%n appointment", None, appointments)
                if appointments == 1
                else translate("transfer", "%n appointments", None, appointments)
            ),
        }
        if not (self.first_day and self.last_day):
            return translate(
                "transfer",
                "{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}.",
            ).format(whose=whose, **counts)
        days = long_day_span(self.first_day, self.last_day)
        if self.first_day == self.last_day:
            return translate(
                "transfer",
                "{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}, "
                "on {days}.",
            ).format(whose=whose, days=days, **counts)
        return translate(
            "transfer",
            "{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}, from "
            "{days}.",
        ).format(whose=whose, days=days, **counts)


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


# The export is ``json.dumps(document, ensure_ascii=False, indent=2)`` written piece by piece:
# the same bytes, without the document. Objects sit three levels in (file, record, section).
_ITEM_INDENT = " " * 6
_FIELD_INDENT = " " * 8


def _scalar(value: Any) -> str:
    """One plain value exactly as ``json.dumps`` writes it."""
    if isinstance(value, str):  # enums too: their text is their value
        text: str = encode_basestring(value)
        return text
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value) if math.isfinite(value) else json.dumps(value)
    if isinstance(value, dt.date):  # datetimes too
        return f'"{value.isoformat()}"'
    return json.dumps(_jsonable(value), ensure_ascii=False)


def _flat_item(pairs: Iterable[tuple[str, Any]]) -> str:
    """An object of plain values inside a section's list, as ``json.dumps`` indents it."""
    body = ",\n".join(
        f"{_FIELD_INDENT}{encode_basestring(name)}: {_scalar(value)}" for name, value in pairs
    )
    return f"{{\n{body}\n{_ITEM_INDENT}}}"


def _nested_item(value: Any) -> str:
    return json.dumps(_jsonable(asdict(value)), ensure_ascii=False, indent=2).replace(
        "\n", "\n" + _ITEM_INDENT
    )


def schedule_json(schedule: Schedule) -> dict[str, Any]:
    """A schedule as the export writes it (docs/json-format.md, ``treatments[].schedules``)."""
    gap = schedule.minimum_gap
    return {
        "kind": schedule.kind.value,
        "starts_on": schedule.starts_on.isoformat(),
        "ends_on": schedule.ends_on.isoformat() if schedule.ends_on else None,
        "times": [time_text(time) for time in schedule.times],
        "days_on": schedule.days_on,
        "days_off": schedule.days_off,
        "every_days": schedule.every_days,
        "reason": schedule.reason,
        "minimum_gap_minutes": int(gap.total_seconds() // 60) if gap is not None else None,
        "dose": schedule.dose,
        "unit": schedule.unit,
    }


def dose_json(dose: DoseRecord) -> dict[str, Any]:
    """A recorded dose as the export writes it (``treatments[].doses``)."""
    return {
        "day": dose.day.isoformat(),
        "time": time_text(dose.time) or None,
        "status": dose.status.value,
        "at": dose.at.isoformat() if dose.at else None,
        "reason": dose.reason,
        "score_before": dose.before,
        "score_after": dose.after,
        "ask_after": dose.ask_after.isoformat() if dose.ask_after else None,
    }


def _treatment_item(session: Session, treatment: Treatment) -> str:
    assert treatment.id is not None
    schedules, doses = schedules_and_doses(session, treatment.id)
    value = _jsonable(asdict(treatment))
    value["schedules"] = [schedule_json(schedule) for schedule in schedules]
    value["doses"] = [dose_json(dose) for dose in doses]
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + _ITEM_INDENT)


def _field_names(kind: type[Any]) -> tuple[str, ...]:
    return tuple(field.name for field in fields(kind) if field.name != "id")


_ENTRY_FIELDS = _field_names(SymptomEntry)
_MEASUREMENT_FIELDS = _field_names(Measurement)
_LITERALS = {None: "null", True: "true", False: "false"}


def _entry_text(entry: SymptomEntry) -> str:
    """``_flat_item`` of an entry, spelt out: a million entries take seconds less."""
    severity = entry.severity
    return (
        '{\n        "symptom_key": '
        + encode_basestring(entry.symptom_key)
        + ',\n        "day": "'
        + entry.day.isoformat()
        + '",\n        "recorded_at": "'
        + entry.recorded_at.isoformat()
        + '",\n        "severity": '
        + ("null" if severity is None else _scalar(severity))
        + ',\n        "present": '
        + _LITERALS[entry.present]
        + ',\n        "note": '
        + encode_basestring(entry.note)
        + "\n      }"
    )


def _generic_entry_text(entry: SymptomEntry) -> str:
    return _flat_item((name, getattr(entry, name)) for name in _ENTRY_FIELDS)


if _ENTRY_FIELDS != ("symptom_key", "day", "recorded_at", "severity", "present", "note"):
    _entry_text = _generic_entry_text  # the spelt-out form no longer matches the dataclass


class _ExportWriter:
    """Writes the export's text to ``out`` section by section, counting what it wrote."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tally = Tally()
        self._sections = 0

    def _name(self, section: str) -> None:
        self.out.write((",\n" if self._sections else "") + f"    {encode_basestring(section)}: ")
        self._sections += 1

    def value(self, section: str, value: Any) -> None:
        self._name(section)
        self.out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    "))

    def items(self, section: str, texts: Iterable[str]) -> None:
        self._name(section)
        out, first = self.out, True
        for text in texts:
            out.write(("[\n" if first else ",\n") + _ITEM_INDENT + text)
            first = False
        out.write("[]" if first else "\n    ]")


def _export_into(
    session: Session, record: CareRecord, out: TextIO, exported_at: dt.datetime
) -> Tally:
    """Write the whole export of the record read through ``session`` to ``out``."""
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "app_version": __version__,
    }
    out.write("{\n")
    for name, value in header.items():
        out.write(f"  {encode_basestring(name)}: {json.dumps(value, ensure_ascii=False)},\n")
    out.write('  "record": {\n')
    writer = _ExportWriter(out)
    tally = writer.tally
    person_row = session.get(PersonRow, 1)
    person = person_from_row(person_row) if person_row else None
    tally.person_name = person.name if person else None
    writer.value("person", _jsonable(asdict(person)) if person else None)
    writer.items("care_team", map(_nested_item, repositories.care_team(session)))
    writer.items("receptor_tests", map(_nested_item, repositories.receptor_tests(session)))
    treatments = repositories.treatments(session)
    tally.treatments = len(treatments)
    writer.items("treatments", (_treatment_item(session, treatment) for treatment in treatments))
    appointments = repositories.appointments(session)
    tally.appointments = len(appointments)
    writer.items("appointments", map(_nested_item, appointments))
    tracked_rows = session.scalars(
        select(TrackedSymptomRow).order_by(TrackedSymptomRow.position, TrackedSymptomRow.key)
    ).all()
    writer.items(
        "tracked_symptoms", (_nested_item(to_tracked(row, record)) for row in tracked_rows)
    )

    def entries() -> Iterator[str]:
        for entry in repositories.stream_symptom_entries(session):
            tally.symptom_entries += 1
            tally.day(entry.day)
            yield _entry_text(entry)

    def measurements() -> Iterator[str]:
        for measurement in repositories.stream_measurements(session):
            tally.measurements += 1
            tally.day(measurement.day)
            yield _flat_item((name, getattr(measurement, name)) for name in _MEASUREMENT_FIELDS)

    def day_notes() -> Iterator[str]:
        for day, note in repositories.stream_day_notes(session):
            tally.day_notes += 1
            tally.day(day)
            yield _flat_item((("day", day), ("note", note)))

    writer.items("symptom_entries", entries())
    writer.items("measurements", measurements())
    writer.items("day_notes", day_notes())
    writer.items(
        "flag_acknowledgements", map(_nested_item, repositories.flag_acknowledgements(session))
    )
    out.write("\n  }\n}\n")
    return tally


def export_record(
    record: CareRecord, file: Path, exported_at: dt.datetime | None = None
) -> ExportSummary:
    """Write the whole record to ``file`` as JSON (see docs/json-format.md); raise OSError, or
    ``OutputRefused`` for a file that is the record's own or cannot be written.

    The rows are read in one reading transaction (a consistent picture) and written as they
    come; a failure half-way leaves no file behind, and an older file at ``file`` untouched.
    """
    protecting = ProtectedFiles(record.path, record.paths)
    when = exported_at or dt.datetime.now().astimezone()
    with (
        replacing_atomically(file, protecting, "the export") as temporary,
        open(temporary, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out,
        record.reads() as session,
        # A file for programs, imported again on any computer: symptom names in English in
        # every language (docs/translations.md); refusals above stay in the person's language.
        in_english(),
    ):
        tally = _export_into(session, record, out, when)
    return ExportSummary.of_tally(file, tally)


# -- reading an export -------------------------------------------------------------------------


class _Source(Protocol):
    """Where an export's text comes from; it can be read from the start more than once."""

    def reader(self) -> Callable[[int], str]:
        """A fresh reader from the start: ``read(characters)``, "" at the end."""
        ...

    def whole_text(self) -> str:
        """All of the text at once (for files the streaming reader cannot follow)."""
        ...


class _TextSource:
    def __init__(self, text: str) -> None:
        self.text = text

    def reader(self) -> Callable[[int], str]:
        return io.StringIO(self.text).read

    def whole_text(self) -> str:
        return self.text


class _FileSource:
    """An open ordinary file, read in pieces as UTF-8 (a byte order mark is skipped)."""

    def __init__(self, file: Path, descriptor: int) -> None:
        self.file = file
        self.descriptor = descriptor

    def _read_at(self, offset: int, size: int) -> bytes:
        try:
            os.lseek(self.descriptor, offset, os.SEEK_SET)
            return os.read(self.descriptor, size)
        except OSError as error:
            raise ImportInvalid(
                [
                    translate("transfer", "{file} could not be read ({reason}).").format(
                        file=self.file, reason=os_reason(error)
                    )
                ]
            ) from None

    def reader(self) -> Callable[[int], str]:
        decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        offset = 0

        def read(characters: int) -> str:
            nonlocal offset
            while True:
                data = self._read_at(offset, characters)
                offset += len(data)
                if offset > MAX_IMPORT_BYTES:  # the file grew since it was opened
                    raise ImportInvalid([_too_large(self.file)])
                try:
                    text: str = decoder.decode(data, final=not data)
                except UnicodeDecodeError:
                    raise ImportInvalid([translate("transfer", _NOT_UTF8)]) from None
                if text or not data:
                    return text

        return read

    def whole_text(self) -> str:
        pieces: list[bytes] = []
        size = 0
        while size <= MAX_IMPORT_BYTES:
            piece = self._read_at(size, min(1 << 24, MAX_IMPORT_BYTES + 1 - size))
            if not piece:
                break
            pieces.append(piece)
            size += len(piece)
        if size > MAX_IMPORT_BYTES:
            raise ImportInvalid([_too_large(self.file)])
        data = b"".join(pieces)
        del pieces
        if not data.strip():
            raise ImportInvalid([translate("transfer", _EMPTY)])
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportInvalid([translate("transfer", _NOT_UTF8)]) from None


class _StartOver(Exception):
    """The stream could not be followed, but the file decoded whole is an export: check that
    (``record``) instead, from the start."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.record = record


def _whole_record(source: _Source) -> Mapping[str, Any]:
    """The file decoded whole, for the refusal in ``decode``'s or the header check's words."""
    try:
        document = decode(source.whole_text())
    except JsonRefused as refused:
        raise ImportInvalid(refused.problems) from None
    return check_header(document)


class _Header:
    """What the stream saw of the top level and of the record's keys."""

    def __init__(self) -> None:
        self.top: dict[str, Any] = {}
        self.record_keys: list[str] | None = None

    def read(self, stream: JsonStream, key: str) -> None:
        if key in ("format", "format_version"):
            self.top[key] = stream.value(1)
        else:
            _skip(stream, 1)
            self.top[key] = None

    def ready(self) -> bool:
        """Whether the file has said it is an export of a version this app reads."""
        version = self.top.get("format_version")
        return (
            self.top.get("format") == FORMAT_NAME
            and isinstance(version, int)
            and not isinstance(version, bool)
            and 1 <= version <= FORMAT_VERSION
        )

    def check(self) -> None:
        """Refuse the file as ``_check_header`` would have refused it decoded whole."""
        stand_in = dict(self.top)
        if self.record_keys is not None:
            stand_in["record"] = dict.fromkeys(self.record_keys)
        check_header(stand_in)


def _skip(stream: JsonStream, enclosing: int) -> None:
    if stream.next_is("["):
        for _ in stream.items(enclosing):
            pass
    else:
        stream.value(enclosing)


def _stream_into(source: _Source, checks: RecordChecks) -> None:
    """Read the export in ``source`` once, feeding ``checks`` as its sections come.

    Raises ImportInvalid for a file that is not an export this app reads, and
    NeedsWholeDocument where the file is not plain JSON of an export's shape.
    """
    stream = JsonStream(source.reader())
    header = _Header()
    gathered = False
    for key in stream.members():
        if key != "record":
            header.read(stream, key)
            continue
        if not header.ready():
            _gather(source, checks)  # finds the header wherever it is, or refuses the file
            gathered = True
        if not stream.next_is("{"):
            raise NeedsWholeDocument
        header.record_keys = []
        for section in stream.members():
            header.record_keys.append(section)
            needed = NEEDS.get(section)
            if (
                needed is not None
                and needed not in checks.done
                and section not in checks.done
                and not gathered
            ):
                _gather(source, checks)
                gathered = True
            _stream_section(stream, checks, section)
    stream.finish()
    header.check()


def _stream_section(stream: JsonStream, checks: RecordChecks, section: str) -> None:
    if section not in RECORD_SECTIONS or section in checks.done:
        _skip(stream, 2)
    elif section == "person":
        checks.person(stream.value(2))
    elif not stream.next_is("["):
        checks.section(section, stream.value(2))
    else:
        checks.start(section)
        for index, item in enumerate(stream.items(2)):
            checks.item(section, index, item)
        checks.end(section)


def _gather(source: _Source, checks: RecordChecks) -> None:
    """A first pass over the whole file, for what other sections refer to: the header, the
    person and the tracked symptoms (which it checks), wherever the file puts them."""
    stream = JsonStream(source.reader())
    header = _Header()
    person: Any = None
    tracked: Any = []
    for key in stream.members():
        if key != "record":
            header.read(stream, key)
            continue
        if not stream.next_is("{"):
            raise NeedsWholeDocument
        header.record_keys = []
        for section in stream.members():
            header.record_keys.append(section)
            if section == "person":
                person = stream.value(2)
            elif section == "tracked_symptoms":
                tracked = stream.value(2)
            else:
                _skip(stream, 2)
    stream.finish()
    header.check()
    if "person" not in checks.done:
        checks.person(person)
    if "tracked_symptoms" not in checks.done:
        checks.section("tracked_symptoms", tracked)


class _SnapshotSink:
    """Collects the checked file as a ``RecordSnapshot`` (for reading a file without a record)."""

    def __init__(self) -> None:
        self._person: Person | None = None
        self._care_team: list[CareTeamContact] = []
        self._receptor_tests: list[ReceptorTest] = []
        self._treatments: list[Treatment] = []
        self._plans: dict[int, TreatmentPlan] = {}
        self._appointments: list[Appointment] = []
        self._tracked: tuple[TrackedSymptom, ...] = ()
        self._entries: list[SymptomEntry] = []
        self._measurements: list[Measurement] = []
        self._day_notes: dict[dt.date, str] = {}
        self._acknowledgements: list[FlagAcknowledgement] = []

    def person(self, person: Person) -> None:
        self._person = person

    def care_team_contact(self, contact: CareTeamContact) -> None:
        self._care_team.append(contact)

    def receptor_test(self, test: ReceptorTest) -> None:
        self._receptor_tests.append(test)

    def treatment(self, treatment: Treatment, plan: TreatmentPlan) -> None:
        if plan:
            self._plans[len(self._treatments)] = plan
        self._treatments.append(treatment)

    def appointment(self, appointment: Appointment) -> None:
        self._appointments.append(appointment)

    def tracked_symptoms(self, tracked: Sequence[TrackedSymptom]) -> None:
        self._tracked = tuple(tracked)

    def symptom_entry(self, entry: SymptomEntry) -> None:
        self._entries.append(entry)

    def measurement(self, measurement: Measurement) -> None:
        self._measurements.append(measurement)

    def day_note(self, day: dt.date, note: str) -> None:
        self._day_notes[day] = note

    def flag_acknowledgement(self, acknowledgement: FlagAcknowledgement) -> None:
        self._acknowledgements.append(acknowledgement)

    def snapshot(self) -> RecordSnapshot:
        return RecordSnapshot(
            person=self._person,
            care_team=tuple(self._care_team),
            receptor_tests=tuple(self._receptor_tests),
            treatments=tuple(self._treatments),
            appointments=tuple(self._appointments),
            tracked_symptoms=self._tracked,
            symptom_entries=tuple(self._entries),
            measurements=tuple(self._measurements),
            day_notes=self._day_notes,
            flag_acknowledgements=tuple(self._acknowledgements),
            treatment_plans=self._plans,
        )


def _read_snapshot(
    source: _Source, catalogue: Mapping[str, SymptomKind], today: dt.date
) -> RecordSnapshot:
    sink = _SnapshotSink()
    checks = RecordChecks(catalogue, today, sink)
    try:
        _stream_into(source, checks)
    except NeedsWholeDocument:
        record = _whole_record(source)
        sink = _SnapshotSink()
        checks = RecordChecks(catalogue, today, sink)
        check_whole_record(record, checks)
    if checks.check.problems:
        raise ImportInvalid(checks.check.problems)
    return sink.snapshot()


def parse_export(text: str, catalogue: Mapping[str, SymptomKind], today: dt.date) -> RecordSnapshot:
    """Check an export file's text completely and return its snapshot; raise ImportInvalid.

    ``catalogue`` maps each catalogue symptom key to its kind: entries may name those keys or
    the file's own symptoms, nothing else.
    """
    return _read_snapshot(_TextSource(text), catalogue, today)


def read_export_file(
    file: Path, catalogue: Mapping[str, SymptomKind], today: dt.date
) -> RecordSnapshot:
    """Read and check an export file; raise ImportInvalid for anything that cannot be used."""
    descriptor = _open_regular_file(file)
    try:
        return _read_snapshot(_FileSource(file, descriptor), catalogue, today)
    finally:
        os.close(descriptor)


def _open_regular_file(file: Path) -> int:
    """A descriptor open for reading ``file`` if it is an ordinary file of at most
    MAX_IMPORT_BYTES; raise ImportInvalid otherwise.

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
            [
                translate(
                    "transfer", "There is no file at {file}. Check the name and try again."
                ).format(file=file)
            ]
        ) from None
    except OSError as error:
        kind = _kind_of_special_file(file)
        if kind is not None:
            raise ImportInvalid([_not_a_regular_file(file, kind)]) from None
        raise ImportInvalid(
            [
                translate("transfer", "{file} could not be read ({reason}).").format(
                    file=file, reason=os_reason(error)
                )
            ]
        ) from None
    try:
        status = os.fstat(descriptor)
        kind = _special_file_kind(status.st_mode)
        if kind is not None:
            raise ImportInvalid([_not_a_regular_file(file, kind)])
        if status.st_size > MAX_IMPORT_BYTES:
            raise ImportInvalid([_too_large(file)])
    except OSError as error:
        os.close(descriptor)
        raise ImportInvalid(
            [
                translate("transfer", "{file} could not be read ({reason}).").format(
                    file=file, reason=os_reason(error)
                )
            ]
        ) from None
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


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


# What a path that is not an ordinary file is, one whole sentence per kind.
_NOT_A_REGULAR_FILE = {
    "folder": QT_TRANSLATE_NOOP(
        "transfer", "{file} is a folder; choose the exported .json file in it."
    ),
    "named pipe": QT_TRANSLATE_NOOP(
        "transfer",
        "{file} is a named pipe, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote.",
    ),
    "socket": QT_TRANSLATE_NOOP(
        "transfer",
        "{file} is a socket, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote.",
    ),
    "device": QT_TRANSLATE_NOOP(
        "transfer",
        "{file} is a device, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote.",
    ),
    "special file": QT_TRANSLATE_NOOP(
        "transfer",
        "{file} is a special file, not an ordinary file, so it is not an export from this app; "
        "choose the .json file that “mbc-tracker export” wrote.",
    ),
}


def _not_a_regular_file(file: Path, kind: str) -> str:
    sentence = _NOT_A_REGULAR_FILE.get(kind, _NOT_A_REGULAR_FILE["special file"])
    return translate("transfer", sentence).format(file=file)


def _too_large(file: Path) -> str:
    return translate(
        "transfer",
        "{file} is larger than {size} MiB, the most an import reads; an export from this app is "
        "far smaller (ten years of entries take about 6 MB), so this is not one.",
    ).format(file=file, size=MAX_IMPORT_BYTES // 2**20)  # 512: no thousands to group


# -- importing into a record -------------------------------------------------------------------


class _WriteFailed(Exception):
    """Writing a checked part failed for a reason other than the record refusing it."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class _DatabaseSink:
    """Sends checked parts to a ``RecordWriter``; a part the database refuses (a rule the
    checks did not foresee) stops the writing and is remembered, so the checks can go on and
    list every problem before the transaction is rolled back."""

    def __init__(self, writer: RecordWriter) -> None:
        self.writer = writer
        self.refused: IntegrityError | None = None

    def _send(self, write: Callable[..., None], *values: Any) -> None:
        if self.refused is not None:
            return
        try:
            write(*values)
        except IntegrityError as error:
            self.refused = error
        except Exception as error:
            raise _WriteFailed(error) from error

    def person(self, person: Person) -> None:
        self._send(self.writer.person, person)

    def care_team_contact(self, contact: CareTeamContact) -> None:
        self._send(self.writer.care_team_contact, contact)

    def receptor_test(self, test: ReceptorTest) -> None:
        self._send(self.writer.receptor_test, test)

    def treatment(self, treatment: Treatment, plan: TreatmentPlan) -> None:
        self._send(self.writer.treatment, treatment, plan)

    def appointment(self, appointment: Appointment) -> None:
        self._send(self.writer.appointment, appointment)

    def tracked_symptoms(self, tracked: Sequence[TrackedSymptom]) -> None:
        self._send(self.writer.tracked_symptoms, tracked)

    def symptom_entry(self, entry: SymptomEntry) -> None:
        self._send(self.writer.symptom_entry, entry)

    def measurement(self, measurement: Measurement) -> None:
        self._send(self.writer.measurement, measurement)

    def day_note(self, day: dt.date, note: str) -> None:
        self._send(self.writer.day_note, day, note)

    def flag_acknowledgement(self, acknowledgement: FlagAcknowledgement) -> None:
        self._send(self.writer.flag_acknowledgement, acknowledgement)

    def finish(self) -> None:
        self._send(self.writer.finish)


def _fault(error: Exception) -> ImportInvalid:
    # A fault in the checks, not in the file. The person still gets a sentence and an unchanged
    # record rather than a traceback; the error's own words are left out, as they may quote
    # the file. Tests call parse_export directly, so such faults still fail them.
    return ImportInvalid(
        [
            translate(
                "transfer",
                "This file could not be checked because of a fault in the app ({fault}), "
                "so nothing was imported. Please report it, without the file: it holds "
                "health details.",
            ).format(fault=type(error).__name__)
        ]
    )


def _import_in_one_transaction(
    record: CareRecord,
    feed: Callable[[RecordChecks], None],
    catalogue: Mapping[str, SymptomKind],
    today: dt.date,
) -> Tally:
    """Check and write what ``feed`` gives in one transaction, kept only if all of it passed."""
    with record.sessions.begin() as session:
        if holds_data(session):
            raise ImportInvalid([_already_holds_data(record)])
        sink = _DatabaseSink(RecordWriter(session))
        checks = RecordChecks(catalogue, today, sink)
        try:
            feed(checks)
        except (ImportInvalid, _StartOver, _WriteFailed):
            raise
        except Exception as error:
            raise _fault(error) from error
        if checks.check.problems:
            raise ImportInvalid(checks.check.problems)
        sink.finish()
        if sink.refused is not None:
            # The checks above mirror the database's rules; this is the last line if they drift.
            raise ImportInvalid(
                [
                    translate(
                        "transfer",
                        "The record refused part of the file, so none of it was saved ({reason}).",
                    ).format(reason=sink.refused.orig)
                ]
            )
        return checks.tally


def import_record(record: CareRecord, file: Path, today: dt.date | None = None) -> ImportSummary:
    """Import an export file into an empty record, all or nothing; raise ImportInvalid."""
    if record_holds_data(record):
        raise ImportInvalid([_already_holds_data(record)])
    catalogue = {symptom.key: symptom.kind for symptom in record.knowledge.symptoms}
    day = today or dt.date.today()
    descriptor = _open_regular_file(file)
    try:
        source = _FileSource(file, descriptor)

        def stream(checks: RecordChecks) -> None:
            try:
                _stream_into(source, checks)
            except NeedsWholeDocument:
                raise _StartOver(_whole_record(source)) from None

        try:
            try:
                tally = _import_in_one_transaction(record, stream, catalogue, day)
            except _StartOver as start_over:
                whole = start_over.record
                tally = _import_in_one_transaction(
                    record, lambda checks: check_whole_record(whole, checks), catalogue, day
                )
        except _WriteFailed as failed:
            raise failed.error from None
        except RecordNotEmpty:
            raise ImportInvalid([_already_holds_data(record)]) from None
    finally:
        os.close(descriptor)
    return ImportSummary.of_tally(file, tally)


def _already_holds_data(record: CareRecord) -> str:
    return translate(
        "transfer",
        "The record in {folder} already holds data, so nothing was imported (an "
        "import never mixes two records). Import into a new data folder instead: "
        "mbc-tracker --data-dir NEW_FOLDER import FILE.json",
    ).format(folder=record.paths.data_dir)


def import_into_folder(
    paths: DataPaths, file: Path, today: dt.date | None = None, key: RecordKey | None = None
) -> ImportSummary:
    """Import ``file`` into the default record of ``paths``, creating the record if needed.

    Raises ImportInvalid or RecordProblem (``LOCKED`` when the record is open elsewhere). A
    record made for this import is written whole under a temporary name and only then given its
    name, so a refused or interrupted import leaves the folder without a record, as it was.
    ``key`` opens a protected record, or makes the new one protected.
    """
    return import_into_record_file(paths.default_record, paths, file, today, key)


def import_into_record_file(
    record_path: Path,
    paths: DataPaths,
    file: Path,
    today: dt.date | None = None,
    key: RecordKey | None = None,
) -> ImportSummary:
    """Import ``file`` into the record at ``record_path``: a new record (made whole or not at
    all, protected when ``key`` is given), or an existing empty one. Raises ImportInvalid or
    RecordProblem."""
    summaries: list[ImportSummary] = []

    def fill(record: CareRecord) -> None:
        summaries.append(import_record(record, file, today))

    record = open_record(record_path, paths, purpose="import", fill_new=fill, key=key)
    try:
        if not summaries:  # the record existed already: import into it if it is empty
            fill(record)
    finally:
        record.close()
    return summaries[0]
