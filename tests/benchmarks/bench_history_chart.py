"""Redrawing the all-time History chart of a record with 10 years of demo data.

Run with the app's interpreter:  ``python tests/benchmarks/bench_history_chart.py [--runs 15]``

Prints the medians of: (a) redrawing the all-time chart of 8 symptoms with treatments,
appointments and flags as the History view does it: ``build_history_figure(data, figure,
legend=False, title=False, margin_words=False)`` into the view's reused Figure plus
``canvas.draw()`` (Agg, 10 x 6 inches at 100 dpi; the view paints the lanes' names itself);
(b) a plain matplotlib plot of the same arrays (as many lines with markers, one Figure, cleared
and drawn) in the same run, and the ratio of the two (the issue's targets:
(a) at most 150 ms and at most 1.3 times (b)); (a2) the same chart with its title and legend
inside the figure, as "Save chart…" and the clinic summary draw it (for comparison: this is the
redraw that was measured as (a) before the view moved them into Qt widgets); (c)
``record.history.data`` (reading the record, evaluating the flags, grouping).

What the view does outside (a), so that nothing it moved out of the redraw goes unmeasured (Qt
offscreen, when PySide6 is installed): (d) showing the chart's key and title in their Qt widgets
after a redraw (a new key each time, its marks' pictures already drawn), and drawing the marks'
pictures the first time; (e) the first hover or arrow key after a redraw, which works out the
words for every point. Then the peak memory of a fresh process that opens the record and draws
the chart (Agg, and Qt offscreen as the view draws it).
"""

from __future__ import annotations

import argparse
import inspect
import os
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
    build_history_figure(data, figure, legend=False, title=False)
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


def qt_side(data: object, runs: int) -> tuple[list[float], list[float], float] | None:
    """(d) the key and title shown in Qt after a redraw, (e) the first hover after one, and
    the first drawing of the key's marks (ms); None without PySide6."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel
    except ImportError:
        return None
    from matplotlib.figure import Figure

    from mbc_tracker.gui import history_legend
    from mbc_tracker.gui.history_legend import HistoryLegend
    from mbc_tracker.reports.history_chart import build_history_figure

    app = QApplication.instance() or QApplication([])
    legend, title = HistoryLegend(), QLabel()
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    chart = build_history_figure(data, figure, legend=False, title=False)  # type: ignore[arg-type]
    history_legend._ICONS.clear()
    started = time.perf_counter()
    legend.set_entries(chart.legend_entries)
    first_marks = (time.perf_counter() - started) * 1000
    showing, hovering = [], []
    for run in range(runs):
        chart = build_history_figure(data, figure, legend=False, title=False)  # type: ignore[arg-type]
        # A key that differs from the one shown (as after choosing other symptoms), so the rows
        # are really rebuilt; the marks' pictures come from the cache, as in the view.
        entries = chart.legend_entries if run % 2 else chart.legend_entries[::-1]
        started = time.perf_counter()
        legend.set_entries(entries)
        title.setText(chart.title)
        app.processEvents()
        showing.append(time.perf_counter() - started)
        started = time.perf_counter()
        chart.hover_points()
        hovering.append(time.perf_counter() - started)
    legend.deleteLater()
    title.deleteLater()
    app.processEvents()
    figure.clear()
    return showing, hovering, first_marks


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
        export_figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
        export_canvas = FigureCanvasAgg(export_figure)

        # As the view draws it: the lanes' names painted by Qt too, where the chart allows it
        # (an earlier version, run with PYTHONPATH for a comparison, has no such choice).
        view_options: dict[str, bool] = {"legend": False, "title": False}
        if "margin_words" in inspect.signature(build_history_figure).parameters:
            view_options["margin_words"] = False

        def chart() -> None:
            # As the History view redraws: the same figure, the key and title left to Qt.
            build_history_figure(data, figure, **view_options)  # type: ignore[arg-type]
            canvas.draw()

        def export_chart() -> None:
            # As "Save chart…" and the clinic summary draw it: the key and title in the figure.
            build_history_figure(data, export_figure)
            export_canvas.draw()

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

        # Interleaved, so all three see the same machine state.
        chart_seconds: list[float] = []
        plain_seconds: list[float] = []
        export_seconds: list[float] = []
        chart()
        plain()
        export_chart()
        for _ in range(args.runs):
            for action, seconds in (
                (chart, chart_seconds),
                (plain, plain_seconds),
                (export_chart, export_seconds),
            ):
                started = time.perf_counter()
                action()
                seconds.append(time.perf_counter() - started)
        agg_memory = peak_memory_mb(data_dir, "agg")
        qt_memory = peak_memory_mb(data_dir, "qt")
        # After the memory runs: a QApplication in this process changes what they inherit.
        qt = qt_side(data, args.runs)

    ratio = median_ms(chart_seconds) / median_ms(plain_seconds)
    export_ratio = median_ms(export_seconds) / median_ms(plain_seconds)
    print("\nAll-time History chart, 8 symptoms, 10 x 6 in at 100 dpi (Agg):")
    print(f"  (a)  the view's redraw (build + draw): {describe(chart_seconds)}")
    print(f"  (b)  plain plot of the same arrays:    {describe(plain_seconds)}")
    print(f"  (a2) with title and legend in figure:  {describe(export_seconds)}")
    print(f"  (c)  record.history.data():            {describe(reading)}")
    if qt is not None:
        showing, hovering, first_marks = qt
        print(f"  (d)  key and title shown in Qt:        {describe(showing)}")
        print(f"       the key's marks drawn the first time: {first_marks:.1f} ms")
        print(f"  (e)  first hover after a redraw:       {describe(hovering)}")
    verdict = "within" if median_ms(chart_seconds) <= TARGET_MS else "OVER"
    print(f"  (a) median {median_ms(chart_seconds):.1f} ms ({verdict} the {TARGET_MS:g} ms target)")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  (a)/(b) = {ratio:.2f}x ({verdict} the {TARGET_RATIO:g}x target)")
    print(f"  (a2)/(b) = {export_ratio:.2f}x (saving or printing the chart; not a redraw)")
    for name, memory in (("Agg", agg_memory), ("Qt offscreen", qt_memory)):
        if memory is not None:
            print(f"  peak memory, open the record and draw the chart ({name}): {memory:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
