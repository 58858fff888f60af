"""The History view as a person meets it: shown after a save, and a period chosen.

Run with the app's interpreter:  ``python tests/benchmarks/bench_history_view.py [--years 1 10]``

Real widgets (Qt offscreen), a demo record of each size written through the ``demo`` verb, the
view 1024 x 700. Each figure is measured from the action until the event loop is idle (the
view's deferred update has run, the chart is drawn and painted), median of ``--runs``:

- shown after a save: the view hidden, a day saved on Today's service, the view told (its
  ``record_changed`` with the days saved, or ``refresh()`` where there is none), then shown;
- a period chosen: the period box moved to 30 days, 90 days, a year and "All" in turn.

Where the flags service has a cache (``record.flags.apply``), it is told of the save first, as
the window's change runner does. ``--cached-flags`` stands in for such a cache in a version
without one (``record.flags.evaluate()`` returns the flags as the record was opened).
Run it with ``PYTHONPATH`` pointing at another checkout to compare with an earlier version.

The first draw (matplotlib's import) is made before timing. The issue's targets: shown after a
save at most 150 ms, a period change at most 120 ms at 10 years, and 1 and 10 years within 1.3x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import build_demo_record, median_ms

PERIODS = ((30, "30 days"), (90, "90 days"), (365, "a year"), (0, "All"))


def until_idle() -> None:
    """Let the event loop run until nothing is left for it to do (two quiet turns)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    for _ in range(2):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    QApplication.processEvents()


CPU: dict[str, list[float]] = {}  # the same actions' processor time, by name


def timed(action: Callable[[], object], name: str = "") -> float:
    """Wall time from the action until idle; its processor time is kept in ``CPU[name]``
    (on a busy machine the wall time also counts waiting for a core)."""
    started, started_cpu = time.perf_counter(), time.process_time()
    action()
    until_idle()
    CPU.setdefault(name, []).append(time.process_time() - started_cpu)
    return time.perf_counter() - started


def measure(data_dir: Path, runs: int, cached_flags: bool = False) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from mbc_tracker.domain.daylog import DayLog
    from mbc_tracker.gui.history_view import HistoryView
    from mbc_tracker.paths import DataPaths
    from mbc_tracker.services.record import open_record

    app = QApplication.instance() or QApplication([])
    paths = DataPaths(data_dir)
    record = open_record(paths.default_record, paths)
    if cached_flags:
        # As with the flags cache (FlagService kept up to date from what changed): evaluating
        # costs next to nothing. The flags are those of the record as opened.
        flags = record.flags.evaluate()
        record.flags.evaluate = lambda since=None: list(flags)  # type: ignore[method-assign]
    view = HistoryView(record)
    view.resize(1024, 700)
    view.show()
    until_idle()
    results: dict[str, float] = {}
    try:
        for days, _name in PERIODS:
            view.set_period_days(days)
            until_idle()  # warm: this period drawn once
        today = dt.date.today()
        for days, name in (PERIODS[1], PERIODS[3]):
            view.set_period_days(days)
            until_idle()
            seconds = []
            for run in range(runs):
                view.hide()
                until_idle()
                day = today - dt.timedelta(days=run % 3)
                record.daylog.save_day(DayLog(day=day, severities={"fatigue": 2 + run % 4}))
                from mbc_tracker.services.changes import RecordChanges

                # As the window's change runner does: the flags cache told, then the pages.
                changes = RecordChanges.of_days({day}, measurements=True)  # as Today sends it
                apply = getattr(record.flags, "apply", None)
                if apply is not None and not cached_flags:
                    apply(changes)
                notify = getattr(view, "record_changed", None)
                if notify is not None:
                    notify(changes)
                else:
                    view.refresh()
                seconds.append(timed(view.show, f"shown after a save ({name})"))
            results[f"shown after a save ({name})"] = median_ms(seconds)
        by_period: dict[str, list[float]] = {name: [] for _, name in PERIODS}
        for _ in range(runs):
            for days, name in PERIODS:
                label = f"period changed to {name}"
                by_period[name].append(timed(lambda days=days: view.set_period_days(days), label))
        for name, seconds in by_period.items():
            results[f"period changed to {name}"] = median_ms(seconds)
        for name, seconds in list(CPU.items()):
            results[f"{name}, cpu"] = median_ms(seconds)
        CPU.clear()
    finally:
        view.close_chart()
        view.deleteLater()
        until_idle()
        record.close()
        del app
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (7)")
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--data", type=Path, help="reuse demo records in DATA/y<years>")
    parser.add_argument(
        "--cached-flags",
        action="store_true",
        help="stand in for the flags cache: record.flags.evaluate() returns the flags at once",
    )
    args = parser.parse_args()
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mbc-bench-history-view-") as temp:
        for years in args.years:
            data_dir = (args.data or Path(temp)) / f"y{years}"
            if not (data_dir / "record.mbcrecord").exists():
                print(f"Building a {years}-year demo record in {data_dir} ...", file=sys.stderr)
                build_demo_record(data_dir, years)
            table[years] = measure(data_dir, args.runs, args.cached_flags)
    names = list(next(iter(table.values())))
    header = "".join(f"{f'{years} y':>10}" for years in table)
    print(f"\nHistory view, median of {args.runs}, ms (click until idle):")
    print(f"  {'':34}{header}")
    for name in names:
        values = "".join(f"{table[years][name]:10.1f}" for years in table)
        print(f"  {name:34}{values}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
