"""offline exchange: baselines, conflicts, trusted senders

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('exchange_baseline',
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_exchange_baseline'))
    )
    op.create_table('trusted_sender',
    sa.Column('unit_kato', sa.String(length=9), nullable=False),
    sa.Column('common_name', sa.String(length=300), nullable=False),
    sa.Column('issuer', sa.String(length=500), nullable=False),
    sa.Column('serial', sa.String(length=80), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_sender'))
    )
    with op.batch_alter_table('trusted_sender', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_sender_unit_kato'), ['unit_kato'], unique=False)
    op.create_table('exchange_conflict',
    sa.Column('package_id', sa.Uuid(), nullable=True),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('sender_kato', sa.String(length=9), nullable=True),
    sa.Column('local', sa.JSON(), nullable=True),
    sa.Column('incoming', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['package_log.id'], name=op.f('fk_exchange_conflict_package_id_package_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflict'))
    )
    with op.batch_alter_table('exchange_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_conflict_package_id'), ['package_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflict_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflict_status'), ['status'], unique=False)


def downgrade() -> None:
    op.drop_table('exchange_conflict')
    op.drop_table('trusted_sender')
    op.drop_table('exchange_baseline')
