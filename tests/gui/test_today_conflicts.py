"""Saving a day never overwrites what changed on disk meanwhile, and a save that cannot happen says
so in words, with nothing half-saved.

Before the record lock existed, two windows on one record silently overwrote each other: the
second "Save" won and the first person's values vanished. The day now remembers what was saved
when it was shown; if the disk says otherwise at save time, the person is asked. A record open
for reading only, or one SQLite keeps busy, gives one sentence in the footer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from page_changes import follow_changes
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.gui.today_view import CANCEL, DISCARD, SAVE, TodayView
from mbc_tracker.services.record import Access, CareRecord, open_record

TODAY = dt.date(2026, 11, 21)


def make_view(qtbot: QtBot, record: CareRecord) -> TodayView:
    view = TodayView(record, today=lambda: TODAY)
    follow_changes(view, record)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    return view


def change_elsewhere(record: CareRecord, fatigue: int) -> None:
    """What another window (before the lock) or an import did to the day on disk."""
    record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": fatigue}), today=TODAY)


@pytest.fixture
def asked() -> list[str]:
    """The questions the person was asked about a day changed elsewhere."""
    return []


def answer_day_changed(view: TodayView, answer: str, asked: list[str]) -> None:
    def ask(message: str) -> str:
        asked.append(message)
        return answer

    view.ask_day_changed = ask  # type: ignore[method-assign]


def test_a_day_changed_on_disk_is_not_overwritten_without_asking(
    qtbot: QtBot, record: CareRecord, asked: list[str]
) -> None:
    view = make_view(qtbot, record)
    change_elsewhere(record, fatigue=7)
    view._scales["fatigue"].set_value(3)
    answer_day_changed(view, CANCEL, asked)

    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "changed somewhere else" in asked[0]
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 7}
    assert view.has_unsaved_changes()  # what she typed is still in the form
    assert view.status_label.text() == "Nothing was saved yet."


def test_showing_what_is_saved_now_replaces_the_form(
    qtbot: QtBot, record: CareRecord, asked: list[str]
) -> None:
    view = make_view(qtbot, record)
    change_elsewhere(record, fatigue=7)
    view._scales["fatigue"].set_value(3)
    answer_day_changed(view, DISCARD, asked)

    assert not view.save()

    assert view._scales["fatigue"].value() == 7
    assert not view.has_unsaved_changes()
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 7}


def test_saving_mine_instead_writes_the_forms_values(
    qtbot: QtBot, record: CareRecord, asked: list[str]
) -> None:
    view = make_view(qtbot, record)
    change_elsewhere(record, fatigue=7)
    view._scales["fatigue"].set_value(3)
    answer_day_changed(view, SAVE, asked)

    assert view.save()

    assert record.daylog.load_day(TODAY).severities == {"fatigue": 3}


def test_an_unchanged_day_saves_without_a_question(
    qtbot: QtBot, record: CareRecord, asked: list[str]
) -> None:
    view = make_view(qtbot, record)
    answer_day_changed(view, CANCEL, asked)
    for value in (2, 4):  # the second save compares with what the first one wrote
        view._scales["fatigue"].set_value(value)
        assert view.save()

    assert asked == []
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 4}


def test_a_read_only_record_says_nothing_was_saved(qtbot: QtBot, record: CareRecord) -> None:
    reader = open_record(record.path, record.paths, Access.READ)
    try:
        view = make_view(qtbot, reader)
        view._scales["fatigue"].set_value(4)

        assert not view.save()

        assert "open for reading only" in view.status_label.text()
        assert "nothing was saved" in view.status_label.text()
        assert view.has_unsaved_changes()
    finally:
        reader.close()
    assert record.daylog.load_day(TODAY).severities == {}


def test_a_busy_record_says_so_and_keeps_the_form(qtbot: QtBot, record: CareRecord) -> None:
    view = make_view(qtbot, record)
    view._scales["fatigue"].set_value(4)

    def wait_briefly(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    event.listen(record.engine, "connect", wait_briefly)
    other = sqlite3.connect(record.path, timeout=0)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # another program holds SQLite's write lock
    try:
        assert not view.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
        event.remove(record.engine, "connect", wait_briefly)

    assert "busy" in view.status_label.text()
    assert view.has_unsaved_changes()
    assert view.save()  # once the other program let go, the same form saves
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 4}


def test_pressing_enter_on_the_question_keeps_what_was_typed(
    qtbot: QtBot, record: CareRecord
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    view = make_view(qtbot, record)
    change_elsewhere(record, fatigue=7)
    view._scales["fatigue"].set_value(3)
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    assert not view.save()

    assert seen == ["Go back"]
    assert view._scales["fatigue"].value() == 3 and view.has_unsaved_changes()
    assert record.daylog.load_day(TODAY).severities == {"fatigue": 7}
