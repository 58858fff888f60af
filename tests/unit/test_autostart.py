"""Start at login, in a temporary home and a fake registry: the file or value is written with
the right command, and removed again; a real home and a real registry are never touched."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from mbc_tracker.services.autostart import (
    APP_NAME,
    RUN_KEY,
    RegistryAutostart,
    autostart_for,
    desktop_exec_quote,
    start_command,
)

COMMAND = [
    "/opt/My Python/bin/python3",
    "-m",
    "mbc_tracker",
    "--minimised",
    "--data-dir",
    "/data/Ann's 100%",
]


def test_the_xdg_autostart_file_is_written_where_the_desktop_looks_and_removed(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config"
    autostart = autostart_for("linux", home=tmp_path, environment={"XDG_CONFIG_HOME": str(config)})
    assert not autostart.installed()
    autostart.install(COMMAND)
    file = config / "autostart" / "mbc-tracker.desktop"
    assert autostart.installed() and autostart.where == str(file)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(file, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Name"], section["Terminal"]) == (
        "Application",
        APP_NAME,
        "false",
    )
    assert section["Exec"] == (
        '"/opt/My Python/bin/python3" -m mbc_tracker --minimised --data-dir "/data/Ann\'s 100%%"'
    )
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(file)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    autostart.remove()
    assert not file.exists() and not autostart.installed()
    autostart.remove()  # removing twice is harmless


def test_without_xdg_config_home_the_file_goes_under_dot_config(tmp_path: Path) -> None:
    autostart = autostart_for("linux", home=tmp_path, environment={})
    autostart.install(COMMAND)
    assert (tmp_path / ".config" / "autostart" / "mbc-tracker.desktop").is_file()


def test_a_launch_agent_is_written_for_macos_and_removed(tmp_path: Path) -> None:
    autostart = autostart_for("darwin", home=tmp_path)
    autostart.install(COMMAND)
    file = tmp_path / "Library" / "LaunchAgents" / "org.mbc-tracker.app.plist"
    agent = plistlib.loads(file.read_bytes())
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True and agent["Label"] == "org.mbc-tracker.app"
    autostart.remove()
    assert not file.exists() and not autostart.installed()


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {"Other program": "other.exe"}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_the_windows_run_key_value_is_set_and_removed_leaving_others_alone() -> None:
    run_key = FakeRunKey()
    autostart = autostart_for("win32", run_key=run_key)
    assert isinstance(autostart, RegistryAutostart)
    autostart.install([r"C:\Program Files\Python\python.exe", "-m", "mbc_tracker", "--minimised"])
    assert run_key.values[APP_NAME] == (
        r'"C:\Program Files\Python\python.exe" -m mbc_tracker --minimised'
    )
    assert autostart.installed() and RUN_KEY in autostart.where
    autostart.remove()
    assert run_key.values == {"Other program": "other.exe"}


def test_the_command_names_the_data_folder_only_when_it_is_not_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "mbc_tracker.services.autostart._default_data_dir", lambda: tmp_path / "default"
    )
    assert start_command(tmp_path / "default", python="/usr/bin/python3") == [
        "/usr/bin/python3",
        "-m",
        "mbc_tracker",
        "--minimised",
    ]
    assert start_command(tmp_path / "mine", python="/usr/bin/python3")[-2:] == [
        "--data-dir",
        str(tmp_path / "mine"),
    ]


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("plain", "plain"),
        ("with space", '"with space"'),
        ("100%", "100%%"),
        ('say "hi"', '"say \\\\"hi\\\\""'),
        ("$HOME", '"\\\\$HOME"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_specification_asks(
    argument: str, quoted: str
) -> None:
    assert desktop_exec_quote(argument) == quoted
