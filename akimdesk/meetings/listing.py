"""The meetings of a region and year as plain rows, with the decree's verdict on each held meeting.

Set-based: a fixed number of statements whatever the number of meetings (the meetings with their akim,
place, calendar, first announcement and broadcasts; one grouped query for the participants; the
calendar's meetings still to be logged). Each edition is looked up once per list, not once per meeting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from ..decree.editions import Edition, edition_by_code, edition_for_year
from ..models import (
    AkimPost,
    Announcement,
    AnnualCalendar,
    Broadcast,
    CalendarVersion,
    Meeting,
    MeetingParticipant,
    PlannedMeeting,
    RuleEdition,
    Territory,
    id_text,
)
from .checks import HELD, MeetingFacts, check_meeting

TOP_LEVELS = ("oblast", "capital", "republican_city")


@dataclass(frozen=True)
class ListedMeeting:
    """A line of the meetings list: a logged meeting, or a calendar meeting not logged yet."""

    meeting_id: str | None
    planned_id: str | None
    date: dt.date
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str
    status: str
    off_calendar_reason: str | None
    attendance: int | None
    venue: str
    organizer_kato: str | None
    target_ref: str
    # a held meeting's facts, edition and day of checking: its checks run when first asked (a row shown, or the list
    # sorted or filtered by them), not for every meeting of the year before the list shows
    checked: tuple[MeetingFacts, Edition, dt.date] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def failed_checks(self) -> int:
        """How many of the decree's checks a held meeting fails (0 for one not held)."""
        if self.checked is None:
            return 0
        return sum(1 for c in check_meeting(*self.checked) if c.failed)


def unit_ids(root_id: uuid.UUID):
    """A SELECT of the unit and every unit under it (recursive, in SQL)."""
    tree = select(Territory.id).where(Territory.id == root_id).cte("listed_units", recursive=True)
    tree = tree.union(select(Territory.id).where(Territory.parent_id == tree.c.id))  # UNION: a cycle ends
    return select(tree.c.id)


class _Editions:
    """The edition of each meeting, each looked up once per list."""

    def __init__(self) -> None:
        self._by_code: dict[str, Edition] = {}
        self._by_year: dict[int, Edition] = {}

    def of(self, pinned_code: str | None, calendar_year: int | None, meeting_date: dt.date) -> Edition:
        if pinned_code is not None:
            if pinned_code not in self._by_code:
                self._by_code[pinned_code] = edition_by_code(pinned_code)
            return self._by_code[pinned_code]
        year = calendar_year if calendar_year is not None else meeting_date.year
        if year not in self._by_year:
            self._by_year[year] = edition_for_year(year)
        return self._by_year[year]


def _facts_columns():
    """A meeting's first announcement and its broadcasts (all, with comments open), as columns of its row."""
    announced = select(func.min(Announcement.published_on)).where(Announcement.meeting_id == Meeting.id)
    shown = select(func.count()).where(Broadcast.meeting_id == Meeting.id)
    with_comments = shown.where(Broadcast.comments_open)
    return (announced.scalar_subquery().label("announced"), shown.scalar_subquery().label("shown"),
            with_comments.scalar_subquery().label("with_comments"))


def _audience_of_held(s: Session, held_ids) -> dict[str, dict[str, int]]:
    """The audience of the held meetings (by the meeting's id as text) by participant category, grouped in SQL."""
    audience: dict[str, dict[str, int]] = {}
    for m, category, count in s.execute(
            select(id_text(MeetingParticipant.meeting_id), MeetingParticipant.category,
                   func.sum(MeetingParticipant.count))
            .where(MeetingParticipant.meeting_id.in_(held_ids))
            .group_by(MeetingParticipant.meeting_id, MeetingParticipant.category)):
        audience.setdefault(m, {})[category] = int(count or 0)
    return audience


def listed_meetings(s: Session, region_id: uuid.UUID, year: int, today: dt.date) -> list[ListedMeeting]:
    """Every meeting of the region in the year, and the calendar's meetings still to be logged, by date."""
    region = s.get(Territory, region_id)
    units = unit_ids(region_id)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    post_unit = aliased(Territory)
    in_region = (Meeting.meeting_date.between(start, end), Meeting.territory_id.in_(units))
    logged = s.execute(
        select(id_text(Meeting.id), id_text(Meeting.planned_meeting_id), Meeting.meeting_date, AkimPost.title_ru,
               AkimPost.title_kk, Territory.name_ru, Territory.name_kk, Meeting.status, Meeting.off_calendar_reason,
               Meeting.attendance_count, Meeting.venue, post_unit.kato,
               func.coalesce(Territory.kato, id_text(Meeting.territory_id)), Meeting.planned_minutes,
               Meeting.report_minutes, Meeting.results_published_on, RuleEdition.code, AnnualCalendar.year,
               *_facts_columns())
        .join(AkimPost, Meeting.akim_post_id == AkimPost.id)
        .join(post_unit, AkimPost.territory_id == post_unit.id)
        .join(Territory, Meeting.territory_id == Territory.id)
        .outerjoin(PlannedMeeting, Meeting.planned_meeting_id == PlannedMeeting.id)
        .outerjoin(CalendarVersion, PlannedMeeting.version_id == CalendarVersion.id)
        .outerjoin(AnnualCalendar, CalendarVersion.calendar_id == AnnualCalendar.id)
        .outerjoin(RuleEdition, AnnualCalendar.rule_edition_id == RuleEdition.id)
        .where(*in_region)).all()
    held_ids = select(Meeting.id).where(*in_region, Meeting.status.in_(HELD))
    audience = _audience_of_held(s, held_ids) if any(r[7] in HELD for r in logged) else {}
    editions = _Editions()
    rows = []
    for (meeting_id, planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, status, reason, attendance, venue,
         organizer_kato, target_ref, planned_minutes, report_minutes, published_on, code, calendar_year, announced,
         shown, with_comments) in logged:
        checked = None
        if status in HELD:
            facts = MeetingFacts(
                meeting_date=day, status=status, planned_minutes=planned_minutes, report_minutes=report_minutes,
                announcements=(announced,) if announced is not None else (), results_published_on=published_on,
                broadcasts_with_comments=with_comments, broadcasts=shown, audience=audience.get(meeting_id, {}))
            checked = (facts, editions.of(code, calendar_year, day), today)
        rows.append(ListedMeeting(meeting_id, planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, status, reason,
                                  attendance, venue or "", organizer_kato, target_ref, checked))
    if region is not None and region.level in TOP_LEVELS:
        rows.extend(_still_to_log(s, region_id, year))
    return sorted(rows, key=lambda row: row.date)


def _still_to_log(s: Session, region_id: uuid.UUID, year: int) -> list[ListedMeeting]:
    """The latest calendar version's meetings that have no meeting record yet."""
    version_id = s.scalar(
        select(CalendarVersion.id).join(AnnualCalendar, CalendarVersion.calendar_id == AnnualCalendar.id)
        .where(AnnualCalendar.region_id == region_id, AnnualCalendar.year == year)
        .order_by(CalendarVersion.number.desc()).limit(1))
    if version_id is None:
        return []
    post_unit = aliased(Territory)
    planned = s.execute(
        select(id_text(PlannedMeeting.id), PlannedMeeting.planned_date, AkimPost.title_ru, AkimPost.title_kk,
               Territory.name_ru, Territory.name_kk, PlannedMeeting.venue, post_unit.kato,
               func.coalesce(Territory.kato, id_text(PlannedMeeting.territory_id)))
        .join(AkimPost, PlannedMeeting.akim_post_id == AkimPost.id)
        .join(post_unit, AkimPost.territory_id == post_unit.id)
        .join(Territory, PlannedMeeting.territory_id == Territory.id)
        .where(PlannedMeeting.version_id == version_id,
               ~exists().where(Meeting.planned_meeting_id == PlannedMeeting.id)))
    return [ListedMeeting(None, planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, "planned", None, None, venue or "",
                          organizer_kato, target_ref)
            for planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, venue, organizer_kato, target_ref in planned]
