"""What the main window's pages list: plain rows for one region and year."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from ..db import Database
from ..models import (
    AkimPost,
    AnnualCalendar,
    CalendarVersion,
    IssueStatus,
    Meeting,
    PlannedMeeting,
    ProblemIssue,
    ResponsibleBody,
    Territory,
)
from ..territory.directory import regions


@dataclass(frozen=True)
class RegionChoice:
    id: uuid.UUID
    kato: str
    name_ru: str
    name_kk: str


@dataclass(frozen=True)
class PlannedRow:
    date: dt.date
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str
    venue: str
    version: int


@dataclass(frozen=True)
class MeetingRow:
    date: dt.date
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str
    status: str
    off_calendar_reason: str | None
    attendance: int | None


@dataclass(frozen=True)
class IssueRow:
    raised_on: dt.date
    unit_ru: str
    unit_kk: str
    text: str
    body_ru: str
    body_kk: str
    deadline: dt.date | None
    status_ru: str
    status_kk: str
    status_en: str
    closed: bool


@dataclass(frozen=True)
class Counters:
    planned: int
    held: int
    open_issues: int
    overdue: int
    due_this_week: int


def region_choices(db: Database) -> list[RegionChoice]:
    with db.session() as s:
        return [RegionChoice(r.id, r.kato or "", r.name_ru, r.name_kk) for r in regions(s)]


def _unit_ids(s, region_id: uuid.UUID) -> list[uuid.UUID]:
    # walked in SQL: loading the whole directory as objects took most of the window's start
    tree = select(Territory.id).where(Territory.id == region_id).cte("units", recursive=True)
    tree = tree.union_all(select(Territory.id).where(Territory.parent_id == tree.c.id))
    return list(s.scalars(select(tree.c.id)))


def _current_version(s, region_id: uuid.UUID, year: int) -> CalendarVersion | None:
    return s.scalar(
        select(CalendarVersion)
        .join(AnnualCalendar)
        .where(AnnualCalendar.region_id == region_id, AnnualCalendar.year == year)
        .order_by(CalendarVersion.number.desc())
        .limit(1)
    )


def planned_rows(db: Database, region_id: uuid.UUID, year: int) -> list[PlannedRow]:
    with db.session() as s:
        version = _current_version(s, region_id, year)
        if version is None:
            return []
        post_unit = aliased(Territory)
        q = (
            select(PlannedMeeting.planned_date, AkimPost.title_ru, AkimPost.title_kk, Territory.name_ru,
                   Territory.name_kk, PlannedMeeting.venue)
            .join(AkimPost, PlannedMeeting.akim_post_id == AkimPost.id)
            .join(post_unit, AkimPost.territory_id == post_unit.id)
            .join(Territory, PlannedMeeting.territory_id == Territory.id)
            .where(PlannedMeeting.version_id == version.id)
            .order_by(PlannedMeeting.planned_date, AkimPost.title_ru)
        )
        return [PlannedRow(*r[:5], r[5] or "", version.number) for r in s.execute(q)]


def meeting_rows(db: Database, region_id: uuid.UUID, year: int) -> list[MeetingRow]:
    with db.session() as s:
        units = _unit_ids(s, region_id)
        q = (
            select(Meeting.meeting_date, AkimPost.title_ru, AkimPost.title_kk, Territory.name_ru, Territory.name_kk,
                   Meeting.status, Meeting.off_calendar_reason, Meeting.attendance_count)
            .join(AkimPost, Meeting.akim_post_id == AkimPost.id)
            .join(Territory, Meeting.territory_id == Territory.id)
            .where(Meeting.territory_id.in_(units),
                   Meeting.meeting_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .order_by(Meeting.meeting_date.desc())
        )
        return [MeetingRow(*r) for r in s.execute(q)]


def issue_rows(db: Database, region_id: uuid.UUID, year: int) -> list[IssueRow]:
    with db.session() as s:
        units = _unit_ids(s, region_id)
        q = (
            select(ProblemIssue.raised_on, Territory.name_ru, Territory.name_kk, ProblemIssue.text,
                   func.coalesce(ResponsibleBody.name_ru, ""), func.coalesce(ResponsibleBody.name_kk, ""),
                   ProblemIssue.deadline, IssueStatus.name_ru, IssueStatus.name_kk, IssueStatus.name_en,
                   IssueStatus.is_closed)
            .join(Territory, ProblemIssue.territory_id == Territory.id)
            .join(IssueStatus, ProblemIssue.status_id == IssueStatus.id)
            .outerjoin(ResponsibleBody, ProblemIssue.responsible_body_id == ResponsibleBody.id)
            .where(ProblemIssue.territory_id.in_(units),
                   or_(ProblemIssue.raised_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                       and_(ProblemIssue.raised_on < dt.date(year, 1, 1), IssueStatus.is_closed.is_(False))))
            .order_by(ProblemIssue.raised_on.desc())
        )
        return [IssueRow(*r) for r in s.execute(q)]


def counters(db: Database, region_id: uuid.UUID, year: int, today: dt.date | None = None) -> Counters:
    """The numbers on the main window: plan, held, open issues, overdue, due within seven days."""
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
