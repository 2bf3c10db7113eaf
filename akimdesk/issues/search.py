"""Full-text search of the register, the same interface on SQLite and PostgreSQL.

SQLite: the FTS5 table `issue_search` (tokenizer unicode61, which folds the case of Cyrillic letters,
Kazakh ones included), kept in step by triggers (migrations 0003, 0012, 0017); its rowid is the issue's
integer `problem_issue.issue_search_rowid`, so a match finds its issue by an integer, without looking
up a UUID (a common word matches tens of thousands of issues); its column `units` holds the ids of the
issue's unit and the units above it (migration 0017), so a search within a unit is narrowed to that unit's
issues by the index itself, not by looking up each match of the country. PostgreSQL: a GIN index over the
issue's units (`issue_search_units`, migration 0018) and its stored words (`issue_search_document`,
`to_tsvector('simple', ...)` of the same columns, migration 0019), so there too a search within a unit reads
only that unit's matches. Every word the user types must occur; each word
also finds longer ones that start with it ('кездес' finds 'кездесу'), as in a search-as-you-type box.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Uuid,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.sql import Select
from sqlalchemy.sql.sqltypes import NullType

SEARCHED = ("text", "solution_way", "outcome_note", "citizen_name", "eotinish_number")
_WORD = re.compile(r"[^\W_]+")


def fold(value: str) -> str:
    """What the index stores for ё is е; the query is folded the same way."""
    return value.replace("ё", "е").replace("Ё", "Е")


def words(query: str | None) -> list[str]:
    """The words of a query, as the tokenizer splits them (punctuation and FTS syntax are dropped)."""
    return _WORD.findall(fold(query or ""))[:16]


TEXT_COLUMNS = "{" + " ".join(SEARCHED) + "}"  # the user's words are looked for in these, never in `units`
BEYOND = "beyond"  # migration 0017: the token of an issue whose chain of units goes above the six kept
PG_UNITS = "issue_search_units"  # migration 0018: problem_issue's units on PostgreSQL (outside the models)
PG_BEYOND = uuid.UUID(int=0)  # migration 0018: the same as BEYOND, in PG_UNITS


def fts5_query(query: str | None, within: uuid.UUID | None = None) -> str | None:
    """'ӘКІМ жол*' -> '{text ...} : ("ӘКІМ"* "жол"*)' (every word, each as a prefix, in the text columns);
    with `within`, only issues whose units name that unit (or go beyond the kept chain). None when nothing
    to search."""
    found = words(query)
    if not found:
        return None
    match = f"{TEXT_COLUMNS} : (" + " ".join(f'"{w}"*' for w in found) + ")"
    return match if within is None else f'units : ("{within.hex}" OR "{BEYOND}") AND {match}'


def postgres_query(query: str | None) -> str | None:
    found = words(query)
    return " & ".join(f"{w}:*" for w in found) if found else None


SEARCH_KEY = "issue_search_rowid"  # problem_issue's integer key of the FTS rowid on SQLite (migration 0012)


def matching_rowids(query: str | None, within: uuid.UUID | None = None) -> Select | None:
    """SQLite: a SELECT of the FTS rowids of matching issues (their `issue_search_rowid`), of the unit
    `within` and the units under it when given (a superset: see `fts5_query`); None for an empty query."""
    match = fts5_query(query, within)
    if match is None:
        return None
    return (
        select(literal_column("issue_search.rowid"))
        .select_from(text("issue_search"))
        .where(text("issue_search MATCH :fts_query").bindparams(bindparam("fts_query", match)))
    )


def matching_ids(dialect: str, query: str | None, within: uuid.UUID | None = None) -> Select | None:
    """A SELECT of the ids of matching issues, to use as `ProblemIssue.id.in_(...)`; None for an empty query.
    `within`: on PostgreSQL, only issues whose units name that unit (or whose chain was cut: a superset)."""
    if dialect == "sqlite":
        rowids = matching_rowids(query)
        if rowids is None:
            return None
        return select(literal_column("keyed.id")).select_from(text("problem_issue AS keyed")).where(
            column(SEARCH_KEY).in_(rowids))
    if dialect == "postgresql":
        searched = table("problem_issue", column("id")).alias("searched")
        found = postgres_match(searched, query, within)
        return None if found is None else select(searched.c.id).where(found)
    raise NotImplementedError(f"full-text search is not set up for {dialect}")


def _pg_units(name: str, units: list[uuid.UUID]):
    return bindparam(name, units, type_=ARRAY(Uuid()))


def postgres_match(issues, query: str | None, within: uuid.UUID | None = None, subtree: Select | None = None
                   ) -> ColumnElement | None:
    """PostgreSQL: a condition on the issue's own row (of `issues`: problem_issue or an alias of it) that its
    words, as stored by migration 0019 (the five columns, ё folded to е, as the query is), match the query;
    with `within`, that its units (migration 0018) name that unit or its chain was cut: a superset, made exact
    by `subtree` (the unit's ids) for a cut chain when given. None for an empty query.

    On the row itself, not as `id IN (SELECT id FROM problem_issue ...)`: the planner then weighs reading the
    matches from the GIN index against walking the page's order and testing each row, and judges both by the
    same row's statistics (through the register on the national copy, a first page: 'ауылының' with the overdue
    filter in the whole country 218 -> 49 ms, 'дорог' 113 -> 32; see docs/performance-history.md, sixth round). The
    exact check of a cut chain cannot be read from an index (`NOT ... OR`), so the words are looked up in the
    GIN index once, not once more for the chains cut (each lookup of a common prefix costs 15-20 ms)."""
    match = postgres_query(query)
    if match is None:
        return None
    document = column("issue_search_document", NullType(), _selectable=issues)
    found = document.bool_op("@@")(func.to_tsquery(literal_column("'simple'"), bindparam("pg_query", match)))
    if within is None:
        return found
    units = column(PG_UNITS, ARRAY(Uuid()), _selectable=issues)
    near = and_(units.bool_op("&&")(_pg_units("pg_units", [within, PG_BEYOND])), found)
    if subtree is None:
        return near
    cut = units.bool_op("@>")(_pg_units("pg_beyond", [PG_BEYOND]))
    return and_(near, or_(not_(cut), column("territory_id", _selectable=issues).in_(subtree)))


def in_unit_postgres(table, unit: uuid.UUID, subtree: Select) -> ColumnElement:
    """PostgreSQL: issues of `table` (problem_issue or an alias) in `unit` or under it, from the units each
    issue carries (migration 0018), which the planner reads in an issue's row or in the GIN index instead of
    looking each issue's unit up in the recursive subtree (0.33-0.39 s for a region's first page sorted by deadline,
    now 58-65 ms). A chain cut at the trigger's depth guard (marked PG_BEYOND) is placed by `subtree`, exactly."""
    units = column(PG_UNITS, ARRAY(Uuid()), _selectable=table)
    holds = units.bool_op("@>")
    return or_(holds(_pg_units("pg_unit", [unit])),
               and_(holds(_pg_units("pg_beyond", [PG_BEYOND])), column("territory_id", _selectable=table).in_(subtree)))


def matches(id_column: ColumnElement, dialect: str, query: str | None, within: uuid.UUID | None = None,
            subtree: Select | None = None) -> ColumnElement | None:
    """A WHERE condition on `id_column` (problem_issue's id, of the table or of an alias of it) for the
    query, or None when the query has no words. On SQLite it joins by the integer search key of that row,
    and narrows the full-text match to the issues of `within` (the unit the list is filtered to) and the units
    under it, a superset: the caller still filters by the unit exactly. On PostgreSQL the condition is on the
    row itself and, given `subtree` (the ids of `within` and the units under it), places the issue in the unit
    exactly: the caller needs no condition of its own on the unit (see `postgres_match`)."""
    if dialect == "sqlite":
        rowids = matching_rowids(query, within)
        if rowids is None:
            return None
        table = id_column.table  # the search key is outside the models: named on the same (aliased) table
        return column(SEARCH_KEY, _selectable=table).in_(rowids)
    if dialect == "postgresql":
        return postgres_match(id_column.table, query, within, subtree)
    raise NotImplementedError(f"full-text search is not set up for {dialect}")
