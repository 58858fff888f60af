"""Alembic environment for MBC Care Tracker records.

The app always hands Alembic an open connection (see ``mbc_tracker.storage.migrate``), already in
a transaction and with foreign keys switched off, so this file never makes its own engine.
Batch mode is on: SQLite can alter most things only by rebuilding the table.
"""

from alembic import context

from mbc_tracker.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through mbc_tracker.storage.migrate, which supplies the connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
