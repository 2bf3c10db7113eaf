"""on PostgreSQL each issue's searched words are stored, so no plan has to compute them issue by issue

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

On the national data set (500,000 issues) the planner may read a search of the whole country by walking the
issues newest first and testing each one: with the words computed from the issue's five text columns each
time, 'ауылының' took 293 ms (429 ms with the overdue filter), 'газ' 113 ms, after a fresh ANALYZE. The words
are now a stored generated column, `issue_search_document` (the same tsvector as migration 0010's expression,
which the GIN index of 0018 covered), and the GIN index covers the column: the same statements 76, 168 and
35 ms, the same rows. The column is computed by PostgreSQL on every write (a generated column: nothing to keep
in step) and carries the search index's prefix, so the models do not describe it. Adding it rewrites the
table once (51 s on the national copy). SQLite: nothing changes.
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0019'
down_revision = "0018"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")
FOLDED = "translate(" + " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCHED) + ", 'ёЁ', 'еЕ')"
DOCUMENT = f"to_tsvector('simple', {FOLDED})"  # migration 0010's expression, 0018's index

UP = [
    "DROP INDEX IF EXISTS issue_search_gin",
    f"ALTER TABLE problem_issue ADD COLUMN issue_search_document tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED",
    "CREATE INDEX issue_search_gin ON problem_issue USING gin (issue_search_units, issue_search_document)",
]
DOWN = [
    "DROP INDEX IF EXISTS issue_search_gin",
    "ALTER TABLE problem_issue DROP COLUMN IF EXISTS issue_search_document",
    f"CREATE INDEX issue_search_gin ON problem_issue USING gin (issue_search_units, ({DOCUMENT}))",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
