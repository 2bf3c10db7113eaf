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
