"""Fixtures for migration tests: a record at the shipped schema holding real rows, and a private
copy of the shipped Alembic scripts to which a test can add a test-only revision.

The copy keeps the real scripts untouched while a test proves how ``upgrade_record`` behaves
with a migration the app does not have yet (a table rebuild, a migration that fails half-way).
"""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from migration_helpers import QUESTIONS, TEST_REVISION_HEADER
from sqlalchemy import Engine

from mbc_tracker.domain.records import Person
from mbc_tracker.paths import DataPaths, resource_dir
from mbc_tracker.services.record import open_record
from mbc_tracker.storage.database import create_record_engine
from mbc_tracker.storage.migrate import head_revision
from mbc_tracker.storage.orm import AppointmentQuestionRow, AppointmentRow, CareTeamContactRow


@pytest.fixture
def record_with_children(data_paths: DataPaths) -> Path:
    """A closed record at the shipped head: Ann, one care-team contact, an appointment with
    three questions (children that are ON DELETE CASCADE from ``person`` and ``appointment``)."""
    record = open_record(data_paths.default_record, data_paths)
    try:
        record.person.save(Person(name="Ann Example"))
        with record.sessions.begin() as session:
            appointment = AppointmentRow(
                starts_at=dt.datetime(2026, 3, 2, 9, 30),
                kind="oncology_visit",
                clinician="Dr Rivera",
                place="Clinic B",
            )
            appointment.questions = [
                AppointmentQuestionRow(position=position, text=question)
                for position, question in enumerate(QUESTIONS)
            ]
            session.add(appointment)
            session.add(CareTeamContactRow(person_id=1, name="Sam Okafor", role="Nurse"))
    finally:
        record.close()
    return data_paths.default_record


@pytest.fixture
def record_engine(record_with_children: Path) -> Iterator[Engine]:
    engine = create_record_engine(record_with_children)
    yield engine
    engine.dispose()


@pytest.fixture
def scripts_with(tmp_path: Path) -> Callable[[str], Path]:
    """Copy the shipped scripts and add one test-only revision after the shipped head."""

    def make(body: str) -> Path:
        target = tmp_path / "scripts"
        shutil.copytree(
            resource_dir("migrations"), target, ignore=shutil.ignore_patterns("__pycache__")
        )
        header = TEST_REVISION_HEADER.format(revision="9001", down_revision=head_revision())
        (target / "versions" / "9001_test_only.py").write_text(
            header + textwrap.dedent(body), encoding="utf-8"
        )
        return target

    return make
