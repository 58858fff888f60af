"""The shipped scripts build exactly the schema the ORM describes, and every step can be undone.

A record created today must look the same as one created a year ago and upgraded since: so the
scripts and ``storage.orm`` must agree (Alembic's autogenerate finds nothing to add), and
upgrade, downgrade to an empty schema and upgrade again must all work on a fresh file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from migration_helpers import table_names
from sqlalchemy import Engine

from mbc_tracker.storage.database import create_record_engine
from mbc_tracker.storage.migrate import (
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    downgrade_record,
    head_revision,
    stored_revision,
    upgrade_record,
)
from mbc_tracker.storage.orm import Base

MODEL_TABLES = set(Base.metadata.tables)


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.mbcrecord"
    path.touch()
    return path


@pytest.fixture
def engine(empty_file: Path) -> Iterator[Engine]:
    engine = create_record_engine(empty_file)
    yield engine
    engine.dispose()


def test_upgrade_downgrade_upgrade_from_an_empty_file(
    empty_file: Path, engine: Engine, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"

    assert upgrade_record(engine, empty_file, backups) is None  # nothing to back up yet
    assert current_revision(engine) == head_revision()
    assert table_names(engine) == MODEL_TABLES | {"alembic_version"}

    downgrade_record(engine, "base")
    assert current_revision(engine) is None
    assert table_names(engine) == {"alembic_version"}

    upgrade_record(engine, empty_file, backups)
    assert current_revision(engine) == head_revision()
    assert table_names(engine) == MODEL_TABLES | {"alembic_version"}


def test_every_revision_can_be_undone_one_step_at_a_time(
    empty_file: Path, engine: Engine, tmp_path: Path
) -> None:
    upgrade_record(engine, empty_file, tmp_path / "backups")
    script = ScriptDirectory.from_config(alembic_config())

    for revision in script.walk_revisions():  # newest first
        assert current_revision(engine) == revision.revision
        downgrade_record(engine, "-1")
    assert current_revision(engine) is None
    assert table_names(engine) == {"alembic_version"}


def test_models_and_migrations_agree(empty_file: Path, engine: Engine, tmp_path: Path) -> None:
    upgrade_record(engine, empty_file, tmp_path / "backups")

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "target_metadata": Base.metadata}
        )
        differences = compare_metadata(context, Base.metadata)

    assert differences == [], f"orm.py and the migrations disagree: {differences}"


def test_the_shipped_scripts_have_one_head() -> None:
    # Two heads would mean two people added a migration in parallel; the app would refuse to run.
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_the_fast_start_up_check_knows_the_newest_migration() -> None:
    # upgrade_record skips Alembic when the file's revision equals SCHEMA_HEAD; a new migration
    # without a matching SCHEMA_HEAD would leave records un-upgraded, so this must fail then.
    assert head_revision() == SCHEMA_HEAD


def test_stored_revision_is_read_without_alembic(engine: Engine) -> None:
    assert stored_revision(engine) is None
    upgrade_record(engine, Path(str(engine.url.database)), Path(str(engine.url.database)).parent)
    assert stored_revision(engine) == SCHEMA_HEAD == current_revision(engine)
