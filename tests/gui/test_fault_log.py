"""A crash that kills the process (a segfault in Qt, an abort) still leaves its trace.

The app is started as ``mbc-tracker`` starts it (``app.main``, the window, the record opened on
the first turn of the event loop) in a child process that then dies of a fatal signal where the
record would be opened. ``faulthandler`` must have written the Python stack into the data
folder's ``logs/faults.log``, readable by its owner only.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CRASHING_APP = """
import faulthandler, os, sys
import mbc_tracker.gui.main_window as main_window

def crash_while_opening(self, path):
    {crash}

main_window.MainWindow.open_first_record = crash_while_opening
from mbc_tracker.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def no_core_file() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("crash", "fatal_signal", "words"),
    [
        ("faulthandler._sigsegv()", signal.SIGSEGV, "Segmentation fault"),
        ("os.abort()", signal.SIGABRT, "Aborted"),
    ],
)
def test_a_fatal_signal_leaves_the_python_stack_in_the_fault_log(
    tmp_path: Path, crash: str, fatal_signal: signal.Signals, words: str
) -> None:
    data_dir = tmp_path / "data"
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    environment["QT_QPA_PLATFORM"] = "offscreen"

    result = subprocess.run(
        [sys.executable, "-c", CRASHING_APP.format(crash=crash), str(data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=no_core_file,
    )

    assert result.returncode == -fatal_signal
    fault_log = data_dir / "logs" / "faults.log"
    written = fault_log.read_text(encoding="utf-8")
    assert "MBC Care Tracker" in written and "started" in written
    assert f"Fatal Python error: {words}" in written
    assert "in crash_while_opening" in written and "in open_first" in written
    assert stat.S_IMODE(fault_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(fault_log.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_qt_fatal_message_is_logged_before_qt_stops_the_app(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    crash = "from PySide6.QtCore import qFatal; qFatal('Qt says: cannot go on')"

    result = subprocess.run(
        [sys.executable, "-c", CRASHING_APP.format(crash=crash), str(data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=no_core_file,
    )

    assert result.returncode == -signal.SIGABRT
    logs = data_dir / "logs"
    diagnostic = (logs / "diagnostic.log").read_text(encoding="utf-8")
    # PySide passes the words on as a warning, then Qt's fatal message with its own text.
    assert "WARNING Qt warning: Qt says: cannot go on" in diagnostic
    assert "CRITICAL Qt fatal message, the app stops: " in diagnostic
    assert "in crash_while_opening" in (logs / "faults.log").read_text(encoding="utf-8")
