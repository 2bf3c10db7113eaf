"""The columns every list of problem issues shares, so an issue can be followed from one document and one
quarter to the next: its stable number, KATO code, place, e-Otinish number, the meeting it was raised at,
original and current deadline with the extensions, overdue at the period's end, status and progress."""

from __future__ import annotations

import datetime as dt
import uuid

from ..issues.rules import is_overdue
from ..models import IssueStatus, ProblemIssue
from .common import RegionScope, fmt_date, name_of
from .definition import DATE, INT, TEXT, Column
from .texts import both, t


def track_columns(*middle: Column) -> tuple[list[Column], list[Column]]:
    """(columns before `middle`, columns after): number, place and meeting first; deadlines and state last."""
    head = [
        Column("no", *both("col.no"), kind=INT, width=5),
        Column("number", *both("col.reg_number"), kind=TEXT, width=13, fit="39-2026-00-000000"),
        Column("region", *both("region"), kind=TEXT, width=20, printed=False),
        Column("district", *both("col.district"), kind=TEXT, width=22, printed=False),
        Column("kato", *both("col.kato"), kind=TEXT, width=10, fit="000000000"),
        Column("where", *both("col.where"), kind=TEXT, width=18),
        Column("raised", *both("col.raised"), kind=DATE, width=11),
        Column("meeting", *both("col.meeting"), kind=TEXT, width=15),
        Column("eotinish", *both("col.eotinish"), kind=TEXT, width=11),
    ]
    tail = [
        Column("original_deadline", *both("col.original_deadline"), kind=DATE, width=11),
        Column("deadline", *both("col.current_deadline"), kind=DATE, width=11),
        Column("extensions", *both("col.extensions"), kind=INT, width=9),
        Column("last_extension", *both("col.last_extension"), kind=DATE, width=11),
        Column("overdue", *both("col.overdue_at_end"), kind=TEXT, width=10),
    ]
    return head + list(middle), tail


def head_values(n: int, issue: ProblemIssue, scope: RegionScope, lang: str) -> tuple:
    unit = issue.territory
    district = scope.district_of(unit.id)
    meeting = issue.meeting
    held = ""
    if meeting is not None:
        held = f"{fmt_date(meeting.meeting_date)}, {meeting.akim_post.title(lang)}"
    return (n, issue.registration_number or "", scope.name(lang),
            name_of(district, lang), scope.kato_of(unit), scope.place(unit, lang), issue.raised_on, held,
            issue.eotinish_number or "")


def tail_values(issue: ProblemIssue, day: dt.date, closed: bool, statuses: dict[uuid.UUID, IssueStatus],
                lang: str) -> tuple:
    """Deadlines, the extensions made by the end of `day` (how many, the last one's date) and the overdue mark
    as it stood then."""
    moves = [c.changed_on for c in issue.deadline_changes if c.changed_on <= day]
    original = issue.original_deadline or issue.deadline
    overdue = is_overdue(issue.deadline, closed, day)
    return (original, issue.deadline, len(moves), max(moves) if moves else None, t("yes" if overdue else "no", lang))
