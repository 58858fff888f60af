"""doses: when to ask how an as-needed dose worked

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 00:30:00.000000

An as-needed dose asks the symptom score before it and, a chosen time later, after it. That
chosen time is now kept with the dose (``dose.ask_after_at``), so "How is it now?" comes at the
time she chose after the app is reopened, and the reminders can ask it too. The column is
nullable: it stays empty for scheduled doses, for an as-needed dose where she chose not to be
asked, and for every dose recorded before this revision (nothing is guessed for them). SQLite
adds a nullable column in place (ALTER TABLE ... ADD COLUMN), so no table is rebuilt and every
row is kept as it was; removing it again is a batch rebuild. An index on it lets the reminders
find the doses asking now without reading every dose ever recorded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('dose', sa.Column('ask_after_at', sa.DateTime(), nullable=True))
    op.create_index('ix_dose_ask_after_at', 'dose', ['ask_after_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_dose_ask_after_at', table_name='dose')
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.drop_column('ask_after_at')
