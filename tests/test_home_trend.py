"""The Home page's "Overdue issues at each month's end" and its issues by status, worked out by hand on four
issues (on both backends: the counts are made in SQL, and on SQLite read through the issues' units)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from akimdesk.models import IssueStatus, ProblemIssue
from akimdesk.services import home
from akimdesk.services.meetings import region_id

from .test_register_rules import new_issue

D = dt.date


def closed(db, issue_id, on: dt.date) -> None:
    with db.session() as s:
        issue = s.get(ProblemIssue, issue_id)
        issue.status_id = s.scalar(select(IssueStatus.id).where(IssueStatus.is_closed.is_(True)).limit(1))
        issue.closed_on = on


def test_each_months_end_counts_the_issues_still_open_then_and_past_their_deadline_then(db):
    # a: due 10 Feb, closed 5 Mar: overdue at the end of February only
    a = new_issue(db, text="Нет воды", deadline=D(2026, 2, 10), raised_on=D(2026, 1, 20), today=D(2026, 1, 20))
    closed(db, a, D(2026, 3, 5))
    # b: due 20 Mar, still open: overdue from the end of March on, and today (15 June) for June
    b = new_issue(db, text="Нет света", deadline=D(2026, 3, 20), raised_on=D(2026, 1, 20), today=D(2026, 1, 20))
    # c: due 30 Apr, closed that day: never overdue
    c = new_issue(db, text="Яма на дороге", deadline=D(2026, 4, 30), raised_on=D(2026, 1, 20), today=D(2026, 1, 20))
    closed(db, c, D(2026, 4, 30))
    # d: due 10 Jan, closed on 31 Jan, the month's last day: not overdue at its end
    d = new_issue(db, text="Нет автобуса", deadline=D(2026, 1, 10), raised_on=D(2026, 1, 2), today=D(2026, 1, 2))
    closed(db, d, D(2026, 1, 31))

    view = home.home_view(db, region_id(db, "39"), 2026, today=D(2026, 6, 15))
    #                            Jan Feb Mar Apr May Jun  (months to come: 0)
    assert view.overdue_by_month == [0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
    # and the issues by status: three closed, one as it was registered, in the statuses' order
    with db.session() as s:
        closed_status, open_status = (s.get(IssueStatus, s.get(ProblemIssue, i).status_id) for i in (a, b))
        expected = sorted([(closed_status.position, closed_status.code, 3), (open_status.position, open_status.code, 1)])
    assert [(n.code, n.count) for n in view.by_status] == [(code, n) for _p, code, n in expected]
    # the year before and a year not begun: nothing then
    assert home.home_view(db, region_id(db, "39"), 2025, today=D(2026, 6, 15)).overdue_by_month == [0] * 12
    assert home.home_view(db, region_id(db, "39"), 2027, today=D(2026, 6, 15)).overdue_by_month == [0] * 12


@pytest.mark.sqlite_only
def test_the_home_figures_are_counted_from_indexes_without_reading_an_issue_or_a_meeting(demo_db):
    """Each issue's body and closing day and each meeting's status are in the indexes the counts walk
    (migration 0021): right after the computer starts, reading 25,000 issues' own rows from a national file
    took the twenty regions' Home pages 9.8 s instead of 2.4 s."""
    statements = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        view = home.home_view(demo_db, region_id(demo_db, "39"), 2026, today=D(2026, 12, 2))
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert view.by_body and view.overdue_by_month and view.held  # the demo's figures are there to be counted
    read = []
    with demo_db.engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            read += [step for step in plan if any(f" {table} " in f"{step} " for table in ("problem_issue", "meeting"))]
    assert len(read) >= 5, read  # the counts by status, body and month, the held meetings and those unpublished
    assert all("COVERING INDEX" in step for step in read), read
