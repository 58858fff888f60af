"""Peak memory and time of ``import``, ``export`` and ``report`` on a very large export file.

Run with the app's interpreter:
``python tests/benchmarks/bench_transfer_memory.py [--megabytes 200] [--keep FOLDER]``

Builds a 10-year demo record through the ``demo`` verb, exports it, and scales the export up to
about ``--megabytes`` MB (default 200) by repeating its symptom entries and measurements (each
copy is as valid as the original, so the file imports). Then runs, each in a fresh process as a
person would: ``import`` of that file into a new data folder, ``export`` of the record it made
(as JSON, then as CSV files in a zip; as a FHIR document with ``--steps fhir``, not run by
default: it takes minutes at this size), and ``report`` (the clinic summary PDF over the default
period). For each it prints the peak resident memory of the process (``ru_maxrss`` from
``os.wait4``, one child at a time) and the wall time, against the target of 400 MB.
``--megabytes 20`` is a quick run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import app_command, build_demo_record, offscreen_environment

TARGET_MB = 400


def run_measured(arguments: list[str]) -> tuple[float, float, int]:
    """Run ``arguments`` as a child; return its peak RSS in MB, its wall seconds, its exit code."""
    started = time.perf_counter()
    process = subprocess.Popen(arguments, env=offscreen_environment(), stdout=subprocess.PIPE)
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    if process.returncode != 0:
        print(output.decode(errors="replace"))
    return peak * 1.048576, seconds, process.returncode  # KiB-based MiB to MB


def _item_text(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n      ")


def scale_export(source: Path, target: Path, megabytes: int) -> int:
    """Write ``target``: ``source`` with its entries and measurements repeated to ~``megabytes``.

    Returns the number of symptom entries written.
    """
    document = json.loads(source.read_text(encoding="utf-8"))
    record = document["record"]
    base_size = source.stat().st_size
    big = sum(
        len(_item_text(item).encode("utf-8")) + 8
        for section in ("symptom_entries", "measurements")
        for item in record[section]
    )
    copies = max(1, round((megabytes * 1_000_000 - (base_size - big)) / max(big, 1)))
    written = 0
    with target.open("w", encoding="utf-8", newline="\n") as stream:
        head = {key: value for key, value in document.items() if key != "record"}
        stream.write("{\n")
        for key, value in head.items():
            stream.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        stream.write('  "record": {\n')
        sections = list(record)
        for position, section in enumerate(sections):
            value = record[section]
            stream.write(f"    {json.dumps(section)}: ")
            if section in ("symptom_entries", "measurements") and value:
                stream.write("[\n")
                first = True
                for _copy in range(copies):
                    for item in value:
                        stream.write(("" if first else ",\n") + "      " + _item_text(item))
                        first = False
                        written += section == "symptom_entries"
                stream.write("\n    ]")
            else:
                stream.write(
                    json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                )
            stream.write(",\n" if position < len(sections) - 1 else "\n")
        stream.write("  }\n}\n")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200, help="size of the file (200)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument(
        "--steps",
        default="import,export,csv,report",
        help="which steps to run (all four: import, export, csv, report; fhir on request)",
    )
    args = parser.parse_args()
    steps = {step.strip() for step in args.steps.split(",")}
    app = app_command()

    with tempfile.TemporaryDirectory(prefix="mbc-bench-transfer-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        big_file = folder / f"import-{args.megabytes}mb.json"
        if not big_file.exists():
            demo_dir = folder / "demo"
            print("Building a 10-year demo record ...")
            build_demo_record(demo_dir, 10)
            demo_export = folder / "demo-export.json"
            subprocess.run(
                [*app, "--data-dir", str(demo_dir), "export", str(demo_export)],
                check=True,
                env=offscreen_environment(),
                stdout=subprocess.DEVNULL,
            )
            entries = scale_export(demo_export, big_file, args.megabytes)
            print(
                f"Wrote {big_file} ({big_file.stat().st_size / 1e6:,.0f} MB, {entries:,} entries)"
            )
        size = big_file.stat().st_size / 1e6
        data_dir = folder / "imported"
        results: list[tuple[str, float, float, int]] = []
        if "import" in steps:
            if data_dir.exists():
                import shutil

                shutil.rmtree(data_dir)
            results.append(
                (
                    "import",
                    *run_measured([*app, "--data-dir", str(data_dir), "import", str(big_file)]),
                )
            )
        if "export" in steps:
            out = folder / "re-export.json"
            results.append(
                ("export", *run_measured([*app, "--data-dir", str(data_dir), "export", str(out)]))
            )
        if "csv" in steps:
            spreadsheet = folder / "re-export.zip"
            spreadsheet.unlink(missing_ok=True)
            arguments = ["export", "--format", "csv", str(spreadsheet)]
            results.append(
                ("export csv", *run_measured([*app, "--data-dir", str(data_dir), *arguments]))
            )
        if "fhir" in steps:
            document = folder / "re-export.fhir.json"
            document.unlink(missing_ok=True)
            arguments = ["export", "--format", "fhir", str(document)]
            results.append(
                ("export fhir", *run_measured([*app, "--data-dir", str(data_dir), *arguments]))
            )
        if "report" in steps:
            pdf = folder / "summary.pdf"
            results.append(
                (
                    "report",
                    *run_measured([*app, "--data-dir", str(data_dir), "report", "-o", str(pdf)]),
                )
            )
        print(f"\nFile of {size:,.0f} MB; target: peak memory under {TARGET_MB} MB")
        print(f"{'step':<11} {'peak MB':>9} {'seconds':>9}  result")
        for step, peak, seconds, code in results:
            verdict = "ok" if peak < TARGET_MB else "OVER TARGET"
            if code != 0:
                verdict = f"FAILED (exit {code})"
            print(f"{step:<11} {peak:>9,.0f} {seconds:>9.1f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
