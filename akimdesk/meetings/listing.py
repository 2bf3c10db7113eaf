"""The meetings of a region and year as plain rows, a page at a time, with the decree's verdict on each held
meeting.

The list (the meetings logged and the calendar's still to be logged) is filtered, searched and sorted in SQL;
only the rows of the page asked are read, with the decree's facts of its held meetings (calendar, first
announcement, broadcasts), and their participants in one more statement: a fixed number whatever the number of
meetings. Only a verdict asked of the whole list (the meetings failing a check, or sorted by how many) reads
every meeting's facts. Each edition is looked up once per list, not once per meeting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import (
    Integer,
    String,
    Uuid,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from ..db import fold
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
    date_text,
    folded,
    id_text,
)
from .checks import HELD, MeetingFacts, check_meeting

TOP_LEVELS = ("oblast", "capital", "republican_city")
PAGE_SIZE = 200


@dataclass(frozen=True)
class MeetingQuery:
    """Which meetings of a region's year the list shows, and in which order.

    `text` is looked for (any case) in the date as shown, the akim's post and the place in either language and
    the attendance; `text_statuses` and `text_kinds` are the statuses and kinds ("" for the calendar's, else the
    reason off it) whose names, as the person reads them, hold it. `order` gives, for a sort by status or kind,
    their codes in the order their names sort. Rows of equal keys follow by date (the same way), then by id."""

    region_id: uuid.UUID
    year: int
    status: str | None = None
    kind: str | None = None  # "calendar", "off" or None: both
    failed_only: bool = False
    text: str = ""
    text_statuses: tuple[str, ...] = ()
    text_kinds: tuple[str, ...] = ()
    sort: str = "date"  # or "akim", "unit", "status", "kind", "attendance", "checks" (the failed ones)
    descending: bool = True
    order: tuple[str, ...] = ()
    lang: str = "ru"

    @property
    def needs_checks(self) -> bool:
        """The list's order or choice rests on the verdicts of all its meetings, not only those shown."""
        return self.failed_only or self.sort == "checks"


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


def _audience_of_held(s: Session, held) -> dict[str, dict[str, int]]:
    """The audience of the held meetings (by the meeting's id as text) by participant category, grouped in SQL;
    `held`: their ids (a page's, bound as one list: no SQL element made per id) or a SELECT of them."""
    audience: dict[str, dict[str, int]] = {}
    chosen = bindparam("held", held, expanding=True) if isinstance(held, list) else held
    for m, category, count in s.execute(
            select(id_text(MeetingParticipant.meeting_id), MeetingParticipant.category,
                   func.sum(MeetingParticipant.count))
            .where(MeetingParticipant.meeting_id.in_(chosen))
            .group_by(MeetingParticipant.meeting_id, MeetingParticipant.category)):
        audience.setdefault(m, {})[category] = int(count or 0)
    return audience


class ListedPage(NamedTuple):
    rows: list[ListedMeeting]
    total: int  # how many rows the query shows in all


def _named(query: MeetingQuery) -> bool:
    """Whether the choice or the order of the rows needs the akims' posts and the places' names."""
    return bool(query.text.strip()) or query.sort in ("akim", "unit")


def _listed(s: Session, query: MeetingQuery):
    """The meetings of the region's year and, for a region, its calendar's meetings not logged yet, as one
    subquery of the columns that filter and sort them (with the names only when they are searched or sorted)."""
    named = _named(query)

    def part(stmt, post, unit):
        if not named:
            return stmt
        return (stmt.add_columns(AkimPost.title_ru, AkimPost.title_kk, Territory.name_ru, Territory.name_kk)
                .join(AkimPost, post == AkimPost.id).join(Territory, unit == Territory.id))

    logged = part(
        select(Meeting.id.label("meeting_key"), Meeting.planned_meeting_id.label("planned_key"),
               Meeting.meeting_date.label("day"), Meeting.status.label("status"),
               Meeting.off_calendar_reason.label("reason"), Meeting.attendance_count.label("attendance"),
               Meeting.venue.label("venue"), Meeting.akim_post_id.label("post"), Meeting.territory_id.label("unit"))
        .where(Meeting.meeting_date.between(dt.date(query.year, 1, 1), dt.date(query.year, 12, 31)),
               Meeting.territory_id.in_(unit_ids(query.region_id))),
        Meeting.akim_post_id, Meeting.territory_id)
    region = s.get(Territory, query.region_id)
    if region is None or region.level not in TOP_LEVELS:
        return logged.subquery("listed")
    latest = (select(CalendarVersion.id).join(AnnualCalendar, CalendarVersion.calendar_id == AnnualCalendar.id)
              .where(AnnualCalendar.region_id == query.region_id, AnnualCalendar.year == query.year)
              .order_by(CalendarVersion.number.desc()).limit(1).scalar_subquery())
    # the version's meetings that have a record, asked once (not once per planned meeting: where the statistics
    # say that most meetings have no plan, the planner would scan every meeting for each of them)
    logged_plans = select(Meeting.planned_meeting_id).where(
        Meeting.planned_meeting_id.in_(select(PlannedMeeting.id).where(PlannedMeeting.version_id == latest)))
    planned = part(
        select(cast(null(), Uuid), PlannedMeeting.id, PlannedMeeting.planned_date, literal("planned"),
               cast(null(), String), cast(null(), Integer), PlannedMeeting.venue, PlannedMeeting.akim_post_id,
               PlannedMeeting.territory_id)
        .where(PlannedMeeting.version_id == latest, PlannedMeeting.id.not_in(logged_plans)),
        PlannedMeeting.akim_post_id, PlannedMeeting.territory_id)
    return union_all(logged, planned).subquery("listed")


def _in_language(query: MeetingQuery, ru, kk):
    """A name as the person reads it: the Kazakh one in Kazakh where there is one."""
    return func.coalesce(func.nullif(kk, ""), ru) if query.lang == "kk" else ru


def _conditions(listed, query: MeetingQuery) -> list:
    c = listed.c
    where = []
    if query.status is not None:
        where.append(c.status == query.status)
    if query.kind == "calendar":
        where.append(c.reason.is_(None))
    elif query.kind == "off":
        where.append(c.reason.is_not(None))
    needle = fold(query.text.strip())
    if needle:
        found = [folded(column).contains(needle, autoescape=True)
                 for column in (c.title_ru, c.title_kk, c.name_ru, c.name_kk)]
        found += [date_text(c.day).contains(needle, autoescape=True),
                  cast(c.attendance, String).contains(needle, autoescape=True)]
        if query.text_statuses:
            found.append(c.status.in_(query.text_statuses))
        if query.text_kinds:
            found.append(func.coalesce(c.reason, "").in_(query.text_kinds))
        where.append(or_(*found))
    return where


def _sort_key(listed, query: MeetingQuery):
    c = listed.c
    ranked = {code: i for i, code in enumerate(query.order)}
    if query.sort == "akim":
        return _in_language(query, c.title_ru, c.title_kk)
    if query.sort == "unit":
        return _in_language(query, c.name_ru, c.name_kk)
    if query.sort == "status":
        return case(ranked, value=c.status, else_=len(ranked)) if ranked else c.status
    if query.sort == "kind":
        kind = func.coalesce(c.reason, "")
        return case(ranked, value=kind, else_=len(ranked)) if ranked else kind
    if query.sort == "attendance":
        return c.attendance
    return None


def _ordering(columns, descending: bool) -> list:
    """By the sort key (blanks first going up, last going down), then the date, then the ids: a fixed order."""
    return [column.desc().nulls_last() if descending else column.asc().nulls_first() for column in columns]


def verdict_base(query: MeetingQuery) -> MeetingQuery:
    """The query without what rests on the decree's verdicts: every row its other filters choose, newest first
    (what `by_verdicts` chooses from and sorts)."""
    return replace(query, failed_only=False, sort="date", descending=True, order=())


def by_verdicts(rows: list[ListedMeeting], query: MeetingQuery) -> list[ListedMeeting]:
    """The rows of `verdict_base(query)` as the query chooses and orders them by their verdicts: the meetings
    failing a check, and by how many (rows of as many by date, the same way)."""
    chosen = [r for r in rows if r.failed_checks] if query.failed_only else list(rows)
    if not query.descending:
        chosen.reverse()
    if query.sort == "checks":
        chosen.sort(key=lambda r: r.failed_checks, reverse=query.descending)  # stable: by date within
    return chosen


def listed_count(s: Session, query: MeetingQuery, today: dt.date) -> int:
    """How many rows the query shows."""
    if query.failed_only:
        return listed_page(s, query, today, 0, None).total
    listed = _listed(s, query)
    return s.scalar(select(func.count()).select_from(listed).where(*_conditions(listed, query)))


def listed_page(s: Session, query: MeetingQuery, today: dt.date, offset: int = 0,
                limit: int | None = PAGE_SIZE) -> ListedPage:
    """The rows from `offset` on (at most `limit`; None: all of them), in the query's order, and how many rows
    the query shows in all. The rows are chosen and sorted on the narrow columns; the names are joined to the
    rows of the page alone."""
    if query.needs_checks:  # every meeting's verdict first: in SQL by date, then by the checks in Python
        rows = by_verdicts(listed_page(s, verdict_base(query), today, 0, None).rows, query)
        return ListedPage(rows[offset:] if limit is None else rows[offset:offset + limit], len(rows))
    listed = _listed(s, query)
    c = listed.c
    key = _sort_key(listed, query)
    chosen = (select(c.meeting_key, c.planned_key, c.day, c.status, c.reason, c.attendance, c.venue, c.post, c.unit,
                     (key if key is not None else literal(0)).label("rank"), func.count().over().label("total"))
              .where(*_conditions(listed, query))
              .order_by(*_ordering([*([key] if key is not None else []), c.day, c.meeting_key, c.planned_key],
                                   query.descending))
              .offset(offset))
    page = (chosen if limit is None else chosen.limit(limit)).subquery("page")
    post_unit = aliased(Territory)
    p = page.c
    rows = s.execute(  # with the facts the checks of its held meetings need, read for the page's rows alone
        select(id_text(p.meeting_key).label("meeting_id"), id_text(p.planned_key).label("planned_id"),
               p.day, AkimPost.title_ru.label("akim_ru"), AkimPost.title_kk.label("akim_kk"),
               Territory.name_ru.label("unit_ru"), Territory.name_kk.label("unit_kk"), p.status, p.reason,
               p.attendance, p.venue, post_unit.kato.label("organizer_kato"),
               func.coalesce(Territory.kato, id_text(p.unit)).label("target_ref"), p.total, Meeting.planned_minutes,
               Meeting.report_minutes, Meeting.results_published_on, RuleEdition.code.label("edition"),
               AnnualCalendar.year.label("calendar_year"), *_facts_columns())
        .join(AkimPost, p.post == AkimPost.id)
        .join(post_unit, AkimPost.territory_id == post_unit.id)
        .join(Territory, p.unit == Territory.id)
        .outerjoin(Meeting, Meeting.id == p.meeting_key)
        .outerjoin(PlannedMeeting, Meeting.planned_meeting_id == PlannedMeeting.id)
        .outerjoin(CalendarVersion, PlannedMeeting.version_id == CalendarVersion.id)
        .outerjoin(AnnualCalendar, CalendarVersion.calendar_id == AnnualCalendar.id)
        .outerjoin(RuleEdition, AnnualCalendar.rule_edition_id == RuleEdition.id)
        .order_by(*_ordering([p.rank, p.day, p.meeting_key, p.planned_key], query.descending))).all()
    total = rows[0].total if rows else (0 if offset == 0 else listed_count(s, query, today))
    # the audience of a page's held meetings by their ids; of more rows (a list read whole, or as far as the person
    # had scrolled) by the SELECT that chose them: no more ids bound than a page's
    held = (select(c.meeting_key).where(*_conditions(listed, query), c.status.in_(HELD))
            if limit is None or limit > PAGE_SIZE else [uuid.UUID(r[0]) for r in rows if r[7] in HELD])
    return ListedPage(_with_checks(rows, today, _audience_of_held(s, held)), total)


def listed_meetings(s: Session, region_id: uuid.UUID, year: int, today: dt.date) -> list[ListedMeeting]:
    """Every meeting of the region in the year, and the calendar's meetings still to be logged, by date."""
    return listed_page(s, MeetingQuery(region_id, year, descending=False), today, 0, None).rows


def _with_checks(rows, today: dt.date, audience: dict[str, dict[str, int]]) -> list[ListedMeeting]:
    """The rows (of `listed_page`'s columns, unpacked in their order: a row read by names costs a lookup each)
    as `ListedMeeting`s, each held meeting with the facts its checks need."""
    editions = _Editions()
    listed = []
    for (meeting_id, planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, status, reason, attendance, venue,
         organizer_kato, target_ref, _total, planned_minutes, report_minutes, published_on, edition, calendar_year,
         announced, shown, with_comments) in rows:
        checked = None
        if status in HELD:
            checked = (MeetingFacts(
                meeting_date=day, status=status, planned_minutes=planned_minutes, report_minutes=report_minutes,
                announcements=(announced,) if announced is not None else (), results_published_on=published_on,
                broadcasts_with_comments=with_comments, broadcasts=shown, audience=audience.get(meeting_id, {})),
                editions.of(edition, calendar_year, day), today)
        listed.append(ListedMeeting(meeting_id, planned_id, day, akim_ru, akim_kk, unit_ru, unit_kk, status, reason,
                                    attendance, venue or "", organizer_kato, target_ref, checked))
    return listed
