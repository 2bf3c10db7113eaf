"""Plain views of database rows for the check and the planner (rules/ never touches the database)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..decree.compliance import WorkflowState
from ..decree.plan_model import PlannedItem, RegionTree, Unit
from ..decree.workdays import WorkingDays
from ..models import AkimPost, AnnualCalendar, CalendarVersion, DayOverride, Territory
from ..territory.directory import subtree


def unit_of(t: Territory) -> Unit:
    return Unit(str(t.id), t.kato, t.level, str(t.parent_id) if t.parent_id else None, t.name_ru, t.name_kk,
                t.retired_on, t.established_on)


def region_tree(session: Session, region: Territory) -> RegionTree:
    return RegionTree([unit_of(t) for t in subtree(session, region)])


def plan_items(version: CalendarVersion | None) -> list[PlannedItem]:
    if version is None:
        return []
    meetings = version.planned_meetings
    session = object_session(version)
    # the organisers' units in one statement, not one lazy load of an akim post per organiser
    posts = dict(session.execute(select(AkimPost.id, AkimPost.territory_id).where(
        AkimPost.id.in_({pm.akim_post_id for pm in meetings}))).all()) if session is not None and meetings else {}
    return [
        PlannedItem(str(posts[pm.akim_post_id] if pm.akim_post_id in posts else pm.akim_post.territory_id),
                    str(pm.territory_id), pm.planned_date, pm.start_time, pm.duration_minutes, pm.is_field,
                    str(pm.id))
        for pm in meetings
    ]


def working_days(session: Session, years: Iterable[int]) -> WorkingDays:
    """Public holidays plus the akimat's own table of extra days off and transferred working days."""
    overrides = list(session.scalars(select(DayOverride)))
    return WorkingDays(
        years,
        extra_days_off=[o.day for o in overrides if not o.is_working],
        extra_working_days=[o.day for o in overrides if o.is_working],
    )


def workflow_state(calendar: AnnualCalendar | None, version: CalendarVersion | None = None) -> WorkflowState:
    """The workflow as of `version` (default: the latest) and the versions before it."""
    if calendar is None or not calendar.versions:
        return WorkflowState()
    latest = version or calendar.versions[-1]
    approved = [v.approved_on for v in calendar.versions if v.approved_on]
    submitted = [v.submitted_on for v in calendar.versions if v.submitted_on]
    return WorkflowState(
        exists=True, version_number=latest.number, approved_on=latest.approved_on,
        maslikhat_reference=latest.maslikhat_reference, maslikhat_date=latest.maslikhat_date,
        first_approved_on=min(approved) if approved else None,
        first_submitted_on=min(submitted) if submitted else None,
    )

