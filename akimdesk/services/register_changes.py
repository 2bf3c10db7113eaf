"""Writing the register for the screens: each use case is one transaction (the audit trail is automatic).

Bulk changes return what they changed, so the window can undo them; an undo refuses (writing nothing)
when someone changed one of the issues in between.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from .. import audit
from ..db import Database
from ..issues import writes as reg
from ..issues.rules import COMPETENCE_LEVELS, DEADLINE_EXTENDED, IssueDraft, RegisterError, RegisterRefused
from ..models import IssueStatus, Meeting, ProblemIssue, ResponsibleBody, SavedIssueFilter, utcnow
from ..territory.tree import top_of
from .access import Role, require, require_record_sight
from .audit_trail import Conflict, conflict_of, refuse_if_changed
from .register import IssueFilter

__all__ = ["Conflict", "issue_conflict", "COMPETENCE_LEVELS", "DEADLINE_EXTENDED", "Before", "BulkChange", "DeadlineChangeRow",
           "HistoryRow", "IssueDetail", "IssueDraft",
           "MeetingInfo", "RegisterError", "RowsRefused", "SavedFilter", "add_progress", "bulk_set_body",
           "bulk_conflict", "bulk_set_status", "create_issue", "create_issues", "delete_filter", "delete_issues", "issue_detail", "issue_versions",
           "meeting_info", "progress_conflict", "recent_meetings", "save_filter", "saved_filters", "undo_bulk", "update_issue"]


@dataclass(frozen=True)
class HistoryRow:
    id: uuid.UUID
    entry_date: dt.date
    author: str
    text: str
    percent: int | None
    status_code: str | None
    status_ru: str | None
    status_kk: str | None
    status_en: str | None


@dataclass(frozen=True)
class DeadlineChangeRow:
    """One extension of the deadline; old or new is None only in history rebuilt from before it was kept."""

    changed_on: dt.date
    old_deadline: dt.date | None
    new_deadline: dt.date | None
    author: str
    reason: str


@dataclass(frozen=True)
class IssueDetail:
    id: uuid.UUID
    row_version: int
    draft: IssueDraft
    original_deadline: dt.date | None
    status_code: str
    status_ru: str
    status_kk: str
    status_en: str
    closed: bool
    closed_on: dt.date | None
    outcome_note: str | None
    history: list[HistoryRow]
    region_id: uuid.UUID | None
    registration_number: str | None = None
    deadline_changes: tuple[DeadlineChangeRow, ...] = ()


def _draft_of(issue: ProblemIssue) -> IssueDraft:
    return IssueDraft(**{f: getattr(issue, f) for f in reg.FIELDS}, deadline=issue.deadline)


def _region_of(issue: ProblemIssue) -> uuid.UUID | None:
    unit = top_of(issue.territory)
    return unit.id if unit else None


def issue_detail(db: Database, issue_id: uuid.UUID) -> IssueDetail:
    """The issue as the form shows it, with its history oldest first."""
    with db.session() as s:
        require_record_sight(s, db, s.get(ProblemIssue, issue_id))
        issue = _get(s, issue_id)
        history = []
        for e in sorted(issue.progress, key=lambda e: (e.entry_date, reg._written_order(e.created_at))):
            st = s.get(IssueStatus, e.status_id) if e.status_id else None
            history.append(HistoryRow(e.id, e.entry_date, e.author, e.text, e.percent, st and st.code,
                                      st and st.name_ru, st and st.name_kk, st and st.name_en))
        st = issue.status
        return IssueDetail(issue.id, issue.row_version, _draft_of(issue), issue.original_deadline, st.code,
                           st.name_ru, st.name_kk, st.name_en, st.is_closed, issue.closed_on, issue.outcome_note,
                           history, _region_of(issue), issue.registration_number,
                           tuple(DeadlineChangeRow(c.changed_on, c.old_deadline, c.new_deadline, c.author, c.reason)
                                 for c in issue.deadline_changes))


def _get(s, issue_id: uuid.UUID) -> ProblemIssue:
    issue = s.get(ProblemIssue, issue_id)
    if issue is None:
        raise RegisterError("issue_gone", "The issue is no longer in the database (deleted meanwhile?)")
    return issue


def _check_version(s, issue: ProblemIssue, expected: int) -> None:
    """Every save names the version the person saw; one changed meanwhile is refused with who and when."""
    if expected is None:
        raise TypeError("a save of an issue needs the version the person saw (expected_version)")
    if stale := audit.stale_message(s, issue, expected):
        raise RegisterError("changed_since", stale)


class RowsRefused(RegisterError):
    """Quick entry: the rows that cannot be saved, by position from 0 (nothing was saved)."""

    def __init__(self, rows: dict[int, list[RegisterError]]):
        first = next(iter(rows.values()))[0]
        super().__init__(first.code, "; ".join(f"row {i + 1}: {e}" for i, errs in rows.items() for e in errs),
                         first.field)
        self.rows = rows


def create_issues(db: Database, drafts: list[IssueDraft], today: dt.date | None = None) -> list[uuid.UUID]:
    """Save several issues at once (quick entry): all of them, or none with every row's problems."""
    today = today or dt.date.today()
    problems: dict[int, list[RegisterError]] = {}
    ids = []
    with db.session() as s:
        for i, draft in enumerate(drafts):
            require(s, db, Role.REGISTER, draft.territory_id)
            try:
                ids.append(reg.create_issue(s, draft, today).id)
            except RegisterRefused as refused:
                problems[i] = refused.problems
            except RegisterError as err:
                problems[i] = [err]
        if problems:
            raise RowsRefused(problems)  # rolls the whole transaction back
    return ids


def create_issue(db: Database, draft: IssueDraft, today: dt.date | None = None) -> uuid.UUID:
    with db.session() as s:
        require(s, db, Role.REGISTER, draft.territory_id)
        return reg.create_issue(s, draft, today or dt.date.today()).id


def update_issue(db: Database, issue_id: uuid.UUID, draft: IssueDraft, expected_version: int,
                 today: dt.date | None = None) -> None:
    with db.session() as s:
        issue = _get(s, issue_id)
        require(s, db, Role.REGISTER, issue.territory_id)
        _check_version(s, issue, expected_version)
        reg.update_issue(s, issue, draft, today or dt.date.today())


def issue_conflict(db: Database, issue_id: uuid.UUID, mine: IssueDraft, lang: str = "ru") -> Conflict:
    """What a refused save met: who saved the issue and when, and their values against the form's."""
    with db.session() as s:
        issue = _get(s, issue_id)
        return conflict_of(s, issue, _draft_of(issue), mine.cleaned(), lang)


@dataclass(frozen=True)
class _Route:
    """Where an issue stands: what a progress entry or a bulk change sets."""

    status_id: uuid.UUID | None
    responsible_body_id: uuid.UUID | None


def _route_conflict(s, issue: ProblemIssue, status_code: str | None, body_id: uuid.UUID | None,
                    shown: IssueDraft | None, lang: str) -> Conflict:
    """Who saved the issue and when; the issue's fields now against what the person saw, and its status and
    body now against what the person's change sets."""
    mine = _Route(reg.status_by_code(s, status_code).id if status_code else issue.status_id,
                  body_id or issue.responsible_body_id)
    route = conflict_of(s, issue, _Route(issue.status_id, issue.responsible_body_id), mine, lang)
    if shown is None:
        return route
    seen = conflict_of(s, issue, _draft_of(issue), shown.cleaned(), lang)
    return replace(route, fields=route.fields + seen.fields)


def progress_conflict(db: Database, issue_id: uuid.UUID, shown: IssueDraft, status_code: str | None,
                      lang: str = "ru") -> Conflict:
    """What a refused progress entry met: who saved the issue and when, the issue's values now against the ones
    the form showed, and its status now against the entry's."""
    with db.session() as s:
        return _route_conflict(s, _get(s, issue_id), status_code, None, shown, lang)


def bulk_conflict(db: Database, seen: dict[uuid.UUID, int], status_code: str | None = None,
                  body_id: uuid.UUID | None = None, lang: str = "ru") -> tuple[Conflict, dict[uuid.UUID, int]]:
    """What a refused bulk change met: the first chosen issue someone saved meanwhile (who, when, its status
    and body now against the change's), and the chosen issues' versions now (what "keep mine" goes over)."""
    with db.session() as s:
        now = dict(s.execute(select(ProblemIssue.id, ProblemIssue.row_version)
                             .where(ProblemIssue.id.in_(list(seen)))).all())
        changed = next(i for i, v in seen.items() if now.get(i, v) != v)
        return _route_conflict(s, _get(s, changed), status_code, body_id, None, lang), now


def issue_versions(db: Database, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The issues' versions now (right after this window saved them: what its undo goes over); one query."""
    with db.session() as s:
        return dict(s.execute(select(ProblemIssue.id, ProblemIssue.row_version).where(ProblemIssue.id.in_(ids))).all())


def delete_issues(db: Database, seen: dict[uuid.UUID, int]) -> None:
    """Remove issues with their history (undo of a quick entry), each at the version its saver left: one
    someone changed meanwhile (a progress entry, an edit) refuses the whole undo, so their work stays."""
    with db.session() as s:
        for issue_id, version in seen.items():
            issue = s.get(ProblemIssue, issue_id)
            if issue is not None:
                require(s, db, Role.REGISTER, issue.territory_id)
                _check_version(s, issue, version)
                s.delete(issue)


def add_progress(db: Database, issue_id: uuid.UUID, *, entry_date: dt.date, author: str, text: str,
                 percent: int | None = None, status_code: str | None = None, new_deadline: dt.date | None = None,
                 expected_version: int, today: dt.date | None = None) -> uuid.UUID:
    """Add a dated entry to the history over the version the person saw; a status in it changes the
    issue's state."""
    with db.session() as s:
        issue = _get(s, issue_id)
        require(s, db, Role.REGISTER, issue.territory_id)
        _check_version(s, issue, expected_version)
        status = reg.status_by_code(s, status_code) if status_code else None
        entry = reg.add_progress(s, issue, entry_date=entry_date, author=author, text=text,
                                 today=today or dt.date.today(), percent=percent, status=status,
                                 new_deadline=new_deadline)
        issue.updated_at = utcnow()  # an entry alone is a new version of the issue too: others' saves see it
        s.flush()
        return entry.id


# --- bulk changes with undo --------------------------------------------------------------------------
@dataclass(frozen=True)
class Before:
    issue_id: uuid.UUID
    status_id: uuid.UUID
    body_id: uuid.UUID | None
    deadline: dt.date | None
    original_deadline: dt.date | None
    entry_id: uuid.UUID  # the progress entry the change added
    version_after: int


@dataclass(frozen=True)
class BulkChange:
    """What a bulk change did: enough to undo it exactly."""

    kind: str  # status | body
    before: tuple[Before, ...]

    @property
    def count(self) -> int:
        return len(self.before)


def bulk_set_status(db: Database, seen: dict[uuid.UUID, int], status_code: str, note: str, author: str,
                    on: dt.date | None = None, new_deadline: dt.date | None = None,
                    today: dt.date | None = None) -> BulkChange:
    """Give every chosen issue (by id, with the version the list showed) the same status with the same
    note, all in one transaction; one changed meanwhile refuses the whole change."""
    today = today or dt.date.today()
    on = on or today
    done = []
    with db.session() as s:
        status = reg.status_by_code(s, status_code)
        for issue_id, version in seen.items():
            issue = _get(s, issue_id)
            require(s, db, Role.REGISTER, issue.territory_id)
            _check_version(s, issue, version)
            start = (issue.status_id, issue.responsible_body_id, issue.deadline, issue.original_deadline)
            if status.is_closed:
                entry = reg.close_issue(s, issue, outcome=status, note=note, on=on, author=author, today=today)
            else:
                entry = reg.add_progress(s, issue, entry_date=on, author=author, text=note, today=today,
                                         status=status, new_deadline=new_deadline)
            s.flush()
            done.append(Before(issue.id, *start, entry.id, issue.row_version))
    return BulkChange("status", tuple(done))


def bulk_set_body(db: Database, seen: dict[uuid.UUID, int], body_id: uuid.UUID, note: str, author: str,
                  on: dt.date | None = None, today: dt.date | None = None) -> BulkChange:
    """Route every chosen issue (by id, with the version the list showed) to another responsible body; the
    note goes into each history; one changed meanwhile refuses the whole change."""
    today = today or dt.date.today()
    on = on or today
    done = []
    with db.session() as s:
        if s.get(ResponsibleBody, body_id) is None:
            raise RegisterError("unknown_body", "The responsible body is not in this database", "body")
        for issue_id, version in seen.items():
            issue = _get(s, issue_id)
            require(s, db, Role.REGISTER, issue.territory_id)
            _check_version(s, issue, version)
            start = (issue.status_id, issue.responsible_body_id, issue.deadline, issue.original_deadline)
            entry = reg.add_progress(s, issue, entry_date=on, author=author, text=note, today=today)
            issue.responsible_body_id = body_id
            s.flush()
            done.append(Before(issue.id, *start, entry.id, issue.row_version))
    return BulkChange("body", tuple(done))


def undo_bulk(db: Database, change: BulkChange) -> dict[uuid.UUID, int]:
    """Put every issue back as it was before the bulk change and remove the entries it added; returns each
    issue's version after the undo (what a redo goes over)."""
    with db.session() as s:
        for b in change.before:
            issue = _get(s, b.issue_id)
            require(s, db, Role.REGISTER, issue.territory_id)
            if issue.row_version != b.version_after:
                raise RegisterError("changed_since",
                                    "An issue was changed after the bulk change; it cannot be undone")
            reg.remove_progress(s, issue, b.entry_id)
            issue.responsible_body_id = b.body_id
            issue.deadline, issue.original_deadline = b.deadline, b.original_deadline
            if issue.status_id != b.status_id:  # refresh_state derived it from the remaining history
                issue.status_id = b.status_id
        s.flush()
        return {b.issue_id: _get(s, b.issue_id).row_version for b in change.before}


# --- saved filters -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SavedFilter:
    id: uuid.UUID
    name: str
    shared: bool
    filter: IssueFilter
    row_version: int = 0  # what the list showed; replacing or deleting the filter checks it


def saved_filters(db: Database, owner: str) -> list[SavedFilter]:
    """The user's own filters and the shared ones, by name."""
    with db.session() as s:
        rows = s.scalars(select(SavedIssueFilter).where(
            (SavedIssueFilter.owner == owner) | SavedIssueFilter.owner.is_(None)).order_by(SavedIssueFilter.name))
        return [SavedFilter(r.id, r.name, r.owner is None, IssueFilter.from_json(r.criteria), r.row_version)
                for r in rows]


def _filter_refusal(message: str) -> RegisterError:
    return RegisterError("changed_since", message)


def save_filter(db: Database, name: str, flt: IssueFilter, owner: str | None, expected_version: int | None) -> int:
    """Save under a name; saving again under the same name replaces the criteria, over the version of that
    filter the person saw (None: no filter of that name when they looked; one saved meanwhile by someone
    else is refused with who and when). Returns the filter's new version."""
    name = (name or "").strip()
    if not name:
        raise RegisterError("filter_name_required", "Give the filter a name", "name")
    criteria: dict[str, Any] = flt.to_json()
    with db.session() as s:
        row = s.scalar(select(SavedIssueFilter).where(SavedIssueFilter.name == name,
                                                      SavedIssueFilter.owner.is_(owner) if owner is None
                                                      else SavedIssueFilter.owner == owner))
        if row is None:
            if expected_version is not None:
                raise RegisterError("filter_gone", "The filter was deleted meanwhile; save it again")
            row = SavedIssueFilter(id=uuid.uuid4(), name=name, owner=owner, criteria=criteria)
            s.add(row)
        else:
            refuse_if_changed(s, row, 0 if expected_version is None else expected_version, _filter_refusal)
            row.criteria = criteria
        s.flush()
        return row.row_version


def delete_filter(db: Database, filter_id: uuid.UUID, expected_version: int) -> None:
    """Delete a saved filter, if it is still what the person saw."""
    with db.session() as s:
        row = s.get(SavedIssueFilter, filter_id)
        if row is not None:
            refuse_if_changed(s, row, expected_version, _filter_refusal)
            s.delete(row)


# --- meetings ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingInfo:
    id: uuid.UUID
    date: dt.date
    territory_id: uuid.UUID
    unit_ru: str
    unit_kk: str
    akim_ru: str
    akim_kk: str
    region_id: uuid.UUID | None


def meeting_info(db: Database, meeting_id: uuid.UUID) -> MeetingInfo:
    """What the quick-entry dialog says about the meeting the issues were raised at."""
    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise RegisterError("unknown_meeting", "The meeting is not in this database", "meeting")
        unit = top_of(m.territory)
        return MeetingInfo(m.id, m.meeting_date, m.territory_id, m.territory.name_ru, m.territory.name_kk,
                           m.akim_post.title_ru, m.akim_post.title_kk, unit.id)


def recent_meetings(db: Database, region_id: uuid.UUID | None, limit: int = 300) -> list[MeetingInfo]:
    """Meetings held in the region, newest first: where issues are typed in from."""
    from .register import subtree_ids

    with db.session() as s:
        q = select(Meeting).where(Meeting.status.in_(("held", "results_published")))
        if region_id is not None:
            q = q.where(Meeting.territory_id.in_(subtree_ids(region_id)))
        out = []
        for m in s.scalars(q.order_by(Meeting.meeting_date.desc()).limit(limit)):
            out.append(MeetingInfo(m.id, m.meeting_date, m.territory_id, m.territory.name_ru, m.territory.name_kk,
                                   m.akim_post.title_ru, m.akim_post.title_kk, region_id))
        return out
