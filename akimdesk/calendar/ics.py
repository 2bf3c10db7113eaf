"""iCalendar (.ics) export of a calendar version, or of one akim's meetings, for phones and Outlook.

A calendar program learns of every change: each meeting keeps one UID across the calendar's versions
(its lineage), SEQUENCE counts the versions that moved or changed it (plus one when it is called off),
STATUS says CONFIRMED or CANCELLED (a meeting dropped from the calendar or recorded as cancelled or
postponed is sent as CANCELLED so the program takes it off), DTSTAMP is the moment of the export."""

from __future__ import annotations

import datetime as dt

from ..models import CalendarVersion, Meeting, MeetingStatus, PlannedMeeting

TIMEZONE = "Asia/Almaty"  # Kazakhstan has used one time zone (UTC+5) since 1 March 2024
# the IANA zone of each region (first two KATO digits) whose zone is not Almaty's
REGION_ZONES = {"15": "Asia/Aqtobe", "23": "Asia/Atyrau", "27": "Asia/Oral", "39": "Asia/Qostanay",
                "43": "Asia/Qyzylorda", "47": "Asia/Aqtau"}
WORDS = {
    "ru": ("встреча с населением", "Тема", "Место", "Аким", "Встреча отменена", "Встреча перенесена"),
    "kk": ("халықпен кездесу", "Тақырыбы", "Өтетін орны", "Әкім", "Кездесу болдырылмады", "Кездесу ауыстырылды"),
}


def region_zone(kato: str | None) -> str:
    return REGION_ZONES.get((kato or "")[:2], TIMEZONE)


def _shape(pm: PlannedMeeting) -> tuple:
    """What a calendar program shows of a meeting: a change in any of these is a new SEQUENCE."""
    return (pm.planned_date, pm.start_time, pm.duration_minutes, pm.venue or "", pm.territory_id, pm.topic or "")


def _history(version: CalendarVersion) -> tuple[dict, dict]:
    """For every lineage up to this version: how many times it changed, and its last appearance."""
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    session = object_session(version)
    versions = version.calendar.versions if session is None else session.scalars(
        select(CalendarVersion).where(CalendarVersion.calendar_id == version.calendar_id,
                                      CalendarVersion.number <= version.number).order_by(CalendarVersion.number))
    changes: dict = {}
    last: dict = {}
    for v in versions:
        if v.number > version.number:
            break
        for pm in v.planned_meetings:
            before = last.get(pm.lineage_id)
            if before is not None and _shape(before) != _shape(pm):
                changes[pm.lineage_id] = changes.get(pm.lineage_id, 0) + 1
            last[pm.lineage_id] = pm
    return changes, last


def _called_off(version: CalendarVersion) -> dict:
    """Lineage -> the status of its meeting record when that record says cancelled or postponed."""
    from sqlalchemy import select
    from sqlalchemy.orm import object_session

    session = object_session(version)
    if session is None:
        return {}
    rows = session.execute(
        select(PlannedMeeting.lineage_id, Meeting.status).join(Meeting, Meeting.planned_meeting_id == PlannedMeeting.id)
        .join(CalendarVersion, PlannedMeeting.version_id == CalendarVersion.id)
        .where(CalendarVersion.calendar_id == version.calendar_id,
               Meeting.status.in_((MeetingStatus.CANCELLED, MeetingStatus.POSTPONED))))
    return dict(rows.all())


def calendar_ics(version: CalendarVersion, lang: str = "ru", organizer_territory_id=None,
                 now: dt.datetime | None = None) -> bytes:
    """The version's planned meetings (optionally one akim's) as an .ics file's bytes."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    region = version.calendar.region
    zone = ZoneInfo(region_zone(region.kato))
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//AkimDesk//Meetings with the population//RU")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{region.name_kk if lang == 'kk' else region.name_ru} — {version.calendar.year}")
    cal.add("x-wr-timezone", str(zone.key))
    changes, last = _history(version)
    current = {pm.lineage_id for pm in version.planned_meetings}
    off = _called_off(version)
    words = WORDS.get(lang, WORDS["ru"])
    for pm in sorted(last.values(), key=lambda p: (p.planned_date, p.start_time or dt.time())):
        if organizer_territory_id is not None and pm.akim_post.territory_id != organizer_territory_id:
            continue
        cancelled = pm.lineage_id not in current or pm.lineage_id in off
        event = Event()
        event.add("uid", f"{pm.lineage_id}@akimdesk")
        place = pm.territory.name_kk if lang == "kk" else pm.territory.name_ru
        title = pm.akim_post.title_kk if lang == "kk" else pm.akim_post.title_ru
        event.add("summary", f"{title}: {words[0]} — {place}")
        if pm.start_time is None:
            event.add("dtstart", pm.planned_date)
            event.add("dtend", pm.planned_date + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(pm.planned_date, pm.start_time, zone)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=pm.duration_minutes))
        if pm.venue:
            event.add("location", pm.venue)
        lines = []
        if cancelled:
            lines.append(words[5] if off.get(pm.lineage_id) == MeetingStatus.POSTPONED else words[4])
        if pm.topic:
            lines.append(f"{words[1]}: {pm.topic}")
        lines += [f"{words[2]}: {', '.join(x for x in (place, pm.venue or '') if x)}", f"{words[3]}: {title}"]
        event.add("description", "\n".join(lines))
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        event.add("sequence", changes.get(pm.lineage_id, 0) + (1 if cancelled else 0))
        event.add("dtstamp", stamp)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
