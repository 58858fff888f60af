"""What a person is promised when the app updates the format of their record.

Before an upgrade of a record that holds data, a checked backup is made; a brand-new file is
not backed up. A migration that fails half-way leaves no trace: the schema, the data and the
revision are exactly as before, and the record still opens in the app.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from migration_helpers import QUESTIONS, REBUILD_PARENTS, column_names, count, table_names
from sqlalchemy import Engine

from mbc_tracker.paths import DataPaths
from mbc_tracker.services.record import ProblemKind, RecordProblem, open_record
from mbc_tracker.storage import migrate
from mbc_tracker.storage.backup import integrity_ok, list_backups
from mbc_tracker.storage.database import quick_check
from mbc_tracker.storage.migrate import (
    MigrationFailed,
    current_revision,
    head_revision,
    upgrade_record,
)


def test_an_upgrade_of_a_record_with_data_is_preceded_by_a_checked_backup(
    record_with_children: Path,
    record_engine: Engine,
    scripts_with: Callable[[str], Path],
    data_paths: DataPaths,
) -> None:
    backup = upgrade_record(
        record_engine,
        record_with_children,
        data_paths.backups_dir,
        scripts=scripts_with(REBUILD_PARENTS),
    )

    assert backup is not None
    assert backup.path.parent == data_paths.backups_dir
    assert [info.path for info in list_backups(record_with_children, data_paths.backups_dir)] == [
        backup.path
    ]
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert integrity_ok(backup.path)
    with closing(sqlite3.connect(backup.path)) as copy:
        # The copy is the record as it was before the upgrade, as one self-contained file.
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert copy.execute("SELECT name FROM person").fetchall() == [("Ann Example",)]
        assert copy.execute("SELECT count(*) FROM appointment_question").fetchone() == (
            len(QUESTIONS),
        )
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_brand_new_record_is_not_backed_up(data_paths: DataPaths) -> None:
    record = open_record(data_paths.data_dir / "new.mbcrecord", data_paths)
    record.close()

    assert record.upgrade_backup is None
    assert list(data_paths.backups_dir.iterdir()) == []


FAILS_HALF_WAY = """
def upgrade() -> None:
    op.create_table("test_only_table", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("room", sa.String(100), nullable=True))
    op.execute("UPDATE appointment SET room = 'Room 4'")
    # A data step that meets a value it did not expect: the CHECK constraint stops it.
    op.execute("UPDATE appointment SET kind = 'not-a-kind'")


def downgrade() -> None:
    pass
"""


def test_a_failing_migration_rolls_back_completely(
    record_with_children: Path,
    record_engine: Engine,
    scripts_with: Callable[[str], Path],
    data_paths: DataPaths,
) -> None:
    tables_before = table_names(record_engine)
    columns_before = column_names(record_engine, "appointment")

    with pytest.raises(MigrationFailed, match="nothing was changed"):
        upgrade_record(
            record_engine,
            record_with_children,
            data_paths.backups_dir,
            scripts=scripts_with(FAILS_HALF_WAY),
        )

    assert current_revision(record_engine) == head_revision()
    assert table_names(record_engine) == tables_before  # no new table, no _alembic_tmp_ copy
    assert column_names(record_engine, "appointment") == columns_before
    assert count(record_engine, "appointment_question") == len(QUESTIONS)
    assert quick_check(record_with_children)
    record_engine.dispose()

    # The record still opens with the scripts it was written by, at its old revision.
    record = open_record(record_with_children, data_paths)
    try:
        assert current_revision(record.engine) == head_revision()
        person = record.person.get()
        assert person is not None
        assert person.name == "Ann Example"
    finally:
        record.close()


def test_open_record_reports_a_failed_upgrade_in_plain_words(
    record_with_children: Path,
    scripts_with: Callable[[str], Path],
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shipped_head = head_revision()
    scripts = scripts_with(FAILS_HALF_WAY)
    shipped = migrate.resource_dir
    # Make the app believe these scripts are the ones it shipped with.
    monkeypatch.setattr(
        migrate, "resource_dir", lambda name: scripts if name == "migrations" else shipped(name)
    )
    # ... and that it knows their newest revision, as a real release would.
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", head_revision(scripts))

    with pytest.raises(RecordProblem) as problem:
        open_record(record_with_children, data_paths)

    assert problem.value.kind is ProblemKind.UPGRADE_FAILED
    assert "left as it was" in problem.value.message
    assert quick_check(record_with_children)
    with closing(sqlite3.connect(record_with_children)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (shipped_head,)
        ]
    # The backup taken before the attempt is there for the person too.
    assert len(list_backups(record_with_children, data_paths.backups_dir)) == 1
