"""``export --format csv``: the record as spreadsheet files, in a folder or a zip, read back
with the ``csv`` module as a spreadsheet would read them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from mbc_tracker.app import main
from mbc_tracker.domain.records import (
    Appointment,
    AppointmentKind,
    AppointmentQuestion,
    MeasurementKind,
    Person,
    Treatment,
    TreatmentCategory,
)
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.csv_record import FILE_NAMES, TABLES, cell_text
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import open_record
from mbc_tracker.storage.orm import MeasurementRow

BOM = b"\xef\xbb\xbf"
DAY = dt.date(2025, 3, 4)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def ann(data_paths: DataPaths) -> DataPaths:
    """Ann's record: two entries whose notes look like formulas, a temperature, a
    treatment and an appointment with a question."""
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"))
        key = record.symptoms.all()[0].key
        record.daylog.add_entry(key, DAY, dt.time(8, 0), severity=3, note="=1+1", now=NOW)
        record.daylog.add_entry(key, DAY, dt.time(9, 0), severity=4, note="@SUM(A1)", now=NOW)
        record.treatments.add(
            Treatment(TreatmentCategory.HORMONE_THERAPY, "Letrozole", DAY), today=DAY
        )
        record.appointments.add(
            Appointment(
                dt.datetime(2025, 3, 10, 9, 30),
                AppointmentKind.ONCOLOGY_VISIT,
                clinician="Dr Hart",
                questions=(AppointmentQuestion("Is the rash from the tablets?"),),
            ),
            now=NOW,
        )
        with record.sessions.begin() as session:
            session.add(
                MeasurementRow(
                    kind=MeasurementKind.TEMPERATURE.value,
                    day=DAY,
                    recorded_at=dt.datetime.combine(DAY, dt.time(7, 0)),
                    value=38.2,
                    unit="C",
                )
            )
    finally:
        record.close()
    return data_paths


NOW = dt.datetime(2025, 3, 5, 12, 0)


def read_table(raw: bytes) -> list[list[str]]:
    assert raw.startswith(BOM)
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_a_folder_gets_one_file_per_kind_with_plain_headers(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    out_folder = tmp_path / "for the spreadsheet"
    code, out, err = run(
        capsys, "--data-dir", str(ann.data_dir), "export", "--format", "csv", str(out_folder)
    )
    assert (code, err) == (0, "")
    assert f"to {out_folder}" in out and "symptom-entries.csv (2 rows)" in out
    assert {file.name for file in out_folder.iterdir()} == FILE_NAMES
    for table in TABLES:
        file = out_folder / table.file_name
        assert file.stat().st_mode & 0o777 == 0o600
        rows = read_table(file.read_bytes())
        assert tuple(rows[0]) == table.header
    entries = read_table((out_folder / "symptom-entries.csv").read_bytes())
    assert [row[4] for row in entries[1:]] == ["'=1+1", "'@SUM(A1)"]
    assert entries[1][0] == "2025-03-04" and entries[1][2] == "3"
    assert entries[1][5] == "2025-03-04T08:00"
    measurements = (out_folder / "measurements.csv").read_bytes().decode("utf-8-sig")
    assert "\r\n2025-03-04,temperature,38.2,C,2025-03-04T07:00\r\n" in measurements
    appointments = read_table((out_folder / "appointments.csv").read_bytes())
    assert appointments[1][:3] == ["2025-03-10T09:30", "oncology visit", "Dr Hart"]
    assert appointments[1][5:7] == ["Is the rash from the tablets?", "no"]
    treatments = read_table((out_folder / "treatments.csv").read_bytes())
    assert treatments[1][:4] == ["Letrozole", "hormone therapy", "", "2025-03-04"]
    # Exporting again into the same folder replaces our own files.
    code, _, err = run(
        capsys, "--data-dir", str(ann.data_dir), "export", "--format", "csv", str(out_folder)
    )
    assert (code, err) == (0, "")


def test_a_zip_holds_the_same_files(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "ann.zip"
    code, _, err = run(
        capsys, "--data-dir", str(ann.data_dir), "export", "--format", "csv", str(target)
    )
    assert (code, err) == (0, "")
    assert target.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(target) as archive:
        assert set(archive.namelist()) == FILE_NAMES
        entries = read_table(archive.read("symptom-entries.csv"))
    assert entries[0][:2] == ["Day", "Symptom"]
    assert entries[1][4] == "'=1+1"
    assert [path.name for path in tmp_path.iterdir()] == ["ann.zip", "data"]


def test_json_stays_the_default(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    target = tmp_path / "ann.json"
    code, _, err = run(capsys, "--data-dir", str(ann.data_dir), "export", str(target))
    assert (code, err) == (0, "")
    assert target.read_text(encoding="utf-8").startswith('{\n  "format"')


def test_a_bad_place_is_one_sentence_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], ann: DataPaths, tmp_path: Path
) -> None:
    common = ("--data-dir", str(ann.data_dir), "export", "--format", "csv")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "taxes.ods").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, *common, str(busy))
    assert code == 1
    assert "holds other files (such as “taxes.ods”)" in err and err.count("\n") == 1
    assert [path.name for path in busy.iterdir()] == ["taxes.ods"]
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, *common, str(a_file))
    assert code == 1 and "is a file, not a folder" in err
    assert a_file.read_text(encoding="utf-8") == "mine"
    code, _, err = run(capsys, *common, str(ann.default_record))
    assert code == 1 and "is your record itself" in err
    code, _, err = run(capsys, *common, str(tmp_path / "missing" / "deeper"))
    assert code == 1 and err.count("\n") == 1
    assert not (tmp_path / "missing").exists()
    for app_folder in (ann.data_dir, ann.logs_dir, ann.data_dir / "new"):
        code, _, err = run(capsys, *common, str(app_folder))
        assert code == 1 and "is where the app keeps your record" in err
    assert not (ann.data_dir / "new").exists()
    code, _, err = run(capsys, *common, str(ann.backups_dir / "copy.zip"))
    assert code == 1 and "backups" in err


def test_cells_keep_numbers_and_neutralise_formulas() -> None:
    # The record stores no negative number today; one must still reach the sheet as a number.
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cell_text(-3.5), cell_text("-3.5"), cell_text("=1+1")])
    assert buffer.getvalue() == "-3.5,'-3.5,'=1+1\r\n"
    assert cell_text(-3.5) == -3.5
    assert cell_text(4) == 4
    assert cell_text("-see above") == "'-see above"
    assert cell_text("+44 20 7946") == "'+44 20 7946"
    assert cell_text("\tx") == "'\tx"
    assert cell_text("plain") == "plain"
    assert cell_text(True) == "yes" and cell_text(None) == ""
    assert cell_text(dt.date(2025, 1, 2)) == "2025-01-02"


def test_doses_keep_their_scores_and_when_to_ask_how_it_helped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "demo").ensure()
    write_demo_record(paths, years=1, today=dt.date(2026, 11, 30)).close()
    out_folder = tmp_path / "out"
    code, _, err = run(
        capsys, "--data-dir", str(paths.data_dir), "export", "--format", "csv", str(out_folder)
    )
    assert (code, err) == (0, "")
    doses = read_table((out_folder / "doses.csv").read_bytes())
    header, rows = doses[0], doses[1:]
    assert header[6:9] == ["Score before", "Ask how it helped at", "Score after"]
    with_relief = [row for row in rows if row[6] and row[8]]
    assert with_relief, "the demo's as-needed doses carry scores before and after"
    for row in with_relief:
        taken_at, ask_at = dt.datetime.fromisoformat(row[4]), dt.datetime.fromisoformat(row[7])
        assert ask_at > taken_at
        assert 0 <= int(row[6]) <= 10 and 0 <= int(row[8]) <= 10
    statuses = {row[3] for row in rows}
    assert {"taken", "skipped"} <= statuses


def test_flags_are_written_in_english_even_when_the_window_cached_them_in_spanish(
    tmp_path: Path,
) -> None:
    from mbc_tracker.paths import resource_dir
    from mbc_tracker.services import language
    from mbc_tracker.services.csv_record import export_csv

    paths = DataPaths(tmp_path / "demo").ensure()
    write_demo_record(paths, years=1, today=dt.date(2026, 11, 30)).close()
    language.activate("es", resource_dir("resources") / "translations")
    record = open_record(paths.default_record, paths)
    try:
        spanish = record.flags.evaluate()  # the window's cache, built in Spanish
        assert spanish and "Esta aplicación" in spanish[0].message
        export_csv(record, tmp_path / "out.zip")
    finally:
        record.close()
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        flags = read_table(archive.read("flags.csv"))
    messages = [row[6] for row in flags[1:]]
    assert messages and any("This app" in message for message in messages)
    assert not any("Esta aplicación" in message or " días " in message for message in messages)
