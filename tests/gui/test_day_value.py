"""Which value stands for a day logged twice: chosen in Preferences, shown and said by History
(chart and key), and the History point of such a day lists its entries with their times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.daylog import DayValue
from mbc_tracker.domain.records import Person
from mbc_tracker.gui.history_view import TABLE, HistoryView
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.preferences_dialog import PreferencesDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 12, 5)
DAY = TODAY - dt.timedelta(days=2)
NOW = dt.datetime.combine(TODAY, dt.time(12, 0))


@pytest.fixture
def record_path(data_paths: DataPaths) -> Path:
    """Ann's record: fatigue 6 at 08:05 and 3 at 22:10 on one day, 2 the day before."""
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"), today=TODAY)
        record.daylog.add_entry("fatigue", DAY, dt.time(8, 5), severity=6, now=NOW)
        record.daylog.add_entry("fatigue", DAY, dt.time(22, 10), severity=3, now=NOW)
        record.daylog.add_entry(
            "fatigue", DAY - dt.timedelta(days=1), dt.time(9, 0), severity=2, now=NOW
        )
    finally:
        record.close()
    return data_paths.default_record


@pytest.fixture
def window(qtbot: QtBot, data_paths: DataPaths, record_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY)
    made.resize(1024, 700)
    made.open_first_record(record_path)
    made.show()
    yield made
    made.confirm_leave = lambda: True  # type: ignore[method-assign]
    made.close()
    made.close_record()
    made.deleteLater()


def shown_history(qtbot: QtBot, window: MainWindow) -> HistoryView:
    window.show_page(window.HISTORY)
    view = window.history_view
    assert view is not None
    view.set_period_days(30)
    qtbot.waitUntil(lambda: view.chart() is not None and view.data() is not None, timeout=10_000)
    return view


def fatigue_values(view: HistoryView) -> dict[dt.date, float]:
    data = view.data()
    assert data is not None
    [series] = [series for series in data.symptoms if series.key == "fatigue"]
    return {point.day: point.value for point in series.points}


def test_history_says_which_value_and_preferences_switch_it_to_the_average(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = shown_history(qtbot, window)
    assert fatigue_values(view)[DAY] == 6
    assert view.legend.note.text().startswith("Each day shows its highest entry.")

    def choose_average(person: Person) -> object:
        dialog = PreferencesDialog(person, window.look(), window)
        qtbot.addWidget(dialog)
        assert dialog.day_value_box.currentText() == "Its highest entry"
        dialog.day_value_box.setCurrentIndex(
            dialog.day_value_box.findText("The average of its entries")
        )
        return dialog.chosen()

    monkeypatch.setattr(window, "ask_preferences", choose_average)
    window.preferences_action.trigger()

    assert window.record is not None
    assert window.record.daylog.day_value() is DayValue.AVERAGE
    qtbot.waitUntil(lambda: fatigue_values(view).get(DAY) == 4.5, timeout=10_000)
    assert fatigue_values(view)[DAY - dt.timedelta(days=1)] == 2
    qtbot.waitUntil(
        lambda: view.legend.note.text().startswith("Each day shows the average of its entries."),
        timeout=10_000,
    )
    # The table says it too, and shows the same value.
    view.set_mode(TABLE)
    assert view.table.summary_label.text().endswith("Each day shows the average of its entries.")
    assert any("4.5" in " ".join(row) for row in view.table.csv_rows())


def test_the_point_of_a_day_logged_twice_lists_its_entries(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = shown_history(qtbot, window)
    chart = view.chart()
    assert chart is not None
    points = chart.hover_points()
    twice = next(i for i, info in enumerate(points) if info.day == DAY and info.kind == "rated")
    view._show_point(twice)
    assert "Entries: 08:05 6, 22:10 3." in view.info_label.text()
    assert "Entries: 08:05 6, 22:10 3." in view.readout.text()
    once = next(
        i
        for i, info in enumerate(points)
        if info.day == DAY - dt.timedelta(days=1) and info.kind == "rated"
    )
    view._show_point(once)
    assert "Entries:" not in view.info_label.text()
