"""iCalendar (.ics) export of a calendar version, or of one akim's meetings, for phones and Outlook."""

from __future__ import annotations

import datetime as dt

from ..models import CalendarVersion, PlannedMeeting

TIMEZONE = "Asia/Almaty"  # Kazakhstan has used one time zone (UTC+5) since 1 March 2024


def calendar_ics(version: CalendarVersion, lang: str = "ru", organizer_territory_id=None) -> bytes:
    """The version's planned meetings (optionally one akim's) as an .ics file's bytes."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    zone = ZoneInfo(TIMEZONE)
    cal = Calendar()
    cal.add("prodid", "-//AkimDesk//Meetings with the population//RU")
    cal.add("version", "2.0")
    region = version.calendar.region
    cal.add("x-wr-calname", f"{region.name_kk if lang == 'kk' else region.name_ru} — {version.calendar.year}")
    meetings: list[PlannedMeeting] = sorted(version.planned_meetings, key=lambda p: (p.planned_date, p.start_time or dt.time()))
    for pm in meetings:
        if organizer_territory_id is not None and pm.akim_post.territory_id != organizer_territory_id:
            continue
        event = Event()
        event.add("uid", f"{pm.lineage_id}@akimdesk")
        place = pm.territory.name_kk if lang == "kk" else pm.territory.name_ru
        title = pm.akim_post.title_kk if lang == "kk" else pm.akim_post.title_ru
        word = "халықпен кездесу" if lang == "kk" else "встреча с населением"
        event.add("summary", f"{title}: {word} — {place}")
        if pm.start_time is None:
            event.add("dtstart", pm.planned_date)
            event.add("dtend", pm.planned_date + dt.timedelta(days=1))
        else:
            start = dt.datetime.combine(pm.planned_date, pm.start_time, zone)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=pm.duration_minutes))
        if pm.venue:
            event.add("location", pm.venue)
        if pm.topic:
            event.add("description", pm.topic)
        event.add("dtstamp", dt.datetime(version.calendar.year, 1, 1, tzinfo=dt.UTC))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()

