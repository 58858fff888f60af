"""Small helpers shared by the migration tests: the test-only revisions and table queries."""

from __future__ import annotations

from sqlalchemy import Engine, text

QUESTIONS = ("Is the new tablet working?", "Can the scan be moved to a Monday?", "What next?")

TEST_REVISION_HEADER = '''\
"""test-only revision written by tests/migrations/conftest.py"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None

'''

# A realistic schema change: adding a column with recreate="always" rebuilds each parent table
# (copy, DROP TABLE, rename), which is what batch mode does on SQLite for most alterations.
REBUILD_PARENTS = """
def upgrade() -> None:
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("room", sa.String(100), nullable=True))
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.drop_column("nickname")
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.drop_column("room")
"""


def count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        return {row[0] for row in rows}


def column_names(engine: Engine, table: str) -> set[str]:
    with engine.connect() as connection:
        return {row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))}
