"""The command line in Spanish (``--language es``), run through ``mbc_tracker.app.main``.

What a person reads is Spanish: ``--help`` (argparse's own headings too), a refused output file,
a data folder that cannot be used, the agenda's kind and status words, the confirmation of a
written summary. What a program reads is not: ``agenda --json`` is byte for byte the English
one, option names and metavars are as typed. The conftest hands the process back in English
after each test, so the other CLI tests keep comparing English text.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from mbc_tracker.app import main
from mbc_tracker.cli_protection import PASSPHRASE_FILE_ENV
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    Person,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.domain.schedules import DoseRecord, DoseStatus, Schedule, ScheduleKind
from mbc_tracker.paths import DataPaths, resource_dir
from mbc_tracker.services.csv_record import TABLES
from mbc_tracker.services.record import open_record

FIRST = dt.date(2025, 3, 10)
SECOND = FIRST + dt.timedelta(days=1)
EIGHT = dt.time(8, 0)
CONTEXTS = ("app", "cli", "cli_agenda", "cli_protection", "paths", "files")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit:  # --help, and argparse's own refusals
        code = int(exit.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps the help to the terminal's width


@pytest.fixture
def folder(data_paths: DataPaths) -> DataPaths:
    """A record with a daily 08:00 medicine (taken on the first day), a logged first day and an
    oncology visit on the second with one question still to ask; the days are in the past."""
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"))
        treatment = record.treatments.add(
            Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", dt.date(2025, 1, 6)),
            today=FIRST,
        )
        assert treatment.id is not None
        record.medicines.set_schedule(
            treatment.id,
            Schedule(
                ScheduleKind.DAILY, dt.date(2025, 1, 6), times=(EIGHT,), dose="2.5", unit="mg"
            ),
        )
        record.medicines.record_dose(
            treatment.id,
            DoseRecord(FIRST, EIGHT, DoseStatus.TAKEN, dt.datetime.combine(FIRST, EIGHT)),
        )
        record.daylog.save_day(DayLog(FIRST, note="Tired but fine."), today=FIRST)
        record.appointments.add(
            Appointment(
                starts_at=dt.datetime.combine(SECOND, dt.time(10, 30)),
                kind=AppointmentKind.ONCOLOGY_VISIT,
                clinician="Dr Rivera",
                questions=(AppointmentQuestion("Can I travel in May?"),),
            ),
            upcoming=None,
        )
    finally:
        record.close()
    return data_paths


def test_the_help_is_spanish_with_the_options_as_they_are_typed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--language", "es", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("uso: mbc-tracker [-h] [--language {system,en,es}] [--data-dir DIR]")
    assert "un registro privado de síntomas, tratamientos y citas" in out
    assert "\nargumentos posicionales:\n" in out and "\nopciones:\n" in out
    assert "muestra esta ayuda y termina" in out
    assert "--passphrase-file FILE" in out and "frase de contraseña" in out
    assert "escribe el resumen para la consulta de su oncólogo en un PDF" in " ".join(out.split())
    for english in ("usage:", "options:", "show this help", "the record", "your care team"):
        assert english not in out


def test_without_a_language_the_help_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert out.startswith("usage: mbc-tracker [-h]")
    assert "\noptions:\n" in out and "show this help message and exit" in out


def test_the_help_of_export_is_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--language", "es", "export", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("uso: mbc-tracker export [-h] [--format {json,csv,fhir}] OUT")
    flat = " ".join(out.split())
    assert "OUT FILE.json o, para csv, una carpeta o FILE.zip" in flat
    assert "json: un solo archivo que se puede volver a importar (por defecto)" in flat


def test_a_wrong_option_is_refused_with_the_spanish_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--language", "es", "report")
    assert (code, out) == (2, "")
    assert err.startswith("uso: mbc-tracker report")
    assert err.endswith("\nmbc-tracker report: error: faltan estos argumentos: -o/--output\n")
    code, out, err = run(capsys, "--language", "es", "demo", "--years", "x")
    assert err.endswith(
        "\nmbc-tracker demo: error: argumento --years: 'x' no es un número entero\n"
    )
    assert "Traceback" not in err


def test_argparse_sentences_stay_argparse_s_own_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "report")
    assert (code, out) == (2, "")
    assert err.endswith(
        "\nmbc-tracker report: error: the following arguments are required: -o/--output\n"
    )


def test_a_refused_export_is_one_spanish_sentence_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    before = folder.default_record.read_bytes()
    code, out, err = run(
        capsys,
        "--language",
        "es",
        "--data-dir",
        str(folder.data_dir),
        "export",
        str(folder.default_record),
    )
    assert (code, out) == (1, "")
    assert err == (
        f"«{folder.default_record.name}» es su propio registro; "
        "elija otro nombre para la exportación.\n"
    )
    assert folder.default_record.read_bytes() == before


def test_a_refused_summary_names_the_missing_folder_in_spanish(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], folder: DataPaths, tmp_path: Path
) -> None:
    # pytest-qt's QApplication first: the report would otherwise make a QGuiApplication, and a
    # window test later in this process could not be built.
    missing = tmp_path / "no such folder"
    code, out, err = run(
        capsys,
        "--language",
        "es",
        "--data-dir",
        str(folder.data_dir),
        "report",
        "-o",
        str(missing / "resumen.pdf"),
    )
    assert (code, out) == (1, "")
    assert err == (
        f"La carpeta {missing} no existe; créela primero o elija otra carpeta para el resumen.\n"
    )
    assert "Traceback" not in err


def test_a_data_folder_that_is_a_file_is_said_in_spanish(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    code, out, err = run(
        capsys, "--language", "es", "--data-dir", str(folder.default_record), "flags"
    )
    assert (code, out) == (1, "")
    assert err == (
        f"{folder.default_record} es un archivo, no una carpeta. Indique una carpeta para el "
        "registro, por ejemplo el nombre de una carpeta nueva.\n"
    )


def test_the_agenda_speaks_spanish_and_keeps_its_columns(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    code, out, err = run(
        capsys,
        "--language",
        "es",
        "--data-dir",
        str(folder.data_dir),
        "agenda",
        "--from",
        "2025-03-10",
        "--days",
        "2",
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "lunes, 10 de marzo de 2025"
    assert "martes, 11 de marzo de 2025" in lines
    dose = next(line for line in lines if "Letrozole" in line and "(tomada)" in line)
    visit = next(line for line in lines if "Cita" in line)
    check_in = next(line for line in lines if "Anotación del día" in line)
    assert "Dosis" in dose and visit.endswith("(pasada)") and check_in.endswith("(anotada)")
    assert any(line.endswith("(sin anotar)") and "Dosis" in line for line in lines)
    # The titles start in one column, however long the Spanish kind words are.
    # (The titles are the reminders' own words, translated elsewhere: only their column counts.)
    column = dose.index("Letrozole")
    for line in (visit, check_in):
        assert line[column - 2 : column] == "  " and line[column] != " "
    questions = lines[lines.index(visit) + 1]
    assert questions.strip() == "Preguntas para hacer:"
    assert lines[lines.index(visit) + 2].strip() == "- Can I travel in May?"
    for english in ("Dose ", "Appointment", "Check-in", "(taken)", "(passed)", "Questions"):
        assert english not in out


def test_the_agenda_json_is_the_same_bytes_in_spanish_and_english(
    capsysbinary: pytest.CaptureFixture[bytes], folder: DataPaths
) -> None:
    outputs = []
    for language in ("en", "es"):
        code = main(
            [
                "--language",
                language,
                "--data-dir",
                str(folder.data_dir),
                "agenda",
                "--from",
                "2025-03-10",
                "--days",
                "2",
                "--json",
            ]
        )
        captured = capsysbinary.readouterr()
        assert (code, captured.err) == (0, b"")
        outputs.append(captured.out)
    english, spanish = outputs
    assert spanish == english
    items = json.loads(spanish)
    assert {item["kind"] for item in items} == {"dose", "appointment", "check_in"}
    assert {item["status"] for item in items} >= {"taken", "passed", "logged"}


def test_the_summary_is_written_with_language_es_and_confirmed_in_spanish(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], folder: DataPaths, tmp_path: Path
) -> None:
    # pytest-qt's QApplication first: the report would otherwise make a QGuiApplication, and a
    # window test later in this process could not be built.
    output = tmp_path / "resumen.pdf"
    code, out, err = run(
        capsys,
        "--language",
        "es",
        "--data-dir",
        str(folder.data_dir),
        "report",
        "--from",
        "2025-03-01",
        "--to",
        "2025-03-11",
        "-o",
        str(output),
    )
    assert (code, err) == (0, "")
    assert output.read_bytes().startswith(b"%PDF")
    first, second = out.splitlines()
    assert first.startswith("Se ha escrito un resumen para la consulta de ")
    assert "1–11 de marzo de 2025" in first and first.endswith(f" en {output}.")
    assert ("de 1 página," in first) or ("páginas," in first)
    assert second == "El archivo contiene datos de salud privados: guárdelo en un lugar seguro."


def test_a_spanish_answer_confirms_removing_the_protection() -> None:
    from mbc_tracker.cli_protection import _yes_answers
    from mbc_tracker.services.language import start_in_language

    assert _yes_answers() == {"y", "yes"}
    start_in_language(None, "es")
    assert {"s", "sí", "si", "y", "yes"} <= _yes_answers()
    assert "n" not in _yes_answers() and "no" not in _yes_answers()


def test_every_text_of_the_command_line_has_its_spanish() -> None:
    """lupdate finds the command line's texts; none of them may be left unfinished."""
    root = ElementTree.parse(resource_dir("resources") / "translations/mbc_tracker_es.ts")
    found: dict[str, int] = {}
    for context in root.getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, (name, message.findtext("source"))
            found[name] = found.get(name, 0) + 1
    assert set(found) == set(CONTEXTS)
    assert found["cli"] > 50 and found["paths"] > 30 and found["app"] > 30


def test_the_flags_json_is_the_same_bytes_in_spanish_and_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo", "--years", "1")[0] == 0
    outputs = []
    for language in ("en", "es"):
        code, out, err = run(capsys, "--language", language, "--data-dir", data, "flags", "--json")
        assert (code, err) == (0, "")
        outputs.append(out)
    english, spanish = outputs
    assert spanish == english
    code, text, _ = run(capsys, "--language", "es", "--data-dir", data, "flags")
    assert code == 0 and "Esta aplicación no sustituye" in text


def _without_export_time(text: str, exported: tuple[str, ...]) -> str:
    """The export's own moment (and the FHIR document's id, made from it) blanked out."""
    for moment in exported:
        text = text.replace(moment, "WHEN")
    return text


def test_the_exports_are_the_same_in_spanish_and_english_but_what_is_said_about_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The JSON export, the CSV files and the FHIR document are read by programs (and imported
    # again): symptom names, flag sentences and section texts stay English in every language.
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo", "--years", "1")[0] == 0
    said = {}
    for language in ("en", "es"):
        out = tmp_path / language
        out.mkdir()
        said[language] = ""
        for argv in (
            ("export", str(out / "record.json")),
            ("export", "--format", "csv", str(out / "csv")),
            ("export", "--format", "fhir", str(out / "record.fhir.json")),
        ):
            code, text, err = run(capsys, "--language", language, "--data-dir", data, *argv)
            assert (code, err) == (0, "")
            said[language] += text
    for name in (
        "record.json",
        "record.fhir.json",
        *(f"csv/{table.file_name}" for table in TABLES),
    ):
        english = (tmp_path / "en" / name).read_text(encoding="utf-8")
        spanish = (tmp_path / "es" / name).read_text(encoding="utf-8")
        if name.endswith("json"):
            first, second = json.loads(english), json.loads(spanish)
            times = tuple(
                str(value)
                for document in (first, second)
                for value in (
                    document.get("exported_at"),
                    document.get("timestamp"),
                    document.get("identifier", {}).get("value"),
                )
                if value
            )
            english, spanish = (_without_export_time(t, times) for t in (english, spanish))
        assert spanish == english, name
    assert "Bone pain" in (tmp_path / "es" / "csv" / "symptom-entries.csv").read_text("utf-8")
    assert "Dolor de huesos" not in (tmp_path / "es" / "record.fhir.json").read_text("utf-8")
    # What the person reads about them is Spanish, the CSV's list of files and rows included.
    assert "Files:" not in said["es"] and "rows)" not in said["es"]
    assert "Archivos:" in said["es"] and "filas)" in said["es"]
    assert "Files: symptom-entries.csv (" in said["en"]


def test_a_refused_csv_folder_is_said_in_spanish(
    capsys: pytest.CaptureFixture[str],
    folder: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The system's reason ("Permission denied") is English: the sentence around it is not.
    refused = tmp_path / "not-allowed"
    real_mkdir = Path.mkdir

    def mkdir(path: Path, *args: Any, **kwargs: Any) -> None:
        if path == refused:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    crowded = tmp_path / "crowded"
    crowded.mkdir()
    (crowded / "holiday.txt").write_text("", encoding="utf-8")
    a_file = tmp_path / "a-file"
    a_file.write_text("", encoding="utf-8")
    said = {}
    for case, target in (
        ("crowded", crowded),
        ("a file", a_file),
        ("not allowed", refused),
    ):
        code, out, err = run(
            capsys, "--language", "es", "--data-dir", str(folder.data_dir), "export",
            "--format", "csv", str(target),
        )  # fmt: skip
        assert (code, out) == (1, ""), case
        said[case] = err
    assert "contiene otros archivos (como «holiday.txt»)" in said["crowded"]
    assert "es un archivo, no una carpeta" in said["a file"]
    assert "No se pudo crear la carpeta" in said["not allowed"]
    assert said["not allowed"].endswith(": Permiso denegado.\n")
    for text in said.values():
        words = text.replace(str(tmp_path), "")
        assert "folder" not in words and "please" not in words and "Permission" not in words


def test_the_language_may_be_typed_in_capitals(
    capsys: pytest.CaptureFixture[str], folder: DataPaths
) -> None:
    code, out, err = run(
        capsys, "--language", "ES", "--data-dir", str(folder.data_dir), "agenda",
        "--from", "2025-03-10", "--days", "1",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("lunes, 10 de marzo de 2025")
