"""Meetings in the database: marking a planned meeting held, off-calendar meetings, the record and its
status, with every field checked before anything is written."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..calendar.calendars import edition_of, ensure_posts
from ..decree.editions import Edition, edition_for_year
from ..models import (
    AgendaItem,
    AkimPost,
    Announcement,
    Broadcast,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
    OffCalendarReason,
    PlannedMeeting,
    Territory,
)
from .checks import MeetingFacts

CHANNELS = ("media", "radio", "official_site", "egov", "open_data", "social", "public_places")
CATEGORIES = ("maslikhat_deputies", "parties", "ngo", "opposition", "central_bodies", "other")
TRANSITIONS = {
    MeetingStatus.PLANNED: {MeetingStatus.ANNOUNCED, MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED},
    MeetingStatus.ANNOUNCED: {MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED, MeetingStatus.PLANNED},
    MeetingStatus.HELD: {MeetingStatus.RESULTS_PUBLISHED, MeetingStatus.ANNOUNCED},
    MeetingStatus.RESULTS_PUBLISHED: {MeetingStatus.HELD},
    MeetingStatus.POSTPONED: {MeetingStatus.PLANNED, MeetingStatus.ANNOUNCED, MeetingStatus.CANCELLED},
    MeetingStatus.CANCELLED: {MeetingStatus.PLANNED},
}


class MeetingError(ValueError):
    """A refused record: `code` names the case, `field` the form field to point at."""

    def __init__(self, message: str, code: str, field: str | None = None):
        super().__init__(message)
        self.code, self.field = code, field


@dataclass
class MeetingRecord:
    """Everything the meeting form edits, as plain values."""

    meeting_date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    planned_minutes: int | None = None
    report_minutes: int | None = None
    qa_minutes: int | None = None
    attendance_count: int | None = None
    questions_collected: int | None = None
    questions_channel: str = ""
    video_conference: bool = False
    results_published_on: dt.date | None = None
    results_link: str = ""
    personal_reception: bool = False
    personal_reception_note: str = ""
    summary: str = ""
    participants: dict[str, tuple[int, str]] = field(default_factory=dict)  # category -> (count, names)
    broadcasts: list[tuple[str, str, bool]] = field(default_factory=list)  # platform, url, comments open
    announcements: list[tuple[str, dt.date, str]] = field(default_factory=list)  # channel, date, url
    agenda: list[tuple[str, str, int | None, bool]] = field(default_factory=list)  # title, speaker, min, report


def facts(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(
        meeting_date=meeting.meeting_date, status=meeting.status, planned_minutes=meeting.planned_minutes,
        report_minutes=meeting.report_minutes,
        announcements=tuple(a.published_on for a in meeting.announcements),
        results_published_on=meeting.results_published_on,
        broadcasts_with_comments=sum(1 for b in meeting.broadcasts if b.comments_open),
        broadcasts=len(meeting.broadcasts),
        audience={p.category: p.count for p in meeting.participants},
    )


def edition_for(meeting: Meeting) -> Edition:
    """The edition the meeting is judged by: its calendar's, or the one in force in its year."""
    if meeting.planned_meeting is not None:
        calendar = meeting.planned_meeting.version.calendar
        return edition_of(calendar, calendar.year)
    return edition_for_year(meeting.meeting_date.year)


def meeting_for_plan(session: Session, planned_id: uuid.UUID) -> Meeting:
    """The meeting record of a planned meeting, created (status planned) on first use."""
    pm = session.get(PlannedMeeting, planned_id)
    if pm is None:
        raise MeetingError("The planned meeting no longer exists", "no_plan")
    existing = session.scalar(select(Meeting).where(Meeting.planned_meeting_id == pm.id))
    if existing is not None:
        return existing
    meeting = Meeting(planned_meeting=pm, akim_post=pm.akim_post, territory=pm.territory,
                      meeting_date=pm.planned_date, start_time=pm.start_time, venue=pm.venue,
                      planned_minutes=pm.duration_minutes, status=MeetingStatus.PLANNED)
    session.add(meeting)
    session.flush()
    return meeting


def new_off_calendar(session: Session, organizer: Territory, target: Territory, day: dt.date, reason: str,
                     planned_minutes: int = 90) -> Meeting:
    """A meeting outside the calendar: at the population's demand or when necessary."""
    if reason not in (OffCalendarReason.POPULATION_DEMAND, OffCalendarReason.NECESSITY):
        raise MeetingError("Say why the meeting is held outside the calendar", "off_calendar_reason", "reason")
    post: AkimPost = ensure_posts(session, [organizer])[organizer.id]
    meeting = Meeting(off_calendar_reason=reason, akim_post=post, territory=target, meeting_date=day,
                      planned_minutes=planned_minutes, status=MeetingStatus.PLANNED)
    session.add(meeting)
    session.flush()
    return meeting


def validate(meeting: Meeting, r: MeetingRecord, today: dt.date) -> None:
    """Refuse a record a person would call wrong, naming the field."""
    if meeting.planned_meeting is not None:
        year = meeting.planned_meeting.version.calendar.year
        if r.meeting_date.year != year:
            raise MeetingError(f"The date is outside the calendar's year {year}", "outside_year", "meeting_date")
    if r.start_time and r.end_time and r.end_time <= r.start_time:
        raise MeetingError("The meeting ends before it starts", "end_before_start", "end_time")
    for name in ("planned_minutes", "report_minutes", "qa_minutes", "attendance_count", "questions_collected"):
        value = getattr(r, name)
        if value is not None and value < 0:
            raise MeetingError("A number cannot be negative", "negative", name)
    if r.planned_minutes is not None and r.report_minutes is not None and r.report_minutes > r.planned_minutes:
        raise MeetingError("The report cannot be longer than the whole meeting", "report_over_planned", "report_minutes")
    if r.results_published_on and r.results_published_on < r.meeting_date:
        raise MeetingError("Results cannot be published before the meeting", "results_before_meeting",
                           "results_published_on")
    for channel, day, _url in r.announcements:
        if channel not in CHANNELS:
            raise MeetingError(f"Unknown announcement channel {channel}", "bad_channel", "announcements")
        if day > r.meeting_date:
            raise MeetingError("An announcement cannot come after the meeting", "announcement_after", "announcements")
    for category, (count, _names) in r.participants.items():
        if category not in CATEGORIES or count < 0:
            raise MeetingError("Participants are counted by category, from zero", "bad_participants", "participants")
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED) and r.meeting_date > today:
        raise MeetingError("A meeting in the future cannot be held yet", "held_in_future", "meeting_date")


def save_record(session: Session, meeting: Meeting, r: MeetingRecord, today: dt.date | None = None) -> None:
    """Write the whole form in one go (the caller's transaction): all of it, or nothing."""
    validate(meeting, r, today or dt.date.today())
    for name in ("meeting_date", "start_time", "end_time", "planned_minutes", "report_minutes", "qa_minutes",
                 "attendance_count", "questions_collected", "video_conference", "results_published_on",
                 "personal_reception"):
        setattr(meeting, name, getattr(r, name))
    for name in ("venue", "questions_channel", "results_link", "personal_reception_note", "summary"):
        setattr(meeting, name, getattr(r, name).strip() or None)
    meeting.participants = [MeetingParticipant(category=c, count=n, names=names.strip() or None)
                            for c, (n, names) in r.participants.items() if n or names.strip()]
    meeting.broadcasts = [Broadcast(platform=p.strip(), url=u.strip() or None, comments_open=c)
                          for p, u, c in r.broadcasts if p.strip()]
    meeting.announcements = [Announcement(channel=c, published_on=d, url=u.strip() or None)
                             for c, d, u in r.announcements]
    meeting.agenda_items = [AgendaItem(position=i + 1, title=t.strip(), speaker=s.strip() or None, minutes=m,
                                       is_report=rep) for i, (t, s, m, rep) in enumerate(r.agenda) if t.strip()]
    session.flush()


def record_of(meeting: Meeting) -> MeetingRecord:
    """The form's values for a meeting."""
    return MeetingRecord(
        meeting_date=meeting.meeting_date, start_time=meeting.start_time, end_time=meeting.end_time,
        venue=meeting.venue or "", planned_minutes=meeting.planned_minutes, report_minutes=meeting.report_minutes,
        qa_minutes=meeting.qa_minutes, attendance_count=meeting.attendance_count,
        questions_collected=meeting.questions_collected, questions_channel=meeting.questions_channel or "",
        video_conference=meeting.video_conference, results_published_on=meeting.results_published_on,
        results_link=meeting.results_link or "", personal_reception=meeting.personal_reception,
        personal_reception_note=meeting.personal_reception_note or "", summary=meeting.summary or "",
        participants={p.category: (p.count, p.names or "") for p in meeting.participants},
        broadcasts=[(b.platform, b.url or "", b.comments_open) for b in meeting.broadcasts],
        announcements=[(a.channel, a.published_on, a.url or "") for a in meeting.announcements],
        agenda=[(a.title, a.speaker or "", a.minutes, a.is_report) for a in meeting.agenda_items],
    )


def set_status(session: Session, meeting: Meeting, status: str, reason: str = "",
               today: dt.date | None = None) -> bool:
    """Move a meeting to another status. Returns True when the calendar should get a correction
    (a calendar meeting postponed or cancelled)."""
    today = today or dt.date.today()
    if status not in TRANSITIONS.get(meeting.status, set()):
        raise MeetingError(f"A meeting cannot go from {meeting.status} to {status}", "bad_transition", "status")
    if status in (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED) and not reason.strip():
        raise MeetingError("Say why the meeting is postponed or cancelled", "reason_needed", "status_reason")
    if status in (MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED) and meeting.meeting_date > today:
        raise MeetingError("A meeting in the future cannot be held yet", "held_in_future", "meeting_date")
    if status == MeetingStatus.RESULTS_PUBLISHED and meeting.results_published_on is None:
        raise MeetingError("Give the date the results were published", "results_date_needed", "results_published_on")
    meeting.status = status
    meeting.status_reason = reason.strip() or None
    session.flush()
    return status in (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED) and meeting.planned_meeting is not None


def restore(session: Session, meeting: Meeting, record: MeetingRecord, status: str, reason: str | None) -> None:
    """Put a meeting back as it was (undo): its record and its status together."""
    meeting.status, meeting.status_reason = status, reason
    save_record(session, meeting, record)
