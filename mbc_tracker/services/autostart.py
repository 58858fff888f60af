"""Start the app at login, minimised to the tray, if the person asks for it (opt-in, one click
to undo).

Each system has its own place: an XDG autostart ``.desktop`` file on Linux and other free
desktops (``$XDG_CONFIG_HOME/autostart/``, by default ``~/.config/autostart/``), a LaunchAgent
property list on macOS (``~/Library/LaunchAgents/``), and a value under the current user's
``Run`` registry key on Windows. Each is an ``Autostart`` with ``install``, ``remove`` and
``installed``; the one for this system comes from ``autostart_for``, which takes the home folder,
the environment and the registry as parameters so that tests write into a temporary home and a
fake registry, never the real ones.

The command started is this Python running ``-m mbc_tracker --minimised`` (and ``--data-dir``
when the data folder is not the default), so it starts the very installation that wrote it.
Files are written through ``paths.replacing_atomically`` (whole or not at all, private to the
user). No Qt here: the Preferences tick box calls this, and so could a test or a script.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import platformdirs

from mbc_tracker.paths import APP_SLUG, replacing_atomically

APP_NAME = "MBC Care Tracker"
# The app's own reverse-DNS id (not a registered domain): the applications menu's .desktop file,
# the icon and the AppStream metainfo are all named by it (desktop_install).
APP_ID = "org.mbccaretracker.MbcCareTracker"
DESKTOP_FILE_NAME = "mbc-tracker.desktop"
LAUNCH_AGENT_LABEL = "org.mbc-tracker.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MINIMISED_OPTION = "--minimised"


class Autostart(Protocol):
    """One system's way of starting the app at login."""

    def install(self, command: Sequence[str]) -> None: ...

    def remove(self) -> None: ...

    def installed(self) -> bool: ...

    @property
    def where(self) -> str: ...


def start_command(data_dir: Path, python: str | None = None) -> list[str]:
    """The command that starts this installation minimised, on ``data_dir``."""
    return launch_command(data_dir, python, minimised=True)


def launch_command(data_dir: Path, python: str | None = None, minimised: bool = False) -> list[str]:
    """The command that starts this installation's window on ``data_dir`` (the start-at-login
    file and the applications menu's entry, ``desktop_install``, both use it)."""
    command = [python or sys.executable, "-m", "mbc_tracker"]
    if minimised:
        command.append(MINIMISED_OPTION)
    if data_dir.resolve() != _default_data_dir():
        command += ["--data-dir", str(data_dir)]
    return command


def _default_data_dir() -> Path:
    # The platform's default, not the environment variable's: that may not be set at login.
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)).resolve()


# -- Linux and other free desktops ----------------------------------------------------------------


def desktop_exec_quote(argument: str) -> str:
    """One argument of a desktop entry's ``Exec`` key, quoted as the specification asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    escaped = argument.replace("%", "%%")
    if not escaped or any(character in reserved for character in escaped):
        for character in ("\\", '"', "`", "$"):
            escaped = escaped.replace(character, "\\" + character)
        escaped = f'"{escaped}"'
    # The value itself is a string key: a backslash is written twice there.
    return escaped.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Start MBC Care Tracker minimised to the tray, for its reminders\n"
        f"Exec={' '.join(desktop_exec_quote(argument) for argument in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/mbc-tracker.desktop`` (freedesktop.org autostart)."""

    def __init__(self, home: Path, environment: Mapping[str, str]) -> None:
        config = environment.get("XDG_CONFIG_HOME", "")
        base = Path(config) if config and Path(config).is_absolute() else home / ".config"
        self.file = base / "autostart" / DESKTOP_FILE_NAME

    @property
    def where(self) -> str:
        return str(self.file)

    def install(self, command: Sequence[str]) -> None:
        write_app_file(self.file, desktop_entry(command).encode("utf-8"))

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)

    def installed(self) -> bool:
        return self.file.is_file()


# -- macOS -----------------------------------------------------------------------------------------


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


class LaunchAgent:
    """``~/Library/LaunchAgents/org.mbc-tracker.app.plist``, loaded by launchd at login."""

    def __init__(self, home: Path) -> None:
        self.file = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    @property
    def where(self) -> str:
        return str(self.file)

    def install(self, command: Sequence[str]) -> None:
        write_app_file(self.file, launch_agent(command))

    def remove(self) -> None:
        self.file.unlink(missing_ok=True)

    def installed(self) -> bool:
        return self.file.is_file()


# -- Windows ---------------------------------------------------------------------------------------


class RunKey(Protocol):
    """The current user's ``Run`` registry key: one named string value per program."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def windows_run_key() -> RunKey:
    """The real ``HKEY_CURRENT_USER\\...\\Run`` key, through winreg (Windows only)."""
    if sys.platform != "win32":
        raise OSError("The Run registry key exists on Windows only.")
    import winreg

    class WindowsRunKey:
        def get(self, name: str) -> str | None:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _ = winreg.QueryValueEx(key, name)
            except OSError:
                return None
            return str(value)

        def set(self, name: str, value: str) -> None:
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

        def delete(self, name: str) -> None:
            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass

    return WindowsRunKey()


class RegistryAutostart:
    """A value named "MBC Care Tracker" under the user's ``Run`` key."""

    def __init__(self, run_key: RunKey) -> None:
        self.run_key = run_key

    @property
    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"

    def install(self, command: Sequence[str]) -> None:
        self.run_key.set(APP_NAME, subprocess.list2cmdline(list(command)))

    def remove(self) -> None:
        self.run_key.delete(APP_NAME)

    def installed(self) -> bool:
        return self.run_key.get(APP_NAME) is not None


# -- choosing -------------------------------------------------------------------------------------


def autostart_for(
    platform: str | None = None,
    home: Path | None = None,
    environment: Mapping[str, str] | None = None,
    run_key: RunKey | None = None,
) -> Autostart:
    """This system's way of starting at login (each part may be given, for tests)."""
    platform = platform or sys.platform
    home = home or Path.home()
    if platform == "win32":
        return RegistryAutostart(run_key or windows_run_key())
    if platform == "darwin":
        return LaunchAgent(home)
    return XdgAutostart(home, os.environ if environment is None else environment)


def write_app_file(file: Path, content: bytes) -> None:
    """Write one of the desktop's files for the app, whole or not at all (its folders made)."""
    # Not make_private_dir: ~/.config/autostart may be the desktop's, its mode is not ours.
    file.parent.mkdir(parents=True, exist_ok=True)
    with replacing_atomically(file) as temporary:
        temporary.write_bytes(content)
