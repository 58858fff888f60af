"""Start-up to first window shown, on a 10-year demo record, against a bare PySide6 window.

Run with the app's interpreter:  ``python tests/benchmarks/bench_startup.py [--runs 7]``

Both run as fresh processes with ``QT_QPA_PLATFORM=offscreen``: the app with
``--quit-after-startup`` and ``MBC_TRACKER_STARTUP_PROBE=1``, and a script that shows an empty
``QMainWindow``. Each reports, on the event-loop turn after ``show()`` (so after the first paint),
the Unix time at which its window was shown; the benchmark subtracts the moment it launched the
process. That "launch to first window shown" is the figure with the 1.5x target. The app then
opens the record and fills Today; "launch to record ready" and the whole process (with quitting)
are printed beside it so that nothing is hidden by showing the window early. Runs alternate
between the two so background noise hits both alike. It then prints ``python -X importtime`` for
the app's start: the costliest imports, and whether matplotlib was imported (it must not be).
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
    compile_app_bytecode,
    describe,
    filesystem_of,
    median_ms,
    offscreen_environment,
)

TARGET_RATIO = 1.5

BARE_WINDOW = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.resize(1100, 760)
window.show()

def shown():
    print(f"mbc-tracker-startup first_window_shown={time.time():.6f}", file=sys.stderr, flush=True)
    app.quit()

QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""

# The app's start in one process, cut into phases (each import is charged to the first phase that
# needs it), so a slow start can be pinned on a layer. Prints one line of "phase=milliseconds;...".
PHASES = """\
import sys, time
marks = [("start", time.perf_counter())]
import PySide6.QtWidgets
marks.append(("Qt", time.perf_counter()))
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


def timed_run(command: list[str]) -> dict[str, float]:
    """Seconds from launch to each reported moment, and to the end of the process ("exit")."""
    environment = {**offscreen_environment(), "MBC_TRACKER_STARTUP_PROBE": "1"}
    launched = time.time()
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    moments = {"exit": time.time() - launched}
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} exited with {result.returncode}:\n{result.stderr[-2000:]}"
        )
    for line in result.stderr.splitlines():
        if line.startswith("mbc-tracker-startup "):
            name, _, value = line.split(" ", 1)[1].partition("=")
            moments[name] = float(value) - launched
    if "first_window_shown" not in moments:
        raise SystemExit(f"{' '.join(command)} did not report when its window was shown")
    return moments


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
    print(compile_app_bytecode())

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
        app_runs: list[dict[str, float]] = []
        bare_runs: list[dict[str, float]] = []
        for _ in range(args.runs):
            app_runs.append(timed_run(app))
            bare_runs.append(timed_run(bare))

        def series(runs: list[dict[str, float]], moment: str) -> list[float]:
            return [run[moment] for run in runs]

        bare_shown = series(bare_runs, "first_window_shown")
        app_shown = series(app_runs, "first_window_shown")
        print(f"\nLaunch to first window shown, QT_QPA_PLATFORM=offscreen, {args.runs} runs:")
        print(f"  app ({args.years}-year record): {describe(app_shown)}")
        print(f"  bare PySide6 window:     {describe(bare_shown)}")
        ratio = median_ms(app_shown) / median_ms(bare_shown)
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"  ratio of medians: {ratio:.2f}x  ({verdict} the {TARGET_RATIO}x target)")
        ready = series(app_runs, "record_ready")
        print("\nFor the full picture (no target; the record opens after the window is shown):")
        print(f"  app, launch to record open and Today filled: {describe(ready)}")
        print(f"    = {median_ms(ready) / median_ms(bare_shown):.2f}x the bare window's first show")
        app_exit, bare_exit = series(app_runs, "exit"), series(bare_runs, "exit")
        print(f"  app, whole process with quitting:   {describe(app_exit)}")
        print(f"  bare, whole process with quitting:  {describe(bare_exit)}")
        print(f"    ratio of medians: {median_ms(app_exit) / median_ms(bare_exit):.2f}x")
        phases_script = temp_dir / "phases.py"
        phases_script.write_text(PHASES, encoding="utf-8")
        report_phases(phases_script, data_dir, args.runs)
        report_imports(data_dir, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
