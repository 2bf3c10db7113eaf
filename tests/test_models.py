"""The data model keeps what is put in it and refuses what would corrupt it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from akimdesk.models import (
    AgendaItem,
    AkimPost,
    AuditEvent,
    IssueProgress,
    IssueStatus,
    Meeting,
    MeetingParticipant,
    ProblemIssue,
    Territory,
)


def _unit(session, kato="399999000", name="село Тест"):
    parent = session.scalar(select(Territory).where(Territory.kato == "393200000"))
    unit = Territory(kato=kato, parent=parent, level="rural_okrug", name_ru=name, name_kk="Тест ауылы")
    session.add(unit)
    session.flush()
    return unit


def test_meeting_with_agenda_participants_and_issue_round_trips(db):
    with db.session() as s:
        unit = _unit(s)
        post = AkimPost(territory=unit, title_ru="Аким села Тест", title_kk="Тест ауылының әкімі")
        meeting = Meeting(akim_post=post, territory=unit, meeting_date=dt.date(2026, 3, 3), off_calendar_reason="necessity",
                          report_minutes=20, qa_minutes=70)
        meeting.agenda_items.append(AgendaItem(position=1, title="Доклад акима", minutes=20, is_report=True))
        meeting.participants.append(MeetingParticipant(category="opposition", count=2, names="Ә. Әлиев"))
        new = s.scalar(select(IssueStatus).where(IssueStatus.code == "new"))
        issue = ProblemIssue(meeting=meeting, territory=unit, raised_on=dt.date(2026, 3, 3),
                             text="Жолды жөндеу қажет — ә ғ қ ң ө ұ ү һ і", status=new, deadline=dt.date(2026, 6, 1))
        issue.progress.append(IssueProgress(entry_date=dt.date(2026, 3, 10), author="staff", text="Өтінім жіберілді",
                                            percent=20))
        s.add_all([post, meeting, issue])
        s.flush()
        meeting_id = meeting.id
    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m.is_off_calendar and m.agenda_items[0].title == "Доклад акима"
        assert m.participants[0].names == "Ә. Әлиев"
        issue = s.scalar(select(ProblemIssue).where(ProblemIssue.meeting_id == meeting_id))
        assert issue.text.endswith("ә ғ қ ң ө ұ ү һ і")
        assert issue.progress[0].percent == 20 and issue.status.code == "new"


def test_kato_code_must_have_nine_digits(db):
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Territory(kato="3932", level="district", name_ru="x", name_kk="x"))


def test_kato_code_is_unique(db):
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Territory(kato="393200000", level="district", name_ru="копия", name_kk="көшірме"))


def test_foreign_keys_are_enforced(db):
    import uuid

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Territory(kato="399999001", parent_id=uuid.uuid4(), level="village", name_ru="x", name_kk="x"))


def test_row_version_counts_changes_and_stops_a_stale_write(db):
    with db.session() as s:
        unit_id = _unit(s).id
    with db.session() as s:
        s.get(Territory, unit_id).name_ru = "село Новое"
    with db.session() as s:
        assert s.get(Territory, unit_id).row_version == 2
    # two people open the same record; the second save must not silently overwrite the first
    first, second = db._sessions(), db._sessions()
    a, b = first.get(Territory, unit_id), second.get(Territory, unit_id)
    a.name_ru = "первый"
    first.commit()
    b.name_ru = "второй"
    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_every_insert_update_and_delete_leaves_an_audit_event(db):
    db.actor = "secretary"
    with db.session() as s:
        unit_id = _unit(s).id
    with db.session() as s:
        s.get(Territory, unit_id).name_ru = "село Переименованное"
    with db.session() as s:
        s.delete(s.get(Territory, unit_id))
    with db.session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(unit_id)).order_by(AuditEvent.at)))
    assert [e.action for e in events] == ["insert", "update", "delete"]
    assert all(e.actor == "secretary" and e.entity == "territory" for e in events)
    assert events[0].after["kato"] == "399999000"
    assert events[1].before == {"name_ru": "село Тест"} and events[1].after == {"name_ru": "село Переименованное"}
    assert events[2].before["name_ru"] == "село Переименованное" and events[2].after is None


def test_a_failed_transaction_writes_neither_data_nor_audit(db):
    with db.session() as s:
        before = len(list(s.scalars(select(AuditEvent))))
    with pytest.raises(IntegrityError):
        with db.session() as s:
            _unit(s, kato="399999002")
            s.add(Territory(kato="393200000", level="district", name_ru="дубль", name_kk="дубль"))
            s.flush()
    with db.session() as s:
        assert len(list(s.scalars(select(AuditEvent)))) == before
        assert s.scalar(select(Territory).where(Territory.kato == "399999002")) is None
