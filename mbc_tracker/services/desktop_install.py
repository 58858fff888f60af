"""Put the app in the current user's applications menu, and take it out again (Linux and other
free desktops).

``install-desktop`` writes, under ``$XDG_DATA_HOME`` (by default ``~/.local/share``):

- ``applications/<APP_ID>.desktop``: the menu entry, starting this Python with ``-m mbc_tracker``
  (and ``--data-dir`` when the data folder is not the default), like the start-at-login file;
- ``icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for every size in ``ICON_SIZES`` and
  ``icons/hicolor/scalable/apps/<APP_ID>.svg``: the icon, copied from the app's resources (the
  PNGs are rendered from the SVG by ``tools/render_app_icons.py`` and committed, so no Qt and no
  display are needed here);
- ``metainfo/<APP_ID>.metainfo.xml``: the AppStream description software centres read.

``uninstall-desktop`` removes exactly those files and nothing else (not even the folders, which
other programs share); running either twice is harmless. Each file is written whole or not at
all (``autostart.write_app_file``). The home and the environment are parameters, so tests write
into a temporary home.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from mbc_tracker import __version__
from mbc_tracker.paths import resource_dir
from mbc_tracker.services.autostart import APP_ID, APP_NAME, desktop_exec_quote, write_app_file

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The same licence as pyproject.toml's ``license`` (a test keeps them equal).
PROJECT_LICENSE = "GPL-3.0-or-later"
SUMMARY = "A private record of symptoms, treatments and appointments"
# AppStream asks for each release's date: add a line here with every new ``__version__`` (a test
# fails until then).
RELEASE_DATES = {"0.1.0": "2026-12-01"}


def data_home(home: Path, environment: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (as the specification asks), else
    ``~/.local/share``."""
    value = environment.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else home / ".local" / "share"


@dataclass(frozen=True)
class DesktopFiles:
    """Where each of the app's desktop files goes, under one data folder."""

    base: Path

    @property
    def entry(self) -> Path:
        return self.base / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.base / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def scalable_icon(self) -> Path:
        return self.base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    def png_icon(self, size: int) -> Path:
        return self.base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all(self) -> list[Path]:
        return [
            self.entry,
            *(self.png_icon(size) for size in ICON_SIZES),
            self.scalable_icon,
            self.metainfo,
        ]


def desktop_files(
    home: Path | None = None, environment: Mapping[str, str] | None = None
) -> DesktopFiles:
    return DesktopFiles(
        data_home(home or Path.home(), os.environ if environment is None else environment)
    )


def menu_entry(command: Sequence[str]) -> str:
    """The applications menu's desktop entry, starting ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Symptom and treatment diary\n"
        "Comment=A private record of symptoms, treatments and appointments for people living "
        "with metastatic breast cancer and their caregivers\n"
        f"Exec={' '.join(desktop_exec_quote(argument) for argument in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;Qt;\n"
        "Keywords=cancer;breast;symptoms;diary;health;caregiver;treatment;appointments;\n"
        "StartupNotify=true\n"
    )


def metainfo(version: str = __version__) -> str:
    """The AppStream component: what software centres and the desktop show about the app."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<component type="desktop-application">\n'
        f"  <id>{APP_ID}</id>\n"
        "  <metadata_license>CC0-1.0</metadata_license>\n"
        f"  <project_license>{PROJECT_LICENSE}</project_license>\n"
        f"  <name>{escape(APP_NAME)}</name>\n"
        f"  <summary>{escape(SUMMARY)}</summary>\n"
        '  <developer id="org.mbccaretracker">\n'
        "    <name>The MBC Care Tracker authors</name>\n"
        "  </developer>\n"
        "  <description>\n"
        "    <p>MBC Care Tracker keeps one person's care record in a file on this computer: "
        "symptoms day by day, treatments and their doses, appointments and the questions for "
        "them.</p>\n"
        "    <p>It is made for people living with metastatic breast cancer and for their "
        "caregivers. It points out what the source articles say is worth telling the care team, "
        "and prepares a summary to take to a clinic visit. It never diagnoses and never suggests "
        "doses.</p>\n"
        "  </description>\n"
        f'  <launchable type="desktop-id">{APP_ID}.desktop</launchable>\n'
        '  <content_rating type="oars-1.1"/>\n'
        "  <releases>\n"
        f'    <release version="{escape(version)}" date="{RELEASE_DATES[version]}"/>\n'
        "  </releases>\n"
        "</component>\n"
    )


def install(files: DesktopFiles, command: Sequence[str]) -> list[Path]:
    """Write every file (replacing older ones of ours); the paths written, in order."""
    icons = resource_dir("resources") / "icons"
    write_app_file(files.entry, menu_entry(command).encode("utf-8"))
    for size in ICON_SIZES:
        write_app_file(
            files.png_icon(size), (icons / "hicolor" / f"{size}x{size}.png").read_bytes()
        )
    write_app_file(files.scalable_icon, (icons / "mbc-tracker.svg").read_bytes())
    write_app_file(files.metainfo, metainfo().encode("utf-8"))
    return files.all()


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove exactly the files ``install`` writes; the ones that were there."""
    removed: list[Path] = []
    for file in files.all():
        if file.is_file() or file.is_symlink():
            file.unlink()
            removed.append(file)
    return removed
