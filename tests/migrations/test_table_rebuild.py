"""Rebuilding a parent table in a batch migration must not lose its children.

SQLite batch migrations copy a table, DROP the original and rename the copy. With foreign-key
enforcement on, that DROP deletes every child row through ON DELETE CASCADE without an error:
a care-team list or an appointment's questions would vanish on upgrade. ``upgrade_record`` runs
the scripts with enforcement off and checks the links afterwards; these tests prove both halves,
and prove the danger is real by running the same migration with enforcement on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from migration_helpers import QUESTIONS, REBUILD_PARENTS, column_names, count
from sqlalchemy import Engine, text

from mbc_tracker.storage.database import quick_check
from mbc_tracker.storage.migrate import (
    MigrationFailed,
    alembic_config,
    current_revision,
    downgrade_record,
    head_revision,
    upgrade_record,
)


def test_rebuilding_parent_tables_keeps_their_children(
    record_with_children: Path,
    record_engine: Engine,
    scripts_with: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    scripts = scripts_with(REBUILD_PARENTS)

    upgrade_record(record_engine, record_with_children, tmp_path / "backups", scripts=scripts)

    assert current_revision(record_engine) == "9001"
    assert "room" in column_names(record_engine, "appointment")
    assert "nickname" in column_names(record_engine, "person")
    with record_engine.connect() as connection:
        questions = connection.execute(
            text("SELECT text FROM appointment_question ORDER BY position")
        ).scalars()
        assert tuple(questions) == QUESTIONS
    assert count(record_engine, "care_team_contact") == 1
    with record_engine.connect() as connection:
        # Enforcement is back on for the connections the app uses afterwards.
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_undoing_the_rebuild_keeps_the_children_too(
    record_with_children: Path,
    record_engine: Engine,
    scripts_with: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    scripts = scripts_with(REBUILD_PARENTS)
    upgrade_record(record_engine, record_with_children, tmp_path / "backups", scripts=scripts)

    downgrade_record(record_engine, head_revision(), scripts=scripts)

    assert current_revision(record_engine) == head_revision()
    assert "room" not in column_names(record_engine, "appointment")
    assert count(record_engine, "appointment_question") == len(QUESTIONS)
    assert count(record_engine, "care_team_contact") == 1


def test_the_same_rebuild_with_enforcement_on_really_loses_the_children(
    record_engine: Engine, scripts_with: Callable[[str], Path]
) -> None:
    """Shows the two tests above can fail: this is what upgrade_record must prevent."""
    scripts = scripts_with(REBUILD_PARENTS)

    with record_engine.connect() as connection, connection.begin():
        # The record's connections have foreign_keys=ON; run the scripts without switching it off.
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        command.upgrade(alembic_config(connection, scripts), "head")

    assert current_revision(record_engine) == "9001"
    assert count(record_engine, "appointment") == 1
    assert count(record_engine, "appointment_question") == 0
    assert count(record_engine, "care_team_contact") == 0


BREAK_A_LINK = """
def upgrade() -> None:
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("room", sa.String(100), nullable=True))
    # A mistaken data step: with enforcement off nothing stops it orphaning the questions.
    op.execute("DELETE FROM appointment")


def downgrade() -> None:
    pass
"""


def test_a_migration_that_would_orphan_rows_is_refused_and_rolled_back(
    record_with_children: Path,
    record_engine: Engine,
    scripts_with: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    scripts = scripts_with(BREAK_A_LINK)

    with pytest.raises(MigrationFailed, match="broken link"):
        upgrade_record(record_engine, record_with_children, tmp_path / "backups", scripts=scripts)

    assert current_revision(record_engine) == head_revision()
    assert "room" not in column_names(record_engine, "appointment")
    assert count(record_engine, "appointment") == 1
    assert count(record_engine, "appointment_question") == len(QUESTIONS)
    assert quick_check(record_with_children)
