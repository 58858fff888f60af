"""``export`` and ``report`` never write over the record or the data folder's own files.

Before this was checked, ``mbc-tracker report -o <data>/record.mbcrecord`` replaced years of
entries with a PDF and said it had done well. Each command here runs as a real process, as a
person would type it: the answer is exit code 1 and one plain line on stderr, no traceback, the
record has the same bytes as before, and no file appears anywhere.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    paths = DataPaths(tmp_path / "data").ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"))
    record.backup_now()
    record.close()
    return paths.data_dir


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the sha256 of its bytes (a link by where it points)."""
    prints: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            prints[str(path)] = f"-> {os.readlink(path)}"
        elif path.is_file():
            prints[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            prints[str(path)] = "folder"
    return prints


def run(tmp_path: Path, data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["MBC_TRACKER_DATA_DIR"] = str(tmp_path / "env-default")  # never a real home folder
    return subprocess.run(
        [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )


def assert_refused(result: subprocess.CompletedProcess[str], sentence: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr == sentence + "\n"


def test_report_over_the_record_is_refused_and_the_record_kept(
    tmp_path: Path, data_dir: Path
) -> None:
    before = fingerprint(tmp_path)

    result = run(tmp_path, data_dir, "report", "-o", str(data_dir / "record.mbcrecord"))

    assert_refused(
        result,
        "“record.mbcrecord” is your record itself; please choose another name for the summary.",
    )
    assert fingerprint(tmp_path) == before


def test_export_into_the_backups_folder_is_refused(tmp_path: Path, data_dir: Path) -> None:
    before = fingerprint(tmp_path)

    result = run(tmp_path, data_dir, "export", str(data_dir / "backups" / "x.json"))

    assert_refused(
        result,
        f"The folder {data_dir.resolve() / 'backups'} is where the app keeps backups of your "
        "record; please choose another folder for the export.",
    )
    assert fingerprint(tmp_path) == before


def test_report_through_a_link_is_refused_and_its_target_kept(
    tmp_path: Path, data_dir: Path
) -> None:
    (tmp_path / "letter.txt").write_text("somebody else's file", encoding="utf-8")
    (tmp_path / "summary.pdf").symlink_to(tmp_path / "letter.txt")
    before = fingerprint(tmp_path)

    result = run(tmp_path, data_dir, "report", "-o", str(tmp_path / "summary.pdf"))

    assert_refused(
        result,
        "“summary.pdf” is a link to another file, and the app does not write through links; "
        "please choose another name for the summary.",
    )
    assert fingerprint(tmp_path) == before
