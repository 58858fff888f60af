"""Real processes, killed and raced: a saved day is never lost, a record never left half-made.

These run the harness in ``tests/reliability.py`` a few times each, so CI exercises the real
thing on every run within a minute or two; ``tests/benchmarks/bench_reliability.py`` runs the same
trials hundreds of times for the figures in the README.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reliability import (
    export_beside_saves,
    kill_during_imports,
    kill_during_saves,
    racing_imports,
)

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.demo import write_demo_record
from mbc_tracker.services.transfer import export_record

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reliability-demo")
    record = write_demo_record(DataPaths(folder / "data"), years=1, today=dt.date(2026, 11, 1))
    try:
        export_record(record, folder / "demo.json")
    finally:
        record.close()
    return folder / "demo.json"


def test_sigkill_during_saves_loses_no_confirmed_save(tmp_path: Path) -> None:
    report = kill_during_saves(tmp_path / "data", kills=12)

    assert report.kills == 12, report.problems
    assert report.saves_confirmed > 0
    assert (report.lost, report.integrity_errors, report.left_locked, report.tracebacks) == (
        0,
        0,
        0,
        0,
    ), report.problems


def test_two_imports_into_one_new_folder_never_both_claim_it(
    tmp_path: Path, demo_export: Path
) -> None:
    report = racing_imports(tmp_path, demo_export, rounds=4)

    assert report.rounds == 4
    assert report.both_succeeded == 0, report.problems
    assert report.said_imported_but_no_record == 0, report.problems
    assert report.neither_succeeded == 0, report.problems
    assert report.tracebacks == 0, report.problems


def test_an_import_killed_half_way_leaves_no_half_record(tmp_path: Path, demo_export: Path) -> None:
    report = kill_during_imports(tmp_path, demo_export, kills=4)

    assert report.kills == 4
    assert report.half_records == 0
    assert report.whole_records + report.no_record == 4


def test_exports_beside_a_saving_process_never_make_a_save_fail(tmp_path: Path) -> None:
    report = export_beside_saves(tmp_path / "data", tmp_path, seconds=6)

    assert report.exports >= 2 and report.saves > 0
    assert report.failed_saves == 0, report.problems
    assert report.failed_exports == 0, report.problems
