"""Bringing a record's schema up to date with the Alembic scripts shipped in the package.

Every upgrade is preceded by a checked backup (``backup.backup_record``). The scripts then run in
one transaction with foreign-key enforcement switched off: SQLite batch migrations rebuild a table
by copying it, dropping the original and renaming the copy, and with enforcement on, dropping a
parent table deletes its children through ON DELETE CASCADE without a word. After the scripts,
``PRAGMA foreign_key_check`` must find nothing, or the whole upgrade is rolled back.

Alembic is imported only when a record actually needs upgrading: an up-to-date record is
recognised by comparing its stored revision with ``SCHEMA_HEAD`` in plain SQL, which keeps
Alembic (and the template and dialect modules it pulls in) out of the app's start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mbc_tracker.domain.language import translate
from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.paths import resource_dir
from mbc_tracker.storage import plain_sql
from mbc_tracker.storage.backup import BackupInfo, backup_record
from mbc_tracker.storage.connect import is_connection

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# The newest revision in migrations/versions. tests/migrations checks it against Alembic's own
# view of the scripts, so adding a migration without updating this fails a test.
SCHEMA_HEAD = "0004"


def needs_upgrade(revision: str | None) -> bool:
    """Whether a file whose stored revision is ``revision`` must go through ``upgrade_record``
    (every revision but this app's newest: older ones, unknown ones, none)."""
    return revision != SCHEMA_HEAD


class RecordTooNew(RuntimeError):
    """The record was written by a newer version of the app than this one."""


class MigrationFailed(RuntimeError):
    """The schema upgrade could not be completed; the record was left as it was."""


def alembic_config(connection: Connection | None = None, scripts: Path | None = None) -> Config:
    """Alembic settings for the shipped scripts, or for ``scripts`` (tests use their own copy)."""
    from alembic.config import Config

    config = Config()
    location = scripts if scripts is not None else resource_dir("migrations")
    config.set_main_option("script_location", str(location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(scripts: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_current_head()
    if head is None:
        raise MigrationFailed(translate("migrate", "The app's migration scripts are missing."))
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def has_user_data(engine: Engine) -> bool:
    """True when the file holds any table (a brand-new file has nothing worth backing up)."""
    from sqlalchemy import inspect

    return bool(inspect(engine).get_table_names())


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the file, read with plain SQL (None for a new file)."""
    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        assert is_connection(driver)
        return plain_sql.stored_revision(driver)


def _run(engine: Engine, action: str, revision: str, scripts: Path | None = None) -> None:
    from alembic import command

    with engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        # Must happen outside a transaction, where SQLite ignores it.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config = alembic_config(connection, scripts)
                if action == "upgrade":
                    command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(
                        translate(
                            "migrate",
                            "The schema change would leave {count} broken link(s) between rows; "
                            "nothing was changed.",
                        ).format(count=len(broken))
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def upgrade_record(
    engine: Engine,
    record: Path,
    backups_dir: Path,
    scripts: Path | None = None,
    key: RecordKey | None = None,
) -> BackupInfo | None:
    """Upgrade ``record`` to the newest schema, backing it up first when it holds data (with
    ``key``, the engine's own, for a protected record).

    Returns the backup made, or None when nothing needed upgrading or the file was new.
    """
    if scripts is None and stored_revision(engine) == SCHEMA_HEAD:
        return None  # the everyday case, decided without importing Alembic
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(scripts=scripts))
    head = head_revision(scripts)
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise RecordTooNew(
            translate(
                "migrate",
                "This record was saved by a newer version of MBC Care Tracker. Please "
                "update the app to open it; the record has not been changed.",
            )
        )
    backup = None
    if has_user_data(engine):
        backup = backup_record(
            record, backups_dir, reason=f"before-upgrade-{current or 'none'}", key=key
        )
    try:
        _run(engine, "upgrade", "head", scripts)
    except MigrationFailed:
        raise
    except Exception as error:
        raise MigrationFailed(
            translate(
                "migrate", "Updating the record's format failed ({error}); nothing was changed."
            ).format(error=error)
        ) from error
    return backup


def downgrade_record(engine: Engine, revision: str, scripts: Path | None = None) -> None:
    """Step the schema back (used by tests that prove every migration can be undone)."""
    _run(engine, "downgrade", revision, scripts)
