"""composite indexes for the register's common filters, the toolbar counters and the meetings list

Measured on the national data set (docs/performance-history.md): a region's issues by status and deadline
(status, overdue, due within N days, the toolbar's open/overdue/due counters), by date (a period) and
by category; a region's meetings by date. On SQLite a database whose statistics were gathered
(sqlite_stat1 exists) gets the new indexes' statistics too: without them the planner takes a new index
for very selective and reads a whole region through it.

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009'
down_revision = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

INDEXES = {
    'problem_issue': [
        ('ix_problem_issue_territory_status_deadline', ['territory_id', 'status_id', 'deadline']),
        ('ix_problem_issue_territory_raised_on', ['territory_id', 'raised_on']),
        ('ix_problem_issue_territory_category', ['territory_id', 'category_id']),
    ],
    'meeting': [
        ('ix_meeting_territory_date', ['territory_id', 'meeting_date']),
    ],
}


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, columns in indexes:
                batch_op.create_index(name, columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        for indexes in INDEXES.values():
            for name, _columns in indexes:
                op.execute(f'ANALYZE {name}')


def downgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _columns in reversed(indexes):
                batch_op.drop_index(name)
