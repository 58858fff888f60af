"""A data folder the app cannot use is one sentence on the command line, never a traceback.

``--data-dir ""``, a file, a folder inside a file, or a folder of another user account: each is
refused before anything is opened or created, with exit code 2 for a wrong use of the option and
1 for a folder that cannot be used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mbc_tracker.paths import DATA_DIR_ENV


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    return subprocess.run(
        [sys.executable, "-m", "mbc_tracker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_an_empty_data_folder_name_is_a_wrong_use(tmp_path: Path) -> None:
    result = run("--data-dir", "", "flags")

    assert result.returncode == 2
    assert one_sentence(result) == (
        "--data-dir: please give the name of a folder; an empty name was given."
    )


@pytest.mark.parametrize("verb", [["flags"], ["import", "x.json"], ["demo"]])
def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path, verb: list[str]) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("Ann's notes")

    result = run("--data-dir", str(not_a_folder), *verb)

    assert result.returncode == 1
    assert one_sentence(result).endswith(
        "is a file, not a folder. Please give a folder for the "
        "record, for example a new folder name."
    )
    assert not_a_folder.read_text() == "Ann's notes"


def test_a_data_folder_inside_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")

    result = run("--data-dir", str(tmp_path / "notes.txt" / "data"), "demo")

    assert result.returncode == 1
    assert "is a file, not a folder" in one_sentence(result)


def test_a_folder_of_another_user_account_is_refused(tmp_path: Path) -> None:
    if os.getuid() == 0:
        theirs = tmp_path / "theirs"
        theirs.mkdir()
        os.chown(theirs, 65534, 65534)
    else:
        theirs = Path("/")  # owned by root, never by a test user
    before = sorted(p.name for p in theirs.iterdir())

    result = run("--data-dir", str(theirs), "demo")

    assert result.returncode == 1
    assert "belongs to another user account" in one_sentence(result)
    assert sorted(p.name for p in theirs.iterdir()) == before
