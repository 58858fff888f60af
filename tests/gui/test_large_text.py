"""At 150% text (Preferences), every page at 1024x700 still lays out: no two visible controls
on a page overlap and none is squeezed below the room it needs (scroll bars appear instead), so
nothing is drawn over anything else or cut off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from mbc_tracker.gui import theme
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.theme import Look
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.demo import write_demo_record

TODAY = dt.date(2026, 11, 21)
PAGES = ["today", "flags", "history", "profile", "receptors", "treatments", "appointments"]


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("large") / "data").ensure()
    write_demo_record(paths, years=1, today=TODAY).close()
    return paths


@pytest.fixture
def window(qtbot: QtBot, demo_paths: DataPaths) -> Iterator[MainWindow]:
    settings = AppSettings.load(demo_paths.settings_file)
    settings.set_look("system", 150)
    shown = MainWindow(demo_paths, settings, today=lambda: TODAY)
    assert shown.open_first_record(demo_paths.default_record)
    shown.resize(1024, 700)
    with qtbot.waitActive(shown):
        shown.show()
    yield shown
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app, Look())
    settings.set_look("system", 100)
    shown.confirm_leave = lambda: True
    shown.close()
    shown.close_record()
    shown.deleteLater()


def described(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"


def overlaps(page: QWidget) -> list[str]:
    found = []
    for parent in [page, *page.findChildren(QWidget)]:
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child.isVisible() and not child.isWindow() and not isinstance(child, QScrollBar)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    found.append(f"{described(first)} / {described(second)}")
    return found


def squeezed(page: QWidget) -> list[str]:
    """Visible controls given less room than they need to draw themselves whole."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, (QScrollBar, QAbstractScrollArea)):
            continue
        if widget.parentWidget() is not None and isinstance(
            widget.parentWidget().parentWidget(), QAbstractScrollArea
        ):
            continue  # a scroll area's contents: they scroll
        needed = widget.minimumSizeHint()
        # A few pixels short is not seen (the chart's frame gives up some of its margin); a
        # tenth or more is a control cut off.
        if needed.isValid() and widget.height() < needed.height() * 0.9:
            found.append(
                f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}:"
                f" {widget.height()} < {needed.height()}"
            )
    return found


@pytest.mark.parametrize("key", PAGES)
def test_nothing_overlaps_or_is_squeezed_at_150_percent(
    qtbot: QtBot, window: MainWindow, key: str
) -> None:
    window.show_page(key)
    qtbot.wait(30)
    page = window.current_page()
    assert page is not None
    assert overlaps(page) == []
    assert squeezed(page) == []
    # Nothing runs off the window's right edge: the page fits in 1024 pixels, or scrolls
    # inside itself (a page that needs more makes the whole window wider than the screen).
    assert window.minimumSizeHint().width() <= 1024
    assert page.minimumSizeHint().width() <= page.width()
