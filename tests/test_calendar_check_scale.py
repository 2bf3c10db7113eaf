"""The decree check of a calendar reads its region in a fixed number of statements, however many akims plan."""

from __future__ import annotations

from sqlalchemy import event, func, select

from akimdesk.models import AkimPost, PlannedMeeting
from akimdesk.services import calendar as service


def test_the_check_of_a_region_does_not_query_per_organiser(demo_db):
    with demo_db.session() as s:
        organisers = s.scalar(select(func.count(func.distinct(PlannedMeeting.akim_post_id)))
                              .join(AkimPost, AkimPost.id == PlannedMeeting.akim_post_id))
    sent: list[str] = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda _c, _cur, stmt, *_a: sent.append(stmt))
    report = service.check(demo_db, "390000000", 2026)
    assert report.version is not None  # the demo region has a calendar for 2026, checked
    assert organisers > 20
    assert len(sent) <= 12, sent  # one statement per organiser was 60 and more here


def test_the_calendar_page_reads_its_meetings_as_rows_the_same_as_the_records_hold(demo_db):
    """A region's calendar of a thousand meetings made three thousand ORM objects (each meeting, its akim's post
    and its place) for the Calendar page to show: now rows, and each row says what the records say."""
    from akimdesk.models import CalendarVersion, Meeting
    from akimdesk.territory.directory import region_by_code

    with demo_db.session() as s:
        region = region_by_code(s, "39").id
    loaded: list[str] = []

    def count(target, _context) -> None:
        loaded.append(type(target).__name__)

    for kind in (PlannedMeeting, AkimPost):
        event.listen(kind, "load", count)
    try:
        view = service.calendar_view(demo_db, region, 2026, check=False)
    finally:
        for kind in (PlannedMeeting, AkimPost):
            event.remove(kind, "load", count)
    assert len(view.planned) == 472 and loaded == []
    with demo_db.session() as s:
        version = s.get(CalendarVersion, next(v.id for v in s.scalars(select(CalendarVersion)) if v.number == view.shown
                                              and v.calendar.region_id == region and v.calendar.year == 2026))
        logged = set(s.scalars(select(Meeting.planned_meeting_id).where(Meeting.planned_meeting_id.is_not(None))))
        expected = {str(pm.id): (pm.planned_date, str(pm.akim_post.territory_id), pm.akim_post.title_kk,
                                 str(pm.territory_id), pm.territory.name_ru, pm.duration_minutes, pm.id in logged)
                    for pm in version.planned_meetings}
    shown = {r.id: (r.date, r.organizer_id, r.akim_kk, r.target_id, r.unit_ru, r.minutes, r.logged)
             for r in view.planned}
    assert shown == expected and any(r.logged for r in view.planned) and not all(r.logged for r in view.planned)
    assert [r.date for r in view.planned] == sorted(r.date for r in view.planned)
    assert view.versions[-1].meetings == 472
