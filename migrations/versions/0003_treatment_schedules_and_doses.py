"""treatments: schedules, and the doses recorded against them

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 21:20:00.000000

A treatment may carry schedules (every day at set times, on/off cycles, every N days, as
needed), each from its first day until a later one begins; and what was recorded for each dose
(taken, skipped, put off; for an as-needed dose the scores before and after). Two new tables,
both empty after the upgrade: nothing that was in the record changes, and deleting a treatment
deletes its schedules and doses with it (the service keeps them for "bring back"). The limits in
the CHECK constraints are written out here, as they were when this revision was made.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('dose',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('treatment_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('score_before', sa.Integer(), nullable=True),
    sa.Column('score_after', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('taken', 'skipped', 'later')", name=op.f('ck_dose_status')),
    sa.CheckConstraint('score_after IS NULL OR score_after BETWEEN 0 AND 10', name=op.f('ck_dose_score_after_range')),
    sa.CheckConstraint('score_before IS NULL OR score_before BETWEEN 0 AND 10', name=op.f('ck_dose_score_before_range')),
    sa.ForeignKeyConstraint(['treatment_id'], ['treatment.id'], name=op.f('fk_dose_treatment_id_treatment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dose')),
    sa.UniqueConstraint('treatment_id', 'day', 'time', name=op.f('uq_dose_treatment_id_day_time'))
    )
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.create_index('ix_dose_day', ['day'], unique=False)

    op.create_table('treatment_schedule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('treatment_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('times', sa.String(length=100), nullable=False),
    sa.Column('days_on', sa.Integer(), nullable=False),
    sa.Column('days_off', sa.Integer(), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('minimum_gap_minutes', sa.Integer(), nullable=True),
    sa.Column('dose', sa.String(length=100), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.CheckConstraint("kind IN ('daily', 'cycle', 'interval', 'as_needed')", name=op.f('ck_treatment_schedule_kind')),
    sa.CheckConstraint('days_on BETWEEN 0 AND 365 AND days_off BETWEEN 0 AND 365', name=op.f('ck_treatment_schedule_cycle_days')),
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_treatment_schedule_ends_after_start')),
    sa.CheckConstraint('every_days BETWEEN 0 AND 365', name=op.f('ck_treatment_schedule_every_days_range')),
    sa.CheckConstraint('minimum_gap_minutes IS NULL OR minimum_gap_minutes BETWEEN 1 AND 4320', name=op.f('ck_treatment_schedule_minimum_gap_range')),
    sa.ForeignKeyConstraint(['treatment_id'], ['treatment.id'], name=op.f('fk_treatment_schedule_treatment_id_treatment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treatment_schedule')),
    sa.UniqueConstraint('treatment_id', 'starts_on', name=op.f('uq_treatment_schedule_treatment_id_starts_on'))
    )
    with op.batch_alter_table('treatment_schedule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_treatment_schedule_treatment_id'), ['treatment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('treatment_schedule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_treatment_schedule_treatment_id'))

    op.drop_table('treatment_schedule')
    with op.batch_alter_table('dose', schema=None) as batch_op:
        batch_op.drop_index('ix_dose_day')

    op.drop_table('dose')
