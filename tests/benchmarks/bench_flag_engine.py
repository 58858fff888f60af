"""The flags cache on 1-year and 10-year demo records: does a change cost the same in both?

Run with the app's interpreter:  ``python tests/benchmarks/bench_flag_engine.py [--runs 21]``

For each record: (a) building the cache (``FlagService.warm`` on a fresh service: the fast read
and the full evaluation); (b) ``apply`` of one changed day, after a real ``save_day`` of one
symptom on a random day (median and max; the save itself is not timed); (c) ``flags_on(day)``
with a cold cache (the bounded window evaluation, reading only days around it) and (d) with a
warm cache. Then how each grows from 1 to 10 years: (b) and (c) should stay near 1x, (a) grows
with the record. Every applied change is checked against a full evaluation at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from _common import build_demo_record, describe

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.flags import evaluate_flags
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.changes import RecordChanges
from mbc_tracker.services.flags import FlagService
from mbc_tracker.services.record import CareRecord, open_record


def timed_once(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(record: CareRecord, runs: int, rng: random.Random) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"build": [], "apply": [], "cold": [], "warm": []}
    for _ in range(runs):
        results["build"].append(timed_once(FlagService(record).warm))
    service = record.flags
    service.warm()
    inputs = service.inputs()
    days = sorted({entry.day for entry in inputs.entries})
    last = days[-1]
    for _ in range(runs):
        day = rng.choice(days)
        log = record.daylog.load_day(day)
        key = rng.choice(sorted(log.severities)) if log.severities else "fatigue"
        severities = {**log.severities, key: rng.randint(0, 10)}
        record.daylog.save_day(
            DayLog(day=day, severities=severities), today=max(last, dt.date.today())
        )
        changes = RecordChanges.of_days({day})
        results["apply"].append(timed_once(partial(service.apply, changes)))
    assert service.is_warm
    expected = evaluate_flags(service.inputs(), record.knowledge, service.settings())
    assert service.evaluate() == expected, "the cache differs from a full evaluation"
    probes = [last, *rng.sample(days, runs - 1)]
    for probe in probes:
        results["cold"].append(timed_once(partial(FlagService(record).flags_on, probe)))
        results["warm"].append(timed_once(partial(service.flags_on, probe)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each (21)")
    args = parser.parse_args()
    rng = random.Random(11)
    by_years: dict[int, dict[str, list[float]]] = {}
    for years in (1, 10):
        with tempfile.TemporaryDirectory(prefix="mbc-bench-engine-") as temp:
            data_dir = Path(temp) / "data"
            build_demo_record(data_dir, years)
            paths = DataPaths(data_dir)
            record = open_record(paths.default_record, paths)
            try:
                entries = len(record.flags.inputs().entries)
                flags = len(record.flags.evaluate())
                by_years[years] = measure(record, args.runs, rng)
            finally:
                record.close()
        print(f"\n{years}-year demo record: {entries} symptom entries, {flags} flags")
        labels = {
            "build": "(a) build the cache (warm)",
            "apply": "(b) apply one changed day",
            "cold": "(c) flags_on(day), cold",
            "warm": "(d) flags_on(day), warm",
        }
        for name, label in labels.items():
            print(f"  {label:<29} {describe(by_years[years][name])}")
    print("\nGrowth from 1 to 10 years (ratio of medians):")
    for name in ("build", "apply", "cold", "warm"):
        ratio = statistics.median(by_years[10][name]) / statistics.median(by_years[1][name])
        print(f"  {name:<6} {ratio:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
