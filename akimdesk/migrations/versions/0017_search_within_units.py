"""the search index knows each issue's units, so a search within a region reads only the region's matches

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

A common word searched within a region ('газ': 41,000 matches in the national data set, 2,300 in one region)
had every match of the country looked up in problem_issue's search key only to drop those of other regions
(about 40 ms of 60-100). On SQLite the FTS5 table now carries a sixth column, `units`: the ids (32 hex
digits, as SQLite stores them) of the issue's unit and of the units above it, up to DEPTH of them, and the
word `beyond` when the chain goes higher still. A search within a unit asks FTS5 for
`units : ("<unit>" OR "beyond") AND {the five text columns} : (the words)`, so the full-text index itself
narrows the matches to the unit; the register keeps its exact subtree condition, so an issue reached through
`beyond` (a tree deeper than DEPTH, which Kazakhstan's is not: four levels) is still placed exactly.

The column is kept true by triggers: an issue's entry is written again when its text or its unit changes,
and the entries of a unit's issues (and of the units below it, DEPTH - 1 levels down) when the unit gets
another parent (a unit stays in its region, but may move between districts). PostgreSQL searches through
its GIN index and the issue's own territory: nothing changes.

A later migration that rebuilds problem_issue or territory in batch mode on SQLite drops the triggers with
the old table: it must create them again (copy them from here, not from 0003 or 0012).
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0017'
down_revision = "0016"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")
COLUMNS = ", ".join(SEARCHED)
DEPTH = 6  # the unit and five above it: Kazakhstan's deepest chain is region, district, okrug, village
BEYOND = "beyond"  # not a hex id, so no unit's token


def _fold(expr: str) -> str:
    # as in 0003: Russian writers use е for ё freely; both sides are folded
    return f"replace(replace(coalesce({expr}, ''), 'ё', 'е'), 'Ё', 'Е')"


def _values(prefix: str) -> str:
    return ", ".join(_fold(f"{prefix}.{c}") for c in SEARCHED)


def _units(unit: str) -> str:
    """A scalar subquery: the ids of `unit` and of the units above it, space-separated, then `beyond` when
    the chain goes on (no CTE: SQLite does not allow one in a trigger)."""
    ids = " || ' ' || ".join(f"coalesce(u{i}.id, '')" for i in range(DEPTH))
    joins = " ".join(f"LEFT JOIN territory u{i} ON u{i}.id = u{i - 1}.parent_id" for i in range(1, DEPTH))
    return (f"(SELECT {ids} || CASE WHEN u{DEPTH - 1}.parent_id IS NOT NULL THEN ' {BEYOND}' ELSE '' END "
            f"FROM territory u0 {joins} WHERE u0.id = {unit})")


def _below(unit: str) -> str:
    """A SELECT of `unit` and of the units up to DEPTH - 1 levels below it: those whose issues name it."""
    parts = [f"SELECT {unit}"]
    for depth in range(1, DEPTH):
        joins = " ".join(f"JOIN territory d{i} ON d{i}.parent_id = d{i - 1}.id" for i in range(1, depth))
        parts.append(f"SELECT d{depth - 1}.id FROM territory d0 {joins} WHERE d0.parent_id = {unit}")
    return " UNION ALL ".join(parts)


def _reindex_below(unit: str) -> str:
    return f"""
        DELETE FROM issue_search WHERE rowid IN (
            SELECT issue_search_rowid FROM problem_issue WHERE territory_id IN ({_below(unit)}));
        INSERT INTO issue_search(rowid, {COLUMNS}, units)
            SELECT p.issue_search_rowid, {_values('p')}, {_units('p.territory_id')} FROM problem_issue p
            WHERE p.territory_id IN ({_below(unit)});"""


TRIGGER_NAMES = ("insert", "update", "delete", "unit_moved")
DROP_TRIGGERS = [f"DROP TRIGGER IF EXISTS issue_search_{what}" for what in TRIGGER_NAMES]

def _issue_triggers(units: bool) -> list[str]:
    """The triggers that keep an issue's entry in step: with the `units` column (this migration) or
    without it (0012's, for the downgrade)."""
    columns = f"{COLUMNS}, units" if units else COLUMNS
    watched = f"{COLUMNS}, territory_id" if units else COLUMNS  # a new unit changes the entry's units
    new_units = f", {_units('new.territory_id')}" if units else ""
    return [
        # as in 0012: a new issue takes the next number unless it brings one no other issue holds; an UPDATE
        # of this column only does not fire the update trigger below
        f"""CREATE TRIGGER issue_search_insert AFTER INSERT ON problem_issue BEGIN
            UPDATE problem_issue SET issue_search_rowid =
                (SELECT coalesce(max(issue_search_rowid), 0) + 1 FROM problem_issue)
                WHERE rowid = new.rowid AND (new.issue_search_rowid IS NULL OR EXISTS (
                    SELECT 1 FROM problem_issue other
                    WHERE other.issue_search_rowid = new.issue_search_rowid AND other.rowid <> new.rowid));
            INSERT INTO issue_search(rowid, {columns})
                SELECT issue_search_rowid, {_values('new')}{new_units} FROM problem_issue WHERE rowid = new.rowid;
        END""",
        f"""CREATE TRIGGER issue_search_update AFTER UPDATE OF {watched} ON problem_issue BEGIN
            DELETE FROM issue_search WHERE rowid = old.issue_search_rowid;
            INSERT INTO issue_search(rowid, {columns}) VALUES (new.issue_search_rowid, {_values('new')}{new_units});
        END""",
        """CREATE TRIGGER issue_search_delete AFTER DELETE ON problem_issue BEGIN
            DELETE FROM issue_search WHERE rowid = old.issue_search_rowid;
        END""",
    ]


TRIGGERS = _issue_triggers(units=True) + [
    f"""CREATE TRIGGER issue_search_unit_moved AFTER UPDATE OF parent_id ON territory
        WHEN old.parent_id IS NOT new.parent_id BEGIN {_reindex_below('new.id')}
    END""",
]

SQLITE_UP = DROP_TRIGGERS + [
    "DROP TABLE issue_search",
    f"CREATE VIRTUAL TABLE issue_search USING fts5({COLUMNS}, units, tokenize='unicode61 remove_diacritics 2')",
    f"""INSERT INTO issue_search(rowid, {COLUMNS}, units)
        SELECT p.issue_search_rowid, {_values('p')}, {_units('p.territory_id')} FROM problem_issue p""",
] + TRIGGERS

# 0012's table and triggers
SQLITE_DOWN = DROP_TRIGGERS + [
    "DROP TABLE issue_search",
    f"CREATE VIRTUAL TABLE issue_search USING fts5({COLUMNS}, tokenize='unicode61 remove_diacritics 2')",
    f"""INSERT INTO issue_search(rowid, {COLUMNS})
        SELECT p.issue_search_rowid, {_values('p')} FROM problem_issue p""",
] + _issue_triggers(units=False)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SQLITE_DOWN:
        op.execute(statement)
