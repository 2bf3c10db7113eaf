"""on PostgreSQL the deadline index keeps issues without a deadline first, in the order the register reads it

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

The register sorts by deadline with the issues that have none first going up and last going down, as SQLite
orders NULLs (`services/register._order`). PostgreSQL's default index order is the opposite in both
directions (NULLS LAST going up, NULLS FIRST going down), so on PostgreSQL no page sorted by deadline could
walk `ix_problem_issue_deadline_id` and every one read and sorted all its issues: 'газ' in the whole country
sorted by deadline read and sorted its 41,000 matches (196 ms). The index is made again in the register's order
(`deadline NULLS FIRST, id`), which a backward scan gives for the other direction: the same page 23 ms. Same
name and columns, so the models describe it still. Rebuilding it on the national copy: about 2 s. SQLite: nothing
changes (it orders NULLs first going up already).
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0020'
down_revision = "0019"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UP = [
    "DROP INDEX IF EXISTS ix_problem_issue_deadline_id",
    "CREATE INDEX ix_problem_issue_deadline_id ON problem_issue (deadline NULLS FIRST, id)",
]
DOWN = [
    "DROP INDEX IF EXISTS ix_problem_issue_deadline_id",
    "CREATE INDEX ix_problem_issue_deadline_id ON problem_issue (deadline, id)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
