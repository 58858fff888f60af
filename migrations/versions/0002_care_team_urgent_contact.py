"""care team: mark the contact for urgent problems

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 16:20:00.000000

A care-team contact can be marked as the number to call with an urgent problem (a 24-hour
line); Today's banner for a "contact your care team promptly" flag shows it. Every existing
contact starts unmarked. SQLite adds the column in place (ALTER TABLE ... ADD COLUMN with a
constant default), so no table is rebuilt; removing it again is a batch rebuild.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        'care_team_contact',
        sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table('care_team_contact', schema=None) as batch_op:
        batch_op.drop_column('urgent')
