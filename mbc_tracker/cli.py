"""The command-line verbs: ``demo``, ``export`` and ``import``, run without opening a window.

``app.py`` parses the command line and hands the verb here. Each verb prints one plain
confirmation on success and returns 0; a problem the person can fix (a record that already holds
data, a file that cannot be imported, a folder that does not exist) is one clear message on
stderr and exit code 1, never a traceback; a wrong use of the command itself is exit code 2.
No Qt is imported here.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from mbc_tracker.paths import DataPaths, data_paths
from mbc_tracker.services.record import RecordProblem, open_record

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def _say(message: str) -> None:
    print(message)


def _problem(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_PROBLEM


def run_command(args: argparse.Namespace) -> int:
    """Run the verb in ``args.command`` and return the process exit code."""
    paths = data_paths(args.data_dir)
    if args.command == "demo":
        return _demo(paths, args.years)
    if args.command == "export":
        return _export(paths, Path(args.file))
    if args.command == "import":
        return _import(paths, Path(args.file))
    print(f"Unknown command “{args.command}”. Try: mbc-tracker --help", file=sys.stderr)
    return EXIT_USAGE


def _open_command(paths: DataPaths) -> str:
    return f"mbc-tracker --data-dir {shlex.quote(str(paths.data_dir))}"


def _demo(paths: DataPaths, years: int) -> int:
    from mbc_tracker.services.demo import MAX_YEARS, DemoRecordExists, write_demo_record

    if not 1 <= years <= MAX_YEARS:
        print(f"--years: choose a whole number from 1 to {MAX_YEARS}.", file=sys.stderr)
        return EXIT_USAGE
    try:
        record = write_demo_record(paths, years=years)
    except RecordProblem as problem:
        return _problem(problem.message)
    except DemoRecordExists as exists:
        return _problem(exists.message)
    except OSError as error:
        return _problem(
            f"The demo record could not be written in {paths.data_dir}: {error.strerror}."
        )
    try:
        person = record.person.get()
        name = person.name if person else "the demo person"
    finally:
        record.close()
    span = "1 year" if years == 1 else f"{years} years"
    _say(f"Wrote a demo record for {name} ({span} of history) to {record.path}.")
    _say(f"Open it with: {_open_command(paths)}")
    return EXIT_OK


def _export(paths: DataPaths, file: Path) -> int:
    from mbc_tracker.services.transfer import export_record

    if not paths.default_record.exists():
        return _problem(
            f"There is no record in {paths.data_dir} yet, so there is nothing to export. "
            "Check the folder given with --data-dir."
        )
    file = file.expanduser()
    if file.is_dir():
        return _problem(f"{file} is a folder. Give a file name, such as {file / 'record.json'}.")
    if not file.parent.is_dir():
        return _problem(
            f"The folder {file.parent} does not exist. Create it first, or choose another."
        )
    try:
        record = open_record(paths.default_record, paths)
    except RecordProblem as problem:
        return _problem(problem.message)
    try:
        summary = export_record(record, file)
    except OSError as error:
        return _problem(f"The export could not be written to {file}: {error.strerror}.")
    finally:
        record.close()
    _say(f"Exported to {file}.")
    _say(summary.describe())
    _say("The file holds private health details: keep it somewhere safe.")
    return EXIT_OK


def _import(paths: DataPaths, file: Path) -> int:
    from mbc_tracker.services.transfer import ImportInvalid, import_into_folder

    file = file.expanduser()
    try:
        summary = import_into_folder(paths, file)
    except RecordProblem as problem:
        return _problem(problem.message)
    except ImportInvalid as invalid:
        return _problem(
            f"Nothing was imported from {file}; the record is unchanged.\n{invalid.message}"
        )
    _say(f"Imported {file} into {paths.default_record}.")
    _say(summary.describe())
    _say(f"Open it with: {_open_command(paths)}")
    return EXIT_OK
