"""Starting the app: the real ``mbc-tracker`` command shows its window and quits cleanly with
``--quit-after-startup``, reopens the record used last, and ``--demo`` leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mbc_tracker.domain.records import Person
from mbc_tracker.gui.application import first_record
from mbc_tracker.paths import DATA_DIR_ENV, DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import open_record


def run_app_process(
    *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    env.update({"QT_QPA_PLATFORM": "offscreen", **(env_extra or {})})
    return subprocess.run(
        [sys.executable, "-m", "mbc_tracker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_quit_after_startup_returns_zero_and_remembers_the_record(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = run_app_process("--data-dir", str(data_dir), "--quit-after-startup")

    assert result.returncode == 0, result.stderr
    record = data_dir / "record.mbcrecord"
    assert record.is_file()
    settings = AppSettings.load(data_dir / "settings.json")
    assert settings.last_record() == record
    assert settings.window_geometry()  # the window was really shown and closed
    assert "Traceback" not in result.stderr


def test_the_record_opened_last_is_opened_again(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    other = tmp_path / "mum.mbcrecord"
    record = open_record(other, paths)
    record.person.save(Person(name="Bea Example"))
    record.close()
    settings = AppSettings.load(paths.settings_file)
    settings.remember_opened(other)

    result = run_app_process("--data-dir", str(paths.data_dir), "--quit-after-startup")

    assert result.returncode == 0, result.stderr
    assert not paths.default_record.exists()  # no second, empty record was made
    assert AppSettings.load(paths.settings_file).recent_records() == [other]


def test_first_record_falls_back_to_the_default_when_the_last_one_is_gone(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    assert first_record(paths, None) == paths.default_record
    assert first_record(paths, tmp_path / "moved.mbcrecord") == paths.default_record
    there = tmp_path / "there.mbcrecord"
    there.write_bytes(b"")
    assert first_record(paths, there) == there


def test_demo_starts_in_a_temporary_folder_that_is_removed_afterwards(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    home_data = tmp_path / "home-data"

    result = run_app_process(
        "--demo",
        "--quit-after-startup",
        env_extra={"TMPDIR": str(temporary), DATA_DIR_ENV: str(home_data)},
    )

    assert result.returncode == 0, result.stderr
    assert list(temporary.iterdir()) == []
    assert not home_data.exists()  # the person's own data folder was not touched


def test_a_copied_data_folder_opens_and_writes_only_its_own_record(tmp_path: Path) -> None:
    import hashlib
    import shutil

    original = DataPaths(tmp_path / "A").ensure()
    record = open_record(original.default_record, original)
    record.person.save(Person(name="Ann Example"))
    record.close()
    first = run_app_process("--data-dir", str(original.data_dir), "--quit-after-startup")
    assert first.returncode == 0, first.stderr
    copy = tmp_path / "B"
    shutil.copytree(original.data_dir, copy, symlinks=True)
    before = hashlib.sha256(original.default_record.read_bytes()).hexdigest()
    mtime = original.default_record.stat().st_mtime_ns

    result = run_app_process("--data-dir", str(copy), "--quit-after-startup")

    assert result.returncode == 0, result.stderr
    assert hashlib.sha256(original.default_record.read_bytes()).hexdigest() == before
    assert original.default_record.stat().st_mtime_ns == mtime
    assert AppSettings.load(copy / "settings.json").last_record() == copy / "record.mbcrecord"


def test_minimised_without_a_system_tray_starts_as_usual(tmp_path: Path) -> None:
    """Start at login asks for ``--minimised``; with no tray (as here, offscreen) the window is
    shown as usual rather than nothing at all."""
    result = run_app_process(
        "--data-dir", str(tmp_path / "data"), "--minimised", "--quit-after-startup"
    )
    assert result.returncode == 0, result.stderr
