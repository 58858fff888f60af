"""Saving one day's log on a record with 10 years of demo data, with ``synchronous=FULL``.

Run with the app's interpreter:  ``python tests/benchmarks/bench_save_day.py [--saves 200]``

Times ``record.daylog.save_day`` for a full day (every symptom shown on Today, weight,
temperature and a note), the way the Today screen calls it, in two series: editing the same day
again and again (each save changes the values, so every save really writes), and saving each of
the last N days once. The target is a median of at most 20 ms. The ``PRAGMA synchronous`` value
is read from the record's own connection to show that every commit waits for the disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from _common import build_demo_record, describe, filesystem_of, median_ms
from sqlalchemy import func, select

from mbc_tracker.domain.daylog import DayLog
from mbc_tracker.domain.records import SymptomKind
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, open_record
from mbc_tracker.storage.orm import SymptomEntryRow

TARGET_MS = 20.0
SYNCHRONOUS_NAMES = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


def full_day(record: CareRecord, day: dt.date, rng: random.Random, index: int) -> DayLog:
    symptoms = record.symptoms.on_today()
    return DayLog(
        day=day,
        severities={s.key: rng.randint(0, 10) for s in symptoms if s.kind is SymptomKind.RATED},
        events={s.key: rng.random() < 0.1 for s in symptoms if s.kind is SymptomKind.EVENT},
        weight=round(rng.uniform(60.0, 75.0), 1),
        temperature=round(rng.uniform(36.2, 37.8), 1),
        note=f"Save {index}: slept {rng.randint(4, 9)} hours, short walk, visit from my sister. 🌷",
    )


def time_saves(record: CareRecord, days: list[dt.date], today: dt.date) -> tuple[list[float], int]:
    rng = random.Random(20250314)
    times: list[float] = []
    changed = 0
    for index, day in enumerate(days):
        log = full_day(record, day, rng, index)
        started = time.perf_counter()
        result = record.daylog.save_day(log, today=today)
        times.append(time.perf_counter() - started)
        changed += result.changed
    return times, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200, help="saves in each series (200)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mbc-bench-save-") as temp:
        data_dir = Path(temp) / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        try:
            with record.engine.connect() as connection:
                synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
                journal_mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            with record.sessions() as session:
                entries = session.scalar(select(func.count()).select_from(SymptomEntryRow))
            size = paths.default_record.stat().st_size
            print(
                f"  written in {build_seconds:.1f} s: {entries} symptom entries, "
                f"{size / 1e6:.1f} MB on {filesystem_of(data_dir)}"
            )
            print(
                f"  PRAGMA synchronous = {synchronous} "
                f"({SYNCHRONOUS_NAMES.get(int(synchronous or 0), '?')}), "
                f"journal_mode = {journal_mode}"
            )
            on_today = record.symptoms.on_today()
            print(f"  a full day: {len(on_today)} symptoms on Today + weight, temperature, note")

            today = dt.date.today()
            record.daylog.save_day(full_day(record, today, random.Random(1), -1), today=today)
            same_day, same_changed = time_saves(record, [today] * args.saves, today)
            past_days = [today - dt.timedelta(days=offset) for offset in range(1, args.saves + 1)]
            each_day, each_changed = time_saves(record, past_days, today)
        finally:
            record.close()

    print("\nrecord.daylog.save_day, one full day per save, synchronous=FULL:")
    print(f"  the same day edited {args.saves} times: {describe(same_day)}")
    print(f"      ({same_changed} values written)")
    print(f"  {args.saves} past days once each:       {describe(each_day)}")
    print(f"      ({each_changed} values written)")
    worst = max(median_ms(same_day), median_ms(each_day))
    verdict = "within" if worst <= TARGET_MS else "OVER"
    print(f"  worse median: {worst:.1f} ms  ({verdict} the {TARGET_MS:g} ms target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
