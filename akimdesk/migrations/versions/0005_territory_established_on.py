"""territory established_on: a unit's first day, the mirror of retired_on

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
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('established_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.drop_column('established_on')
