"""on PostgreSQL too, the search index knows each issue's units: a search within a region reads only its matches

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

What migration 0017 did for SQLite's FTS5 table, for PostgreSQL's GIN index. On the national data set (500,000
issues) a search for 'газ' within a region took 0.75 s on PostgreSQL 15: the planner walked the issues newest
first and computed each one's tsvector until it had a page of the region's matches (50,000 issues), or, fenced
off, read all 41,000 matches of the country from the table to drop those of other regions (0.4 s).

problem_issue gets a column `issue_search_units` (uuid[]): the issue's unit and every unit above it, and the nil
UUID (BEYOND) when the chain is cut at DEPTH units (only a cycle or a tree far deeper than Kazakhstan's four
levels would be). The GIN index covers it beside the tsvector, so a search within a unit asks
`issue_search_units && ARRAY[<unit>, <nil>]` and the words in one index scan (2,254 matches in one region,
38 ms for the page). The register keeps its exact subtree condition, so the index may only narrow.

Triggers keep the column true: it is computed when an issue is written with a unit (insert, or an update that
sets territory_id), and written again for every issue under a unit when that unit gets another parent. Both
functions are SECURITY DEFINER, as migration 0013's: row-level security must not cut the chain short, nor
leave out of the re-indexing the issues the person moving a unit cannot see. The column is named with the
search index's prefix: the models do not describe it (see `db.described_by_models`). SQLite: nothing changes.
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0018'
down_revision = "0017"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")
# the same expression as issues/search.py and migration 0010: the index is used only when they agree
FOLDED = "translate(" + " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCHED) + ", 'ёЁ', 'еЕ')"
DOCUMENT = f"to_tsvector('simple', {FOLDED})"
DEPTH = 64
BEYOND = "00000000-0000-0000-0000-000000000000"

UP = [
    # the unit and every unit above it, with BEYOND when the chain is cut at DEPTH
    "CREATE FUNCTION akimdesk_issue_units(unit uuid) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "WITH RECURSIVE up(id, parent_id, depth) AS ("
    "SELECT id, parent_id, 1 FROM territory WHERE id = unit "
    "UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM territory t JOIN up ON t.id = up.parent_id "
    f"WHERE up.depth < {DEPTH}) "
    "SELECT coalesce(array_agg(id), '{}') || CASE WHEN EXISTS (SELECT 1 FROM up "
    f"WHERE depth = {DEPTH} AND parent_id IS NOT NULL) THEN ARRAY['{BEYOND}'::uuid] ELSE '{{}}' END FROM up $$",
    "CREATE FUNCTION akimdesk_issue_units_set() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    "NEW.issue_search_units := akimdesk_issue_units(NEW.territory_id); RETURN NEW; END $$",
    "CREATE FUNCTION akimdesk_issue_units_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    "UPDATE problem_issue SET issue_search_units = akimdesk_issue_units(territory_id) "
    "WHERE issue_search_units && ARRAY[NEW.id]; RETURN NULL; END $$",
    "ALTER TABLE problem_issue ADD COLUMN issue_search_units uuid[]",
    "UPDATE problem_issue p SET issue_search_units = u.units "
    "FROM (SELECT id, akimdesk_issue_units(id) AS units FROM territory) u WHERE u.id = p.territory_id",
    "CREATE TRIGGER issue_search_units BEFORE INSERT OR UPDATE OF territory_id ON problem_issue "
    "FOR EACH ROW EXECUTE FUNCTION akimdesk_issue_units_set()",
    "CREATE TRIGGER issue_search_unit_moved AFTER UPDATE OF parent_id ON territory FOR EACH ROW "
    "WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION akimdesk_issue_units_moved()",
    "DROP INDEX IF EXISTS issue_search_gin",
    f"CREATE INDEX issue_search_gin ON problem_issue USING gin (issue_search_units, ({DOCUMENT}))",
]
DOWN = [
    "DROP INDEX IF EXISTS issue_search_gin",
    f"CREATE INDEX issue_search_gin ON problem_issue USING gin ({DOCUMENT})",
    "DROP TRIGGER IF EXISTS issue_search_unit_moved ON territory",
    "DROP TRIGGER IF EXISTS issue_search_units ON problem_issue",
    "ALTER TABLE problem_issue DROP COLUMN IF EXISTS issue_search_units",
    "DROP FUNCTION IF EXISTS akimdesk_issue_units_moved()",
    "DROP FUNCTION IF EXISTS akimdesk_issue_units_set()",
    "DROP FUNCTION IF EXISTS akimdesk_issue_units(uuid)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
