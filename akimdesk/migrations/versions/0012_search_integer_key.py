"""the search index on an integer key: a match joins the issue by an integer, not through its UUID

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-02

On SQLite the FTS5 table's rowid was mapped to the issue's UUID through the table `issue_search_key`:
every match of a common word cost a key lookup and a UUID lookup in problem_issue's primary key ('газ'
in the national data set: 41,000 of each). Now problem_issue carries the FTS rowid itself, in the
column `issue_search_rowid` (indexed, outside the models like the rest of the search index),
and a search is `problem_issue.issue_search_rowid IN (SELECT rowid FROM issue_search WHERE ... MATCH)`.
The column is ours, not SQLite's implicit rowid, so it survives VACUUM. The triggers number a new issue
`max + 1` (also a row copied with its key, whose key another issue holds) and keep the index in step;
the existing rowids are kept, so the FTS index is not rebuilt.
PostgreSQL searches through its GIN index over the issue's own row (migration 0010): nothing changes.

A later migration that rebuilds problem_issue in batch mode on SQLite drops the triggers with the old
table: it must create them again (copy them from here, not from 0003).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012'
down_revision = "0011"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")
COLUMNS = ", ".join(SEARCHED)


def _fold(expr: str) -> str:
    # as in 0003: Russian writers use е for ё freely; both sides are folded
    return f"replace(replace(coalesce({expr}, ''), 'ё', 'е'), 'Ё', 'Е')"


def _values(prefix: str) -> str:
    return ", ".join(_fold(f"{prefix}.{c}") for c in SEARCHED)


DROP_TRIGGERS = [f"DROP TRIGGER IF EXISTS issue_search_{what}" for what in ("insert", "update", "delete")]

TRIGGERS = [
    # a new issue takes the next number unless it brings one no other issue holds (a row copied into an
    # empty database keeps its key); an UPDATE of this column only does not fire the update trigger below
    f"""CREATE TRIGGER issue_search_insert AFTER INSERT ON problem_issue BEGIN
        UPDATE problem_issue SET issue_search_rowid =
            (SELECT coalesce(max(issue_search_rowid), 0) + 1 FROM problem_issue)
            WHERE rowid = new.rowid AND (new.issue_search_rowid IS NULL OR EXISTS (
                SELECT 1 FROM problem_issue other
                WHERE other.issue_search_rowid = new.issue_search_rowid AND other.rowid <> new.rowid));
        INSERT INTO issue_search(rowid, {COLUMNS})
            SELECT issue_search_rowid, {_values('new')} FROM problem_issue WHERE rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER issue_search_update AFTER UPDATE OF {COLUMNS} ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = old.issue_search_rowid;
        INSERT INTO issue_search(rowid, {COLUMNS}) VALUES (new.issue_search_rowid, {_values('new')});
    END""",
    """CREATE TRIGGER issue_search_delete AFTER DELETE ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = old.issue_search_rowid;
    END""",
]

SQLITE_UP = DROP_TRIGGERS + [
    "ALTER TABLE problem_issue ADD COLUMN issue_search_rowid INTEGER",
    "UPDATE problem_issue SET issue_search_rowid = "
    "(SELECT k.rowid FROM issue_search_key k WHERE k.issue_id = problem_issue.id)",
    # an issue the key table missed (none is expected): a new number above all others, and its entry
    "CREATE TEMP TABLE issue_search_missing AS SELECT rowid AS issue_rowid FROM problem_issue "
    "WHERE issue_search_rowid IS NULL",
    "UPDATE problem_issue SET issue_search_rowid = rowid + "
    "(SELECT coalesce(max(issue_search_rowid), 0) FROM problem_issue) "
    "WHERE rowid IN (SELECT issue_rowid FROM temp.issue_search_missing)",
    "DELETE FROM issue_search WHERE rowid > (SELECT max(rowid) FROM issue_search_key)",
    f"""INSERT INTO issue_search(rowid, {COLUMNS})
        SELECT p.issue_search_rowid, {_values('p')} FROM problem_issue p
        WHERE p.rowid IN (SELECT issue_rowid FROM temp.issue_search_missing)""",
    "DROP TABLE temp.issue_search_missing",
    "CREATE INDEX issue_search_rowid_index ON problem_issue (issue_search_rowid)",
    "DROP TABLE issue_search_key",
] + TRIGGERS

# 0003's key table and triggers
SQLITE_DOWN = DROP_TRIGGERS + [
    "CREATE TABLE issue_search_key (rowid INTEGER PRIMARY KEY, issue_id CHAR(32) NOT NULL UNIQUE)",
    "INSERT INTO issue_search_key(rowid, issue_id) SELECT issue_search_rowid, id FROM problem_issue",
    "DROP INDEX issue_search_rowid_index",
    "ALTER TABLE problem_issue DROP COLUMN issue_search_rowid",
    f"""CREATE TRIGGER issue_search_insert AFTER INSERT ON problem_issue BEGIN
        INSERT INTO issue_search_key(issue_id) VALUES (new.id);
        INSERT INTO issue_search(rowid, {COLUMNS})
            VALUES ((SELECT rowid FROM issue_search_key WHERE issue_id = new.id), {_values('new')});
    END""",
    f"""CREATE TRIGGER issue_search_update AFTER UPDATE OF {COLUMNS} ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = (SELECT rowid FROM issue_search_key WHERE issue_id = old.id);
        INSERT INTO issue_search(rowid, {COLUMNS})
            VALUES ((SELECT rowid FROM issue_search_key WHERE issue_id = new.id), {_values('new')});
    END""",
    """CREATE TRIGGER issue_search_delete AFTER DELETE ON problem_issue BEGIN
        DELETE FROM issue_search WHERE rowid = (SELECT rowid FROM issue_search_key WHERE issue_id = old.id);
        DELETE FROM issue_search_key WHERE issue_id = old.id;
    END""",
]


def _has_statistics(bind) -> bool:
    return bind.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first() is not None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for statement in SQLITE_UP:
        op.execute(statement)
    if _has_statistics(bind):  # as in 0009: a new index without statistics misleads the planner
        op.execute("ANALYZE issue_search_rowid_index")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SQLITE_DOWN:
        op.execute(statement)
