"""The .ics file tells a calendar program of every change: one UID per meeting across versions, SEQUENCE
bumped on each change, CANCELLED for a meeting dropped or called off, DTSTAMP of the export, a DESCRIPTION
and the region's own IANA time zone."""

from __future__ import annotations

import datetime as dt
import uuid

from icalendar import Calendar
from sqlalchemy import select

from akimdesk.calendar.ics import calendar_ics
from akimdesk.models import (
    AnnualCalendar,
    CalendarStatus,
    CalendarVersion,
    Meeting,
    MeetingStatus,
    PlannedMeeting,
)

NOW = dt.datetime(2026, 11, 27, 5, 30, tzinfo=dt.UTC)


def _events(data: bytes) -> dict:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_a_moved_dropped_or_cancelled_meeting_reaches_the_calendar_program(demo_db):
    with demo_db.session() as s:
        calendar = s.scalar(select(AnnualCalendar).where(AnnualCalendar.year == 2026))
        old = calendar.versions[-1]
        timed = [pm for pm in old.planned_meetings if pm.start_time is not None and pm.planned_date > dt.date(2026, 12, 1)]
        moved, dropped, called_off = timed[0], timed[1], timed[2]
        before = _events(calendar_ics(old, "ru", now=NOW))
        new = CalendarVersion(id=uuid.uuid4(), calendar_id=calendar.id, number=old.number + 1,
                              status=CalendarStatus.DRAFT)  # a correction
        s.add(new)
        for pm in old.planned_meetings:
            if pm is dropped:
                continue
            day = pm.planned_date + dt.timedelta(days=2) if pm is moved else pm.planned_date
            new.planned_meetings.append(PlannedMeeting(
                id=uuid.uuid4(), lineage_id=pm.lineage_id, akim_post_id=pm.akim_post_id, territory_id=pm.territory_id,
                planned_date=day, start_time=pm.start_time, duration_minutes=pm.duration_minutes, venue=pm.venue,
                topic=pm.topic, is_field=pm.is_field))
        s.flush()
        twin = next(p for p in new.planned_meetings if p.lineage_id == called_off.lineage_id)
        s.add(Meeting(id=uuid.uuid4(), planned_meeting_id=twin.id, akim_post_id=twin.akim_post_id,
                      territory_id=twin.territory_id, meeting_date=twin.planned_date, status=MeetingStatus.CANCELLED))
        s.flush()
        after = _events(calendar_ics(new, "ru", now=NOW))
        uid = {pm: f"{pm.lineage_id}@akimdesk" for pm in (moved, dropped, called_off)}
        topic, venue, akim = moved.topic, moved.venue, moved.akim_post.title_ru
    assert set(before) == set(after)  # every meeting keeps its UID; a dropped one is still sent, cancelled
    assert after[uid[moved]]["sequence"] == before[uid[moved]]["sequence"] + 1
    assert after[uid[moved]]["dtstart"].dt.date() == moved.planned_date + dt.timedelta(days=2)
    assert str(after[uid[moved]]["status"]) == "CONFIRMED"
    for gone in (dropped, called_off):
        assert str(after[uid[gone]]["status"]) == "CANCELLED"
        assert after[uid[gone]]["sequence"] == before[uid[gone]]["sequence"] + 1
    unchanged = [u for u in after if u not in uid.values()]
    assert all(after[u]["sequence"] == before[u]["sequence"] for u in unchanged)
    event = after[uid[moved]]
    assert event["dtstamp"].dt == NOW
    description = str(event["description"])
    assert akim in description and (not venue or venue in description) and (not topic or topic in description)
    assert event["dtstart"].dt.tzinfo.key == "Asia/Qostanay"  # the region's own zone
