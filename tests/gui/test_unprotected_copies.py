"""Files saved from a protected record say first that the passphrase does not go with them.

The JSON export, the History chart and table, the summary PDF and the calendar file are
ordinary files. From a record protected with a passphrase each asks, before the file dialog, and
Cancel writes nothing; from a plain record nothing is asked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.records import Appointment, AppointmentKind, Person
from mbc_tracker.gui.appointments_view import AppointmentsView
from mbc_tracker.gui.history_view import HistoryView
from mbc_tracker.gui.summary_dialog import SummaryDialog
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.protection import protect_record
from mbc_tracker.services.record import CareRecord, key_for, open_record

PASSPHRASE = "blue door at the end"
TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 9, 0)


@pytest.fixture(scope="module")
def protected_folder(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(tmp_path_factory.mktemp("protected") / "data").ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name="Ann Example"), today=TODAY)
    record.appointments.add(
        Appointment(dt.datetime(2026, 12, 1, 10, 30), AppointmentKind.ONCOLOGY_VISIT), now=NOW
    )
    record.close()
    protect_record(paths.default_record, paths, PASSPHRASE)
    return paths


@pytest.fixture
def protected(protected_folder: DataPaths) -> Iterator[CareRecord]:
    path = protected_folder.default_record
    record = open_record(path, protected_folder, key=key_for(path, PASSPHRASE))
    assert record.protected
    yield record
    record.close()


class Question:
    """Answers the next 'This file will not be protected' question with ``button``."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.texts: list[str] = []
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet: look again in a moment
            QTimer.singleShot(10, self._answer)
            return
        assert box.objectName() == "unprotectedCopyQuestion"
        self.texts.append(box.text())
        (chosen,) = [button for button in box.buttons() if button.text() == self.button]
        chosen.click()


def test_history_table_from_a_protected_record_asks_first_and_cancel_writes_nothing(
    qtbot: QtBot, protected: CareRecord, tmp_path: Path
) -> None:
    view = HistoryView(protected, today=lambda: TODAY)
    qtbot.addWidget(view)
    asked: list[str] = []
    target = tmp_path / "table.csv"

    def ask() -> Path:
        asked.append("path")
        return target

    view.ask_csv_path = ask  # type: ignore[method-assign]
    question = Question("Cancel")
    assert view.save_table() is None
    assert question.texts and "passphrase does not go with this file" in question.texts[0]
    assert asked == [] and not target.exists()

    question = Question("Go on")
    assert view.save_table() == target
    assert asked == ["path"] and target.exists()


def test_chart_summary_and_calendar_file_ask_too(
    qtbot: QtBot, protected: CareRecord, tmp_path: Path
) -> None:
    history = HistoryView(protected, today=lambda: TODAY)
    qtbot.addWidget(history)
    history.ask_save_path = lambda: tmp_path / "chart.png"  # type: ignore[method-assign]
    question = Question("Cancel")
    assert history.save_chart() is None
    assert "saved chart" in question.texts[0]

    summary = SummaryDialog(protected, today=lambda: TODAY)
    qtbot.addWidget(summary)
    summary.ask_pdf_path = lambda _suggested: tmp_path / "s.pdf"  # type: ignore[method-assign]
    question = Question("Cancel")
    assert not summary.save_pdf()
    assert "summary PDF" in question.texts[0]
    question = Question("Go on")
    assert summary.save_pdf()
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")

    appointments = AppointmentsView(protected, now=lambda: NOW)
    qtbot.addWidget(appointments)
    appointments.ask_ics_file = lambda _name: tmp_path / "a.ics"  # type: ignore[method-assign]
    question = Question("Go on")
    appointments.export_all_upcoming()
    assert "calendar file" in question.texts[0]
    assert (tmp_path / "a.ics").exists()
    assert not (tmp_path / "chart.png").exists()


def test_a_plain_record_saves_without_asking(
    qtbot: QtBot, record: CareRecord, tmp_path: Path
) -> None:
    view = HistoryView(record, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.ask_csv_path = lambda: tmp_path / "t.csv"  # type: ignore[method-assign]
    assert view.save_table() == tmp_path / "t.csv"  # no question came up to block it


def test_the_whole_record_export_from_the_window_asks_first(
    qtbot: QtBot, protected_folder: DataPaths, tmp_path: Path
) -> None:
    from mbc_tracker.gui.main_window import MainWindow
    from mbc_tracker.services.app_settings import AppSettings

    window = MainWindow(
        protected_folder, AppSettings.load(protected_folder.settings_file), today=lambda: TODAY
    )
    qtbot.addWidget(window)
    # The record is opened with its passphrase above; the window shows it as it would after
    # the passphrase was typed.
    path = protected_folder.default_record
    opened = open_record(path, protected_folder, key=key_for(path, PASSPHRASE))
    window.tell = lambda *_args: None  # type: ignore[method-assign]
    assert window._install_safely(opened)
    target = tmp_path / "ann.json"
    window.ask_export_path = lambda: target  # type: ignore[method-assign]
    question = Question("Cancel")
    assert not window.export_record()
    assert question.texts and not target.exists()
    question = Question("Go on")
    assert window.export_record()
    assert json.loads(target.read_text(encoding="utf-8"))["record"]["person"]["name"] == (
        "Ann Example"
    )
    window.close_record()
