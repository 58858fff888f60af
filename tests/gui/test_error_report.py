"""Never silent: an unexpected error during an action shows one calm dialog and is logged.

The main test is a real save on Today that the database refuses (a trigger makes SQLite abort
the transaction, with the note in SQLAlchemy's message, as with any real failure). Before this
feature the person saw nothing at all; now the dialog says "Nothing was saved; your record is
unchanged.", which the reopened record confirms, and "Copy details" copies a note without a
word of health content.

The reporter's hooks are installed inside ``qtbot.capture_exceptions()``: the hook calls the
hook it found, so pytest-qt still sees every exception (the expected ones are checked here;
an unexpected one would still fail the test), and leaving the block restores both.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy.exc
from database_refusal import refuse_new_rows
from PySide6.QtCore import Qt, qCritical, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from mbc_tracker.diagnostics import DiagnosticLog
from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.gui.error_dialog import ErrorDialog
from mbc_tracker.gui.error_report import MAX_LOGGED_PER_BURST, ErrorReporter, Failure
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

TODAY = dt.date(2026, 11, 21)
NOTE = "Ann Example cried after the Taxol"
NOTHING_SAVED = "Nothing was saved; your record is unchanged."
SUPPORT_HEADING = "MBC Care Tracker: diagnostic information (it holds no health details)"
MAYBE_SAVED = "What was saved before is kept, but the last thing you did may not have finished."

WindowOpener = Callable[[dt.date], MainWindow]


@contextlib.contextmanager
def reporting(window: MainWindow, data_paths: DataPaths) -> Iterator[ErrorReporter]:
    """The app's reporter on ``window``'s record, installed for the block."""
    log = DiagnosticLog.in_data_folder(data_paths.data_dir)
    reporter = ErrorReporter(log, lambda: window.record)
    try:
        with reporter:
            yield reporter
    finally:
        log.close()
        reporter.deleteLater()


def failing_button(qtbot: QtBot, action: Callable[[], None]) -> QPushButton:
    """A button whose click runs ``action`` in a slot, as every action in the app runs."""
    button = QPushButton("Try")
    qtbot.addWidget(button)
    button.clicked.connect(action)
    return button


def log_text(data_paths: DataPaths) -> str:
    return (data_paths.data_dir / "logs" / "diagnostic.log").read_text(encoding="utf-8")


def test_a_refused_save_on_today_says_nothing_was_saved_and_nothing_was(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    today = window.today_view
    assert today is not None and window.record is not None
    refuse_new_rows(window.record.path)
    qtbot.mouseClick(today._scales["fatigue"].button(7), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(today.weight_edit, "61.4")
    qtbot.keyClicks(today.note_edit, NOTE)

    with qtbot.capture_exceptions() as raised, reporting(window, data_paths) as reporter:
        with qtbot.waitSignal(reporter.failure_reported):
            qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
        dialog = reporter.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "Something went wrong"
        assert dialog.headline.text() == NOTHING_SAVED
        assert "You can carry on using it." in dialog.body.text()
        assert NOTE not in dialog.body.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert reporter.dialog is None

    assert [kind for kind, _error, _trace in raised] == [sqlalchemy.exc.IntegrityError]
    written = log_text(data_paths)
    assert "sqlalchemy.exc.IntegrityError" in written and "SQLITE_CONSTRAINT_TRIGGER" in written
    assert "mbc_tracker.gui.today_view:" in written
    assert NOTE not in written and "61.4" not in written and "Ann Example" not in written
    # What was typed is still there to try again; the record itself is as it was.
    assert today.note_edit.toPlainText() == NOTE
    path = window.record.path
    window.close_record()
    reopened = open_record(path, data_paths)
    try:
        day = reopened.daylog.load_day(TODAY)
        assert (day.severities, day.weight, day.note) == ({}, None, "")
    finally:
        reopened.close()


def test_copy_details_copies_a_support_note_without_health_details(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    today = window.today_view
    assert today is not None and window.record is not None
    refuse_new_rows(window.record.path)
    qtbot.keyClicks(today.note_edit, NOTE)
    QGuiApplication.clipboard().clear()

    with qtbot.capture_exceptions(), reporting(window, data_paths) as reporter:
        with qtbot.waitSignal(reporter.failure_reported):
            qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
        dialog = reporter.dialog
        assert dialog is not None
        with qtbot.waitSignal(dialog.details_copied):
            qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # copying does not close the message
        assert dialog.copied_label.isVisible()

    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(SUPPORT_HEADING)
    for fact in ("App: MBC Care Tracker ", "Python: ", "Qt: ", "SQLite: ", "System: "):
        assert fact in copied
    assert "sqlalchemy.exc.IntegrityError from sqlite3.IntegrityError" in copied
    assert "in TodayView.save" in copied
    assert f"Diagnostic log: {data_paths.data_dir / 'logs' / 'diagnostic.log'}" in copied
    assert NOTE not in copied and "Ann Example" not in copied


def test_an_action_that_saved_before_failing_is_not_called_unchanged(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    record = window.record
    assert record is not None

    def save_then_fail() -> None:
        record.daylog.save_day(DayLog(day=TODAY, severities={"fatigue": 2}), today=TODAY)
        raise RuntimeError("after the save")

    button = failing_button(qtbot, save_then_fail)
    with qtbot.capture_exceptions() as raised, reporting(window, data_paths) as reporter:
        with qtbot.waitSignal(reporter.failure_reported):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert reporter.dialog is not None
        assert reporter.dialog.headline.text() == MAYBE_SAVED
        assert "Please check that your last change is there" in reporter.dialog.body.text()

    assert len(raised) == 1


def test_a_burst_of_errors_shows_one_dialog_and_counts_the_rest(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)

    def fail() -> None:
        raise ValueError("Ann Example")

    button = failing_button(qtbot, fail)
    with qtbot.capture_exceptions() as raised, reporting(window, data_paths) as reporter:
        for _ in range(12):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.repeats == 11)
        dialog = reporter.dialog
        assert dialog is not None
        assert dialog.headline.text() == NOTHING_SAVED
        assert dialog.repeat_label.text() == "It happened 11 more times since."
        visible = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
        assert len([w for w in visible if w.title() == "Something went wrong"]) == 1
        dialog.reject()

    assert len(raised) == 12
    written = log_text(data_paths)
    assert written.count("Unexpected error in the window") == MAX_LOGGED_PER_BURST
    assert "12 unexpected errors in all while the message was open." in written


def test_the_hooks_found_are_put_back(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    python_hook, thread_hook = sys.excepthook, threading.excepthook

    def probe(*_args: object) -> None:
        pass

    with reporting(window, data_paths) as reporter:
        assert sys.excepthook == reporter._python_hook
        assert threading.excepthook == reporter._thread_hook

    assert sys.excepthook is python_hook and threading.excepthook is thread_hook
    message_hook = qInstallMessageHandler(probe)
    qInstallMessageHandler(message_hook)
    assert message_hook is not None and message_hook != reporter._message_hook


@pytest.mark.qt_log_ignore("Qt says: a small thing", "Qt says: something broke")
def test_a_qt_warning_is_only_logged_and_a_critical_one_is_reported(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)
    with reporting(window, data_paths) as reporter:
        qWarning("This plugin does not support propagateSizeHints()")  # offscreen noise
        qWarning("Qt says: a small thing")
        qtbot.wait(10)
        assert reporter.dialog is None
        with qtbot.waitSignal(reporter.failure_reported):
            qCritical("Qt says: something broke")
        assert reporter.dialog is not None
        assert reporter.dialog.headline.text() == NOTHING_SAVED

    written = log_text(data_paths)
    assert "WARNING Qt warning: Qt says: a small thing" in written
    assert "propagateSizeHints" not in written
    assert "ERROR Qt critical message: Qt says: something broke" in written


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_a_background_thread_is_shown_on_the_window_thread(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    window = open_main_window(TODAY)

    def fail() -> None:
        raise OSError(28, "No space left on device", "/home/ann/Ann Example.mbcrecord")

    with reporting(window, data_paths) as reporter:
        with qtbot.waitSignal(reporter.failure_reported) as reported:
            worker = threading.Thread(target=fail)
            worker.start()
            worker.join()
        assert reporter.dialog is not None

    details = "\n".join(reported.args[0].details)
    assert details.startswith("Unexpected error in a background task\nOSError (errno ENOSPC)")
    assert "Ann Example" not in log_text(data_paths)


def test_the_dialog_still_comes_when_the_record_cannot_be_asked(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    def no_record() -> None:
        raise RuntimeError("the window is gone")

    def fail() -> None:
        raise LookupError("x")

    button = failing_button(qtbot, fail)
    log = DiagnosticLog.in_data_folder(data_paths.data_dir)
    reporter = ErrorReporter(log, no_record)  # type: ignore[arg-type]
    with qtbot.capture_exceptions(), reporter:
        with qtbot.waitSignal(reporter.failure_reported):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert reporter.dialog is not None
        assert reporter.dialog.headline.text() == "Something unexpected went wrong."
    log.close()
    reporter.deleteLater()


def test_help_copies_diagnostic_information_and_says_where_the_log_is(
    qtbot: QtBot,
    open_main_window: WindowOpener,
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(TODAY)
    log = DiagnosticLog.in_data_folder(data_paths.data_dir)
    log.write(40, ["Unexpected error in the window", "KeyError", "  at mbc_tracker.gui.x:1 in f"])
    log.close()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "tell", lambda title, text: told.append((title, text)))
    QGuiApplication.clipboard().clear()

    help_menu = window.copy_diagnostics_action.associatedObjects()
    assert any(getattr(menu, "title", lambda: "")() == "&Help" for menu in help_menu)
    window.copy_diagnostics_action.trigger()

    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(SUPPORT_HEADING)
    assert "Qt: " in copied and "SQLite: " in copied
    assert "The last 3 lines of the diagnostic log:" in copied
    assert copied.rstrip().endswith("  at mbc_tracker.gui.x:1 in f")
    title, text = told[-1]
    assert title == "Diagnostic information copied"
    assert "They hold no health details" in text
    assert str(data_paths.data_dir / "logs") in text


def test_every_sentence_fits_when_the_dialog_grows(qtbot: QtBot) -> None:
    dialog = ErrorDialog(Failure(("Unexpected error in the window",), True), lambda *_: "text")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.add_repeat(Failure(("Unexpected error in the window",), False))
    dialog.add_repeat(Failure(("Unexpected error in the window",), False))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.copied_label.isVisible())
    qtbot.wait(20)

    assert dialog.headline.text() == MAYBE_SAVED
    assert dialog.repeat_label.text() == "It happened 2 more times since."
    for label in (dialog.headline, dialog.body, dialog.repeat_label, dialog.copied_label):
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert dialog.rect().contains(label.geometry()), label.objectName()


def test_a_change_the_record_cannot_take_is_a_calm_note_not_an_error(
    qtbot: QtBot, open_main_window: WindowOpener, data_paths: DataPaths
) -> None:
    from mbc_tracker.domain.errors import RecordBusy, RecordReadOnly

    window = open_main_window(TODAY)
    errors = iter([RecordReadOnly(), RecordBusy()])

    def refuse() -> None:
        raise next(errors)

    button = failing_button(qtbot, refuse)
    with qtbot.capture_exceptions() as raised, reporting(window, data_paths) as reporter:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.unavailable_box is not None)
        box = reporter.unavailable_box
        assert box is not None
        assert box.windowTitle() == "Nothing was saved"
        assert "open for reading only, so nothing was saved" in box.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second one does not stack
        qtbot.wait(50)
        assert reporter.unavailable_box is box
        assert reporter.dialog is None  # not the "something went wrong" dialog
        box.close()

    assert raised == []  # handled, not an unexpected error
    assert "A change was refused: RecordReadOnly" in log_text(data_paths)
