"""A person reads only what their territory holds, at the one door (on SQLite and PostgreSQL alike): a
district's secretary asking for another district's meeting, issue or register list is refused with the
`outside_sight` refusal the window translates; their own district's records open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from sqlalchemy import select

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.models import Meeting, ProblemIssue, Territory
from akimdesk.services import meetings
from akimdesk.services import register as register_service
from akimdesk.services import register_changes as changes
from akimdesk.services.access import AccessRefused

DISTRICT, OTHER_DISTRICT = "395400000", "392400000"


def _under(s, kato: str) -> set:
    """The unit with this KATO and every unit below it (the expected answer, walked by hand)."""
    root = s.scalar(select(Territory.id).where(Territory.kato == kato))
    found, frontier = {root}, {root}
    while frontier:
        frontier = set(s.scalars(select(Territory.id).where(Territory.parent_id.in_(frontier)))) - found
        found |= frontier
    return found


def _one(s, model, units: set):
    return s.scalar(select(model.id).where(model.territory_id.in_(units)).order_by(model.id).limit(1))


@pytest.fixture
def district_secretary(demo_db):
    assert main(["user", "add", "sec", "--role", "secretary,register", "--territory", DISTRICT,
                 "--db", demo_db.url]) == 0
    person = Database.open(demo_db.url)
    person.actor = "sec"
    yield demo_db, person
    person.close()


def test_a_district_person_is_refused_another_districts_records_and_reads_their_own(district_secretary):
    admin, sec = district_secretary
    with admin.session() as s:
        mine, theirs = _under(s, DISTRICT), _under(s, OTHER_DISTRICT)
        my_meeting, their_meeting = _one(s, Meeting, mine), _one(s, Meeting, theirs)
        my_issue, their_issue = _one(s, ProblemIssue, mine), _one(s, ProblemIssue, theirs)
        other_id = s.scalar(select(Territory.id).where(Territory.kato == OTHER_DISTRICT))
        own_id = s.scalar(select(Territory.id).where(Territory.kato == DISTRICT))
    assert None not in (my_meeting, their_meeting, my_issue, their_issue), "the demo has both districts' records"

    with pytest.raises(AccessRefused) as refused:
        meetings.load(sec, str(their_meeting))
    assert refused.value.code == "outside_sight"
    with pytest.raises(AccessRefused, match="only the records of their own territory"):
        changes.issue_detail(sec, their_issue)
    with pytest.raises(AccessRefused):
        register_service.issue_page(sec, register_service.IssueFilter(territory_id=other_id))

    assert meetings.load(sec, str(my_meeting))[0].meeting_id == str(my_meeting)
    assert changes.issue_detail(sec, my_issue).id == my_issue
    page = register_service.issue_page(sec, register_service.IssueFilter(territory_id=own_id))
    assert page.rows and register_service.issue_count(sec, register_service.IssueFilter(territory_id=own_id)) > 0
    # the administrator (the file's single user) still reads everything
    assert meetings.load(admin, str(their_meeting))[0].meeting_id == str(their_meeting)


@pytest.mark.parametrize("lang, expected", [("ru", "только записи своей территории"),
                                            ("kk", "тек өз аумағыңыздың жазбаларын")])
def test_the_window_says_the_refusal_in_the_users_language(qapp, lang, expected):
    from akimdesk.config import resources_dir
    from akimdesk.ui.permissions import refusal_text

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / f"akimdesk_{lang}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert expected in refusal_text(AccessRefused("outside_sight", ""))
    finally:
        QCoreApplication.removeTranslator(translator)
