"""Start-up to first window shown, on a 10-year demo record, against a bare PySide6 window.

Run with the app's interpreter:  ``python tests/benchmarks/bench_startup.py [--runs 7]``

Both are timed as whole processes (interpreter start, imports, first window shown, quit) with
``QT_QPA_PLATFORM=offscreen``: the app with ``--quit-after-startup``, and a script that shows an
empty ``QMainWindow`` and quits the same way (``QTimer.singleShot(0, app.quit)`` after ``show``).
Runs alternate between the two so that background noise hits both alike. The target is a ratio
of at most 1.5. It then prints ``python -X importtime`` for the app's start: the costliest
imports, and whether matplotlib (which must wait for the first chart) was imported.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    app_command,
    build_demo_record,
    describe,
    filesystem_of,
    median_ms,
    offscreen_environment,
)

TARGET_RATIO = 1.5

BARE_WINDOW = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.resize(1100, 760)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

# The app's start in one process, cut into phases (each import is charged to the first phase that
# needs it), so a slow start can be pinned on a layer. Prints one line of "phase=milliseconds;...".
PHASES = """\
import sys, time
marks = [("start", time.perf_counter())]
import PySide6.QtWidgets
marks.append(("Qt", time.perf_counter()))
import sqlalchemy.orm
marks.append(("SQLAlchemy ORM", time.perf_counter()))
import alembic.command, alembic.script, alembic.runtime.migration
marks.append(("Alembic", time.perf_counter()))
import mbc_tracker.services.record
marks.append(("app models + services", time.perf_counter()))
import mbc_tracker.gui.application, mbc_tracker.gui.main_window
marks.append(("app GUI modules", time.perf_counter()))
from mbc_tracker.app import main
status = main(["--data-dir", sys.argv[1], "--quit-after-startup"])
marks.append(("open record + build + show", time.perf_counter()))
print(";".join(f"{name}={(t - marks[i][1]) * 1000:.1f}" for i, (name, t) in enumerate(marks[1:])))
sys.exit(status)
"""

# Imports that are costly and not needed to show the Today screen.
WATCHED = (
    "matplotlib",
    "numpy",
    "alembic",
    "sqlalchemy",
    "mako",
    "pygments",
    "PIL",
    "PySide6.QtCharts",
)


def timed_run(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=offscreen_environment(), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr[-2000:]}"
        )
    return elapsed


def parse_importtime(stderr: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) for each line of ``-X importtime`` output."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        rows.append((name.strip(), int(self_us), int(cumulative_us), depth))
    return rows


def report_imports(data_dir: Path, top: int) -> None:
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "mbc_tracker",
        "--data-dir",
        str(data_dir),
        "--quit-after-startup",
    ]
    result = subprocess.run(command, env=offscreen_environment(), capture_output=True, text=True)
    rows = parse_importtime(result.stderr)
    if not rows:
        print("  (no -X importtime output)")
        return
    modules = {name for name, _self, _cumulative, _depth in rows}
    total_us = sum(self_us for _name, self_us, _cumulative, _depth in rows)
    print(f"\n-X importtime of the app's start: {len(rows)} modules, {total_us / 1000:.0f} ms")
    print(f"  top {top} packages imported directly by the app or Python (cumulative):")
    top_level = sorted((row for row in rows if row[3] == 0), key=lambda row: -row[2])
    for name, _self, cumulative_us, _depth in top_level[:top]:
        print(f"    {cumulative_us / 1000:8.1f} ms  {name}")
    print(f"  top {top} single modules (own time):")
    for name, self_us, _cumulative, _depth in sorted(rows, key=lambda row: -row[1])[:top]:
        print(f"    {self_us / 1000:8.1f} ms  {name}")
    print("  families of modules (own time summed):")
    families: dict[str, int] = {}
    for name, self_us, _cumulative, _depth in rows:
        family = name.split(".")[0]
        families[family] = families.get(family, 0) + self_us
    for family, self_us in sorted(families.items(), key=lambda item: -item[1])[:top]:
        print(f"    {self_us / 1000:8.1f} ms  {family}")
    print("  watched imports:")
    for watched in WATCHED:
        loaded = sorted(
            name for name in modules if name == watched or name.startswith(watched + ".")
        )
        cost = sum(row[1] for row in rows if row[0] in loaded)
        state = (
            f"imported ({len(loaded)} modules, {cost / 1000:.1f} ms)" if loaded else "not imported"
        )
        print(f"    {watched:18s} {state}")
    matplotlib_loaded = any(name.split(".")[0] == "matplotlib" for name in modules)
    answer = "YES (it must not be)" if matplotlib_loaded else "no"
    print(f"\nmatplotlib imported at start-up: {answer}")


def report_phases(script: Path, data_dir: Path, runs: int) -> None:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, str(script), str(data_dir)],
            env=offscreen_environment(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not result.stdout.strip():
            print(f"  (phase run failed: {result.stderr[-500:]})")
            return
        for item in result.stdout.strip().splitlines()[-1].split(";"):
            name, _, value = item.rpartition("=")
            samples.setdefault(name, []).append(float(value))
    print(f"\nWhere the app's start goes, one process, median of {runs} runs:")
    total = 0.0
    for name, values in samples.items():
        value = statistics.median(values)
        total += value
        print(f"    {value:8.1f} ms  {name}")
    print(f"    {total:8.1f} ms  sum of medians (plus interpreter start and exit)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    parser.add_argument("--top", type=int, default=12, help="imports to list (12)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mbc-bench-startup-") as temp:
        temp_dir = Path(temp)
        data_dir = temp_dir / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        record_files = sorted(data_dir.glob("*.mbcrecord"))
        size = sum(path.stat().st_size for path in record_files)
        print(
            f"  written in {build_seconds:.1f} s: {', '.join(p.name for p in record_files)} "
            f"({size / 1e6:.1f} MB, {filesystem_of(data_dir)})"
        )
        bare_script = temp_dir / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")

        app = [*app_command(), "--data-dir", str(data_dir), "--quit-after-startup"]
        bare = [sys.executable, str(bare_script)]
        print("Warming up (one untimed run of each) ...")
        timed_run(app)
        timed_run(bare)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):
            app_times.append(timed_run(app))
            bare_times.append(timed_run(bare))

        print(f"\nStart-up to first window and quit, QT_QPA_PLATFORM=offscreen, {args.runs} runs:")
        print(f"  app ({args.years}-year record): {describe(app_times)}")
        print(f"  bare PySide6 window:     {describe(bare_times)}")
        ratio = median_ms(app_times) / median_ms(bare_times)
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"  ratio of medians: {ratio:.2f}x  ({verdict} the {TARGET_RATIO}x target)")
        phases_script = temp_dir / "phases.py"
        phases_script.write_text(PHASES, encoding="utf-8")
        report_phases(phases_script, data_dir, args.runs)
        report_imports(data_dir, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
