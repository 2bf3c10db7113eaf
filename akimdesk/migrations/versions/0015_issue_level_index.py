"""an index for the register's filter by level of competence within a territory

The filter "level: central" (and every other level) of a region read each of the region's issues twice
on the national data set: once for the capped count that picks the page's plan, once for the page, since
no index led with the territory and the level (docs/performance-history.md, "The register's actions"). The same
statistics rule as 0009: on SQLite a database whose statistics were gathered gets the new index's too.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0015'
down_revision = "0014"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

NAME = 'ix_problem_issue_territory_level'


def upgrade() -> None:
    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.create_index(NAME, ['territory_id', 'competence_level'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        op.execute(f'ANALYZE {NAME}')


def downgrade() -> None:
    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.drop_index(NAME)
