"""territory established_on (a unit's first day, the mirror of retired_on); administration_submission
(the Government's step: the regions' calendars sent to the Presidential Administration)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # recreate='never': adding a nullable column needs no table copy (a copy of territory would break its
    # foreign keys on SQLite)
    with op.batch_alter_table('territory', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('established_on', sa.Date(), nullable=True))
    op.create_table('administration_submission',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('regions', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_administration_submission')),
    sa.UniqueConstraint('year', name=op.f('uq_administration_submission_year'))
    )


def downgrade() -> None:
    op.drop_table('administration_submission')
    # recreate='never': adding a nullable column needs no table copy (a copy of territory would break its
    # foreign keys on SQLite)
    with op.batch_alter_table('territory', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('established_on')
