"""Fixtures shared by the GUI tests: a main window on a record for Ann Example, and one on the
1-year demo record for the walks over every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from page_keys import DEMO_TODAY
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Person
from mbc_tracker.gui import theme
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.theme import Look
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.record import open_record


@pytest.fixture
def open_main_window(
    qtbot: QtBot, data_paths: DataPaths
) -> Iterator[Callable[[dt.date], MainWindow]]:
    """Open the main window, shown, on a record for Ann Example, with ``today`` as the date;
    closed at teardown without asking about anything a test left unsaved."""
    windows: list[MainWindow] = []

    def open_window(today: dt.date) -> MainWindow:
        record = open_record(data_paths.default_record, data_paths)
        record.person.save(Person(name="Ann Example"), today=today)
        record.close()
        window = MainWindow(
            data_paths, AppSettings.load(data_paths.settings_file), today=lambda: today
        )
        assert window.open_first_record(data_paths.default_record)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.confirm_leave = lambda *_args, **_kwargs: True  # type: ignore[method-assign]
        window.close()
        window.close_record()
        window.deleteLater()


# -- the whole window on the 1-year demo, for the walks over every page ----------------------


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A data folder holding the 1-year demo record, written once per test module."""
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "data").ensure()
    write_demo_record(paths, years=1, today=DEMO_TODAY).close()
    return paths


@pytest.fixture
def open_demo_window(qtbot: QtBot, demo_paths: DataPaths) -> Iterator[Callable[..., MainWindow]]:
    """Open the main window on the demo record at ``size``, in ``look`` (appearance, text
    size) if given; at teardown the app and the folder are back on the desktop's own look."""
    windows: list[MainWindow] = []

    def open_window(size: tuple[int, int], look: tuple[str, int] | None = None) -> MainWindow:
        settings = AppSettings.load(demo_paths.settings_file)
        if look is not None:
            settings.set_look(*look)
        window = MainWindow(demo_paths, settings, today=lambda: DEMO_TODAY)
        assert window.open_first_record(demo_paths.default_record)
        window.resize(*size)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield open_window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app, Look())
    AppSettings.load(demo_paths.settings_file).set_look("system", 100)
    for window in windows:
        window.confirm_leave = lambda *_args, **_kwargs: True  # type: ignore[method-assign]
        window.close()
        window.close_record()
        window.deleteLater()
