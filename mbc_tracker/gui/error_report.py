"""Never silent: an unexpected error during any action becomes one calm dialog and a log entry.

PySide hands an exception raised in a slot to ``sys.excepthook`` and carries on; by default that
prints to stderr, which a person never sees, so a failed save looked like nothing at all.
``ErrorReporter`` installs three hooks while the app runs: ``sys.excepthook`` (slots, timers,
virtual methods), ``threading.excepthook`` (worker threads) and Qt's message handler (warnings
are only logged; criticals are reported like exceptions; a fatal message is logged and Qt is let
abort, since nothing can be shown safely then, and ``faulthandler`` writes the stack to
``logs/faults.log``). Each report goes to the diagnostic log (``mbc_tracker.diagnostics``: never
a message, a name or a value) and then, on the GUI thread, to ``ErrorDialog``: one sentence on
top, "Copy details" and "Close". While the dialog is open, further errors are counted in it
rather than stacking more dialogs, and only the first few are written out in full.

"Nothing was saved; your record is unchanged" is said only when it is true. The open record
counts its committed write transactions (``CareRecord.commits``). Each time the main event loop
(not a nested one, such as a form's ``exec``) is about to wait for the next event, the reporter
notes the open record and that count; whatever the person did next (a click, a key, a timer)
runs after that moment. When an error arrives and the same record is open with the same count,
nothing was written since the action began. A nested loop does not move the mark, so an action
that asks something half-way (a form, "Save changes?") is judged as a whole; the cost is that
an error inside a dialog after an earlier save in that dialog gets the cautious sentence, never
a false reassurance. Otherwise the dialog says that what was saved before is kept and the last
change may not have finished; with no record open it says only that something went wrong.

The hooks are installed by ``reporting_errors`` in ``application.run_app``, never at import, and
``uninstall`` restores exactly the hooks it found (pytest-qt's exception capture included). The
previous hook is still called, except Python's own default ones: they print the exception's
message, health details and all, to the terminal or the system journal. With
``MBC_TRACKER_DEBUG=1`` those are called too, for developers.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QMessageLogContext,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mbc_tracker.diagnostics import (
    DiagnosticLog,
    debug_enabled,
    describe_exception,
    enable_fault_log,
    environment_facts,
    shorten_paths_in,
    support_text,
)
from mbc_tracker.domain.errors import RecordUnavailable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from mbc_tracker.gui.error_dialog import ErrorDialog

# In a burst, only this many reports are written out in full; the rest are counted.
MAX_LOGGED_PER_BURST = 5
# Warnings that say nothing about the app: the offscreen platform (tests, benchmarks, headless
# runs) cannot pass size hints to a window manager it does not have. Logging them would open the
# log file on every start, in front of the first window.
QT_NOISE = ("This plugin does not support propagateSizeHints",)
MAX_QT_MESSAGE = 500
DIAGNOSTIC_TAIL_LINES = 50


class RecordWithCommits(Protocol):
    @property
    def commits(self) -> int: ...


RecordSource = Callable[[], RecordWithCommits | None]


@dataclass(frozen=True)
class Failure:
    """One unexpected error as the dialog tells it.

    ``details`` are safe lines (what happened, the exception's kind and code locations);
    ``record_unchanged`` is True when nothing was saved since the action began, False when
    something may have been, None when no record was open to tell.
    """

    details: tuple[str, ...]
    record_unchanged: bool | None


@dataclass(frozen=True, eq=False)
class _Mark:
    record: object | None
    commits: int

    def same_as(self, other: _Mark) -> bool:
        return self.record is other.record and self.commits == other.commits


def qt_facts() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    platform = QGuiApplication.platformName() if QGuiApplication.instance() else "none"
    return {"Qt": f"{qVersion()} (PySide6 {PySide6.__version__}, platform {platform})"}


def _call_quietly(function: Callable[..., object], *args: object) -> None:
    with contextlib.suppress(BaseException):
        function(*args)


def _last_resort() -> None:
    """Reporting itself failed: say so on stderr, without any detail that could be private."""
    with contextlib.suppress(BaseException):
        if sys.stderr is not None:
            sys.stderr.write("mbc-tracker: an unexpected error could not be reported.\n")


class ErrorReporter(QObject):
    """Turns every unexpected error into a log entry and the one ``ErrorDialog``.

    Signals:
        failure_reported(object): a ``Failure`` was shown in the dialog (or counted in the open
            one); emitted on the GUI thread.
    """

    failure_reported = Signal(object)
    _failure_noted = Signal(object)
    _unavailable_noted = Signal(str)

    def __init__(
        self,
        log: DiagnosticLog | None,
        current_record: RecordSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log = log
        self.dialog: ErrorDialog | None = None
        self.unavailable_box: QMessageBox | None = None
        self._unavailable_queued = False
        self._current_record = current_record
        self._idle_mark = self._mark()
        self._lock = threading.Lock()
        self._burst = 0
        self._reporting = threading.local()
        self._installed = False
        # Bound once, so that uninstall can tell whether they are still the installed hooks.
        self._python_hook = self._on_python_exception
        self._thread_hook = self._on_thread_exception
        self._message_hook = self._on_qt_message
        self._previous_python_hook: Callable[..., Any] = sys.__excepthook__
        self._previous_thread_hook: Callable[..., Any] = threading.__excepthook__
        self._previous_message_hook: Callable[..., Any] | None = None
        self._queued = False

    # -- installing -----------------------------------------------------------------------------

    def install(self) -> ErrorReporter:
        if self._installed:
            return self
        self._idle_mark = self._mark()
        self._previous_python_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._python_hook
        threading.excepthook = self._thread_hook
        self._previous_message_hook = qInstallMessageHandler(self._message_hook)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._note_idle)
        self._installed = True
        return self

    def uninstall(self) -> None:
        """Put back the hooks found at ``install`` (those installed over ours are left)."""
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self._python_hook:
            sys.excepthook = self._previous_python_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        current = qInstallMessageHandler(self._previous_message_hook)
        if current is not None and current != self._message_hook:
            qInstallMessageHandler(current)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                dispatcher.aboutToBlock.disconnect(self._note_idle)
        if self.dialog is not None:
            self.dialog.close()

    def __enter__(self) -> ErrorReporter:
        return self.install()

    def __exit__(self, *_exc: object) -> None:
        self.uninstall()

    # -- "nothing was saved" --------------------------------------------------------------------

    def _mark(self) -> _Mark:
        try:
            record = self._current_record()
            return _Mark(record, record.commits) if record is not None else _Mark(None, 0)
        except Exception:
            return _Mark(None, 0)

    @Slot()
    def _note_idle(self) -> None:
        # Only the main loop: a nested loop (a form's exec) is part of the action that opened it.
        if QThread.currentThread().loopLevel() <= 1:
            self._idle_mark = self._mark()

    # -- the hooks (any thread; they never raise) -----------------------------------------------

    def _on_python_exception(
        self,
        kind: type[BaseException],
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: nothing private
            _call_quietly(self._previous_python_hook, kind, error, trace)
            return
        if error is None:
            error = kind()
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        if isinstance(error, RecordUnavailable):
            # Busy or read-only: expected, its own sentence says nothing was saved.
            self._guarded(self._report_unavailable, error)
            return
        self._guarded(self._report, "Unexpected error in the window", error)
        if self._previous_python_hook is not sys.__excepthook__ or debug_enabled():
            _call_quietly(self._previous_python_hook, kind, error, trace)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            error = args.exc_value if args.exc_value is not None else args.exc_type()
            if error.__traceback__ is None and args.exc_traceback is not None:
                error = error.with_traceback(args.exc_traceback)
            self._guarded(self._report, "Unexpected error in a background task", error)
        if self._previous_thread_hook is not threading.__excepthook__ or debug_enabled():
            _call_quietly(self._previous_thread_hook, args)

    def _on_qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        self._guarded(self._qt_message, mode, message)
        if self._previous_message_hook is not None:
            _call_quietly(self._previous_message_hook, mode, context, message)
        elif debug_enabled() and mode != QtMsgType.QtDebugMsg:
            _call_quietly(sys.stderr.write, f"Qt: {message}\n")

    def _guarded(self, function: Callable[..., None], *args: Any) -> None:
        """Run a reporting step; never raise, and never report the reporting's own failure."""
        if getattr(self._reporting, "active", False):
            return
        self._reporting.active = True
        try:
            function(*args)
        except BaseException:
            _last_resort()
        finally:
            self._reporting.active = False

    def _qt_message(self, mode: QtMsgType, message: str) -> None:
        if mode == QtMsgType.QtWarningMsg and message.startswith(QT_NOISE):
            return
        text = shorten_paths_in(message)[:MAX_QT_MESSAGE]
        if mode == QtMsgType.QtWarningMsg:
            self._write(logging.WARNING, ["Qt warning: " + text])
        elif mode == QtMsgType.QtCriticalMsg:
            self._report("Qt critical message: " + text, None)
        elif mode == QtMsgType.QtFatalMsg:
            # Qt aborts when this returns; faulthandler then writes the Python stack.
            self._write(logging.CRITICAL, ["Qt fatal message, the app stops: " + text])

    def _write(self, level: int, lines: list[str]) -> None:
        if self.log is not None:
            self.log.write(level, lines)

    def _report(self, what: str, error: BaseException | None) -> None:
        at_failure = self._mark()
        unchanged = None if at_failure.record is None else at_failure.same_as(self._idle_mark)
        details = (what, *describe_exception(error)) if error is not None else (what,)
        with self._lock:
            self._burst += 1
            burst = self._burst
        if burst <= MAX_LOGGED_PER_BURST:
            self._write(logging.ERROR, list(details))
        elif burst == MAX_LOGGED_PER_BURST + 1:
            self._write(
                logging.ERROR,
                ["More unexpected errors followed; they are counted until the message is closed."],
            )
        with self._lock:
            if not self._queued:
                # Made with the first error rather than at start-up: touching ``Qt`` creates all
                # its enums, which would delay the first window. Queued, so the dialog comes after
                # the failing slot has returned, never inside a paint or a half-done action.
                from PySide6.QtCore import Qt

                self._failure_noted.connect(self._show_failure, Qt.ConnectionType.QueuedConnection)
                self._queued = True
        self._failure_noted.emit(Failure(details, unchanged))

    def _report_unavailable(self, error: RecordUnavailable) -> None:
        self._write(logging.WARNING, [f"A change was refused: {type(error).__name__}"])
        with self._lock:
            if not self._unavailable_queued:
                from PySide6.QtCore import Qt

                self._unavailable_noted.connect(
                    self._show_unavailable, Qt.ConnectionType.QueuedConnection
                )
                self._unavailable_queued = True
        self._unavailable_noted.emit(error.message)

    # -- the dialog (GUI thread) ----------------------------------------------------------------

    @Slot(str)
    def _show_unavailable(self, message: str) -> None:
        """One calm note for a change the record could not take (never stacked)."""
        if self.unavailable_box is not None or QApplication.instance() is None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Nothing was saved"), message)
        box.setObjectName("recordUnavailableBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._unavailable_closed)
        self.unavailable_box = box
        box.show()

    @Slot()
    def _unavailable_closed(self) -> None:
        self.unavailable_box = None

    @Slot(object)
    def _show_failure(self, failure: Failure) -> None:
        self._guarded(self._show, failure)

    def _show(self, failure: Failure) -> None:
        if self.dialog is not None:
            self.dialog.add_repeat(failure)
        elif QApplication.instance() is not None:
            # Imported with the first error: a start-up without trouble never pays for it.
            from PySide6.QtCore import Qt

            from mbc_tracker.gui.error_dialog import ErrorDialog

            dialog = ErrorDialog(failure, self.details_text)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._dialog_closed)
            self.dialog = dialog
            dialog.show()
            dialog.activateWindow()
        self.failure_reported.emit(failure)

    @Slot()
    def _dialog_closed(self) -> None:
        with self._lock:
            burst, self._burst = self._burst, 0
        if burst > MAX_LOGGED_PER_BURST:
            self._write(
                logging.ERROR, [f"{burst} unexpected errors in all while the message was open."]
            )
        self.dialog = None

    def details_text(self, failure: Failure, repeats: int = 0) -> str:
        """What "Copy details" copies: versions, the error's kind and code locations, the log."""
        problem = list(failure.details)
        if repeats:
            problem.append(f"(It happened {repeats} more times while the message was open.)")
        return support_text(
            environment_facts(qt_facts()),
            problem,
            log_file=self.log.path if self.log is not None else None,
        )


def copy_diagnostic_information(data_dir: Path) -> Path:
    """Help > Copy diagnostic information: the environment and the end of the log, on the
    clipboard; returns the log folder, to tell the person where it is."""
    log = DiagnosticLog.in_data_folder(data_dir)
    text = support_text(
        environment_facts(qt_facts()),
        log_file=log.path,
        log_tail=log.tail(DIAGNOSTIC_TAIL_LINES),
    )
    QGuiApplication.clipboard().setText(text)
    return log.folder


@contextlib.contextmanager
def reporting_errors(data_dir: Path, current_record: RecordSource) -> Iterator[ErrorReporter]:
    """While the app runs: the fault log and the hooks, all undone at the end.

    An error that escapes the block (the window could not even be built) is logged before it
    goes on to Python.
    """
    log = DiagnosticLog.in_data_folder(data_dir)
    faults = enable_fault_log(log.folder)
    reporter = ErrorReporter(log, current_record)
    reporter.install()
    try:
        yield reporter
    except Exception as error:
        log.exception("The app stopped on an unexpected error", error)
        raise
    finally:
        reporter.uninstall()
        if faults is not None:
            faults.close()
        log.close()
