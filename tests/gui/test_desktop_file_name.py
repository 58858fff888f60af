"""The window names the menu entry install-desktop writes, so the task bar (and Wayland) shows
it under that entry's name and icon rather than as an unknown Python program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mbc_tracker.gui.application import make_application
from mbc_tracker.services.desktop_install import DesktopFiles


def test_the_application_names_the_installed_menu_entry(qapp: QApplication) -> None:
    make_application()
    entry = DesktopFiles(Path("/home/someone/.local/share")).entry
    assert f"{QGuiApplication.desktopFileName()}.desktop" == entry.name
