"""The History page on a 10-year record: peak memory, first draw and redraw, in a real Qt window.

Run with the app's interpreter:  ``python tests/benchmarks/bench_history_memory.py [--runs 10]``

Builds a demo record through the ``demo`` verb, starts a QApplication on the offscreen platform,
shows a ``HistoryView`` on all time with 8 symptoms, and prints: the peak memory of the process
(``ru_maxrss``) before the page, after the first chart and after the redraws; the time from
showing the page to the first chart on screen (matplotlib's import included, as a person would
wait for it); and the median time of a redraw after ``refresh()``
(reading the record again and drawing the chart), and of the drawing alone.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import build_demo_record, describe, filesystem_of

SYMPTOM_COUNT = 8


def peak_mib() -> float:
    """The process's peak resident memory so far, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed redraws (10)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mbc_tracker.gui.history_view import ALL_TIME, HistoryView
    from mbc_tracker.paths import DataPaths
    from mbc_tracker.services.record import open_record

    with tempfile.TemporaryDirectory(prefix="mbc-bench-history-") as temp:
        data_dir = Path(temp) / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        print(f"  written in {build_seconds:.1f} s on {filesystem_of(data_dir)}")
        app = QApplication.instance() or QApplication([])
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        try:
            first, last = record.history.all_range() or (None, None)
            assert first is not None and last is not None, "the demo record is empty"
            keys = list(record.history.logged_keys(first, last))[:SYMPTOM_COUNT]
            print(f"  all time: {first} to {last}; {len(keys)} symptoms: {', '.join(keys)}")
            before_view = peak_mib()

            view = HistoryView(record, today=lambda: last)
            view.resize(1040, 720)
            view.set_period_days(ALL_TIME)

            def wait_for_chart() -> None:
                loop = QEventLoop()
                view.chart_drawn.connect(loop.quit)
                QTimer.singleShot(60_000, loop.quit)  # never hang a benchmark run
                loop.exec()
                view.chart_drawn.disconnect(loop.quit)

            matplotlib_loaded = "matplotlib" in sys.modules
            started = time.perf_counter()
            view.show()
            wait_for_chart()
            first_draw = time.perf_counter() - started
            # Choose the 8 symptoms (the default is every symptom logged in the period).
            for key in view.symptom_keys():
                view.set_symptom_shown(key, key in keys)
            for key in keys:
                view.set_symptom_shown(key, True)
            wait_for_chart()
            data = view.data()
            assert data is not None
            point_count = sum(len(series.points) for series in data.symptoms)
            print(
                f"  chart: {len(data.symptoms)} symptoms, {point_count} points "
                f"({data.aggregation.value}), {len(data.weight)} weights, "
                f"{len(data.treatments)} treatments, {len(data.appointments)} appointments, "
                f"{len(data.flagged)} flagged days"
            )
            after_first = peak_mib()

            redraws, draws_only = [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                view.refresh()
                # A re-read that finds the same data no longer redraws: ask for the drawing too,
                # so that this stays "read everything again and draw".
                view._chart_stale = True
                wait_for_chart()
                redraws.append(time.perf_counter() - started)
            for _ in range(args.runs):
                started = time.perf_counter()
                view._draw_chart()  # the figure alone, on data already read
                draws_only.append(time.perf_counter() - started)
            after_redraws = peak_mib()

            print()
            print(
                f"First chart on screen (show to drawn): {first_draw * 1000:7.1f} ms"
                + ("" if not matplotlib_loaded else "  (matplotlib was already loaded)")
            )
            print(f"Redraw after refresh() (read + draw): {describe(redraws)}")
            print(f"Redraw of the figure alone:          {describe(draws_only)}")
            print()
            print(f"Peak memory before the History page: {before_view:7.1f} MiB")
            print(f"Peak memory after the first chart:   {after_first:7.1f} MiB")
            print(f"Peak memory after {args.runs} redraws x2:     {after_redraws:7.1f} MiB")
            view.close_chart()
            view.deleteLater()
            app.processEvents()
        finally:
            record.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
