"""Making the clinic visit summary PDF of a record with 10 years of demo data.

Run with the app's interpreter:  ``python tests/benchmarks/bench_summary.py [--runs 9]``

For a 90-day and a 1-year summary ending today, prints the median time of the whole job as the
dialog's "Export PDF" does it: ``record.summary.data`` (reading the record, evaluating the flags,
building the words and the chart's data), then ``write_summary_pdf`` (layout, the chart drawn by
matplotlib, painting, the atomic write); the issue's targets are medians of at most 1 s and 2 s.
Then, separately, the data part and the PDF part, the number of pages and the file's size. The
chart picture is made afresh in every run (its cache is cleared), as for a new summary. Last, the
wall time of one ``mbc-tracker report`` process (Python, imports and a cold start included), as a
person at a terminal sees it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import tempfile
import time
from pathlib import Path

from _common import (
    app_command,
    build_demo_record,
    describe,
    filesystem_of,
    median_ms,
    offscreen_environment,
)

from mbc_tracker.paths import DataPaths
from mbc_tracker.reports.summary_data import Period
from mbc_tracker.services.record import open_record

TARGETS_MS = {90: 1000.0, 365: 2000.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (9)")
    parser.add_argument("--years", type=int, default=10, help="years of demo history (10)")
    args = parser.parse_args()

    from mbc_tracker.printing import ensure_gui_application, write_summary_pdf
    from mbc_tracker.printing.chart import forget_charts

    ensure_gui_application()
    today = dt.date.today()
    results = []
    with tempfile.TemporaryDirectory(prefix="mbc-bench-summary-") as temp:
        data_dir = Path(temp) / "data"
        print(f"Building a {args.years}-year demo record in {data_dir} ...")
        build_seconds = build_demo_record(data_dir, args.years)
        print(f"  written in {build_seconds:.1f} s on {filesystem_of(data_dir)}")
        paths = DataPaths(data_dir)
        record = open_record(paths.default_record, paths)
        output = Path(temp) / "summary.pdf"
        try:
            for days in TARGETS_MS:
                period = Period(today - dt.timedelta(days=days - 1), today)
                write_summary_pdf(record.summary.data(period), output)  # warm up
                total, reading, writing = [], [], []
                pages = 0
                for _ in range(args.runs):
                    forget_charts()
                    started = time.perf_counter()
                    data = record.summary.data(period)
                    read = time.perf_counter()
                    pages = write_summary_pdf(data, output)
                    done = time.perf_counter()
                    total.append(done - started)
                    reading.append(read - started)
                    writing.append(done - read)
                results.append(
                    (days, total, reading, writing, pages, output.stat().st_size, len(data.flags))
                )
        finally:
            record.close()

        started = time.perf_counter()
        subprocess.run(
            [*app_command(), "--data-dir", str(data_dir), "report", "-o", str(output)],
            check=True,
            env=offscreen_environment(),
            capture_output=True,
        )
        process_seconds = time.perf_counter() - started

    for days, total, reading, writing, pages, size, flags in results:
        target = TARGETS_MS[days]
        verdict = "within" if median_ms(total) <= target else "OVER"
        print(f"\n{days}-day summary ({pages} pages, {size / 1024:.0f} KiB, {flags} flags):")
        print(f"  data + layout + write:       {describe(total)}")
        print(f"  record.summary.data():       {describe(reading)}")
        print(f"  write_summary_pdf():         {describe(writing)}")
        print(f"  median {median_ms(total):.0f} ms ({verdict} the {target:g} ms target)")
    print(f"\nOne `mbc-tracker report` process (default period, cold): {process_seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
