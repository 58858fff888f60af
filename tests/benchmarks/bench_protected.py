"""What a passphrase costs: a protected 10-year record against the same record plain.

Run with the app's interpreter:  ``python tests/benchmarks/bench_protected.py [--runs 7]``

Issue 14's goals: opening a protected 10-year record costs at most 300 ms more than opening the
plain one, and every interaction stays within 1.2x of the plain record. One 10-year demo record
is made with the ``demo`` verb; a copy of it is protected with the ``protect`` verb, as a person
would. Both are then used in this one process, the runs alternating plain, protected, plain...
so that background noise hits both alike; each figure is a median (of the runs, each the median
of five calls in a row after one warm-up call), and the ratio is protected over plain in the
same run.

  open:     ``open_record`` with the record's lock, the first reads Today makes (the day's log
            and the symptoms on Today), then ``close``; for the protected record the key is
            derived from the passphrase first (``key_for``: PBKDF2-HMAC-SHA512, 256,000
            iterations, once per opening), which is most of the difference;
  save:     ``daylog.save_day`` of a full day (every symptom, weight, temperature, note);
  flags:    ``flags.evaluate()`` after that save (what the Flags page shows);
  history:  ``history.data`` for the last year and eight symptoms (History's chart);
  summary:  ``summary.data`` for the default period (the clinic summary);
  export:   the whole record written as JSON (``export_record``).

The key derivation alone is printed too, as it is the part that does not depend on the record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import app_command, build_demo_record, filesystem_of, offscreen_environment
from bench_save_day import full_day

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import CareRecord, key_for, open_record
from mbc_tracker.services.transfer import export_record

PASSPHRASE = "a quiet morning by the sea"
OPEN_BUDGET_MS = 300.0
RATIO_GOAL = 1.2
# Each step is timed this many times in a row on the open record (as a person repeats them in
# one sitting); a run keeps their median. One call right after opening is mostly noise here.
REPEATS = 5


def open_and_close(paths: DataPaths, protected: bool, today: dt.date) -> float:
    started = time.perf_counter()
    key = key_for(paths.default_record, PASSPHRASE) if protected else None
    record = open_record(paths.default_record, paths, key=key)
    try:
        record.daylog.load_day(today)
        record.symptoms.on_today()
    finally:
        record.close()
    return time.perf_counter() - started


def interactions(
    record: CareRecord, today: dt.date, run: int, scratch: Path
) -> dict[str, Callable[[], object]]:
    tracked = [symptom.key for symptom in record.history.tracked()][:8]
    rng = random.Random(run)
    return {
        "save": lambda: record.daylog.save_day(full_day(record, today, rng, run), today=today),
        "flags": lambda: record.flags.evaluate(),
        "history": lambda: record.history.data(today - dt.timedelta(days=364), today, tracked),
        "summary": lambda: record.summary.data(
            record.summary.default_period(today),
            record.summary.options().sections,
            record.summary.options().prepared_by,
            today,
        ),
        "export": lambda: export_record(record, scratch / f"export-{run}.json"),
    }


def time_interactions(
    paths: DataPaths, protected: bool, today: dt.date, run: int, scratch: Path
) -> dict[str, float]:
    key = key_for(paths.default_record, PASSPHRASE) if protected else None
    record = open_record(paths.default_record, paths, key=key)
    times: dict[str, float] = {}
    try:
        steps = interactions(record, today, run, scratch)
        for name, step in steps.items():
            step()  # warm: the first call pays for imports and caches, in both alike
            repeats = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                step()
                repeats.append(time.perf_counter() - started)
            times[name] = statistics.median(repeats)
    finally:
        record.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each, alternating (7)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()
    today = dt.date.today()

    with tempfile.TemporaryDirectory(prefix="mbc-bench-protected-") as temp:
        plain = DataPaths(Path(temp) / "plain")
        print(f"Building a {args.years}-year demo record in {plain.data_dir} ...")
        build_seconds = build_demo_record(plain.data_dir, args.years)
        protected = DataPaths(Path(temp) / "protected").ensure()
        protected.default_record.write_bytes(plain.default_record.read_bytes())
        passphrase_file = Path(temp) / "passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [
                *app_command(),
                "--data-dir",
                str(protected.data_dir),
                "--passphrase-file",
                str(passphrase_file),
                "protect",
            ],
            check=True,
            env=offscreen_environment(),
            capture_output=True,
        )
        protect_seconds = time.perf_counter() - started
        size = plain.default_record.stat().st_size
        print(
            f"  written in {build_seconds:.1f} s ({size / 1e6:.1f} MB on "
            f"{filesystem_of(plain.data_dir)}); a copy protected in {protect_seconds:.1f} s"
        )
        assert not protected.default_record.read_bytes().startswith(b"SQLite format 3")

        derive: list[float] = []
        opens: dict[bool, list[float]] = {False: [], True: []}
        steps: dict[bool, dict[str, list[float]]] = {False: {}, True: {}}
        scratch = Path(temp) / "exports"
        scratch.mkdir()
        for run in range(args.runs):
            started = time.perf_counter()
            hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), b"0" * 16, 256_000, dklen=32)
            derive.append(time.perf_counter() - started)
            for is_protected in (False, True):
                paths = protected if is_protected else plain
                opens[is_protected].append(open_and_close(paths, is_protected, today))
                timed = time_interactions(paths, is_protected, today, run, scratch)
                for name, seconds in timed.items():
                    steps[is_protected].setdefault(name, []).append(seconds)

    def median(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(f"\nMedians of {args.runs} runs (ms), one {args.years}-year record plain and protected:")
    print(f"  key derivation alone (PBKDF2-SHA512, 256,000): {median(derive):7.1f}")
    plain_open, protected_open = median(opens[False]), median(opens[True])
    extra = protected_open - plain_open
    print(
        f"  open (lock, first reads, close):  plain {plain_open:7.1f}   protected "
        f"{protected_open:7.1f}   +{extra:.1f} ms "
        f"({'within' if extra <= OPEN_BUDGET_MS else 'OVER'} the {OPEN_BUDGET_MS:g} ms budget)"
    )
    worst = 0.0
    for name in steps[False]:
        plain_ms, protected_ms = median(steps[False][name]), median(steps[True][name])
        ratio = protected_ms / plain_ms if plain_ms else float("inf")
        worst = max(worst, ratio)
        print(
            f"  {name:8s} plain {plain_ms:7.1f}   protected {protected_ms:7.1f}   "
            f"ratio {ratio:4.2f}x"
        )
    print(
        f"  worst ratio {worst:.2f}x ({'within' if worst <= RATIO_GOAL else 'OVER'} the "
        f"{RATIO_GOAL:g}x goal)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
