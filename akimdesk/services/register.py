"""Reading the problem-issue register for the screens and the command line.

Filtering, sorting and search run in SQL; rows come a page at a time by keyset (the last row's sort
value and id), so the cost of a page never grows with how far the user has scrolled.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, literal, literal_column, or_, select, tuple_
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.expression import type_coerce
from sqlalchemy.types import NullType

from .. import collector
from ..db import Database
from ..issues import numbering, search
from ..issues.privacy import citizen_fields
from ..issues.rules import DEFAULT_DUE_DAYS
from ..models import IssueCategory, IssueStatus, ProblemIssue, ResponsibleBody, Territory
from ..progress import Cancelled
from .access import require_sight
from .register_rows import RegisterRow, forget_converted, page_rows

PAGE_SIZE = 200
_CHECK_EVERY = 200_000  # SQLite virtual-machine steps between two looks at whether a count is still wanted
# When at least this share of all issues match, a page is read by walking the sort index (a page costs
# about PAGE_SIZE / share steps); rarer matches are read through the filter's own index and sorted
WALK_SORT_INDEX_SHARE = 0.05
SORTS = ("raised_on", "deadline", "territory", "category", "body", "status", "number")
DATE_SORTS = ("raised_on", "deadline")  # the issue's own dates: a page may be read along their indexes
# PostgreSQL: sorts whose page the (territory_id, ...) indexes give for a unit's subtree without reading the
# issues (index-only scans, 17 ms for a region's 29,000 issues by body), as they give a count; a page in any
# other order is read along that order's index or sorted, and then each issue's unit is checked from its row
# (`search.in_unit_postgres`: a region's first page by number 403 -> 37-63 ms, by status 382 -> 44-78, by
# category 359 -> 55-62, by date 59-90 -> 11-17)
SORTED_FROM_UNIT_INDEXES = ("body", "territory")

__all__ = ["DEFAULT_DUE_DAYS", "PAGE_SIZE", "SORTS", "Choice", "FilterError", "IssueFilter", "Page", "RegisterRow",
           "bodies", "categories", "conditions", "fetch_page", "iter_issues", "issue_count", "issue_page",
           "page_query", "plan_sizes", "public_record", "search_words", "statuses", "subtree_ids", "territories",
           "territory_id_by_kato", "walks_sort_index"]


class FilterError(ValueError):
    """A filter names something this database does not have."""


@dataclass(frozen=True)
class IssueFilter:
    """What the register shows. Empty tuples and None mean 'any'."""

    territory_id: uuid.UUID | None = None  # this unit and everything under it
    statuses: tuple[str, ...] = ()  # status codes
    open_only: bool = False
    category_ids: tuple[uuid.UUID, ...] = ()
    body_ids: tuple[uuid.UUID, ...] = ()
    levels: tuple[str, ...] = ()  # competence levels
    overdue: bool = False
    due_within: int | None = None  # open issues falling due from today to today + N days
    raised_from: dt.date | None = None
    raised_to: dt.date | None = None
    meeting_id: uuid.UUID | None = None
    search: str = ""
    sort: str = "raised_on"
    descending: bool = True

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values (for saved filters)."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            if isinstance(v, uuid.UUID | dt.date):
                v = str(v) if isinstance(v, uuid.UUID) else v.isoformat()
            elif isinstance(v, tuple):
                v = [str(x) for x in v]
            out[k] = v
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IssueFilter:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for k, v in data.items():
            if k not in known or v is None:
                continue
            if k in ("territory_id", "meeting_id"):
                v = uuid.UUID(v)
            elif k in ("category_ids", "body_ids"):
                v = tuple(uuid.UUID(x) for x in v)
            elif k in ("statuses", "levels"):
                v = tuple(v)
            elif k in ("raised_from", "raised_to"):
                v = dt.date.fromisoformat(v)
            values[k] = v
        return cls(**values)

    def is_empty(self) -> bool:
        return replace(self, sort="raised_on", descending=True) == IssueFilter()


@dataclass(frozen=True)
class Page:
    rows: list[RegisterRow]
    next_key: tuple[Any, uuid.UUID] | None  # None: this was the last page


def _sort_column(flt: IssueFilter, lang: str) -> tuple[ColumnElement, bool]:
    """The SQL expression the register is sorted by, and whether it can be NULL."""
    lang = lang if lang in ("ru", "kk") else "ru"
    columns = {
        "raised_on": (ProblemIssue.raised_on, False),
        "deadline": (ProblemIssue.deadline, True),
        "territory": (getattr(Territory, f"name_{lang}"), False),
        "category": (getattr(IssueCategory, f"name_{lang}"), True),
        "body": (getattr(ResponsibleBody, f"name_{lang}"), True),
        "status": (IssueStatus.position, False),
        "number": (ProblemIssue.registration_number, True),
    }
    if flt.sort not in columns:
        raise FilterError(f"cannot sort by {flt.sort}; choose one of {', '.join(SORTS)}")
    return columns[flt.sort]


def subtree_ids(root_id: uuid.UUID):
    """A SELECT of the unit and every unit under it (recursive, in SQL)."""
    tree = select(Territory.id).where(Territory.id == root_id).cte("unit_tree", recursive=True)
    tree = tree.union(select(Territory.id).where(Territory.parent_id == tree.c.id))  # UNION: a cycle ends
    return select(tree.c.id)


def _closed_status_ids(closed: bool):
    return select(IssueStatus.id).where(IssueStatus.is_closed.is_(closed))


def no_index(column: ColumnElement) -> ColumnElement:
    """`+column`: the same value, but SQLite will not pick the column's index to drive the query."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def no_index_on(dialect: str) -> Callable[[ColumnElement], ColumnElement]:
    """`no_index` on SQLite, the column as it is elsewhere (PostgreSQL's planner needs no such hint)."""
    return no_index if dialect == "sqlite" else (lambda column: column)


def conditions(flt: IssueFilter, dialect: str, today: dt.date, walk_sort_index: bool = False, paged: bool = False
               ) -> list[ColumnElement]:
    """The WHERE conditions of a filter, shared by pages, counts and the command line. `paged`: for a page in
    the filter's order (see SORTED_FROM_UNIT_INDEXES); a count reads every issue of the unit from the
    (territory_id, ...) indexes.

    With `walk_sort_index` (SQLite, a broad filter sorted by date) the filter columns are kept away from
    the planner, so it reads the date index in order and stops after one page instead of sorting
    every matching issue for each page.
    """
    def col(column: ColumnElement, sort_key: str | None = None) -> ColumnElement:
        return no_index(column) if walk_sort_index and flt.sort != sort_key else column

    c: list[ColumnElement] = []
    number = numbering.normalized(flt.search)
    # on PostgreSQL a search within a unit places its issues in the unit itself (search.postgres_match)
    placed_by_search = dialect == "postgresql" and number is None and bool(search.words(flt.search))
    subtree = None if flt.territory_id is None else subtree_ids(flt.territory_id)
    if subtree is None or placed_by_search:
        pass
    elif dialect == "postgresql" and paged and flt.sort not in SORTED_FROM_UNIT_INDEXES:
        c.append(search.in_unit_postgres(ProblemIssue.__table__, flt.territory_id, subtree))
    else:
        c.append(col(ProblemIssue.territory_id).in_(subtree))
    if flt.statuses:
        c.append(col(ProblemIssue.status_id).in_(select(IssueStatus.id).where(IssueStatus.code.in_(flt.statuses))))
    if flt.open_only or flt.overdue or flt.due_within is not None:
        c.append(col(ProblemIssue.status_id).in_(_closed_status_ids(False)))
    if flt.overdue:
        c.append(col(ProblemIssue.deadline, "deadline") < today)
    if flt.due_within is not None:
        c.append(col(ProblemIssue.deadline, "deadline").between(today, today + dt.timedelta(days=flt.due_within)))
    if flt.category_ids:
        c.append(col(ProblemIssue.category_id).in_(flt.category_ids))
    if flt.body_ids:
        c.append(col(ProblemIssue.responsible_body_id).in_(flt.body_ids))
    if flt.levels:
        c.append(ProblemIssue.competence_level.in_(flt.levels))
    if flt.raised_from is not None:
        c.append(col(ProblemIssue.raised_on, "raised_on") >= flt.raised_from)
    if flt.raised_to is not None:
        c.append(col(ProblemIssue.raised_on, "raised_on") <= flt.raised_to)
    if flt.meeting_id is not None:
        c.append(ProblemIssue.meeting_id == flt.meeting_id)
    if number is not None:  # a registration number is looked up as such, not as words
        c.append(ProblemIssue.registration_number == number)
        return c
    found = search.matches(ProblemIssue.id, dialect, flt.search, within=flt.territory_id, subtree=subtree)
    if found is not None:
        c.append(found)
    return c


def _after(expr: ColumnElement, nullable: bool, key: tuple[Any, uuid.UUID], descending: bool) -> ColumnElement:
    """Rows after `key` in the order (expr, id); NULLs come first going up and last going down, as in SQLite.

    The key's values are the bound parameters `after_value` and `after_id`, so a page's statement can be run
    again for the next page with the next key (see `fetch_page`)."""
    value, last_id = key
    last = bindparam("after_id", last_id, type_=ProblemIssue.id.type)
    if value is None:
        if descending:
            return and_(expr.is_(None), ProblemIssue.id < last)
        return or_(and_(expr.is_(None), ProblemIssue.id > last), expr.is_not(None))
    pair, here = tuple_(expr, ProblemIssue.id), tuple_(bindparam("after_value", value, type_=expr.type), last)
    if descending:
        return or_(pair < here, expr.is_(None)) if nullable else pair < here
    return pair > here


def walks_sort_index(flt: IssueFilter, dialect: str, expected: int | None, universe: int | None) -> bool:
    """Whether a page is best read along the sort column's index (see WALK_SORT_INDEX_SHARE)."""
    if dialect != "sqlite" or flt.sort not in DATE_SORTS or search.words(flt.search) \
            or numbering.normalized(flt.search):
        return False
    if flt.meeting_id is not None or expected is None or not universe:
        return False  # unknown sizes: leave the choice to the planner
    return expected >= WALK_SORT_INDEX_SHARE * universe


def _stored(stored: bool, columns: tuple[ColumnElement, ...]) -> tuple[ColumnElement, ...]:
    if not stored:
        return columns
    return tuple(type_coerce(c, NullType()).label(f"f{i}") for i, c in enumerate(columns))


def _sort_join(q, flt: IssueFilter, lookup: Callable[[ColumnElement], ColumnElement]):
    """`q` joined to the one small table the sort column lives in (none for the issue's own columns)."""
    joins = {
        "territory": (Territory, lookup(ProblemIssue.territory_id) == Territory.id, False),
        "status": (IssueStatus, lookup(ProblemIssue.status_id) == IssueStatus.id, False),
        "category": (IssueCategory, ProblemIssue.category_id == IssueCategory.id, True),
        "body": (ResponsibleBody, ProblemIssue.responsible_body_id == ResponsibleBody.id, True),
    }
    if flt.sort not in joins:
        return q
    table, on, outer = joins[flt.sort]
    return q.join(table, on, isouter=outer)


def _order(sort: ColumnElement, key: ColumnElement, nullable: bool, descending: bool, dialect: str):
    """ORDER BY (sort, key), NULLs first going up and last going down on every database (as SQLite does)."""
    if descending:
        order = [sort.desc(), key.desc()]
        if dialect == "postgresql" and nullable:
            order[0] = order[0].nulls_last()
    else:
        order = [sort.asc(), key.asc()]
        if dialect == "postgresql" and nullable:
            order[0] = order[0].nulls_first()
    return order


def page_query(flt: IssueFilter, dialect: str, today: dt.date, lang: str = "ru",
               after: tuple[Any, uuid.UUID] | None = None, limit: int = PAGE_SIZE, expected: int | None = None,
               universe: int | None = None, stored: bool = False):
    """The page's SELECT: RegisterRow's fields, then the sort value. `stored`: the fields as the database
    stores them (no conversion by SQLAlchemy; `fetch_page` converts each distinct value once).

    The page is chosen first from the issues' ids and sort values alone (joined to the sort column's table
    only), and only its rows are then read whole and joined to the names: a sort or search that has to
    order tens of thousands of issues does not carry their texts and four lookups each through the sort.
    """
    expr, nullable = _sort_column(flt, lang)
    # the joins only look names up: on SQLite `+column` keeps the planner from driving a page from the small
    # tables into the issues' composite indexes (migration 0009), which reads every unit's issues of every status
    lookup = no_index_on(dialect)
    chosen = _sort_join(select(ProblemIssue.id.label("page_id"), expr.label("sort_value")).select_from(ProblemIssue),
                        flt, lookup)
    chosen = chosen.where(*conditions(flt, dialect, today, walks_sort_index(flt, dialect, expected, universe),
                                      paged=True))
    if after is not None:
        chosen = chosen.where(_after(expr, nullable, after, flt.descending))
    page = chosen.order_by(*_order(expr, ProblemIssue.id, nullable, flt.descending, dialect)).limit(limit) \
        .subquery("page")
    return (
        select(*_stored(stored, (
            ProblemIssue.id, ProblemIssue.registration_number, ProblemIssue.raised_on, ProblemIssue.text,
            ProblemIssue.territory_id, Territory.kato,
            Territory.name_ru, Territory.name_kk, func.coalesce(IssueCategory.name_ru, ""),
            func.coalesce(IssueCategory.name_kk, ""), func.coalesce(IssueCategory.name_en, ""),
            ResponsibleBody.code, func.coalesce(ResponsibleBody.name_ru, ""), func.coalesce(ResponsibleBody.name_kk, ""),
            ProblemIssue.competence_level, ProblemIssue.deadline, ProblemIssue.original_deadline, IssueStatus.code,
            IssueStatus.name_ru, IssueStatus.name_kk, IssueStatus.name_en, IssueStatus.is_closed,
            ProblemIssue.closed_on, ProblemIssue.meeting_id, ProblemIssue.citizen_name,
            ProblemIssue.citizen_contact, ProblemIssue.row_version)), page.c.sort_value,
        )
        .select_from(page)
        .join(ProblemIssue, ProblemIssue.id == page.c.page_id)
        .join(Territory, lookup(ProblemIssue.territory_id) == Territory.id)
        .join(IssueStatus, lookup(ProblemIssue.status_id) == IssueStatus.id)
        .outerjoin(IssueCategory, ProblemIssue.category_id == IssueCategory.id)
        .outerjoin(ResponsibleBody, ProblemIssue.responsible_body_id == ResponsibleBody.id)
        .order_by(*_order(page.c.sort_value, page.c.page_id, nullable, flt.descending, dialect))
    )


# The statements of the last pages read: scrolling on runs the same statement with the next key
_STATEMENTS: dict[tuple, Any] = {}
_STATEMENTS_KEPT = 16


def _page_statement(flt: IssueFilter, dialect: str, today: dt.date, lang: str, after: tuple[Any, uuid.UUID] | None,
                    limit: int, expected: int | None, universe: int | None, stored: bool):
    walk = walks_sort_index(flt, dialect, expected, universe)
    shape = None if after is None else after[0] is None
    key = (flt, dialect, today, lang, shape, limit, walk, stored)
    statement = _STATEMENTS.get(key)
    if statement is None:
        if len(_STATEMENTS) >= _STATEMENTS_KEPT:
            _STATEMENTS.clear()
        statement = _STATEMENTS[key] = page_query(flt, dialect, today, lang, after, limit, expected, universe, stored)
    return statement


def fetch_page(s: Session, flt: IssueFilter, today: dt.date, lang: str = "ru",
               after: tuple[Any, uuid.UUID] | None = None, limit: int = PAGE_SIZE, expected: int | None = None,
               universe: int | None = None) -> Page:
    dialect = s.get_bind().dialect.name
    stored = dialect == "sqlite"
    forget_converted()
    statement = _page_statement(flt, dialect, today, lang, after, limit + 1, expected, universe, stored)
    params = {} if after is None else {"after_id": after[1]} if after[0] is None else \
        {"after_value": after[0], "after_id": after[1]}
    with collector.paused():  # thousands of short-lived values, no cycles: no passes over the loaded rows
        rows = page_rows(s.connection().execute(statement, params).all(), stored)
    more = len(rows) > limit
    rows = rows[:limit]
    next_key = (rows[-1].sort_value, rows[-1].id) if more and rows else None
    return Page(rows, next_key)


def issue_page(db: Database, flt: IssueFilter, after: tuple[Any, uuid.UUID] | None = None,
               limit: int = PAGE_SIZE, lang: str = "ru", today: dt.date | None = None,
               expected: int | None = None, universe: int | None = None) -> Page:
    """One page of the register in the filter's order, starting after `after` (the previous page's key).

    `expected` (the filter's count, which the screens show anyway) and `universe` (all issues) pick the
    faster plan when known.
    """
    with db.reading() as s:
        require_sight(s, db, flt.territory_id)
        return fetch_page(s, flt, today or dt.date.today(), lang, after, limit, expected, universe)


def iter_issues(db: Database, flt: IssueFilter, lang: str = "ru", today: dt.date | None = None,
                page_size: int = 1000) -> Iterator[RegisterRow]:
    """Every issue of the filter, a page at a time (for the command line and exports)."""
    after = None
    expected, universe = issue_count(db, flt, today), issue_count(db, IssueFilter(), today)
    while True:
        page = issue_page(db, flt, after, page_size, lang, today, expected, universe)
        yield from page.rows
        if page.next_key is None:
            return
        after = page.next_key


def plan_sizes(db: Database, flt: IssueFilter, today: dt.date | None = None) -> tuple[int | None, int | None]:
    """`(expected, universe)` for `issue_page` to pick its plan, read in bounded time, not by counting.

    `universe` is the issues' highest row number (at least their number: a deleted one may still count); `expected` is the
    filter's count capped where the choice flips (WALK_SORT_INDEX_SHARE of `universe`), so a screen can
    show its first page before the exact count, which it asks for in the background. (None, None) when
    the choice does not depend on sizes (another database, a search, one meeting, another sort).
    """
    if not walks_sort_index(flt, "sqlite", 1, 1):
        return None, None
    with db.session() as s:
        if s.get_bind().dialect.name != "sqlite":
            return None, None
        universe = s.scalar(select(func.max(literal_column("rowid"))).select_from(ProblemIssue)) or 0
        cap = max(1, math.ceil(WALK_SORT_INDEX_SHARE * universe))
        found = select(literal(1)).select_from(ProblemIssue).where(
            *conditions(flt, "sqlite", today or dt.date.today())).limit(cap)
        return s.scalar(select(func.count()).select_from(found.subquery())) or 0, universe


def issue_count(db: Database, flt: IssueFilter, today: dt.date | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """The filter's exact count. `cancelled`: the screen asked a newer question meanwhile; a count not yet
    started, or on SQLite one under way, then stops at once (raises Cancelled) instead of using a core."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    with db.reading() as s:
        require_sight(s, db, flt.territory_id)
        dialect = s.get_bind().dialect.name
        q = select(func.count()).select_from(ProblemIssue).where(*conditions(flt, dialect, today or dt.date.today()))
        if cancelled is None or dialect != "sqlite":
            return s.scalar(q) or 0
        raw = s.connection().connection.dbapi_connection
        raw.set_progress_handler(lambda: 1 if cancelled() else 0, _CHECK_EVERY)  # a nonzero answer interrupts
        try:
            return s.scalar(q) or 0
        except OperationalError:
            if cancelled():
                raise Cancelled() from None
            raise
        finally:
            raw.set_progress_handler(None, 0)


# --- choices for filters and forms --------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    code: str | None
    name_ru: str
    name_kk: str
    name_en: str | None = None
    depth: int = 0  # territories: how far under the region
    level: str | None = None  # bodies: competence level; territories: ATU level
    is_closed: bool = False  # statuses


def statuses(db: Database) -> list[Choice]:
    with db.session() as s:
        return [Choice(r.id, r.code, r.name_ru, r.name_kk, r.name_en, is_closed=r.is_closed)
                for r in s.scalars(select(IssueStatus).where(IssueStatus.retired.is_(False))
                                   .order_by(IssueStatus.position))]


def categories(db: Database) -> list[Choice]:
    with db.session() as s:
        return [Choice(r.id, r.code, r.name_ru, r.name_kk, r.name_en)
                for r in s.scalars(select(IssueCategory).where(IssueCategory.retired.is_(False))
                                   .order_by(IssueCategory.position))]


def bodies(db: Database, region_id: uuid.UUID | None) -> list[Choice]:
    """National bodies and the region's own, local first."""
    order = {"local": 0, "district": 1, "oblast": 2, "central": 3, "holding": 4, "company": 5}
    with db.session() as s:
        q = select(ResponsibleBody).where(ResponsibleBody.retired.is_(False))
        if region_id is not None:
            q = q.where(or_(ResponsibleBody.territory_id.is_(None),
                            ResponsibleBody.territory_id.in_(subtree_ids(region_id))))
        rows = list(s.scalars(q))
    rows.sort(key=lambda b: (order.get(b.level, 9), b.name_ru))
    return [Choice(b.id, b.code, b.name_ru, b.name_kk, b.name_en, level=b.level) for b in rows]


def territories(db: Database, region_id: uuid.UUID) -> list[Choice]:
    """The region and its units in use, parents before children (siblings by KATO, then name), with depth."""
    with db.session() as s:
        rows = s.execute(select(Territory.id, Territory.parent_id, Territory.kato, Territory.name_ru,
                                Territory.name_kk, Territory.level, Territory.retired_on)
                         .where(Territory.id.in_(subtree_ids(region_id)))).all()
    children: dict[uuid.UUID | None, list] = {}
    by_id = {r.id: r for r in rows}
    for r in rows:
        children.setdefault(r.parent_id, []).append(r)
    out: list[Choice] = []
    stack = [(by_id[region_id], 0)] if region_id in by_id else []
    while stack:
        r, depth = stack.pop()
        if r.retired_on is not None:
            continue
        out.append(Choice(r.id, r.kato, r.name_ru, r.name_kk, depth=depth, level=r.level))
        kids = sorted(children.get(r.id, []), key=lambda t: (t.kato or "~", t.name_ru), reverse=True)
        stack.extend((k, depth + 1) for k in kids)
    return out


def territory_id_by_kato(db: Database, code: str) -> uuid.UUID:
    """The id of a unit by its KATO code; two digits mean the region."""
    from ..territory.codes import is_kato, region_kato

    code = (code or "").strip()
    if len(code) == 2 and code.isdigit():
        kato = region_kato(code)
    elif is_kato(code):
        kato = code
    else:
        raise FilterError(f"'{code}' is not a KATO code: give nine digits, or two for a region (e.g. 39)")
    with db.session() as s:
        unit_id = s.scalar(select(Territory.id).where(Territory.kato == kato))
    if unit_id is None:
        raise FilterError(f"no unit with KATO code {code} in this database")
    return unit_id


# --- the register leaving the program -------------------------------------------------------------------
def search_words(query: str | None) -> list[str]:
    """The words a search looks for (none: nothing to search for)."""
    return search.words(query)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def public_record(row: RegisterRow) -> dict[str, Any]:
    """One issue for scripts, in JSON values; the citizen's name and contact are masked."""
    name, contact = citizen_fields(row.citizen_name, row.citizen_contact)
    return {
        "id": str(row.id),
        "registration_number": row.registration_number,
        "text": row.text,
        "status": row.status_code,
        "closed": row.closed,
        "raised_on": _iso(row.raised_on),
        "deadline": _iso(row.deadline),
        "original_deadline": _iso(row.original_deadline),
        "closed_on": _iso(row.closed_on),
        "territory": row.kato,
        "territory_id": str(row.territory_id),
        "area_id": None if row.kato else str(row.territory_id),  # meeting areas have no KATO code
        "territory_name_ru": row.unit_ru,
        "territory_name_kk": row.unit_kk,
        "category": row.category_en or None,
        "competence_level": row.competence_level,
        "responsible_body": row.body_ru or None,
        "responsible_body_code": row.body_code,
        "meeting_id": str(row.meeting_id) if row.meeting_id else None,
        "citizen_name": name,
        "citizen_contact": contact,
    }
