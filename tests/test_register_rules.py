"""The register's rules as the apparatus staff meet them: deadlines, extensions, closing, the history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from akimdesk.issues.rules import IssueDraft, RegisterError, RegisterRefused, is_due_within, is_overdue
from akimdesk.models import AuditEvent, IssueProgress, ProblemIssue, Territory
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes

TODAY = dt.date(2026, 3, 16)


def unit(db, kato: str) -> Territory:
    with db.session() as s:
        return s.scalar(select(Territory).where(Territory.kato == kato))


def new_issue(db, text="Нет уличного освещения на улице Абая", deadline=TODAY + dt.timedelta(days=30),
              kato="392400000", raised_on=TODAY - dt.timedelta(days=10), today=TODAY, **extra):
    draft = IssueDraft(text=text, territory_id=unit(db, kato).id, raised_on=raised_on, source="e-Otinish",
                       deadline=deadline, **extra)
    return changes.create_issue(db, draft, today=today)


def seen(db, *issue_ids) -> dict:
    """The issues with the version a person who opens them now sees (every save names it)."""
    return {i: changes.issue_detail(db, i).row_version for i in issue_ids}


def add_progress(db, issue_id, **entry):
    """An entry added by someone who just opened the issue, over the version they saw."""
    return changes.add_progress(db, issue_id, expected_version=seen(db, issue_id)[issue_id], **entry)


def state(db, issue_id):
    with db.session() as s:
        issue = s.get(ProblemIssue, issue_id)
        entries = s.scalar(select(func.count()).select_from(IssueProgress).where(IssueProgress.issue_id == issue_id))
        return issue.status.code, issue.deadline, issue.original_deadline, issue.closed_on, issue.outcome_note, entries


def test_an_extended_deadline_keeps_the_original_through_several_extensions(db):
    first = TODAY + dt.timedelta(days=5)
    issue = new_issue(db, deadline=first)
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Подрядчик не успевает до морозов",
                         status_code="deadline_extended", new_deadline=dt.date(2026, 6, 1), today=TODAY)
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Перенос финансирования",
                         status_code="deadline_extended", new_deadline=dt.date(2026, 9, 1), today=TODAY)
    status, deadline, original, *_ , entries = state(db, issue)
    assert (status, deadline, original, entries) == ("deadline_extended", dt.date(2026, 9, 1), first, 2)


def test_an_extension_must_move_the_deadline_later_and_a_refusal_writes_nothing(db):
    issue = new_issue(db, deadline=TODAY + dt.timedelta(days=20))
    before = state(db, issue)
    for new in (TODAY + dt.timedelta(days=20), TODAY + dt.timedelta(days=3), None):
        with pytest.raises(RegisterError) as refused:
            add_progress(db, issue, entry_date=TODAY, author="Асель", text="Перенос",
                                 status_code="deadline_extended", new_deadline=new, today=TODAY)
        assert refused.value.code in ("extension_not_later", "new_deadline_required")
    assert state(db, issue) == before


def test_the_deadline_of_an_issue_in_work_changes_only_by_an_extension(db):
    issue = new_issue(db)
    detail = changes.issue_detail(db, issue)
    corrected = IssueDraft(**{**detail.draft.__dict__, "deadline": TODAY + dt.timedelta(days=60)})
    changes.update_issue(db, issue, corrected, detail.row_version, today=TODAY)  # a typo fix before any work
    assert state(db, issue)[1:3] == (TODAY + dt.timedelta(days=60),) * 2
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Запрос направлен", today=TODAY)
    detail = changes.issue_detail(db, issue)
    moved = IssueDraft(**{**detail.draft.__dict__, "deadline": TODAY + dt.timedelta(days=90)})
    with pytest.raises(RegisterError, match="extension"):
        changes.update_issue(db, issue, moved, detail.row_version, today=TODAY)


@pytest.mark.parametrize("days_to_deadline, overdue, due_in_7, due_today", [
    (-1, True, False, False),   # the day after the deadline: overdue
    (0, False, True, True),     # the deadline day itself: still in time, due today
    (7, False, True, False),    # a week ahead: due within 7 days
    (8, False, False, False),   # eight days ahead: not yet
])
def test_overdue_and_due_lists_have_exact_day_boundaries(db, days_to_deadline, overdue, due_in_7, due_today):
    issue = new_issue(db, deadline=TODAY + dt.timedelta(days=days_to_deadline), raised_on=TODAY - dt.timedelta(days=40))

    def listed(**flt):
        rows = reg.issue_page(db, reg.IssueFilter(**flt), today=TODAY).rows
        return issue in [r.id for r in rows]

    assert listed(overdue=True) is overdue is is_overdue(TODAY + dt.timedelta(days=days_to_deadline), False, TODAY)
    assert listed(due_within=7) is due_in_7 is is_due_within(TODAY + dt.timedelta(days=days_to_deadline), False,
                                                             TODAY, 7)
    assert listed(due_within=0) is due_today


def test_a_closed_issue_is_never_overdue(db):
    issue = new_issue(db, deadline=TODAY - dt.timedelta(days=5), raised_on=TODAY - dt.timedelta(days=40))
    assert reg.issue_count(db, reg.IssueFilter(overdue=True), today=TODAY) == 1
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Освещение установлено",
                         status_code="resolved", today=TODAY)
    assert reg.issue_count(db, reg.IssueFilter(overdue=True), today=TODAY) == 0


def test_closing_needs_an_outcome_status_and_a_final_note(db):
    issue = new_issue(db)
    with db.session() as s:
        from akimdesk.issues import writes as issues

        obj = s.get(ProblemIssue, issue)
        with pytest.raises(RegisterError, match="outcome"):
            issues.close_issue(s, obj, outcome=issues.status_by_code(s, "in_progress"), note="Готово", on=TODAY,
                               author="Асель", today=TODAY)
    with pytest.raises(RegisterError) as refused:
        add_progress(db, issue, entry_date=TODAY, author="Асель", text="   ", status_code="resolved",
                             today=TODAY)
    assert refused.value.code == "final_note_required"
    assert state(db, issue)[0] == "new" and state(db, issue)[-1] == 0

    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Установлено 12 светильников",
                         status_code="resolved", percent=100, today=TODAY)
    status, _, _, closed_on, note, _ = state(db, issue)
    assert (status, closed_on, note) == ("resolved", TODAY, "Установлено 12 светильников")


def test_the_current_state_comes_from_the_latest_dated_entry_of_the_history(db):
    issue = new_issue(db, raised_on=TODAY - dt.timedelta(days=60))
    add_progress(db, issue, entry_date=TODAY - dt.timedelta(days=2), author="Асель",
                         text="Работы выполнены", status_code="resolved", today=TODAY)
    # a forgotten earlier step typed in afterwards does not reopen the issue
    add_progress(db, issue, entry_date=TODAY - dt.timedelta(days=30), author="Асель",
                         text="Проведено обследование", status_code="in_progress", today=TODAY)
    assert state(db, issue)[0] == "resolved"
    # a later entry with an open status reopens it, and the closing date goes away
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Жители сообщили: светильники не горят",
                         status_code="in_progress", today=TODAY)
    status, _, _, closed_on, note, entries = state(db, issue)
    assert (status, closed_on, note, entries) == ("in_progress", None, None, 3)
    detail = changes.issue_detail(db, issue)
    assert [h.entry_date for h in detail.history] == sorted(h.entry_date for h in detail.history)


def test_progress_entries_cannot_be_dated_in_the_future_or_before_the_issue(db):
    issue = new_issue(db)
    for day in (TODAY + dt.timedelta(days=1), TODAY - dt.timedelta(days=11)):
        with pytest.raises(RegisterError):
            add_progress(db, issue, entry_date=day, author="Асель", text="Запись", today=TODAY)


def test_a_draft_lists_every_problem_at_once(db):
    draft = IssueDraft(text="  ", territory_id=None, raised_on=TODAY + dt.timedelta(days=1),
                       deadline=TODAY, source=None)
    with pytest.raises(RegisterRefused) as refused:
        changes.create_issue(db, draft, today=TODAY)
    codes = {p.code for p in refused.value.problems}
    assert codes == {"text_required", "territory_required", "raised_on_future", "source_required",
                     "deadline_before_raised"}


def test_every_register_change_leaves_an_audit_trail(db):
    issue = new_issue(db)
    add_progress(db, issue, entry_date=TODAY, author="Асель", text="Решено", status_code="resolved",
                         today=TODAY)
    with db.session() as s:
        actions = set(s.execute(select(AuditEvent.entity, AuditEvent.action)
                                .where(AuditEvent.entity.in_(("problem_issue", "issue_progress")))).all())
    assert {("problem_issue", "insert"), ("problem_issue", "update"), ("issue_progress", "insert")} <= actions
