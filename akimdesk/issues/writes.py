"""Writing the register inside one session: create and edit issues, add progress, close, extend.

Every change of status goes through a progress entry, and the issue's status, closing date and final
note are then derived from the whole history, so the record and its timeline never disagree.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    Meeting,
    ProblemIssue,
    ResponsibleBody,
    Territory,
    utcnow,
)
from .rules import (
    DEADLINE_EXTENDED,
    NEW,
    HistoryEntry,
    IssueDraft,
    RegisterError,
    RegisterRefused,
    check_draft,
    check_entry,
    check_extension,
    derive_state,
)


def status_by_code(session: Session, code: str) -> IssueStatus:
    status = session.scalar(select(IssueStatus).where(IssueStatus.code == code))
    if status is None:
        raise RegisterError("unknown_status", f"Unknown status: {code}", "status")
    return status


def _check_references(session: Session, d: IssueDraft) -> None:
    problems = []
    if d.territory_id is not None and session.get(Territory, d.territory_id) is None:
        problems.append(RegisterError("unknown_territory", "The chosen territory is not in this database", "territory"))
    if d.meeting_id is not None and session.get(Meeting, d.meeting_id) is None:
        problems.append(RegisterError("unknown_meeting", "The meeting is not in this database", "meeting"))
    if d.responsible_body_id is not None and session.get(ResponsibleBody, d.responsible_body_id) is None:
        problems.append(RegisterError("unknown_body", "The responsible body is not in this database", "body"))
    if problems:
        raise RegisterRefused(problems)


FIELDS = ("text", "territory_id", "raised_on", "meeting_id", "source", "citizen_name", "citizen_contact",
          "category_id", "competence_level", "responsible_body_id", "solution_way", "central_proposal",
          "eotinish_number")


def create_issue(session: Session, draft: IssueDraft, today: dt.date) -> ProblemIssue:
    """A new issue with status 'new'; its first deadline is also its original deadline."""
    d = check_draft(draft, today)
    _check_references(session, d)
    issue = ProblemIssue(id=uuid.uuid4(), status=status_by_code(session, NEW), deadline=d.deadline,
                         original_deadline=d.deadline, **{f: getattr(d, f) for f in FIELDS})
    session.add(issue)
    session.flush()
    return issue


def update_issue(session: Session, issue: ProblemIssue, draft: IssueDraft, today: dt.date) -> ProblemIssue:
    """Correct the record. Once work has started the deadline moves only by an extension with a note,
    so the original deadline is never lost."""
    d = check_draft(draft, today)
    _check_references(session, d)
    if d.deadline != issue.deadline:
        if issue.progress:
            raise RegisterError("deadline_needs_extension",
                                "The deadline of an issue in work changes only by an extension with a note",
                                "deadline")
        issue.deadline = issue.original_deadline = d.deadline
    for f in FIELDS:
        if getattr(issue, f) != getattr(d, f):
            setattr(issue, f, getattr(d, f))
    session.flush()
    return issue


def _written_order(created: dt.datetime | None) -> int:
    """Microseconds since 2000 in UTC; SQLite hands the stored time back without its zone."""
    created = created or utcnow()
    if created.tzinfo is not None:
        created = created.astimezone(dt.UTC).replace(tzinfo=None)
    return (created - dt.datetime(2000, 1, 1)) // dt.timedelta(microseconds=1)


def history(issue: ProblemIssue, closing_ids: set[uuid.UUID]) -> list[HistoryEntry]:
    return [HistoryEntry(e.entry_date, _written_order(e.created_at), e.status_id, e.status_id in closing_ids,
                         e.text, e.percent) for e in issue.progress]


def refresh_state(session: Session, issue: ProblemIssue) -> None:
    """Set the issue's status, closing date and final note from its history."""
    closing = set(session.scalars(select(IssueStatus.id).where(IssueStatus.is_closed.is_(True))))
    state = derive_state(history(issue, closing))
    status_id = state.status_id or status_by_code(session, NEW).id
    if issue.status_id != status_id:
        issue.status = session.get(IssueStatus, status_id)
    if issue.closed_on != state.closed_on:
        issue.closed_on = state.closed_on
    if issue.outcome_note != state.outcome_note:
        issue.outcome_note = state.outcome_note


def add_progress(
    session: Session,
    issue: ProblemIssue,
    *,
    entry_date: dt.date,
    author: str,
    text: str,
    today: dt.date,
    percent: int | None = None,
    status: IssueStatus | None = None,
    new_deadline: dt.date | None = None,
) -> IssueProgress:
    """A dated entry in the issue's history, optionally changing its status.

    A closing (outcome) status needs a final note; 'deadline extended' needs a later deadline, and the
    first deadline stays as the original.
    """
    closing = status is not None and status.is_closed
    text = check_entry(text, entry_date, issue.raised_on, today, percent, closing,
                       status.code if status is not None else None)
    extending = new_deadline is not None or (status is not None and status.code == DEADLINE_EXTENDED)
    old_deadline = issue.deadline
    if extending:
        check_extension(issue.deadline, new_deadline, entry_date)
        if issue.original_deadline is None:
            issue.original_deadline = issue.deadline
        issue.deadline = new_deadline
        if status is None or status.code != DEADLINE_EXTENDED:
            status = status_by_code(session, DEADLINE_EXTENDED)
    entry = IssueProgress(id=uuid.uuid4(), entry_date=entry_date, author=author, text=text, percent=percent,
                          status_id=status.id if status else None, created_at=utcnow())
    issue.progress.append(entry)
    if extending:  # the one place a deadline moves once work has started: the move is kept, dated and signed
        issue.deadline_changes.append(IssueDeadlineChange(
            id=uuid.uuid4(), changed_on=entry_date, old_deadline=old_deadline, new_deadline=new_deadline,
            author=author, reason=text, progress_id=entry.id))
    if status is not None:  # an entry without a status is a note: the state stays as it is
        refresh_state(session, issue)
    session.flush()
    return entry


def close_issue(session: Session, issue: ProblemIssue, *, outcome: IssueStatus, note: str, on: dt.date,
                author: str, today: dt.date) -> IssueProgress:
    """Close the issue with an outcome status (resolved, explained, …) and a final note."""
    if not outcome.is_closed:
        raise RegisterError("not_an_outcome", "Closing needs an outcome status (resolved, explained, …)", "status")
    return add_progress(session, issue, entry_date=on, author=author, text=note, today=today, status=outcome,
                        percent=100 if outcome.code == "resolved" else None)


def remove_progress(session: Session, issue: ProblemIssue, entry_id: uuid.UUID) -> None:
    """Take an entry out of the history (undo) and derive the state again when it had set a status."""
    entry = next((e for e in issue.progress if e.id == entry_id), None)
    if entry is not None:
        had_status = entry.status_id is not None
        for moved in [c for c in issue.deadline_changes if c.progress_id == entry_id]:
            issue.deadline_changes.remove(moved)
        session.flush()
        issue.progress.remove(entry)
        session.flush()
        if had_status:
            refresh_state(session, issue)
