"""What a person waits for in the real window: key presses and clicks until the app is idle again.

Run with the app's interpreter:  ``python tests/benchmarks/bench_interaction.py [--runs 7]``
(``--existing`` then also runs every other ``bench_*.py`` here and prints their summary lines,
so that one command prints every figure; ``--with-slow`` adds ``bench_reliability.py``, a crash
and race check that takes about a quarter of an hour; ``--protected`` also runs every step on
the 10-year record protected with a passphrase, the passphrase dialog answered at once, and
prints each step against the plain record: issue 14 asks for 1.2x at most, and at most 300 ms
more from launch until Today is ready.)

Each run is a fresh process started the app's own way (``app.main(["--data-dir", D])`` with
``QT_QPA_PLATFORM=offscreen``): the single-app check, the window shown first and the record
opened on the next turn of the event loop, the error reporter, all as a person gets them. A
zero-timer queued before ``main`` hands control to this script inside the app's event loop, and
it drives the window as a person would, with ``QTest`` clicks and key presses, on a 1-year and
a 10-year demo record made with the ``demo`` verb (a copy of the record for every run, so every
run starts from the same record). The runs alternate between the two records and the start-up
processes of step 7, so background noise hits all of them alike; each step prints its median
and its max.

In every run: the History page is first shown two seconds after start (step 8: the time until
idle, which includes drawing the first chart). Then one untimed pass warms the process, and one
timed pass follows, each on a fresh copy of the record opened with File > Open's path
(``window.switch_to``), each page shown once before (so steps 3 and 4 are a return to a page):

  1. Today, click "Previous day"; 2. click "Same as yesterday", then Ctrl+S (one time, from the
  click to idle after the save); 3. after a save on Today, ``window.show_page("flags")``;
  4. after another save on Today, ``window.show_page("history")``; 5. on History, the Down key
  on the period box (90 days to a year); 1b. on Today, "Taken" on the first dose still due
  (the demo's daily medicine), its time dialog accepted as offered, until the answer is saved
  and shown (issue 15; timed after step 2, with the goal of a save).

Pages are always reached through ``window.show_page(key)`` and then the window's
``today_view`` / ``flags_view`` / ``history_view``, and buttons are found by their words, so
the benchmark still works if pages come to be built when first shown.

"Until idle", the method: every step is timed with ``perf_counter`` from just before the click
or key press is posted until the event loop has nothing left to do. An event filter on the
application counts every event delivered to any object; a zero-timer (the "marker") is started
and a local event loop runs until it fires. Qt fires a zero-timer only after the events already
posted, so a round in which nothing but the marker was delivered means nothing was pending: no
posted event, no deferred delete, no zero-timer, no repaint. Work a page put off with a short
single-shot ``QTimer`` (a debounce of up to one second, such as History's redraw after a
resize) counts as pending too: while any such timer under the window is active, the script
waits for it and checks again. Periodic timers (the hourly backup check, a text cursor's blink)
are not waited for.

Nothing may block: a watchdog timer closes any modal dialog that appears and the run fails with
its words; an exception raised in a slot fails the run with its traceback.

Step 7 starts ``mbc-tracker --data-dir D --quit-after-startup`` as a fresh process, timed from
launch to the end of the process (as ``bench_startup.py`` measures "whole process"), on the
10-year record, against a bare PySide6 window script (``bench_startup.BARE_WINDOW``) and against
the same app on a new record that holds only a person; 7c (no goal of the issue's) is the time
a person waits, from launch until Today shows the record, against launch until the bare window
shows. Step 9 is the peak memory (max RSS) of each run's process after its steps.

The app's modules are compiled to bytecode first, as installing the wheel does: from a source
checkout with PYTHONDONTWRITEBYTECODE set, each start would compile the app again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import app_command, build_demo_record, compile_app_bytecode, offscreen_environment

HERE = Path(__file__).resolve().parent
YEARS = (1, 10)
FIRST_HISTORY_DELAY_S = 2.0
DEBOUNCE_LIMIT_MS = 1000  # single-shot timers up to this long are waited for as pending work
SETTLE_TIMEOUT_S = 30.0
CHILD_TIMEOUT_S = 300.0

# (key, words in the table, goal in ms)
STEPS = (
    ("previous_day", "1 Today: Previous day", 50.0),
    ("dose_taken", "1b Today: a dose answered Taken", 60.0),
    ("same_and_save", "2 Today: Same as yesterday + Ctrl+S", 60.0),
    ("flags_after_save", "3 Flags shown after a save", 100.0),
    ("history_after_save", "4 History shown after a save", 150.0),
    ("history_period", "5 History: period changed (Down key)", 120.0),
)
GROWTH_GOAL = 1.3
START_BARE_GOAL = 4.0
START_EMPTY_GOAL = 1.1
FIRST_HISTORY_GOAL = 300.0
# --protected: the 10-year record protected with a passphrase, against the same record plain.
PROTECTED_RATIO_GOAL = 1.2
PROTECTED_OPEN_BUDGET_MS = 300.0
BENCH_PASSPHRASE = "a quiet morning by the sea"

# Crash and race checks rather than timings, and far slower than the rest together.
SLOW_SCRIPTS = ("bench_reliability.py",)
# Progress lines of the other scripts, left out of the figures printed.
NOISE = ("Building", "Wrote a demo", "Open it with", "  run ", "Warming")


class BenchmarkFailed(Exception):
    """Something a person would have noticed went wrong (a dialog, an error, a step not done)."""


# -- inside the app's process ------------------------------------------------------------------


def child_main(data_dir: Path, pristine: Path, out: Path, protected: bool = False) -> int:
    """Start the app the way ``mbc-tracker --data-dir D`` does, and drive it from inside.

    For a protected record the passphrase dialog is answered at once with the key derived from
    the passphrase (as the dialog derives it), so the time counted is the app's, not typing."""
    from PySide6.QtCore import QTimer

    from mbc_tracker.app import main as app_main
    from mbc_tracker.gui.application import make_application

    if protected:
        from mbc_tracker.gui.main_window import MainWindow
        from mbc_tracker.services.record import key_for

        def answer(window: Any, path: Path, at_startup: bool = False) -> Any:
            return key_for(path, BENCH_PASSPHRASE)

        MainWindow.ask_passphrase = answer  # type: ignore[method-assign]

    app = make_application()
    started = time.perf_counter()
    result: dict[str, Any] = {}

    def drive() -> None:
        try:
            Driver(app, data_dir, pristine, started).run(result)
        except BaseException as error:  # everything must reach the orchestrator
            result["error"] = "".join(traceback.format_exception(error))
            out.write_text(json.dumps(result), encoding="utf-8")
            os._exit(1)  # never wait on a window that may ask a question
        out.write_text(json.dumps(result), encoding="utf-8")

    QTimer.singleShot(0, drive)
    return app_main(["--data-dir", str(data_dir)])


class Driver:
    """Clicks, key presses and the wait until idle, inside the running app."""

    def __init__(self, app: Any, data_dir: Path, pristine: Path, started: float) -> None:
        from PySide6.QtCore import QObject, QTimer

        self.app = app
        self.data_dir = data_dir
        self.pristine = pristine
        self.started = started
        self.problems: list[str] = []
        self.saves = 0
        self.events = 0

        driver = self

        class EventCounter(QObject):
            def eventFilter(self, watched: QObject, event: Any) -> bool:
                if watched is not driver.marker and watched is not driver.watchdog:
                    driver.events += 1
                return False

        self.marker = QTimer()
        self.marker.setSingleShot(True)
        self.watchdog = QTimer()
        self.watchdog.setInterval(100)
        self.watchdog.timeout.connect(self._close_modal_dialogs)
        self.counter = EventCounter()

    # -- the wait until idle -------------------------------------------------------------------

    def settle(self) -> None:
        """Return once the event loop has nothing left to do (see the module docstring)."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.perf_counter() + SETTLE_TIMEOUT_S
        loop = QEventLoop()
        self.marker.timeout.connect(loop.quit)
        self.app.installEventFilter(self.counter)
        try:
            while True:
                if time.perf_counter() > deadline:
                    raise BenchmarkFailed(f"the app was still busy after {SETTLE_TIMEOUT_S} s")
                self.events = 0
                self.marker.start(0)
                loop.exec()
                if self.events:
                    continue
                waiting = [
                    timer.remainingTime()
                    for timer in self.window.findChildren(QTimer)
                    if timer.isActive()
                    and timer.isSingleShot()
                    and 0 <= timer.remainingTime() <= DEBOUNCE_LIMIT_MS
                ]
                if not waiting:
                    break
                self.marker.start(max(waiting))
                loop.exec()
        finally:
            self.app.removeEventFilter(self.counter)
            self.marker.timeout.disconnect(loop.quit)
        self.check()

    def timed(self, action: Callable[[], None]) -> float:
        """Milliseconds from just before ``action`` posts its input until the app is idle."""
        started = time.perf_counter()
        action()
        self.settle()
        elapsed = (time.perf_counter() - started) * 1000
        self.check()
        return elapsed

    def wait(self, seconds: float) -> None:
        """Let the event loop run for ``seconds``, as when a person looks at the screen."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    # -- nothing may block ---------------------------------------------------------------------

    def _close_modal_dialogs(self) -> None:
        from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QMessageBox):
            words = [dialog.text(), dialog.informativeText()]
        else:
            words = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        self.problems.append(
            f"a dialog appeared: “{dialog.windowTitle()}”: " + " / ".join(w for w in words if w)
        )
        dialog.close()
        if hasattr(dialog, "reject"):
            dialog.reject()

    def _record_exception(self, kind: type, value: BaseException, tb: Any) -> None:
        self.problems.append("an error in the app:\n" + "".join(traceback.format_exception(value)))

    def check(self) -> None:
        if self.problems:
            raise BenchmarkFailed("\n".join(self.problems))

    # -- finding things ------------------------------------------------------------------------

    def page(self, key: str) -> Any:
        self.window.show_page(key)
        view = getattr(self.window, f"{key}_view")
        if view is None:
            raise BenchmarkFailed(f"the window has no {key} page after show_page({key!r})")
        return view

    @staticmethod
    def button(view: Any, words: str) -> Any:
        """The visible button in ``view`` whose object name, words or accessible name say
        ``words``."""
        from PySide6.QtWidgets import QAbstractButton

        wanted = words.casefold()
        object_name = "".join(part.capitalize() for part in words.split())
        for button in view.findChildren(QAbstractButton):
            names = (
                button.objectName().casefold(),
                button.text().replace("&", "").casefold(),
                button.accessibleName().casefold(),
            )
            if names[0] == object_name.casefold() + "button" or any(
                wanted in name for name in names[1:]
            ):
                return button
        raise BenchmarkFailed(f"no button “{words}” on {type(view).__name__}")

    # -- input ---------------------------------------------------------------------------------

    def click(self, button: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not button.isVisible() or not button.isEnabled():
            raise BenchmarkFailed(f"the button “{button.text()}” cannot be clicked now")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def ctrl_s(self, view: Any) -> None:
        """Ctrl+S with the keyboard focus inside ``view``, as after a click in the form."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is None or not view.isAncestorOf(focus):
            focus = view
        QTest.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def type_in_note(self, today: Any) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QPlainTextEdit

        notes = today.findChildren(QPlainTextEdit)
        if not notes:
            raise BenchmarkFailed("Today has no note field to type in")
        notes[0].setFocus()
        QTest.keyClicks(notes[0], " x")

    # -- the run -------------------------------------------------------------------------------

    def run(self, result: dict[str, Any]) -> None:
        from PySide6.QtWidgets import QApplication

        from mbc_tracker.gui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if len(windows) != 1:
            raise BenchmarkFailed(f"expected one main window, found {len(windows)}")
        self.window = windows[0]
        # The size the app is designed for (the offscreen screen is 800x600, which would make
        # the window smaller, and Today would leave its month out of the steps).
        self.window.resize(1024, 700)
        self.watchdog.start()
        # The record opens on the next turn of the event loop, after the first paint.
        deadline = time.perf_counter() + SETTLE_TIMEOUT_S
        while self.window.record is None or self.window.pages is None:
            if time.perf_counter() > deadline:
                raise BenchmarkFailed("the record was not open after 30 s")
            self.wait(0.01)
            self.check()
        # After the app's own error reporter is in place: an error fails the run, with its text.
        sys.excepthook = self._record_exception
        self.settle()
        result["record_ready_s"] = time.perf_counter() - self.started
        remaining = FIRST_HISTORY_DELAY_S - (time.perf_counter() - self.started)
        if remaining > 0:
            self.wait(remaining)
        self.settle()
        result["first_history"] = self.timed(lambda: self.window.show_page("history"))
        history = self.page("history")
        if history.chart() is None:
            raise BenchmarkFailed("History showed no chart on its first visit")

        self.one_pass(1)  # warm-up: the first of everything in this process
        result["steps"] = self.one_pass(2)
        result["max_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.watchdog.stop()
        self.window.close()

    def one_pass(self, number: int) -> dict[str, float]:
        copy = self.data_dir / f"run-{number}.mbcrecord"
        shutil.copyfile(self.pristine, copy)
        if not self.window.switch_to(copy):
            raise BenchmarkFailed(f"the copy {copy} could not be opened")
        self.settle()
        for key in ("history", "flags", "today"):
            self.page(key)
            self.settle()
        today = self.page("today")
        today.day_saved.connect(self._count_save)
        times: dict[str, float] = {}

        shown = today.current_day()
        times["previous_day"] = self.timed(lambda: self.click(self.button(today, "Previous day")))
        if today.current_day() != shown - dt.timedelta(days=1):
            raise BenchmarkFailed("Previous day did not show the day before")
        self.click(self.button(today, "Back to today"))
        self.settle()

        saves = self.saves
        same = self.button(today, "Same as yesterday")

        def same_and_save() -> None:
            self.click(same)
            self.settle()
            if not today.has_unsaved_changes():
                raise BenchmarkFailed("“Same as yesterday” changed nothing to save")
            self.ctrl_s(today)

        times["same_and_save"] = self.timed(same_and_save)
        if self.saves != saves + 1 or today.has_unsaved_changes():
            raise BenchmarkFailed("Ctrl+S did not save the day")

        times["dose_taken"] = self.timed(lambda: self.answer_taken(today))

        times["flags_after_save"] = self.timed(lambda: self.window.show_page("flags"))
        self.check_page("flags")

        self.page("today")
        self.settle()
        self.type_in_note(today)
        self.settle()
        saves = self.saves
        self.ctrl_s(today)
        self.settle()
        if self.saves != saves + 1:
            raise BenchmarkFailed("Ctrl+S after typing a note did not save the day")
        times["history_after_save"] = self.timed(lambda: self.window.show_page("history"))
        history = self.check_page("history")

        times["history_period"] = self.timed(lambda: self.press_down_on_period(history))
        return times

    def answer_taken(self, today: Any) -> None:
        """Taken on the first dose of today still due, its time dialog accepted as offered (the
        time a person spends in the dialog is hers, not the app's): from the click until the
        answer is saved and Today shows it."""
        panel = today.doses_panel
        lines = [line for line in panel.lines if "taken" in line.buttons]
        if not lines:
            raise BenchmarkFailed("Today shows no dose to answer (the demo has doses every day)")
        line = lines[0]
        panel.ask = lambda _dialog: True
        before = len(lines)
        self.click(line.buttons["taken"])
        if len([line for line in panel.lines if "taken" in line.buttons]) != before - 1:
            raise BenchmarkFailed("Taken did not record the dose")

    def _count_save(self, _day: object) -> None:
        self.saves += 1

    def check_page(self, key: str) -> Any:
        view = getattr(self.window, f"{key}_view")
        if view is None or self.window.current_page() is not view:
            raise BenchmarkFailed(f"the {key} page is not in front after show_page({key!r})")
        return view

    def press_down_on_period(self, history: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QComboBox

        boxes = [
            box
            for box in history.findChildren(QComboBox)
            if box.accessibleName() == "Period" or box.findText("Last year") >= 0
        ]
        if not boxes:
            raise BenchmarkFailed("History has no period box")
        box = boxes[0]
        before = box.currentIndex()
        QTest.keyClick(box, Qt.Key.Key_Down)
        if box.currentIndex() == before:
            raise BenchmarkFailed("the Down key did not change History's period")


# -- the orchestrating process -----------------------------------------------------------------


def run_child(pristine: Path, work: Path, label: str, protected: bool = False) -> dict[str, Any]:
    """One run: a fresh data folder holding a copy of ``pristine``, the app driven inside it."""
    data_dir = work / f"run-{label}"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    os.chmod(data_dir, 0o700)
    shutil.copyfile(pristine, data_dir / pristine.name)
    out = work / f"result-{label}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)]
    command += ["--pristine", str(pristine), "--out", str(out)]
    if protected:
        command.append("--child-protected")
    try:
        finished = subprocess.run(
            command,
            env=offscreen_environment(),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as expired:
        raise SystemExit(f"run {label} did not finish in {CHILD_TIMEOUT_S:.0f} s") from expired
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    if "error" in result or finished.returncode != 0 or "steps" not in result:
        raise SystemExit(
            f"run {label} FAILED (exit {finished.returncode}):\n"
            f"{result.get('error', '')}\n{finished.stderr[-3000:]}"
        )
    shutil.rmtree(data_dir, ignore_errors=True)
    return result


def make_protected_copy(pristine: Path, work: Path) -> Path:
    """A copy of ``pristine`` protected with the ``protect`` verb, as a person would."""
    data_dir = work / "demo-10y-protected"
    data_dir.mkdir(parents=True, exist_ok=True)
    copy = data_dir / pristine.name
    shutil.copyfile(pristine, copy)
    passphrase_file = work / "passphrase.txt"
    passphrase_file.write_text(BENCH_PASSPHRASE + "\n", encoding="utf-8")
    command = [*app_command(), "--data-dir", str(data_dir), "--passphrase-file"]
    subprocess.run(
        [*command, str(passphrase_file), "protect"],
        check=True,
        env=offscreen_environment(),
        capture_output=True,
    )
    if copy.read_bytes().startswith(b"SQLite format 3"):
        raise SystemExit("the protected copy is still a plain SQLite file")
    return copy


def print_protected(plain: list[dict[str, Any]], protected: list[dict[str, Any]]) -> None:
    """The steps on the protected 10-year record against the plain one, runs side by side."""
    rows: list[tuple[str, str, str, str, str]] = []
    for key, words, _goal in STEPS:
        plain_ms = statistics.median(run["steps"][key] for run in plain)
        protected_ms = statistics.median(run["steps"][key] for run in protected)
        ratio = protected_ms / plain_ms
        rows.append(
            (
                words,
                f"{plain_ms:7.1f} ms",
                f"{protected_ms:7.1f} ms",
                f"{ratio:5.2f}x",
                verdict(ratio, PROTECTED_RATIO_GOAL),
            )
        )
    ready_plain = statistics.median(run["record_ready_s"] for run in plain) * 1000
    ready_protected = statistics.median(run["record_ready_s"] for run in protected) * 1000
    extra = ready_protected - ready_plain
    rows.append(
        (
            "launch until Today ready (with the passphrase)",
            f"{ready_plain:7.1f} ms",
            f"{ready_protected:7.1f} ms",
            f"+{extra:.0f} ms",
            verdict(extra, PROTECTED_OPEN_BUDGET_MS),
        )
    )
    print(
        f"\nThe 10-year record protected with a passphrase against the same record plain "
        f"(medians of {len(plain)} runs each; goal: each step within {PROTECTED_RATIO_GOAL}x, "
        f"opening at most {PROTECTED_OPEN_BUDGET_MS:.0f} ms more):\n"
    )
    header = ("step", "plain", "protected", "ratio", "met")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def make_empty_record(data_dir: Path) -> None:
    """A record holding only a person, made through the app's services as the tests do."""
    from mbc_tracker.domain.records import Person
    from mbc_tracker.paths import DataPaths
    from mbc_tracker.services.record import open_record

    paths = DataPaths(data_dir).ensure()
    record = open_record(paths.default_record, paths)
    try:
        record.person.save(Person(name="Ann Example"))
    finally:
        record.close()


def stats(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), max(values)


def pair(values: list[float], unit: str = "ms") -> str:
    median, largest = stats(values)
    return f"{median:7.1f} / {largest:7.1f} {unit}"


def verdict(value: float, goal: float, largest: float | None = None, strict: bool = False) -> str:
    met = value < goal if strict else value <= goal
    text = "met" if met else "NOT MET"
    if met and largest is not None and (largest >= goal if strict else largest > goal):
        text += " (max over)"
    return text


def run_existing(with_slow: bool) -> None:
    """Every other benchmark script, one after the other, with the lines that hold figures."""
    scripts = sorted(path for path in HERE.glob("bench_*.py") if path.name != Path(__file__).name)
    for script in scripts:
        if script.name in SLOW_SCRIPTS and not with_slow:
            print(f"\n=== {script.name}: skipped (about 15 minutes; add --with-slow) ===")
            continue
        print(f"\n=== {script.name} ===", flush=True)
        started = time.perf_counter()
        finished = subprocess.run(
            [sys.executable, str(script)],
            cwd=HERE,
            env=offscreen_environment(),
            capture_output=True,
            text=True,
        )
        for line in finished.stdout.splitlines():
            if line.strip() and not line.startswith(NOISE):
                print(line)
        took = time.perf_counter() - started
        state = "ok" if finished.returncode == 0 else f"FAILED (exit {finished.returncode})"
        print(f"  [{script.name}: {state}, {took:.0f} s]")
        if finished.returncode != 0:
            print(finished.stderr[-2000:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument(
        "--existing",
        action="store_true",
        help="then run the other bench_*.py scripts too and print their summary lines",
    )
    parser.add_argument(
        "--with-slow",
        action="store_true",
        help="with --existing, also run " + ", ".join(SLOW_SCRIPTS) + " (about 15 minutes)",
    )
    parser.add_argument(
        "--protected",
        action="store_true",
        help="also run the steps on the 10-year record protected with a passphrase and print "
        "them against the plain record (issue 14: within 1.2x, opening at most 300 ms more)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-protected", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pristine", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child_main(args.child, args.pristine, args.out, args.child_protected)

    from bench_startup import BARE_WINDOW, timed_run

    whole_started = time.perf_counter()
    print(compile_app_bytecode())
    with tempfile.TemporaryDirectory(prefix="mbc-bench-interaction-") as temp:
        work = Path(temp)
        pristine: dict[int, Path] = {}
        for years in YEARS:
            data_dir = work / f"demo-{years}y"
            seconds = build_demo_record(data_dir, years)
            records = sorted(data_dir.glob("*.mbcrecord"))
            pristine[years] = records[0]
            size = records[0].stat().st_size / 1e6
            print(f"{years}-year demo record: {size:.1f} MB, written in {seconds:.1f} s")
        if args.protected:
            pristine_protected = make_protected_copy(pristine[10], work)
            print(f"10-year demo record protected: {pristine_protected}")
        empty_dir = work / "empty"
        make_empty_record(empty_dir)
        bare_script = work / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        start_commands = {
            "app 10y": [*app_command(), "--data-dir", str(pristine[10].parent)],
            "bare": [sys.executable, str(bare_script)],
            "app empty": [*app_command(), "--data-dir", str(empty_dir)],
        }
        for name in ("app 10y", "app empty"):
            start_commands[name].append("--quit-after-startup")
        print("Warming up the start-up commands (one untimed run of each) ...", flush=True)
        for command in start_commands.values():
            timed_run(command)

        results: dict[int, list[dict[str, Any]]] = {years: [] for years in YEARS}
        protected_results: list[dict[str, Any]] = []
        starts: dict[str, list[float]] = {name: [] for name in start_commands}
        # Launch until the person can use the window: Today shown with the record's data (the
        # app), the window shown (the bare script).
        ready: dict[str, list[float]] = {"app 10y": [], "bare": []}
        for run in range(1, args.runs + 1):
            began = time.perf_counter()
            for years in YEARS:
                results[years].append(run_child(pristine[years], work, f"{years}y-{run}"))
            if args.protected:
                protected_results.append(
                    run_child(pristine_protected, work, f"10p-{run}", protected=True)
                )
            for name, command in start_commands.items():
                moments = timed_run(command)
                starts[name].append(moments["exit"] * 1000)
                if name in ready:
                    moment = "record_ready" if name == "app 10y" else "first_window_shown"
                    ready[name].append(moments[moment] * 1000)
            took = time.perf_counter() - began
            print(f"  run {run}/{args.runs} done in {took:.1f} s", flush=True)

    def series(years: int, step: str) -> list[float]:
        return [run["steps"][step] for run in results[years]]

    rows: list[tuple[str, str, str, str, str]] = []
    for key, words, goal in STEPS:
        one, ten = series(1, key), series(10, key)
        median, largest = stats(ten)
        rows.append(
            (words, pair(one), pair(ten), f"<= {goal:.0f} ms", verdict(median, goal, largest))
        )
    for key, words in (("previous_day", "step 1"), ("same_and_save", "step 2")):
        growth = statistics.median(series(10, key)) / statistics.median(series(1, key))
        rows.append(
            (
                f"6 growth 10y/1y of {words} (medians)",
                "",
                f"{growth:7.2f}x",
                f"<= {GROWTH_GOAL}x",
                verdict(growth, GROWTH_GOAL),
            )
        )
    app_10y = statistics.median(starts["app 10y"])
    for name, goal, words in (
        ("bare", START_BARE_GOAL, "7a start, whole process: 10y / bare window"),
        ("app empty", START_EMPTY_GOAL, "7b start, whole process: 10y / empty record"),
    ):
        ratio = app_10y / statistics.median(starts[name])
        rows.append((words, "", f"{ratio:7.2f}x", f"<= {goal}x", verdict(ratio, goal)))
    ratio = statistics.median(ready["app 10y"]) / statistics.median(ready["bare"])
    rows.append(("7c launch to Today ready: 10y / bare window shown", "", f"{ratio:7.2f}x", "", ""))
    first_one = [run["first_history"] for run in results[1]]
    first_ten = [run["first_history"] for run in results[10]]
    median, largest = stats(first_ten)
    rows.append(
        (
            "8 first History visit 2 s after start",
            pair(first_one),
            pair(first_ten),
            f"< {FIRST_HISTORY_GOAL:.0f} ms",
            verdict(median, FIRST_HISTORY_GOAL, largest, strict=True),
        )
    )
    rows.append(
        (
            "9 peak memory (max RSS) after the steps",
            pair([run["max_rss_mib"] for run in results[1]], "MiB"),
            pair([run["max_rss_mib"] for run in results[10]], "MiB"),
            "(no goal)",
            "",
        )
    )

    print(f"\nWhole-process start (launch to exit), {args.runs} runs, median / max:")
    for name, values in starts.items():
        print(f"  {name:10s} {pair(values)}")
    print("Launch until ready (the app: Today shown with the record; bare: its window shown):")
    for name, values in ready.items():
        print(f"  {name:10s} {pair(values)}")
    print(
        f"\nEach step from the click or key press until the event loop is idle, {args.runs} runs "
        "(one fresh process each, after an untimed warm-up pass), QT_QPA_PLATFORM=offscreen.\n"
        "'met' judges the 10-year median; '(max over)' when the 10-year max misses the goal.\n"
    )
    header = ("step", "1y median / max", "10y median / max", "goal", "met")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    if args.protected:
        print_protected(results[10], protected_results)
    print(f"\nWhole benchmark: {time.perf_counter() - whole_started:.0f} s")

    if args.existing:
        run_existing(args.with_slow)
        print(f"\nWith the other benchmarks: {time.perf_counter() - whole_started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
