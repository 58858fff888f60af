"""With Spanish chosen, what the layers below the window say comes out in Spanish.

The errors a service gives by a field, the record's own refusals, an import's summary and the
reminder titles are made in services, domain and storage, not in the window: this checks they
read the shipped translation (``resources/translations/mbc_tracker_es.ts``) and still speak
English once English is chosen again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from mbc_tracker import paths
from mbc_tracker.domain.daylog import parse_number
from mbc_tracker.domain.errors import RecordBusy
from mbc_tracker.domain.records import Appointment, AppointmentKind, CareTeamContact
from mbc_tracker.domain.reminders import DayInputs, ReminderMarks, ReminderSettings, due_reminders
from mbc_tracker.services import fhir_record, language
from mbc_tracker.services.appointments import appointment_problems
from mbc_tracker.services.care_team import validate_contact
from mbc_tracker.services.csv_record import CsvExportSummary, refuse_data_folder
from mbc_tracker.services.transfer import ImportSummary

NOW = dt.datetime(2026, 11, 3, 21, 0)


@pytest.fixture
def spanish() -> Iterator[None]:
    language.activate("es", paths.resource_dir("resources") / "translations")
    try:
        yield
    finally:
        language.activate("en", paths.resource_dir("resources") / "translations")


def _reminder_titles() -> list[str]:
    blood_test = Appointment(
        starts_at=dt.datetime(2026, 11, 4, 10, 0),
        kind=AppointmentKind.BLOOD_TEST,
        clinician="Dr Rao",
    )
    due = due_reminders(
        DayInputs(day=NOW.date()), [blood_test], ReminderSettings(), ReminderMarks(), NOW
    )
    return [reminder.title for reminder in due]


def _field_errors() -> dict[str, str]:
    problems = appointment_problems(NOW - dt.timedelta(days=1), None, now=NOW, upcoming=True)
    problems.update(validate_contact(CareTeamContact(name="", phone="abc")))
    return problems


def _summary() -> str:
    summary = ImportSummary(
        file=Path("export.json"),
        person_name="Maria",
        symptom_entries=1,
        measurements=3,
        treatments=2,
        appointments=1,
        day_notes=0,
        first_day=dt.date(2026, 11, 3),
        last_day=dt.date(2026, 11, 3),
    )
    return summary.describe()


def test_reminder_titles_in_spanish(spanish: None) -> None:
    assert _reminder_titles() == [
        "Mañana a las 10:00: Análisis de sangre con Dr Rao",
        "Anotación del día: ¿qué tal ha ido hoy?",
    ]


def test_field_errors_in_spanish(spanish: None) -> None:
    problems = _field_errors()
    assert problems["starts_at"] == (
        "Esta fecha y hora ya han pasado. Añádala en Citas pasadas o cambie la fecha."
    )
    assert problems["kind"] == "Elija qué tipo de cita es."
    assert problems["name"].startswith("Escriba un nombre")
    assert problems["phone"].startswith("Un número de teléfono solo puede tener cifras")
    with pytest.raises(ValueError) as refused:
        parse_number("doce")
    assert str(refused.value) == "«doce» no es un número. Escriba solo cifras."


def test_record_messages_and_counts_in_spanish(spanish: None) -> None:
    assert RecordBusy().message.startswith("El registro está ocupado")
    # Plural forms chosen by the count: one entry, three measurements, no day notes.
    assert _summary() == (
        "Registro de Maria: 1 anotación de síntomas, 3 mediciones, 0 notas del día, "
        "2 tratamientos y 1 cita, el 3 de noviembre de 2026."
    )


def _csv_summary() -> str:
    rows = {"symptoms.csv": 1, "measurements.csv": 3, "day_notes.csv": 0}
    return CsvExportSummary(Path("export.zip"), rows).describe()


def test_a_csv_export_s_summary_in_spanish_keeps_the_file_names(spanish: None) -> None:
    assert _csv_summary() == (
        "Archivos: symptoms.csv (1 fila), measurements.csv (3 filas), day_notes.csv (0 filas)."
    )


def test_an_export_refused_in_the_data_folder_says_so_in_spanish(
    spanish: None, tmp_path: Path
) -> None:
    data = paths.data_paths(tmp_path / "data")
    protecting = paths.ProtectedFiles(data.default_record, data)
    with pytest.raises(paths.OutputRefused) as refused:
        refuse_data_folder(data.data_dir, protecting, fhir_record.WHAT)
    assert refused.value.message == (
        f"En la carpeta {data.data_dir} la aplicación guarda su registro; elija otra carpeta "
        "para el documento FHIR."
    )


def test_english_again_after_spanish(spanish: None) -> None:
    language.activate("en", paths.resource_dir("resources") / "translations")
    assert _reminder_titles() == [
        "At 10:00 tomorrow: Blood test with Dr Rao",
        "Daily check-in: how was today?",
    ]
    assert _field_errors()["kind"] == "Please choose what kind of appointment this is."
    assert _summary() == (
        "Maria's record: 1 symptom entry, 3 measurements, 0 day notes, 2 treatments and "
        "1 appointment, on 3 November 2026."
    )
    assert _csv_summary() == (
        "Files: symptoms.csv (1 row), measurements.csv (3 rows), day_notes.csv (0 rows)."
    )
