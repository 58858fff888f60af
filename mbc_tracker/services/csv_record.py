"""The whole record as CSV files for a spreadsheet: one file per kind of data, in a folder or a zip.

Each file has a header row in plain words, dates and times in ISO 8601, and is UTF-8 with a
byte-order mark; cells are quoted by the ``csv`` module, and text that a spreadsheet would run as
a formula gets a leading apostrophe (``reports.csv_export.spreadsheet_cell``). Numbers are
written as numbers, so a weight or a negative value stays a number, never text.

Rows are read and written as they come (the entries and measurements through the repositories'
streams), so a ten-year record costs the same memory as a short one. Every file goes through
``paths.replacing_atomically`` with the record's files protected: complete or not there, 0600.
A folder OUT is created if missing (its parent must exist) and refused if it holds anything but
these files, so an export never mixes with or replaces someone's other files; a ``.zip`` OUT is
one zip written atomically. The JSON export (``transfer``) stays the full, re-importable copy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from mbc_tracker.domain.language import in_english, os_reason, translate
from mbc_tracker.paths import (
    OutputRefused,
    ProtectedFiles,
    check_output_path,
    replacing_atomically,
)
from mbc_tracker.reports.csv_export import CSV_ENCODING, spreadsheet_cell
from mbc_tracker.services.dose_day import time_text
from mbc_tracker.services.medicines import schedules_and_doses
from mbc_tracker.services.record import CareRecord
from mbc_tracker.services.symptoms import to_tracked
from mbc_tracker.storage import repositories
from mbc_tracker.storage.orm import TrackedSymptomRow

Cell = str | int | float | bool | dt.date | dt.time | StrEnum | None

WHAT = "the export"


def cell_text(value: Cell) -> str | int | float:
    """One value as the CSV cell a spreadsheet reads right: numbers stay numbers, dates ISO,
    yes/no in words, and text never starting a formula."""
    if value is None:
        return ""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, StrEnum):  # stored values in words: "hormone_therapy", "hormone therapy"
        return spreadsheet_cell(value.value.replace("_", " "))
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return time_text(value)
    return spreadsheet_cell(value)


@dataclass(frozen=True)
class CsvTable:
    """One file of the export: its name, its header row and the rows read through a session."""

    file_name: str
    header: tuple[str, ...]
    rows: Callable[[Session, CareRecord], Iterable[Sequence[Cell]]]


def _labels(session: Session, record: CareRecord) -> dict[str, str]:
    rows = session.scalars(select(TrackedSymptomRow)).all()
    labels = {row.key: to_tracked(row, record).label for row in rows}
    labels.update(weight="Weight", temperature="Temperature")
    return labels


def _symptom_entries(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    labels = _labels(session, record)
    for entry in repositories.stream_symptom_entries(session):
        yield (
            entry.day,
            labels.get(entry.symptom_key, entry.symptom_key),
            entry.severity,
            entry.present,
            entry.note,
            entry.recorded_at,
        )


def _measurements(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    for measurement in repositories.stream_measurements(session):
        yield (
            measurement.day,
            measurement.kind,
            measurement.value,
            measurement.unit,
            measurement.recorded_at,
        )


def _treatments(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    for treatment in repositories.treatments(session):
        yield (
            treatment.name,
            treatment.category,
            treatment.route,
            treatment.start_date,
            treatment.end_date,
            treatment.reason_stopped,
            treatment.notes,
        )


def _doses(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    for treatment in repositories.treatments(session):
        assert treatment.id is not None
        _schedules, doses = schedules_and_doses(session, treatment.id)
        for dose in doses:
            yield (
                treatment.name,
                dose.day,
                dose.time,
                dose.status,
                dose.at,
                dose.reason,
                dose.before,
                dose.ask_after,
                dose.after,
            )


def _appointments(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    for appointment in repositories.appointments(session):
        common = (
            appointment.starts_at,
            appointment.kind,
            appointment.clinician,
            appointment.place,
            appointment.notes,
        )
        if not appointment.questions:
            yield (*common, None, None, None)
        for question in appointment.questions:
            yield (*common, question.text, question.answered, question.answer)


def _receptor_tests(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    for test in repositories.receptor_tests(session):
        yield (
            test.test_date,
            test.sample_kind,
            test.sample_site,
            test.er_percent,
            test.pr_percent,
            test.her2_ihc,
            test.ish,
            test.brca1,
            test.brca2,
            test.pdl1,
            test.trop2,
            test.notes,
        )


def _flags(session: Session, record: CareRecord) -> Iterator[Sequence[Cell]]:
    knowledge = record.knowledge
    for flag in record.flags.evaluate_afresh():  # in English, whatever the window speaks
        sources = "; ".join(knowledge.sources[source].citation() for source in flag.source_ids)
        yield (
            flag.symptom_label,
            flag.level,
            flag.first_day,
            flag.last_day,
            len(flag.days),
            flag.peak,
            flag.message,
            flag.reason.text(),
            sources,
            flag.discussed.discussed_on if flag.discussed else None,
            flag.worse_since_discussed if flag.discussed else None,
        )


TABLES: tuple[CsvTable, ...] = (
    CsvTable(
        "symptom-entries.csv",
        ("Day", "Symptom", "Severity (0-10)", "Happened", "Note", "Recorded at"),
        _symptom_entries,
    ),
    CsvTable(
        "measurements.csv", ("Day", "Measurement", "Value", "Unit", "Recorded at"), _measurements
    ),
    CsvTable(
        "treatments.csv",
        ("Treatment", "Kind", "Taken by", "Started", "Stopped", "Why stopped", "Notes"),
        _treatments,
    ),
    CsvTable(
        "doses.csv",
        (
            "Treatment",
            "Day",
            "Planned time",
            "What happened",
            "Taken at",
            "Reason",
            "Score before",
            "Ask how it helped at",
            "Score after",
        ),
        _doses,
    ),
    CsvTable(
        "appointments.csv",
        ("Starts at", "Kind", "Clinician", "Place", "Notes", "Question", "Answered", "Answer"),
        _appointments,
    ),
    CsvTable(
        "receptor-tests.csv",
        (
            "Test date",
            "Sample",
            "Sample site",
            "ER percent",
            "PR percent",
            "HER2 IHC",
            "ISH",
            "BRCA1",
            "BRCA2",
            "PD-L1",
            "TROP2",
            "Notes",
        ),
        _receptor_tests,
    ),
    CsvTable(
        "flags.csv",
        (
            "Symptom",
            "Level",
            "First day",
            "Last day",
            "Days",
            "Peak",
            "What happened",
            "Why it is worth reporting",
            "Sources",
            "Discussed on",
            "Worse since discussed",
        ),
        _flags,
    ),
)
FILE_NAMES = frozenset(table.file_name for table in TABLES)


@dataclass(frozen=True)
class CsvExportSummary:
    """Where the files went and how many rows each holds (not counting the header)."""

    target: Path
    rows: dict[str, int]

    def describe(self) -> str:
        """What the window and the command line say after the export, in the language in use
        (the files' names stay as written)."""
        # English has no plural table, so its singular is a text of its own (%n picks Spanish's).
        parts = [
            (
                translate("csv_record", "{file} (%n row)", None, count)
                if count == 1
                else translate("csv_record", "{file} (%n rows)", None, count)
            ).format(file=name)
            for name, count in self.rows.items()
        ]
        return translate("csv_record", "Files: {files}.").format(files=", ".join(parts))


def _write_table(table: CsvTable, session: Session, record: CareRecord, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.header)
    count = 0
    # The files are for programs and spreadsheets: headers and values (symptom names, flag
    # sentences, dates) are English in every language (docs/translations.md).
    with in_english():
        for row in table.rows(session, record):
            writer.writerow([cell_text(value) for value in row])
            count += 1
    return count


def is_zip_target(target: Path) -> bool:
    return target.suffix.lower() == ".zip"


def refuse_data_folder(folder: Path, protecting: ProtectedFiles, what: str = WHAT) -> None:
    """The data folder and the folders in it are the app's own: never an export's folder (for
    the CSV files, or the FHIR document's ``fhir_record``)."""
    data_dir = protecting.paths.data_dir.expanduser().resolve()
    resolved = folder.resolve()
    if resolved == data_dir or data_dir in resolved.parents:
        raise OutputRefused(
            folder,
            translate(
                "csv_record",
                "The folder {folder} is where the app keeps your record; please choose another "
                "folder for {what}.",
            ).format(folder=folder, what=translate("paths", what)),
        )


def _prepare_folder(folder: Path, protecting: ProtectedFiles) -> Path:
    """The folder to write into, created if missing; OutputRefused when it cannot be ours."""
    folder = Path(os.path.expanduser(os.fspath(folder))).absolute()
    if folder.exists() and not folder.is_dir():
        check_output_path(folder, protecting, WHAT)  # "this is your record" says more
        raise OutputRefused(
            folder,
            translate(
                "csv_record",
                "{folder} is a file, not a folder; please choose a folder or a name ending in "
                ".zip for {what}.",
            ).format(folder=folder, what=translate("paths", WHAT)),
        )
    refuse_data_folder(folder, protecting)
    if not folder.exists():
        # Checked as a file name first: refuses the record, its companions and the app's folders.
        check_output_path(folder, protecting, WHAT)
        try:
            folder.mkdir(mode=0o700)
        except OSError as error:
            raise OutputRefused(
                folder,
                translate("csv_record", "The folder {folder} could not be made: {reason}.").format(
                    folder=folder, reason=os_reason(error)
                ),
            ) from None
    others = sorted(entry.name for entry in folder.iterdir() if entry.name not in FILE_NAMES)
    if others:
        raise OutputRefused(
            folder,
            translate(
                "csv_record",
                "The folder {folder} holds other files (such as “{name}”); please choose an "
                "empty folder or a new one for {what}.",
            ).format(folder=folder, name=others[0], what=translate("paths", WHAT)),
        )
    return folder


def check_csv_target(target: Path, protecting: ProtectedFiles) -> None:
    """Refuse a target that cannot work before the record is opened (OutputRefused)."""
    if is_zip_target(target):
        check_output_path(target, protecting, WHAT)
        return
    folder = Path(os.path.expanduser(os.fspath(target))).absolute()
    if folder.exists() and not folder.is_dir():
        _prepare_folder(folder, protecting)  # raises the sentence for a file
    if folder.is_dir() or not folder.exists():
        refuse_data_folder(folder, protecting)
    if not folder.exists():
        check_output_path(folder, protecting, WHAT)


def export_csv(record: CareRecord, target: Path) -> CsvExportSummary:
    """Write the record as CSV files into the folder ``target`` or the zip ``target``; raise
    ``OutputRefused`` for a place that cannot be used, OSError for a failed write."""
    protecting = ProtectedFiles(record.path, record.paths)
    rows: dict[str, int] = {}
    if is_zip_target(target):
        with (
            replacing_atomically(target, protecting, WHAT) as temporary,
            zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
            record.reads() as session,
        ):
            for table in TABLES:
                member_info = zipfile.ZipInfo(table.file_name, dt.datetime.now().timetuple()[:6])
                member_info.compress_type = zipfile.ZIP_DEFLATED
                with (
                    archive.open(member_info, "w") as member,
                    io.TextIOWrapper(member, encoding=CSV_ENCODING, newline="") as out,
                ):
                    rows[table.file_name] = _write_table(table, session, record, out)
        return CsvExportSummary(Path(target).expanduser().absolute(), rows)
    folder = _prepare_folder(Path(target), protecting)
    with record.reads() as session:
        for table in TABLES:
            with (
                replacing_atomically(folder / table.file_name, protecting, WHAT) as temporary,
                open(temporary, "w", encoding=CSV_ENCODING, newline="", buffering=1 << 20) as out,
            ):
                rows[table.file_name] = _write_table(table, session, record, out)
    return CsvExportSummary(folder, rows)
