"""What the main window's pages list: plain rows for one region and year."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ..db import Database
from ..start_tables import TERRITORY, TOP_LEVELS

# The mapped classes (akimdesk.models) are imported by the counters, not here: the window asks for the
# regions before its first paint and declares the mapped classes after it.
if TYPE_CHECKING:
    from ..models import CalendarVersion


@dataclass(frozen=True)
class RegionChoice:
    id: uuid.UUID
    kato: str
    name_ru: str
    name_kk: str


@dataclass(frozen=True)
class Counters:
    planned: int
    held: int
    open_issues: int
    overdue: int
    due_this_week: int


def region_choices(db: Database) -> list[RegionChoice]:
    """The regions, ordered by KATO code (as `regions`): read through the bare table on a connection, as the
    window asks before its first paint, which neither declares nor configures the mapped classes."""
    t = TERRITORY
    query = select(t.c.id, t.c.kato, t.c.name_ru, t.c.name_kk).where(t.c.level.in_(TOP_LEVELS)).order_by(t.c.kato)
    with db.engine.connect() as conn:
        return [RegionChoice(r.id, r.kato or "", r.name_ru, r.name_kk) for r in conn.execute(query)]


def _unit_ids(s, region_id: uuid.UUID) -> list[uuid.UUID]:
    from ..models import Territory

    # walked in SQL: loading the whole directory as objects took most of the window's start
    tree = select(Territory.id).where(Territory.id == region_id).cte("units", recursive=True)
    tree = tree.union(select(Territory.id).where(Territory.parent_id == tree.c.id))  # UNION: a cycle ends
    return list(s.scalars(select(tree.c.id)))


def _current_version(s, region_id: uuid.UUID, year: int) -> CalendarVersion | None:
    from ..models import AnnualCalendar, CalendarVersion

    return s.scalar(
        select(CalendarVersion)
        .join(AnnualCalendar)
        .where(AnnualCalendar.region_id == region_id, AnnualCalendar.year == year)
        .order_by(CalendarVersion.number.desc())
        .limit(1)
    )


def counters(db: Database, region_id: uuid.UUID, year: int, today: dt.date | None = None) -> Counters:
    """The numbers on the main window: plan, held, open issues, overdue, due within seven days."""
    from ..models import IssueStatus, Meeting, PlannedMeeting, ProblemIssue

    today = today or dt.date.today()
    with db.session() as s:
        units = _unit_ids(s, region_id)
        version = _current_version(s, region_id, year)
        planned = (
            s.scalar(select(func.count()).where(PlannedMeeting.version_id == version.id)) if version else 0
        )
        held = s.scalar(
            select(func.count()).select_from(Meeting).where(
                Meeting.territory_id.in_(units), Meeting.status.in_(("held", "results_published")),
                Meeting.meeting_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        )
        open_q = (
            select(func.count()).select_from(ProblemIssue).join(IssueStatus)
            .where(ProblemIssue.territory_id.in_(units), IssueStatus.is_closed.is_(False))
        )
        open_issues = s.scalar(open_q)
        overdue = s.scalar(open_q.where(ProblemIssue.deadline < today))
        due = s.scalar(open_q.where(ProblemIssue.deadline.between(today, today + dt.timedelta(days=7))))
        return Counters(planned or 0, held or 0, open_issues or 0, overdue or 0, due or 0)
