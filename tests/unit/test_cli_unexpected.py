"""The command line never answers an unexpected error with a traceback.

A real one is provoked in a real process: the record's database refuses the demo's rows (a
trigger, as a broken disk would), so ``mbc-tracker demo`` fails inside SQLAlchemy with a message
that quotes the demo person's name. The person reads one sentence and gets exit code 1; the
details, without the name, are in the data folder's diagnostic log. ``MBC_TRACKER_DEBUG=1``
adds the traceback for developers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from database_refusal import refuse_new_rows

from mbc_tracker import cli
from mbc_tracker.app import main
from mbc_tracker.diagnostics import DEBUG_ENV
from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

DEMO_PERSON = "Maria"  # the demo record's person is called Maria ...


@pytest.fixture
def refusing_folder(tmp_path: Path) -> Path:
    """A data folder whose (empty) record refuses every new person."""
    paths = DataPaths(tmp_path / "data").ensure()
    open_record(paths.default_record, paths).close()
    refuse_new_rows(paths.default_record, "person")
    return paths.data_dir


def run_demo(data_dir: Path, debug: bool = False) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != DEBUG_ENV}
    if debug:
        environment[DEBUG_ENV] = "1"
    return subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data_dir), "demo"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_unexpected_error_is_one_sentence_and_exit_code_1(refusing_folder: Path) -> None:
    result = run_demo(refusing_folder)

    assert result.returncode == 1
    assert result.stdout == ""
    log_file = refusing_folder / "logs" / "diagnostic.log"
    assert result.stderr == (
        "Something unexpected went wrong, so nothing was changed. Details for a support "
        f"request are in {log_file}.\n"
    )
    written = log_file.read_text(encoding="utf-8")
    assert "Unexpected error in “demo”" in written
    assert "sqlalchemy.exc.IntegrityError" in written and "SQLITE_CONSTRAINT_TRIGGER" in written
    assert DEMO_PERSON not in written and "INSERT" not in written


def test_the_record_is_left_as_it_was(refusing_folder: Path) -> None:
    run_demo(refusing_folder)

    paths = DataPaths(refusing_folder)
    record = open_record(paths.default_record, paths)
    try:
        assert record.person.get() is None
    finally:
        record.close()


def test_developers_see_the_traceback_with_mbc_tracker_debug(refusing_folder: Path) -> None:
    result = run_demo(refusing_folder, debug=True)

    assert result.returncode == 1
    assert result.stderr.startswith("Something unexpected went wrong, so nothing was changed.")
    assert "Traceback (most recent call last)" in result.stderr
    assert "IntegrityError" in result.stderr


def test_a_command_that_saved_before_failing_does_not_say_nothing_was_changed(
    capsys: pytest.CaptureFixture[str],
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_record(data_paths.default_record, data_paths).close()

    def save_then_fail(paths: DataPaths, **_options: object) -> int:
        record = open_record(paths.default_record, paths)
        try:
            record.person.save(Person(name="Ann Example"))
        finally:
            record.close()
        raise RuntimeError("Ann Example")

    monkeypatch.setattr(cli, "_flags", save_then_fail)

    code = main(["--data-dir", str(data_paths.data_dir), "flags"])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(
        "Something unexpected went wrong before the command finished; part of its work may "
        "already have been saved. Details for a support request are in "
    )
    assert err.count("\n") == 1 and "Ann Example" not in err


def test_without_a_data_folder_nothing_is_created_to_hold_a_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_export(*_args: object) -> int:
        raise KeyError("Ann Example")

    monkeypatch.setattr(cli, "_export", broken_export)
    missing = tmp_path / "nowhere"

    code = main(["--data-dir", str(missing), "export", str(tmp_path / "out.json")])

    assert code == 1
    assert capsys.readouterr().err == (
        "Something unexpected went wrong, so nothing was changed. To see the details, run the "
        "command again with MBC_TRACKER_DEBUG=1.\n"
    )
    assert not missing.exists()
