"""``install-desktop`` and ``uninstall-desktop`` in a temporary home: the menu entry, the icons
and the AppStream file are written where the desktop looks, with the right content, pass the
freedesktop validators where they are installed, and are removed again, exactly and only them."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path
from xml.etree import ElementTree

import pytest

from mbc_tracker import __version__
from mbc_tracker.app import main
from mbc_tracker.paths import resource_dir
from mbc_tracker.services.autostart import APP_ID
from mbc_tracker.services.desktop_install import (
    ICON_SIZES,
    PROJECT_LICENSE,
    RELEASE_DATES,
    DesktopFiles,
)

REPOSITORY = Path(__file__).resolve().parents[2]
ICONS = resource_dir("resources") / "icons"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return home


def _png_size(file: Path) -> tuple[int, int]:
    data = file.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{file} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_install_writes_the_entry_icons_and_metainfo_under_local_share(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "my record"
    assert main(["--data-dir", str(data_dir), "install-desktop"]) == 0
    files = DesktopFiles(home / ".local" / "share")
    printed = capsys.readouterr().out
    for file in files.all():
        assert file.is_file(), file
        assert f"Wrote {file}" in printed

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(files.entry, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert files.entry.name == f"{APP_ID}.desktop"
    assert section["Name"] == "MBC Care Tracker"
    assert section["Icon"] == APP_ID
    assert section["Exec"] == f'{sys.executable} -m mbc_tracker --data-dir "{data_dir}"'

    for size in ICON_SIZES:
        icon = files.png_icon(size)
        assert icon.parent.parent.name == f"{size}x{size}"
        assert icon.read_bytes() == (ICONS / "hicolor" / f"{size}x{size}.png").read_bytes()
    assert files.scalable_icon.read_bytes() == (ICONS / "mbc-tracker.svg").read_bytes()

    component = ElementTree.parse(files.metainfo).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == "MBC Care Tracker"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == PROJECT_LICENSE
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    release = component.find("releases/release")
    assert release is not None and release.get("version") == __version__


def test_xdg_data_home_is_used_when_absolute(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    assert main(["install-desktop"]) == 0
    assert DesktopFiles(tmp_path / "data-home").entry.is_file()
    assert not (home / ".local").exists()


def test_the_default_data_folder_is_not_named_in_the_entry(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MBC_TRACKER_DATA_DIR", raising=False)
    assert main(["install-desktop"]) == 0
    text = DesktopFiles(home / ".local" / "share").entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m mbc_tracker\n" in text


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian/Ubuntu: desktop-file-utils)",
)
def test_the_menu_entry_passes_desktop_file_validate(home: Path, tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "Ann's 100% record"), "install-desktop"]) == 0
    entry = DesktopFiles(home / ".local" / "share").entry
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (Debian/Ubuntu: appstream)",
)
def test_the_metainfo_passes_appstreamcli_validate(home: Path) -> None:
    assert main(["install-desktop"]) == 0
    metainfo = DesktopFiles(home / ".local" / "share").metainfo
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_exactly_those_files_and_twice_is_harmless(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = DesktopFiles(home / ".local" / "share")
    other = files.entry.parent / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    other_icon = files.png_icon(48).parent / "someone-else.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"not ours")

    assert main(["install-desktop"]) == 0
    capsys.readouterr()
    assert main(["uninstall-desktop"]) == 0
    printed = capsys.readouterr().out
    for file in files.all():
        assert not file.exists(), file
        assert f"Removed {file}" in printed
    assert other.read_text(encoding="utf-8") == "[Desktop Entry]\n"
    assert other_icon.read_bytes() == b"not ours"

    assert main(["uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_a_folder_that_cannot_be_written_is_one_sentence(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "could not be written" in captured.err
    assert "Traceback" not in captured.err


def test_a_committed_png_exists_for_every_size_and_is_that_size() -> None:
    # The PNGs are made by tools/render_app_icons.py from the SVG and committed; run it again
    # when the SVG or ICON_SIZES change.
    folder = ICONS / "hicolor"
    assert sorted(path.name for path in folder.glob("*.png")) == sorted(
        f"{size}x{size}.png" for size in ICON_SIZES
    )
    for size in ICON_SIZES:
        assert _png_size(folder / f"{size}x{size}.png") == (size, size)
    assert (REPOSITORY / "tools" / "render_app_icons.py").is_file()


def test_the_metainfo_matches_pyproject_and_dates_this_release() -> None:
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"]["text"] == PROJECT_LICENSE
    assert __version__ in RELEASE_DATES


def test_a_gui_script_starts_the_app_without_a_console_window() -> None:
    scripts = entry_points(group="gui_scripts")
    (gui,) = [script for script in scripts if script.name == "mbc-tracker-gui"]
    assert gui.value == "mbc_tracker.app:main"
    console = [
        script for script in entry_points(group="console_scripts") if script.name == "mbc-tracker"
    ]
    assert [script.value for script in console] == ["mbc_tracker.app:main"]
