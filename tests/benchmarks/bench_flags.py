"""Evaluating the flags over a record with 10 years of demo data.

Run with the app's interpreter:  ``python tests/benchmarks/bench_flags.py [--runs 15]``

Prints the median of three timings: (a) ``evaluate_flags`` alone, on inputs already read from
the record (the issue's target: a median of at most 50 ms); (b) ``evaluate()`` on a fresh
``FlagService``, which also reads the record and the settings and builds the flags cache, as
the first Flags view and the command line do (later calls read the cache: see
``bench_flag_engine.py``); and
(c) ``record.flags.inputs()`` alone, the reading part. Then the number of flags by rule and
level, so a change in the rules that floods or empties the list is noticed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _common import build_demo_record, describe, filesystem_of, median_ms

from mbc_tracker.domain.flags import evaluate_flags
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.flags import FlagService
from mbc_tracker.services.record import open_record

TARGET_MS = 50.0


def timed(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm up: first reads fill caches that every later run shares
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (15)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mbc-bench-flags-") as temp:
        data_dir = Path(temp) / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        try:
            inputs = record.flags.inputs()
            settings = record.flags.settings()
            print(
                f"  written in {build_seconds:.1f} s on {filesystem_of(data_dir)}: "
                f"{len(inputs.entries)} symptom entries, {len(inputs.measurements)} measurements, "
                f"{len(inputs.treatments)} treatments, {len(inputs.receptor_tests)} receptor "
                f"tests, {len(inputs.acknowledgements)} discussed marks"
            )
            rules_only = timed(
                lambda: evaluate_flags(inputs, record.knowledge, settings), args.runs
            )
            whole = timed(lambda: FlagService(record).evaluate(), args.runs)
            reading = timed(record.flags.inputs, args.runs)
            flags = record.flags.evaluate()
        finally:
            record.close()

    print("\nFlags over the whole record:")
    print(f"  (a) evaluate_flags on read inputs:  {describe(rules_only)}")
    print(f"  (b) FlagService(record).evaluate(): {describe(whole)}")
    print(f"  (c) record.flags.inputs() alone:    {describe(reading)}")
    verdict = "within" if median_ms(rules_only) <= TARGET_MS else "OVER"
    print(f"  (a) median {median_ms(rules_only):.1f} ms ({verdict} the {TARGET_MS:g} ms target)")

    by_rule = Counter((flag.rule.value, flag.level.value) for flag in flags)
    print(f"\n{len(flags)} flags ({sum(flag.is_open for flag in flags)} open), by rule and level:")
    for (rule, level), count in sorted(by_rule.items()):
        print(f"  {rule:<12} {level:<11} {count:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
