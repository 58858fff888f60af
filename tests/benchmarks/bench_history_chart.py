"""Redrawing the all-time History chart of a record with 10 years of demo data.

Run with the app's interpreter:  ``python tests/benchmarks/bench_history_chart.py [--runs 15]``

Prints the medians of: (a) redrawing the all-time chart of 8 symptoms with treatments,
appointments and flags, ``build_history_figure`` into a reused Figure plus ``canvas.draw()``
(Agg, 10 x 6 inches at 100 dpi, the view's size); (b) a plain matplotlib plot of the same arrays
(as many lines with markers, one Figure, cleared and drawn) in the same run, and the ratio of
the two (the issue's targets: (a) at most 150 ms and at most 1.3 times (b)); (c)
``record.history.data`` (reading the record, evaluating the flags, grouping). Then the peak
memory of a fresh process that opens the record and draws the chart (Agg, and Qt offscreen if
PySide6 is installed).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import build_demo_record, describe, filesystem_of, median_ms, offscreen_environment

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

TARGET_MS = 150.0
TARGET_RATIO = 1.3
SYMPTOMS = 8
SIZE_INCHES = (10.0, 6.0)
DPI = 100

# Peak memory of a process that opens the record and draws the chart once (``--qt``: into a
# FigureCanvasQTAgg widget, offscreen, as the app would).
MEMORY_SCRIPT = """
import resource, sys
from pathlib import Path
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record
paths = DataPaths(Path(sys.argv[1]))
record = open_record(paths.default_record, paths)
first, last = record.history.all_range()
keys = [s.key for s in record.history.tracked()][:8]
data = record.history.data(first, last, keys)
from mbc_tracker.reports.history_chart import build_history_figure
if sys.argv[2] == "qt":
    from PySide6.QtWidgets import QApplication
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    app = QApplication([])
    figure = Figure(figsize=(10, 6), dpi=100)
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(1000, 600)
    canvas.show()
    build_history_figure(data, figure)
    canvas.draw()
    app.processEvents()
else:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    chart = build_history_figure(data)
    FigureCanvasAgg(chart.figure).draw()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm up: fonts, caches
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
    return seconds


def peak_memory_mb(data_dir: Path, mode: str) -> float | None:
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(data_dir), mode],
        capture_output=True,
        text=True,
        env=offscreen_environment(),
        check=False,
    )
    if result.returncode != 0:
        print(f"  ({mode} memory run failed: {result.stderr.strip().splitlines()[-1:]})")
        return None
    return int(result.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (15)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from mbc_tracker.domain.records import SymptomKind
    from mbc_tracker.reports.history_chart import build_history_figure, date_number

    with tempfile.TemporaryDirectory(prefix="mbc-bench-history-") as temp:
        data_dir = Path(temp) / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        try:
            first, last = record.history.all_range()
            keys = [symptom.key for symptom in record.history.tracked()][:SYMPTOMS]
            data = record.history.data(first, last, keys)
            reading = timed(lambda: record.history.data(first, last, keys), args.runs)
        finally:
            record.close()
        print(
            f"  written in {build_seconds:.1f} s on {filesystem_of(data_dir)}; all time "
            f"{first} to {last}, {data.aggregation.value} points: "
            f"{sum(len(s.points) for s in data.symptoms)} symptom points in {len(data.symptoms)} "
            f"series ({sum(s.kind is SymptomKind.EVENT for s in data.symptoms)} events), "
            f"{len(data.weight)} weights, {len(data.treatments)} treatments, "
            f"{len(data.appointments)} appointments, {len(data.flagged)} flagged symptom-days"
        )

        figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
        canvas = FigureCanvasAgg(figure)

        def chart() -> None:
            build_history_figure(data, figure)
            canvas.draw()

        arrays = [
            (
                [date_number(point.day) for point in series.points],
                [point.value for point in series.points],
            )
            for series in data.symptoms
        ]
        if data.weight:
            arrays.append(
                ([date_number(p.day) for p in data.weight], [p.value for p in data.weight])
            )
        plain_figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
        plain_canvas = FigureCanvasAgg(plain_figure)

        def plain() -> None:
            plain_figure.clear()
            axes = plain_figure.add_subplot()
            for x, y in arrays:
                axes.plot(x, y, marker="o")
            plain_canvas.draw()

        # Interleaved, so both see the same machine state.
        chart_seconds: list[float] = []
        plain_seconds: list[float] = []
        chart()
        plain()
        for _ in range(args.runs):
            for action, seconds in ((chart, chart_seconds), (plain, plain_seconds)):
                started = time.perf_counter()
                action()
                seconds.append(time.perf_counter() - started)

        agg_memory = peak_memory_mb(data_dir, "agg")
        qt_memory = peak_memory_mb(data_dir, "qt")

    ratio = median_ms(chart_seconds) / median_ms(plain_seconds)
    print("\nAll-time History chart, 8 symptoms, 10 x 6 in at 100 dpi (Agg):")
    print(f"  (a) build_history_figure + draw:   {describe(chart_seconds)}")
    print(f"  (b) plain plot of the same arrays: {describe(plain_seconds)}")
    print(f"  (c) record.history.data():         {describe(reading)}")
    verdict = "within" if median_ms(chart_seconds) <= TARGET_MS else "OVER"
    print(f"  (a) median {median_ms(chart_seconds):.1f} ms ({verdict} the {TARGET_MS:g} ms target)")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  (a)/(b) = {ratio:.2f}x ({verdict} the {TARGET_RATIO:g}x target)")
    for name, memory in (("Agg", agg_memory), ("Qt offscreen", qt_memory)):
        if memory is not None:
            print(f"  peak memory, open the record and draw the chart ({name}): {memory:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
