"""Start the desktop app: the QApplication, the record to open first, and the main window.

``run_app`` is called by ``app.main`` once it knows a window is wanted. It picks the record the
person had open last (or the data folder's default record), opens it through the main window so a
damaged or foreign file gets the same calm dialog as File > Open record, and shows the window.
With ``--demo`` a fresh demo record is written to a temporary folder, which is removed on exit.
The window is shown first and the record opened on the next turn of the event loop (the
Frescobaldi habit): SQLAlchemy alone takes longer to import than a bare Qt window takes to appear,
so a person sees the app at once and Today a moment later. Heavy modules are imported inside
functions, so ``mbc-tracker --version`` and the command-line verbs never pay for them.

Only one app runs per user and data folder (``gui.single_instance``): a start while one is open
asks it to come forward and ends without building a window. That check comes before the window's
modules are imported, and costs the first start under a millisecond; the running app starts
answering later starts once its first window is painted.

With ``MBC_TRACKER_STARTUP_PROBE=1`` in the environment, the moments the window was shown, the
record was ready and the window was brought forward by a later start are printed to standard
error as Unix times (for tests/benchmarks/ and tests of the single app).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from mbc_tracker import __version__
from mbc_tracker.gui.accessibility import install_accessibility
from mbc_tracker.gui.single_instance import (
    SingleInstance,
    Start,
    already_open,
    bring_forward,
    no_answer,
)
from mbc_tracker.paths import (
    APP_NAME,
    APP_SLUG,
    DataPaths,
    data_paths,
    resolve_data_dir,
    resource_dir,
)
from mbc_tracker.services.autostart import APP_ID

if TYPE_CHECKING:
    from mbc_tracker.services.record import CareRecord

# Comfortable for tired eyes; a platform or person who already chose larger keeps theirs.
MIN_POINT_SIZE = 12.0


def app_icon() -> QIcon:
    try:
        icon_file = resource_dir("resources") / "icons" / f"{APP_SLUG}.svg"
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(icon_file)) if icon_file.is_file() else QIcon()


def make_application() -> QApplication:
    """The QApplication, named and styled for this app (reused if one exists, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The menu entry install-desktop writes is named by the app id: Wayland and the task bar
    # match the window to it (and its icon) by this name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_accessibility()
    if existing is None:
        from mbc_tracker.gui.translation import install_translators

        install_translators(app)
    font = QFont(app.font())
    if font.pointSizeF() > 0 and font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    return app


def first_record(paths: DataPaths, last_opened: Path | None) -> Path:
    """The record opened last if it is still there, else the data folder's default record."""
    if last_opened is not None and last_opened.is_file():
        return last_opened
    return paths.default_record


def make_demo_folder() -> DataPaths:
    from mbc_tracker.services.demo import write_demo_record

    paths = DataPaths(Path(tempfile.mkdtemp(prefix="mbc-tracker-demo-"))).ensure()
    write_demo_record(paths).close()
    return paths


def tell_before_start(problem: str) -> None:
    """Show why the app cannot start (a data folder it cannot use) and wait for OK."""
    from PySide6.QtWidgets import QMessageBox

    make_application()
    QMessageBox.warning(None, APP_NAME, problem)


STARTUP_PROBE_ENV = "MBC_TRACKER_STARTUP_PROBE"


def report_startup(moment: str) -> None:
    if os.environ.get(STARTUP_PROBE_ENV):
        print(f"mbc-tracker-startup {moment}={time.time():.6f}", file=sys.stderr, flush=True)


def claim_data_folder(data_dir: Path) -> tuple[SingleInstance | None, Start]:
    """Become the one app for ``data_dir``, or hand the start over to the app that already is.

    A fault in this check must not keep anyone from their record: it is logged (no health
    content) and the app starts as if alone; the record lock still guards the record.
    """
    try:
        instance = SingleInstance(data_dir)
        return instance, instance.start()
    except Exception as error:
        from mbc_tracker.diagnostics import print_traceback, record_unexpected_error

        record_unexpected_error(data_dir, "Checking for a running app failed", error)
        print_traceback(error)
        return None, Start.ALONE


def run_app(args: argparse.Namespace) -> int:
    """Run the window until it closes; return the process exit code.

    While it runs, an unexpected error is never silent: ``gui.error_report`` logs it in the data
    folder's ``logs/`` (no health content) and shows one calm dialog, and faulthandler writes
    there if the process dies of a fatal signal. The demo keeps its log in its temporary folder.
    """
    demo = bool(getattr(args, "demo", False))
    instance: SingleInstance | None = None
    if not demo:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
        instance, start = claim_data_folder(data_dir)
        if start is Start.FORWARDED:
            print(already_open(), file=sys.stderr, flush=True)
            return 0
        if start is Start.NOT_ANSWERED:
            print(no_answer(), file=sys.stderr, flush=True)

    try:
        return _run_window(args, demo, instance)
    finally:
        if instance is not None:
            # After the record is closed: a start waiting for the claim then opens it freely.
            instance.close()


def _run_window(args: argparse.Namespace, demo: bool, instance: SingleInstance | None) -> int:
    from mbc_tracker.gui.main_window import MainWindow
    from mbc_tracker.services.app_settings import AppSettings

    app = make_application()
    paths = make_demo_folder() if demo else data_paths(getattr(args, "data_dir", None)).ensure()
    window: MainWindow | None = None

    def record_in_window() -> CareRecord | None:
        return window.record if window is not None else None

    try:
        with contextlib.ExitStack() as reporting:
            try:
                settings = AppSettings.load(paths.settings_file)
                window = MainWindow(paths, settings, demo=demo)
            except Exception as error:
                from mbc_tracker.diagnostics import record_unexpected_error

                record_unexpected_error(paths.data_dir, "The window could not be built", error)
                raise
            shown = window
            start_with = (
                paths.default_record if demo else first_record(paths, settings.last_record())
            )
            if instance is not None:

                def come_forward(token: str) -> None:
                    bring_forward(shown, token)
                    report_startup("activated")

                instance.activation_requested.connect(come_forward)
                instance.quit_requested.connect(shown.reminders.quit)
            if not (getattr(args, "minimised", False) and shown.reminders.tray_available):
                shown.show()  # --minimised (start at login): only the tray icon, if there is one
            # Ask for keyboard focus so shortcuts (Ctrl+S, Ctrl+N ...) work at once, even where
            # no window manager hands it over.
            shown.activateWindow()

            def open_first() -> None:
                # Runs after the first paint: the window is already on screen.
                report_startup("first_window_shown")
                # From here on every unexpected error is logged and shown. Installed now rather
                # than before the window: loading the reporter (logging, faulthandler, its own
                # Qt types) would keep the first window from appearing for ~15 ms.
                from mbc_tracker.gui.error_report import reporting_errors

                reporting.enter_context(reporting_errors(paths.data_dir, record_in_window))
                if instance is not None:
                    # A second start is answered from the next turn of the event loop: after the
                    # record is open, or while a question about it waits for the person (it runs
                    # its own event loop). Until then a second start waits for the answer.
                    QTimer.singleShot(0, instance.listen)
                if not shown.open_first_record(start_with):
                    # The person chose to quit rather than open another record: nothing changed.
                    shown.reminders.quit()  # quits, never just to the tray
                    return
                report_startup("record_ready")
                if getattr(args, "quit_after_startup", False):
                    QTimer.singleShot(0, shown.reminders.quit)

            QTimer.singleShot(0, open_first)
            app.exec()
            shown.close_record()
            shown.deleteLater()
            return 0
    finally:
        if demo:
            shutil.rmtree(paths.data_dir, ignore_errors=True)
