"""Rows a screen holds stay compact: 100,000 loaded rows of the register must fit the memory target."""

from __future__ import annotations

import sys

from akimdesk.services import register as reg

from .test_register_rules import TODAY, new_issue


def test_loaded_rows_keep_one_copy_of_what_they_repeat(db):
    for n in range(3):
        new_issue(db, text=f"Нет уличного освещения, дом {n}")
    first = reg.issue_page(db, reg.IssueFilter(), limit=2, today=TODAY)
    second = reg.issue_page(db, reg.IssueFilter(), after=first.next_key, limit=2, today=TODAY)
    a, b, c = *first.rows, *second.rows  # the last one came with another page, as the view scrolls
    assert a.unit_ru == c.unit_ru and a.status_kk == c.status_kk and a.deadline == c.deadline
    for name in ("unit_ru", "unit_kk", "status_ru", "status_kk", "territory_id", "deadline", "raised_on"):
        assert getattr(a, name) is getattr(b, name) is getattr(c, name), name
    assert len({a.id, b.id, c.id}) == 3 and a.text != c.text
    assert not hasattr(a, "__dict__")  # slots: no dictionary per row
    assert sys.getsizeof(a) < 300


def test_a_page_shows_each_issue_as_the_database_holds_it(db):
    """Pages read SQLite's stored values and convert them themselves: ids, dates, flags and names come out as
    the ORM reads them, for open and closed issues, with and without a deadline, meeting or number."""
    import datetime as dt
    import uuid

    from akimdesk.models import ProblemIssue

    from .test_register_rules import add_progress

    ids = [new_issue(db, text=f"Нет уличного освещения, дом {n}", deadline=None if n % 2 else TODAY + dt.timedelta(days=n))
           for n in range(5)]
    add_progress(db, ids[0], entry_date=TODAY, author="Асель", text="Фонари установлены", status_code="resolved",
                 percent=100, today=TODAY)
    rows, after = [], None
    while True:  # pages of two: the later pages run with the keys of the earlier ones
        page = reg.issue_page(db, reg.IssueFilter(sort="deadline"), after=after, limit=2, today=TODAY)
        rows += page.rows
        if page.next_key is None:
            break
        after = page.next_key
    assert sorted(r.id for r in rows) == sorted(ids)
    with db.session() as s:
        for r in rows:
            issue = s.get(ProblemIssue, r.id)
            assert isinstance(r.id, uuid.UUID) and isinstance(r.territory_id, uuid.UUID)
            assert (r.raised_on, r.deadline, r.original_deadline, r.closed_on) == (
                issue.raised_on, issue.deadline, issue.original_deadline, issue.closed_on)
            assert all(d is None or type(d) is dt.date for d in (r.raised_on, r.deadline, r.closed_on))
            assert (r.territory_id, r.meeting_id, r.registration_number) == (
                issue.territory_id, issue.meeting_id, issue.registration_number)
            assert r.closed is issue.status.is_closed and r.status_code == issue.status.code
            assert (r.unit_ru, r.unit_kk, r.text, r.row_version) == (
                issue.territory.name_ru, issue.territory.name_kk, issue.text, issue.row_version)
    closed = next(r for r in rows if r.id == ids[0])
    assert closed.closed is True and closed.closed_on == TODAY and not closed.overdue(TODAY + dt.timedelta(days=99))


def test_a_count_nobody_waits_for_stops_and_the_next_one_is_right(db, monkeypatch):
    """A count superseded before it starts does not run; one superseded under way is interrupted (SQLite)
    and its connection counts the next question normally."""
    import pytest

    from akimdesk.progress import Cancelled

    for n in range(4):
        new_issue(db, text=f"Нет уличного освещения, дом {n}")
    with pytest.raises(Cancelled):
        reg.issue_count(db, reg.IssueFilter(), today=TODAY, cancelled=lambda: True)
    if db.engine.dialect.name == "sqlite":
        monkeypatch.setattr(reg, "_CHECK_EVERY", 1)  # look at every step: the count is stopped under way
        asked = iter([False])  # still wanted when it starts, superseded at its first step
        with pytest.raises(Cancelled):
            reg.issue_count(db, reg.IssueFilter(), today=TODAY, cancelled=lambda: next(asked, True))
    assert reg.issue_count(db, reg.IssueFilter(), today=TODAY) == 4
    assert reg.issue_count(db, reg.IssueFilter(), today=TODAY, cancelled=lambda: False) == 4
