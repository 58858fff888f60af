"""Alert load: how much the Flags page asks of a person over a year of the demo record.

Run with the app's interpreter:  ``python tests/benchmarks/bench_alert_load.py [--years 1]``

Builds the demo record (through the ``demo`` verb, as a person would) and evaluates its flags
once, as the Flags page does. Then, for the last 90 days (the Flags page's default period) and
for each 90-day window of the record, newest first, it prints:

- items: the flags (episodes) with at least one day in the window, and of them the open ones;
- symptoms: the symptoms with an open flag in the window (the page's "To tell your care team:
  N symptoms", one card each);
- promptly: the open flags in the window that ask to contact the care team promptly;
- new: the flags whose first day falls in the window (what first appeared then);
- split: the flags that begin at most ``SPLIT_DAYS`` days after a flag of the same symptom and
  rule ended: one stretch of a symptom shown as two items, the second raised afresh (and not
  covered by a "discussed" mark on the first).

The demo is generated from a seed relative to the day it is built, so the figures are the same
on any day. Figures, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from _common import build_demo_record

from mbc_tracker.domain.flags import Flag
from mbc_tracker.domain.knowledge import FlagLevel
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import open_record

WINDOW_DAYS = 90
SPLIT_DAYS = 7  # a flag starting this close after one of the same symptom and rule ended


def in_window(flag: Flag, first: dt.date, last: dt.date) -> bool:
    return any(first <= day <= last for day in flag.days)


def splits(flags: Sequence[Flag]) -> set[tuple[str, str, dt.date]]:
    """The identities of flags that start soon after one of the same symptom and rule ended."""
    ends: dict[tuple[str, str], list[dt.date]] = {}
    for flag in flags:
        ends.setdefault((flag.symptom_key, flag.rule.value), []).append(flag.last_day)
    found = set()
    for flag in flags:
        for ended in ends[(flag.symptom_key, flag.rule.value)]:
            if dt.timedelta(0) < flag.first_day - ended <= dt.timedelta(days=SPLIT_DAYS):
                found.add(flag.identity)
    return found


def row(name: str, flags: Sequence[Flag], first: dt.date, last: dt.date, split: set[object]) -> str:
    shown = [flag for flag in flags if in_window(flag, first, last)]
    open_ = [flag for flag in shown if flag.is_open]
    symptoms = {flag.symptom_key for flag in open_}
    promptly = [flag for flag in open_ if flag.level is FlagLevel.PROMPTLY]
    new = [flag for flag in flags if first <= flag.first_day <= last]
    split_new = [flag for flag in new if flag.identity in split]
    return (
        f"  {name:<27} {len(shown):5d} {len(open_):5d} {len(symptoms):8d} {len(promptly):8d} "
        f"{len(new):5d} {len(split_new):5d}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=1, help="years of demo history (1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mbc-bench-alerts-") as temp:
        data_dir = Path(temp) / "data"
        build_demo_record(data_dir, args.years)
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        try:
            flags = record.flags.evaluate()
            inputs = record.flags.inputs()
        finally:
            record.close()
    logged = sorted({entry.day for entry in inputs.entries})
    first_logged, today = logged[0], logged[-1] + dt.timedelta(days=1)  # the demo's today
    split = splits(flags)
    print(
        f"{args.years}-year demo record: {len(flags)} flags over the whole record "
        f"({sum(flag.is_open for flag in flags)} open), {len(split)} of them split off an "
        f"episode of the same symptom and rule that ended at most {SPLIT_DAYS} days before."
    )
    by_rule = Counter((flag.rule.value, flag.level.value) for flag in flags)
    print(
        "By rule and level: " + ", ".join(f"{r} {lv} {n}" for (r, lv), n in sorted(by_rule.items()))
    )
    print(f"\n  {'window':<27} items  open symptoms promptly   new split")
    last_90 = today - dt.timedelta(days=WINDOW_DAYS)
    print(row("last 90 days (Flags page)", flags, last_90, today, split))
    end = today - dt.timedelta(days=1)
    per_window = []
    while end >= first_logged:
        start = max(end - dt.timedelta(days=WINDOW_DAYS - 1), first_logged)
        name = f"{start:%d %b %Y} - {end:%d %b %Y}"
        per_window.append(row(name, flags, start, end, split))
        end = start - dt.timedelta(days=1)
    print("\n".join(per_window))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
