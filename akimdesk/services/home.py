"""The Home page: the region and year at a glance — coverage, issues, overdue trend, next deadlines.

Every list here comes from a fixed number of statements, whatever the number of rows: the coverage
is the Calendar page's own (the same the calendar documents print), the rest are grouped counts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select

from ..db import Database
from ..decree.editions import edition_for_year
from ..models import IssueStatus, Meeting, PlannedMeeting, ProblemIssue, ResponsibleBody, Territory
from ..models.meeting import MeetingStatus
from .calendar import CoverageRow, calendar_view
from .overview import _current_version, _unit_ids
from .register import no_index_on

__all__ = ["CoverageRow", "Deadline", "HomeView", "NamedCount", "home_view"]

HELD = (MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED)


@dataclass(frozen=True)
class NamedCount:
    """A bar of a chart: a name in both languages and its number (and, for bodies, the overdue part)."""

    code: str
    name_ru: str
    name_kk: str
    count: int
    overdue: int = 0

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" and self.name_kk else self.name_ru


@dataclass(frozen=True)
class Deadline:
    """A date the decree sets: what (a kind code the window translates), for what, when."""

    kind: str  # calendar_approval, government_submission, announcement, results_publication
    day: dt.date
    days_left: int
    subject_ru: str = ""
    subject_kk: str = ""


@dataclass
class HomeView:
    year: int
    today: dt.date
    coverage: list[CoverageRow] = field(default_factory=list)
    pairs_ok: int = 0
    pairs_gap: int = 0
    calendar_exists: bool = False
    planned: int = 0
    held: int = 0
    by_status: list[NamedCount] = field(default_factory=list)
    by_body: list[NamedCount] = field(default_factory=list)
    overdue_by_month: list[int] = field(default_factory=list)  # 12 numbers; months after today are 0
    open_issues: int = 0
    overdue: int = 0
    deadlines: list[Deadline] = field(default_factory=list)
    unpublished: int = 0  # held meetings whose results are not yet published


def _issues(s, units, year: int, today: dt.date, view: HomeView) -> None:
    in_units = ProblemIssue.territory_id.in_(units)
    # the region's issues found through their units: SQLite's planner otherwise walked a column's own index
    # through every issue of the country (the statuses: 0.1-2.3 s for a national region, the deadlines 1.1 s)
    through_units = no_index_on(s.get_bind().dialect.name)
    status = through_units(ProblemIssue.status_id)  # counted from the (unit, status) index alone
    counts = dict(s.execute(select(status, func.count()).where(in_units).group_by(status)).all())
    statuses = s.scalars(select(IssueStatus).order_by(IssueStatus.position)).all()
    view.by_status = [NamedCount(st.code, st.name_ru, st.name_kk, counts[st.id]) for st in statuses if st.id in counts]
    # the open ones by body, from the (unit, status, deadline, body) index alone (migration 0021)
    open_ = ProblemIssue.status_id.in_([st.id for st in statuses if not st.is_closed])
    late = func.sum(case((ProblemIssue.deadline < today, 1), else_=0))
    rows = s.execute(
        select(ResponsibleBody.id, ResponsibleBody.name_ru, ResponsibleBody.name_kk, func.count(), late)
        .select_from(ProblemIssue).outerjoin(ResponsibleBody)
        .where(in_units, open_).group_by(ResponsibleBody.id, ResponsibleBody.name_ru, ResponsibleBody.name_kk)
    ).all()
    bodies = [NamedCount(str(i or ""), ru or "", kk or "", n, int(o or 0)) for i, ru, kk, n, o in rows]
    view.by_body = sorted(bodies, key=lambda b: (-b.overdue, -b.count, b.name_ru))
    view.open_issues = sum(b.count for b in bodies)
    view.overdue = sum(b.overdue for b in bodies)
    view.overdue_by_month = _overdue_by_month(s, in_units, through_units(ProblemIssue.deadline), year, today)


def _overdue_by_month(s, in_units, deadline, year: int, today: dt.date) -> list[int]:
    """Overdue at each month's end (today for the current month; 0 for months to come): still open then and
    past the deadline then, counted in SQL in one statement (`deadline`: the column as `_issues` reads it)."""
    ends = [min((dt.date(year, month + 1, 1) if month < 12 else dt.date(year + 1, 1, 1)) - dt.timedelta(days=1), today)
            for month in range(1, 13) if dt.date(year, month, 1) <= today]
    if not ends:
        return [0] * 12
    closed = ProblemIssue.closed_on
    counts = s.execute(
        select(*(func.sum(case((and_(deadline < end, or_(closed.is_(None), closed > end)), 1), else_=0)) for end in ends))
        .where(in_units, deadline.is_not(None), deadline <= dt.date(year, 12, 31))).one()
    return [int(n or 0) for n in counts] + [0] * (12 - len(ends))


def _meeting_deadlines(s, units, version_id, today: dt.date, edition) -> list[Deadline]:
    lead = int(edition.parameter("announcement_lead_days"))
    publish = int(edition.parameter("results_publication_days"))
    out = []
    if version_id is not None:
        announced = select(Meeting.planned_meeting_id).where(Meeting.planned_meeting_id.is_not(None))
        for day, ru, kk in s.execute(
            select(PlannedMeeting.planned_date, Territory.name_ru,
                   Territory.name_kk)
            .join(PlannedMeeting.territory)
            .where(PlannedMeeting.version_id == version_id, PlannedMeeting.planned_date >= today,
                   PlannedMeeting.id.not_in(announced))
            .order_by(PlannedMeeting.planned_date).limit(3)
        ):
            due = day - dt.timedelta(days=lead)
            out.append(Deadline("announcement", due, (due - today).days, ru, kk))
    for day, ru, kk in s.execute(
        select(Meeting.meeting_date, Territory.name_ru,
               Territory.name_kk)
        .join(Meeting.territory)
        .where(Meeting.territory_id.in_(units), Meeting.status == MeetingStatus.HELD,
               Meeting.meeting_date >= today - dt.timedelta(days=publish))
        .order_by(Meeting.meeting_date).limit(3)
    ):
        due = day + dt.timedelta(days=publish)
        out.append(Deadline("results_publication", due, (due - today).days, ru, kk))
    return out


def home_view(db: Database, region_id: uuid.UUID, year: int, today: dt.date | None = None) -> HomeView:
    """What the Home page shows for a region and year, as of `today`."""
    today = today or dt.date.today()
    calendar = calendar_view(db, region_id, year)
    view = HomeView(year=year, today=today, coverage=calendar.coverage, calendar_exists=calendar.exists)
    for row in calendar.coverage:
        view.pairs_ok += all(state != "gap" for state in row.states) and any(s == "ok" for s in row.states)
        view.pairs_gap += any(state == "gap" for state in row.states)
    with db.session() as s:
        units = _unit_ids(s, region_id)
        version = _current_version(s, region_id, year)
        view.planned = s.scalar(select(func.count()).where(PlannedMeeting.version_id == version.id)) if version else 0
        view.held = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.territory_id.in_(units), Meeting.status.in_(HELD),
            Meeting.meeting_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))) or 0
        view.unpublished = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.territory_id.in_(units), Meeting.status == MeetingStatus.HELD)) or 0
        _issues(s, units, year, today, view)
        edition = edition_for_year(max(year, today.year))
        deadlines = _meeting_deadlines(s, units, version.id if version else None, today, edition)
    for y in (today.year, today.year + 1):
        ed = edition_for_year(y)
        for kind, day in (("calendar_approval", ed.approval_date(y)), ("government_submission", ed.submission_date(y))):
            deadlines.append(Deadline(kind, day, (day - today).days, str(y), str(y)))
    view.deadlines = sorted((d for d in deadlines if d.days_left >= 0), key=lambda d: d.day)[:3]
    return view
