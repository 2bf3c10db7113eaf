"""Meeting use cases for the Meetings page and the meeting form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from .. import audit
from ..db import Database
from ..meetings import attachments as files
from ..meetings import records
from ..meetings.agenda import move as move_agenda_item
from ..meetings.attachments import KINDS, AttachmentError
from ..meetings.checks import CheckResult, MeetingFacts, check_meeting
from ..meetings.listing import (
    PAGE_SIZE,
    ListedMeeting,
    ListedPage,
    MeetingQuery,
    by_verdicts,
    listed_count,
    listed_meetings,
    listed_page,
    verdict_base,
)
from ..meetings.records import CATEGORIES, CHANNELS, TRANSITIONS, MeetingError, MeetingRecord
from ..models import Meeting, PlannedMeeting, Territory, utcnow
from ..models.meeting import MeetingStatus
from ..territory.directory import region_by_code
from .access import Role, may, require, require_record_sight, require_sight
from .audit_trail import Conflict, conflict_of, refuse_if_changed

__all__ = ["Conflict", "conflict", "CATEGORIES", "CHANNELS", "KINDS", "TRANSITIONS", "AttachmentError", "MeetingError", "MeetingHeader",
           "ListedPage", "MeetingQuery", "MeetingRecord", "MeetingRow", "PAGE_SIZE", "add_attachment", "add_off_calendar", "agenda_template",
           "attachment_path", "by_verdicts", "change_status", "checks", "load", "meeting_count", "meeting_page", "meeting_rows", "move_agenda_item", "open_meeting",
           "region_id", "restore", "save", "snapshot", "verdict_base"]


MeetingRow = ListedMeeting  # a line of the Meetings page


@dataclass
class MeetingHeader:
    meeting_id: str
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str
    status: str
    status_reason: str
    off_calendar_reason: str | None
    from_calendar: bool
    year_locked: int | None
    attachments: list[tuple[str, str, str, bool]]  # id, kind, name, intact
    row_version: int = 0  # what the form opened; saving checks it


def region_id(db: Database, code: str) -> uuid.UUID:
    """The region's id by its code (39 or 390000000); UnknownRegion when the directory lacks it."""
    with db.session() as s:
        return region_by_code(s, code).id


def meeting_rows(db: Database, region_id, year: int, today: dt.date | None = None) -> list[MeetingRow]:
    """Every meeting of the region in the year, and the calendar's meetings still to be logged.

    A fixed number of statements whatever the number of meetings (meetings.listing)."""
    with db.session() as s:
        require_sight(s, db, uuid.UUID(str(region_id)))
        return listed_meetings(s, uuid.UUID(str(region_id)), year, today or dt.date.today())


def meeting_page(db: Database, query: MeetingQuery, offset: int = 0, limit: int | None = PAGE_SIZE,
                 today: dt.date | None = None) -> ListedPage:
    """The rows of the Meetings page from `offset` on (at most `limit`; None: all), as the query filters and sorts
    them, and how many it shows in all (meetings.listing): a fixed number of statements whatever the number of
    meetings."""
    with db.session() as s:
        require_sight(s, db, query.region_id)
        return listed_page(s, query, today or dt.date.today(), offset, limit)


def meeting_count(db: Database, query: MeetingQuery, today: dt.date | None = None) -> int:
    """How many rows the query shows."""
    with db.session() as s:
        require_sight(s, db, query.region_id)
        return listed_count(s, query, today or dt.date.today())


PLAN_PREFIX = "plan:"


def open_meeting(db: Database, row: MeetingRow) -> str:
    """The meeting behind a row; a calendar meeting gets its record on first opening by a person who may
    record it (a secretary of its territory). Anyone else looks at it without a write: the id returned then
    stands for the planned meeting ("plan:<id>"), which the form's services show read-only (their writes
    refuse it as they refuse the person)."""
    if row.meeting_id:
        return row.meeting_id
    with db.session() as s:
        pm = s.get(PlannedMeeting, uuid.UUID(row.planned_id))
        if pm is not None and may(s, db, Role.SECRETARY, pm.territory_id) is not None:
            require_record_sight(s, db, pm)
            return PLAN_PREFIX + row.planned_id
        return str(records.meeting_for_plan(s, uuid.UUID(row.planned_id)).id)


def _meeting(s, meeting_id: str) -> Meeting | None:
    """The meeting of an id from open_meeting: a record, or for "plan:<id>" the planned meeting as its
    record would start, built in memory and never added to the session (nothing is written)."""
    if not meeting_id.startswith(PLAN_PREFIX):
        return s.get(Meeting, uuid.UUID(meeting_id))
    pm = s.get(PlannedMeeting, uuid.UUID(meeting_id.removeprefix(PLAN_PREFIX)))
    if pm is None:
        raise MeetingError("The planned meeting no longer exists", "no_plan")
    existing = s.scalar(select(Meeting).where(Meeting.planned_meeting_id == pm.id))
    if existing is not None:  # recorded meanwhile by the secretary
        return existing
    m = Meeting(akim_post=pm.akim_post, territory=pm.territory, meeting_date=pm.planned_date,
                start_time=pm.start_time, venue=pm.venue, planned_minutes=pm.duration_minutes,
                status=MeetingStatus.PLANNED, row_version=0)
    m.planned_meeting_id, m.planned_meeting = pm.id, pm
    m.territory_id, m.akim_post_id = pm.territory_id, pm.akim_post_id  # set on a flush that never comes
    for column in Meeting.__table__.columns:  # the defaults a flush would give (no video conference...)
        if getattr(m, column.key) is None and column.default is not None and column.default.is_scalar:
            setattr(m, column.key, column.default.arg)
    if m in s:
        s.expunge(m)
    return m


def load(db: Database, meeting_id: str) -> tuple[MeetingHeader, MeetingRecord]:
    with db.session() as s:
        m = _meeting(s, meeting_id)
        require_record_sight(s, db, m)
        year = m.planned_meeting.version.calendar.year if m.planned_meeting else None
        header = MeetingHeader(
            str(m.id) if m.id else meeting_id, m.akim_post.title_ru, m.akim_post.title_kk, m.territory.name_ru, m.territory.name_kk,
            m.status, m.status_reason or "", m.off_calendar_reason, m.planned_meeting_id is not None, year,
            [(str(a.id), a.kind, a.original_name, files.intact(a, db.path)) for a in m.attachments], m.row_version)
        return header, records.record_of(m)


def save(db: Database, meeting_id: str, record: MeetingRecord, expected_version: int) -> int:
    """Save the whole form in one transaction over the version the form opened (a meeting changed
    meanwhile is refused with who changed it and when); a refusal (MeetingError) leaves the meeting as it
    was. Returns the new version."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        require(s, db, Role.SECRETARY, m.territory_id)
        if (stale := audit.stale_message(s, m, expected_version)) is not None:
            raise MeetingError(stale, "changed_since")
        records.save_record(s, m, record)
        m.updated_at = utcnow()  # a change of its lists alone counts as a new version of the meeting too
        s.flush()
        return m.row_version


def conflict(db: Database, meeting_id: str, mine: MeetingRecord, lang: str = "ru") -> Conflict:
    """What a refused save met: who saved the meeting and when, and their values against the form's."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        return conflict_of(s, m, _comparable(records.record_of(m)), _comparable(mine), lang)


def _comparable(record: MeetingRecord) -> MeetingRecord:
    """Participants as a person reads them ("12 (names)"), a category nobody came from left out."""
    return dataclasses.replace(record, participants={
        c: f"{n} ({names})" if names else str(n) for c, (n, names) in record.participants.items() if n or names})


def snapshot(db: Database, meeting_id: str) -> tuple[MeetingRecord, str, str | None]:
    """The record and status of a meeting, to put it back on undo."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        return records.record_of(m), m.status, m.status_reason


def restore(db: Database, meeting_id: str, state: tuple[MeetingRecord, str, str | None],
            expected_version: int) -> int:
    """Undo/redo of a form's work: put the state back over the version that work left (a meeting changed
    meanwhile by someone else is refused with who and when). Returns the new version."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        require(s, db, Role.SECRETARY, m.territory_id)
        if (stale := audit.stale_message(s, m, expected_version)) is not None:
            raise MeetingError(stale, "changed_since")
        records.restore(s, m, *state)
        m.updated_at = utcnow()
        s.flush()
        return m.row_version


def checks(db: Database, meeting_id: str, record: MeetingRecord, status: str,
           today: dt.date | None = None) -> list[CheckResult]:
    """The decree's checks on the form as it is now, saved or not."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        edition = records.edition_for(m)
    f = MeetingFacts(
        meeting_date=record.meeting_date, status=status, planned_minutes=record.planned_minutes,
        report_minutes=record.report_minutes, announcements=tuple(d for _c, d, _u in record.announcements),
        results_published_on=record.results_published_on,
        broadcasts_with_comments=sum(1 for _p, _u, c in record.broadcasts if c), broadcasts=len(record.broadcasts),
        audience={c: n for c, (n, _names) in record.participants.items()})
    return check_meeting(f, edition, today)


def change_status(db: Database, meeting_id: str, status: str, reason: str = "", *, expected_version: int) -> bool:
    """Change the status over the version the form shows (one changed meanwhile is refused with who and
    when). Returns True when the calendar should get a correction (a calendar meeting postponed or cancelled)."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        require(s, db, Role.SECRETARY, m.territory_id)
        if (stale := audit.stale_message(s, m, expected_version)) is not None:
            raise MeetingError(stale, "changed_since")
        return records.set_status(s, m, status, reason)


def add_off_calendar(db: Database, organizer_id: str, target_id: str, day: dt.date, reason: str) -> str:
    with db.session() as s:
        require(s, db, Role.SECRETARY, uuid.UUID(target_id))
        m = records.new_off_calendar(s, s.get(Territory, uuid.UUID(organizer_id)),
                                     s.get(Territory, uuid.UUID(target_id)), day, reason)
        return str(m.id)


def agenda_template(db: Database, meeting_id: str, planned_minutes: int, lang: str):
    from ..meetings.agenda import agenda_template as template

    with db.session() as s:
        m = _meeting(s, meeting_id)
        holder = m.akim_post.holders[-1].full_name if m.akim_post.holders else ""
        return template(planned_minutes, records.edition_for(m), holder, lang)


def add_attachment(db: Database, meeting_id: str, path: Path, kind: str, expected_version: int) -> int:
    """Attach a file over the meeting's version the form showed (a meeting changed meanwhile is refused with
    who changed it and when, nothing attached); returns the meeting's new version."""
    with db.session() as s:
        m = _meeting(s, meeting_id)
        require(s, db, Role.SECRETARY, m.territory_id)
        refuse_if_changed(s, m, expected_version, lambda message: AttachmentError(message, "changed_since"))
        files.attach(s, m, path, kind, db.path)
        m.updated_at = utcnow()  # a new file is a new version of the meeting: others' saves see it
        s.flush()
        return m.row_version


def attachment_path(db: Database, attachment_id: str) -> Path:
    from ..models import Attachment

    with db.session() as s:
        return files.readable_copy(s.get(Attachment, uuid.UUID(attachment_id)), db.path)
