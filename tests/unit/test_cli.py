"""The command line as a person uses it: ``demo``, ``export`` and ``import`` with ``--data-dir``.

Each verb is run through ``mbc_tracker.app.main`` (and two through a real subprocess); a problem
gives one plain message on stderr, exit code 1 and no traceback, and leaves the record as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mbc_tracker import __version__
from mbc_tracker.app import main
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DEFAULT_RECORD_NAME, DataPaths
from mbc_tracker.services.record import open_record
from mbc_tracker.services.transfer import FORMAT_VERSION


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a one-year demo record, written once through the command line."""
    folder = tmp_path_factory.mktemp("cli-demo")
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture(scope="module")
def demo_export(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    file = tmp_path_factory.mktemp("cli-export") / "maria.json"
    assert main(["--data-dir", str(demo_folder), "export", str(file)]) == 0
    return file


def record_content(file: Path) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))["record"]
    return content


def test_demo_says_where_it_wrote_and_how_to_open_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "demo")

    assert code == 0, err
    assert f"to {tmp_path / DEFAULT_RECORD_NAME}" in out
    assert f"Open it with: mbc-tracker --data-dir {tmp_path}" in out
    assert (tmp_path / DEFAULT_RECORD_NAME).exists()


def test_demo_refuses_to_overwrite_a_record(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, demo_export: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(demo_folder), "demo", "--years", "2")

    assert code == 1
    assert "no demo was written" in err and "--data-dir" in err
    assert "Traceback" not in err and out == ""
    after = tmp_path / "after.json"
    assert run(capsys, "--data-dir", str(demo_folder), "export", str(after))[0] == 0
    assert record_content(after) == record_content(demo_export)


@pytest.mark.parametrize("years", ["0", "-3", "31"])
def test_demo_years_out_of_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, years: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "demo", "--years", years)

    assert code == 2
    assert "--years" in err
    assert not (tmp_path / DEFAULT_RECORD_NAME).exists()


def test_export_then_import_into_a_new_folder_gives_the_same_record(
    capsys: pytest.CaptureFixture[str], demo_export: Path, tmp_path: Path
) -> None:
    new_folder = tmp_path / "new"

    code, out, err = run(capsys, "--data-dir", str(new_folder), "import", str(demo_export))

    assert code == 0, err
    assert "Maria Demo's record" in out
    again = tmp_path / "again.json"
    code, out, _ = run(capsys, "--data-dir", str(new_folder), "export", str(again))
    assert code == 0
    assert f"Exported to {again}." in out
    assert record_content(again) == record_content(demo_export)


def test_import_into_a_folder_with_a_record_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_export: Path, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path).ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"))
    record.close()
    before = tmp_path / "before.json"
    run(capsys, "--data-dir", str(tmp_path), "export", str(before))

    code, out, err = run(capsys, "--data-dir", str(tmp_path), "import", str(demo_export))

    assert code == 1 and out == ""
    assert "already holds data" in err and "--data-dir NEW_FOLDER" in err
    after = tmp_path / "after.json"
    run(capsys, "--data-dir", str(tmp_path), "export", str(after))
    assert record_content(after) == record_content(before)


def change_first_entry(document: dict[str, Any], field: str, value: Any) -> None:
    entries = document["record"]["symptom_entries"]
    index = next(i for i, entry in enumerate(entries) if entry["severity"] is not None)
    entries[index][field] = value


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("severity 11", "is outside the scale"),
        ("future day", "This date is in the future"),
        ("weight 900 kg", "A weight of 900 kg looks like a typing mistake"),
        ("truncated", "The file ends too early"),
        ("newer version", "made by a newer version of MBC Care Tracker"),
    ],
)
def test_a_bad_file_gives_its_message_and_leaves_no_record_behind(
    capsys: pytest.CaptureFixture[str], demo_export: Path, tmp_path: Path, case: str, expected: str
) -> None:
    document = json.loads(demo_export.read_text(encoding="utf-8"))
    if case == "severity 11":
        change_first_entry(document, "severity", 11)
    elif case == "future day":
        change_first_entry(document, "day", "2999-01-01")
    elif case == "weight 900 kg":
        weights = [m for m in document["record"]["measurements"] if m["kind"] == "weight"]
        weights[0]["value"] = 900
    elif case == "newer version":
        document["format_version"] = FORMAT_VERSION + 1
    text = json.dumps(document, ensure_ascii=False)
    if case == "truncated":
        text = text[: len(text) * 2 // 3]
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    folder = tmp_path / "new"

    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(bad))

    assert code == 1 and out == ""
    assert err.startswith(f"Nothing was imported from {bad}; the record is unchanged.")
    assert expected in err
    assert "Traceback" not in err
    assert not (folder / DEFAULT_RECORD_NAME).exists()


def test_export_with_no_record_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "empty"), "export", str(tmp_path / "x.json")
    )

    assert code == 1
    assert "There is no record in" in err
    assert not (tmp_path / "x.json").exists()


def test_export_into_a_missing_folder_says_so(
    capsys: pytest.CaptureFixture[str], demo_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "out.json"

    code, _, err = run(capsys, "--data-dir", str(demo_folder), "export", str(target))

    assert code == 1
    assert f"The folder {target.parent} does not exist" in err


def test_a_file_that_is_not_a_record_is_reported_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / DEFAULT_RECORD_NAME).write_text("my shopping list", encoding="utf-8")

    code, _, err = run(capsys, "--data-dir", str(tmp_path), "export", str(tmp_path / "x.json"))

    assert code == 1
    assert "is not an MBC Care Tracker record" in err
    assert (tmp_path / DEFAULT_RECORD_NAME).read_text(encoding="utf-8") == "my shopping list"


def test_a_missing_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export"])

    assert exited.value.code == 2
    assert "OUT" in capsys.readouterr().err


def subprocess_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["MBC_TRACKER_DATA_DIR"] = str(tmp_path / "env-default")  # never a real home folder
    return env


def test_python_m_prints_the_version(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(tmp_path),
        check=False,
    )

    assert result.returncode == 0
    assert result.stdout.strip() == f"mbc-tracker {__version__}"


def test_demo_runs_as_a_real_process(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(folder), "demo", "--years", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(tmp_path),
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "Wrote a demo record for Maria Demo" in result.stdout
    assert (folder / DEFAULT_RECORD_NAME).exists()
    assert not (tmp_path / "env-default").exists()


def test_output_piped_into_a_reader_that_stops_early_is_an_ordinary_end(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data), "demo", "--years", "1"],
        check=True,
        capture_output=True,
    )
    # `agenda | head -0`: the reader has gone before the first line is written.
    agenda = subprocess.Popen(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data), "agenda", "--days", "366"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert agenda.stdout is not None and agenda.stderr is not None
    agenda.stdout.close()
    error = agenda.stderr.read().decode()
    assert agenda.wait(timeout=60) == 141
    assert error == ""
    logs = data / "logs"
    assert not logs.exists() or not list(logs.iterdir())  # nothing logged as a failure
