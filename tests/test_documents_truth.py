"""Documents say what the record says: the agenda a held meeting's papers print is the record's, labels are
words not codes, issue rows carry what an analyst joins and tracks them by, and the quarterly update marks
what is overdue, in the seed's scope."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from akimdesk.documents import build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.print_kit import build_print
from akimdesk.meetings.agenda import TEMPLATE
from akimdesk.models import Meeting, MeetingStatus, ProblemIssue

from .test_documents import NOW, pdf_text


def _held_meeting_without_agenda(db) -> str:
    """A held meeting of the third quarter whose record has no agenda items, a 30-minute report, 75 minutes of
    questions and 8 questions collected through social media."""
    with db.session() as s:
        m = s.scalar(select(Meeting).where(Meeting.status == MeetingStatus.HELD,
                                           Meeting.meeting_date >= dt.date(2026, 7, 1),
                                           Meeting.meeting_date <= dt.date(2026, 9, 30))
                     .where(Meeting.id.in_(select(ProblemIssue.meeting_id))).order_by(Meeting.meeting_date).limit(1))
        m.agenda_items.clear()
        m.planned_minutes, m.report_minutes, m.qa_minutes = 90, 30, 75
        m.questions_collected, m.questions_channel = 8, "social"
        return str(m.id)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_papers_of_a_held_meeting_print_the_records_agenda(demo_db, lang):
    meeting_id = _held_meeting_without_agenda(demo_db)
    expected = [(TEMPLATE[lang][0], 30), (TEMPLATE[lang][1], 75)]
    with demo_db.session() as s:
        minutes = build_print(s, meeting_id, "minutes", lang, NOW)
        report = build_report("meeting", s, "39", parse_period("2026-Q3"), lang, NOW, meeting_id=meeting_id)
    for doc in (minutes, report):
        agenda = next(t for t in doc.tables if t.key == "agenda")
        assert [(row[1], row[3]) for row in agenda.rows] == expected, doc.kind
    text = " ".join(pdf_text(render_pdf(minutes)).split())
    assert " 62 " not in text and " 22 " not in text  # not the template's split of 90 minutes
    facts = dict(report.facts)
    questions = next(v for k, v in facts.items() if v.startswith("8"))
    assert "social" not in questions and ("социальные сети" in questions or "әлеуметтік желілер" in questions)
