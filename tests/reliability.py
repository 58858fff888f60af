"""The reliability harness: real processes killed, raced and read beside, with what survived.

Used twice: ``tests/unit/test_reliability.py`` runs each trial a few times in CI (bounded in
time), and ``tests/benchmarks/bench_reliability.py`` runs them many times and prints the figures
the README quotes. Every trial works on real files through the real code in child Python
processes, and counts what a person would call a failure: a saved value that is gone, a record
that fails ``PRAGMA integrity_check``, a record left locked by a dead process, a traceback, an
import that said "Imported" while the record is not there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import Access, open_record

FIRST_DAY = dt.date(2020, 1, 1)
# A child that saves one day after another and says so once each save has returned.
SAVER = textwrap.dedent(
    """
    import datetime as dt, random, sys
    from pathlib import Path
    from mbc_tracker.domain.daylog import DayLog
    from mbc_tracker.paths import DataPaths
    from mbc_tracker.services.record import ProblemKind, RecordProblem, open_record
    paths = DataPaths(Path(sys.argv[1]))
    first, seed = dt.date.fromisoformat(sys.argv[2]), sys.argv[3]
    try:
        record = open_record(paths.default_record, paths)
    except RecordProblem as problem:
        print("refused", problem.kind.value, flush=True)
        sys.exit(3)
    print("ready", flush=True)
    rng = random.Random(seed)
    for offset in range(100_000):
        day = first + dt.timedelta(days=offset)
        value = rng.randint(0, 10)
        record.daylog.save_day(
            DayLog(day=day, severities={"fatigue": value}, note="x" * rng.randint(0, 3000)),
            today=dt.date(2099, 1, 1),
        )
        print("saved", day.isoformat(), value, flush=True)
    """
)


@dataclass
class KillReport:
    """What many SIGKILLs during saves left behind."""

    kills: int = 0
    saves_confirmed: int = 0  # saves that returned (and said so) before their process was killed
    lost: int = 0  # confirmed saves missing or different afterwards
    integrity_errors: int = 0
    left_locked: int = 0  # a killed process's lock still refusing the next writer
    tracebacks: int = 0
    problems: list[str] = field(default_factory=list)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("MBC_TRACKER_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def new_record(data_dir: Path, name: str = "Ann Example") -> DataPaths:
    paths = DataPaths(data_dir).ensure()
    record = open_record(paths.default_record, paths)
    try:
        record.person.save(Person(name=name))
    finally:
        record.close()
    return paths


def integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def kill_during_saves(data_dir: Path, kills: int, seed: int = 1) -> KillReport:
    """Start a saving child ``kills`` times and SIGKILL it at a random moment; then check that
    every save it confirmed is there, the file is whole, and the next writer gets in."""
    rng = random.Random(seed)
    paths = new_record(data_dir)
    report = KillReport()
    confirmed: dict[dt.date, int] = {}
    next_day = FIRST_DAY
    for _round in range(kills):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                SAVER,
                str(paths.data_dir),
                next_day.isoformat(),
                str(rng.random()),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert child.stdout is not None
        first = child.stdout.readline().split()
        if first[:1] != ["ready"]:
            child.kill()
            child.wait()
            if first[:2] == ["refused", "locked"]:
                report.left_locked += 1
            else:
                report.problems.append(f"child did not start: {first} {child.stderr.read()[-300:]}")
            continue
        # Kill after a random number of confirmed saves, at a random moment inside the next one.
        wanted = rng.randint(0, 6)
        seen = 0
        while seen < wanted:
            line = child.stdout.readline().split()
            if line[:1] != ["saved"]:
                break
            confirmed[dt.date.fromisoformat(line[1])] = int(line[2])
            seen += 1
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate(timeout=30)
        for line in rest.splitlines():  # saves confirmed before the signal landed
            parts = line.split()
            if parts[:1] == ["saved"]:
                confirmed[dt.date.fromisoformat(parts[1])] = int(parts[2])
        if "Traceback" in errors:
            report.tracebacks += 1
            report.problems.append(errors[-500:])
        report.kills += 1
        next_day = max(confirmed, default=next_day) + dt.timedelta(days=1)
    report.saves_confirmed = len(confirmed)
    if not integrity_ok(paths.default_record):
        report.integrity_errors += 1
    reader = open_record(paths.default_record, paths, Access.READ)
    try:
        for day, value in confirmed.items():
            if reader.daylog.load_day(day).severities.get("fatigue") != value:
                report.lost += 1
    finally:
        reader.close()
    try:
        open_record(paths.default_record, paths).close()
    except Exception as error:  # the lock or the file left unusable
        report.left_locked += 1
        report.problems.append(repr(error))
    return report


@dataclass
class RaceReport:
    """What two processes doing the same thing at the same moment left behind."""

    rounds: int = 0
    both_succeeded: int = 0
    said_imported_but_no_record: int = 0
    neither_succeeded: int = 0
    tracebacks: int = 0
    problems: list[str] = field(default_factory=list)


def run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mbc_tracker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def racing_imports(work: Path, export: Path, rounds: int) -> RaceReport:
    """Two ``mbc-tracker import`` runs into the same new folder at once, ``rounds`` times."""
    report = RaceReport()
    for number in range(rounds):
        folder = work / f"race-{number}"
        children = [run_cli("--data-dir", str(folder), "import", str(export)) for _ in range(2)]
        results = [(child, *child.communicate(timeout=120)) for child in children]
        report.rounds += 1
        codes = [child.returncode for child, _out, _err in results]
        if any("Traceback" in err for _child, _out, err in results):
            report.tracebacks += 1
            report.problems.extend(err[-400:] for _c, _o, err in results if "Traceback" in err)
        if codes.count(0) == 2:
            report.both_succeeded += 1
        if codes.count(0) == 0:
            report.neither_succeeded += 1
            report.problems.extend(err[-300:] for _c, _o, err in results)
        record = folder / "record.mbcrecord"
        for child, out, _err in results:
            if child.returncode == 0 and "Imported" in out and not _holds_a_person(record):
                report.said_imported_but_no_record += 1
    return report


def _holds_a_person(record: Path) -> bool:
    if not record.exists():
        return False
    connection = sqlite3.connect(f"{record.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    except sqlite3.Error:
        return False
    finally:
        connection.close()


@dataclass
class ImportKillReport:
    kills: int = 0
    half_records: int = 0  # a record file that exists but is not the whole import
    whole_records: int = 0
    no_record: int = 0


def kill_during_imports(work: Path, export: Path, kills: int, seed: int = 2) -> ImportKillReport:
    """SIGKILL ``mbc-tracker import`` into a new folder at random moments: afterwards there is
    either no record or the whole one, never half of one."""
    rng = random.Random(seed)
    expected = len(json.loads(export.read_text(encoding="utf-8"))["record"]["symptom_entries"])
    report = ImportKillReport()
    for number in range(kills):
        folder = work / f"killed-import-{number}"
        child = run_cli("--data-dir", str(folder), "import", str(export))
        time.sleep(rng.uniform(0.2, 2.5))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        report.kills += 1
        record = folder / "record.mbcrecord"
        if not record.exists():
            report.no_record += 1
            continue
        connection = sqlite3.connect(f"{record.resolve().as_uri()}?mode=ro", uri=True)
        try:
            entries = connection.execute("SELECT count(*) FROM symptom_entry").fetchone()[0]
        except sqlite3.Error:
            entries = -1
        finally:
            connection.close()
        if entries == expected:
            report.whole_records += 1
        else:
            report.half_records += 1
    return report


@dataclass
class BesideReport:
    saves: int = 0
    failed_saves: int = 0
    exports: int = 0
    failed_exports: int = 0
    problems: list[str] = field(default_factory=list)


def export_beside_saves(data_dir: Path, work: Path, seconds: float) -> BesideReport:
    """Saves in one process while ``mbc-tracker export`` reads in others, for ``seconds``."""
    paths = new_record(data_dir)
    report = BesideReport()
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(paths.data_dir), FIRST_DAY.isoformat(), "0.5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert saver.stdout is not None
    assert saver.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline:
        target = work / f"export-{number}.json"
        number += 1
        exporter = run_cli("--data-dir", str(paths.data_dir), "export", str(target))
        _out, err = exporter.communicate(timeout=120)
        report.exports += 1
        if exporter.returncode != 0:
            report.failed_exports += 1
            report.problems.append(err[-300:])
        else:
            json.loads(target.read_text(encoding="utf-8"))
    saver.send_signal(signal.SIGTERM)
    out, err = saver.communicate(timeout=30)
    report.saves = out.count("saved ")
    if "Traceback" in err and "KeyboardInterrupt" not in err:
        # SIGTERM ends the child without a traceback; any other traceback is a failed save.
        report.failed_saves += 1
        report.problems.append(err[-500:])
    return report
