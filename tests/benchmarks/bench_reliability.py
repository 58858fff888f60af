"""The reliability harness at scale: the figures the README's "Reliability" section quotes.

Run with the app's interpreter:
  ``python tests/benchmarks/bench_reliability.py [--kills 200] [--races 30] [--import-kills 30]
  [--beside-seconds 30]``

Runs the trials of ``tests/reliability.py`` many times (CI runs each a few times in
``tests/unit/test_reliability.py``): a saving process SIGKILLed at random moments, two imports
into one new folder at once, an import killed half-way, and exports in other processes while one
saves. Prints what a person would call failures; every one of them should be 0.
"""

# ruff: noqa: E402  (tests/ goes on the path before reliability.py is imported)
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
FUZZ_TEST = TESTS / "unit" / "test_transfer_fuzz.py"
sys.path.insert(0, str(TESTS))  # for reliability.py

from reliability import (
    export_beside_saves,
    kill_during_imports,
    kill_during_saves,
    racing_imports,
)

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.transfer import export_record


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--races", type=int, default=30)
    parser.add_argument("--import-kills", type=int, default=30)
    parser.add_argument("--beside-seconds", type=float, default=30.0)
    parser.add_argument("--fuzz", type=int, default=2000, help="random spoilt import files")
    options = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="mbc-reliability-") as temporary:
        work = Path(temporary)
        record = write_demo_record(DataPaths(work / "demo"), years=1, today=dt.date.today())
        try:
            export_record(record, work / "demo.json")
        finally:
            record.close()

        started = time.perf_counter()
        kills = kill_during_saves(work / "kills", options.kills)
        print(
            f"SIGKILL during saves: {kills.kills} kills, {kills.saves_confirmed} saves confirmed "
            f"before their process died; lost {kills.lost}, integrity errors "
            f"{kills.integrity_errors}, left locked {kills.left_locked}, tracebacks "
            f"{kills.tracebacks}  ({time.perf_counter() - started:.0f} s)"
        )
        failures += kills.lost + kills.integrity_errors + kills.left_locked + kills.tracebacks

        started = time.perf_counter()
        races = racing_imports(work, work / "demo.json", options.races)
        print(
            f"two imports into one new folder at once: {races.rounds} rounds; both succeeded "
            f"{races.both_succeeded}, said 'Imported' with no record "
            f"{races.said_imported_but_no_record}, "
            f"neither {races.neither_succeeded}, tracebacks {races.tracebacks}  "
            f"({time.perf_counter() - started:.0f} s)"
        )
        failures += (
            races.both_succeeded
            + races.said_imported_but_no_record
            + races.neither_succeeded
            + races.tracebacks
        )

        started = time.perf_counter()
        imports = kill_during_imports(work, work / "demo.json", options.import_kills)
        print(
            f"SIGKILL during imports into a new folder: {imports.kills} kills; half-made records "
            f"{imports.half_records} (whole {imports.whole_records}, none {imports.no_record})  "
            f"({time.perf_counter() - started:.0f} s)"
        )
        failures += imports.half_records

        beside = export_beside_saves(work / "beside", work, options.beside_seconds)
        print(
            f"exports beside a saving process for {options.beside_seconds:.0f} s: {beside.saves} "
            f"saves, {beside.exports} exports; failed saves {beside.failed_saves}, failed "
            f"exports {beside.failed_exports}"
        )
        failures += beside.failed_saves + beside.failed_exports
    started = time.perf_counter()
    fuzz = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(FUZZ_TEST)],
        env={**os.environ, "MBC_FUZZ_EXAMPLES": str(options.fuzz)},
        capture_output=True,
        text=True,
        check=False,
    )
    verdict = "passed" if fuzz.returncode == 0 else "FAILED"
    print(
        f"import fuzzing: {options.fuzz} random spoilt exports of a real demo export, each "
        f"imported whole or refused in short lines without a traceback: {verdict}  "
        f"({time.perf_counter() - started:.0f} s)"
    )
    if fuzz.returncode != 0:
        print(fuzz.stdout[-3000:])
        failures += 1
    print(f"failures in all: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
