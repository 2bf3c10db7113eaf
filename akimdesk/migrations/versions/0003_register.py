"""problem-issue register: saved filters, keyset indexes, full-text search

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

The search index lives outside the SQLAlchemy metadata (every table named issue_search*):
on SQLite an FTS5 table (unicode61 folds the case of Cyrillic, Kazakh letters included) kept in step by
triggers, with a key table that maps the FTS rowid to the issue's UUID; on PostgreSQL a GIN index over
the issue's text. A later migration that rebuilds problem_issue in batch mode on SQLite drops the
triggers with the old table: it must create them again (copy them from here).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")


def _fold(expr: str) -> str:
    # Russian writers use е for ё freely; fold both sides so either spelling finds the other
    return f"replace(replace(coalesce({expr}, ''), 'ё', 'е'), 'Ё', 'Е')"


def _values(prefix: str) -> str:
    return ", ".join(_fold(f"{prefix}.{c}") for c in SEARCHED)


SQLITE_UP = [
    "CREATE TABLE issue_search_key (rowid INTEGER PRIMARY KEY, issue_id CHAR(32) NOT NULL UNIQUE)",
    f"CREATE VIRTUAL TABLE issue_search USING fts5({', '.join(SEARCHED)}, "
    "tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER issue_search_insert AFTER INSERT ON problem_issue BEGIN
        INSERT INTO issue_search_key(issue_id) VALUES (new.id);
        INSERT INTO issue_search(rowid, {', '.join(SEARCHED)})
            VALUES ((SELECT rowid FROM issue_search_key WHERE issue_id = new.id), {_values('new')});
    END""",
    f"""CREATE TRIGGER issue_search_update AFTER UPDATE OF {', '.join(SEARCHED)} ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = (SELECT rowid FROM issue_search_key WHERE issue_id = old.id);
        INSERT INTO issue_search(rowid, {', '.join(SEARCHED)})
            VALUES ((SELECT rowid FROM issue_search_key WHERE issue_id = new.id), {_values('new')});
    END""",
    """CREATE TRIGGER issue_search_delete AFTER DELETE ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = (SELECT rowid FROM issue_search_key WHERE issue_id = old.id);
        DELETE FROM issue_search_key WHERE issue_id = old.id;
    END""",
    "INSERT INTO issue_search_key(issue_id) SELECT id FROM problem_issue ORDER BY raised_on",
    f"""INSERT INTO issue_search(rowid, {', '.join(SEARCHED)})
        SELECT k.rowid, {_values('p')} FROM issue_search_key k JOIN problem_issue p ON p.id = k.issue_id""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS issue_search_insert",
    "DROP TRIGGER IF EXISTS issue_search_update",
    "DROP TRIGGER IF EXISTS issue_search_delete",
    "DROP TABLE IF EXISTS issue_search",
    "DROP TABLE IF EXISTS issue_search_key",
]
POSTGRES_DOCUMENT = " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCHED)
POSTGRES_UP = [f"CREATE INDEX issue_search_gin ON problem_issue USING gin (to_tsvector('simple', {POSTGRES_DOCUMENT}))"]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS issue_search_gin"]


def upgrade() -> None:
    op.create_table('saved_issue_filter',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_issue_filter'))
    )
    with op.batch_alter_table('saved_issue_filter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_saved_issue_filter_owner'), ['owner'], unique=False)

    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.drop_index('ix_problem_issue_deadline')
        batch_op.drop_index('ix_problem_issue_raised_on')
        batch_op.create_index('ix_problem_issue_deadline_id', ['deadline', 'id'], unique=False)
        batch_op.create_index('ix_problem_issue_raised_on_id', ['raised_on', 'id'], unique=False)

    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(dialect, []):
        op.execute(statement)

    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.drop_index('ix_problem_issue_raised_on_id')
        batch_op.drop_index('ix_problem_issue_deadline_id')
        batch_op.create_index('ix_problem_issue_raised_on', ['raised_on'], unique=False)
        batch_op.create_index('ix_problem_issue_deadline', ['deadline'], unique=False)

    with op.batch_alter_table('saved_issue_filter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_saved_issue_filter_owner'))

    op.drop_table('saved_issue_filter')
