"""Fixtures shared by the GUI tests: a main window on a record for Ann Example."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Person
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
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
