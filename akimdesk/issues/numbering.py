"""The registration number an issue keeps for life: «39-2026-54-000123», the region's KATO prefix, the year
the issue was raised, a series and a sequence per region, year and series.

The series is the district (or city) whose akimat registers the issue: the two KATO digits of the district
of the akim who held the meeting, or of the issue's own unit when it came in otherwise; «00» for the
region's own akim. District and oblast databases each number their own series, so the numbers an oblast
receives from its districts do not collide with its own, and a data package carries the number unchanged.

It is given once, when the issue is first written (the form, quick entry, the Excel import, the demo, a
data package from a version without numbers), by a hook before every flush, and never changed. Numbers
sort as text in the order they were given within a series.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ..models import Meeting, ProblemIssue, Territory

SEQUENCE_DIGITS = 6
NUMBER_RE = re.compile(r"^\s*(\d{2})-(\d{4})-(\d{2})-(\d{1,9})\s*$")


def format_number(region: str, year: int, series: str, sequence: int) -> str:
    return f"{region}-{year}-{series}-{sequence:0{SEQUENCE_DIGITS}d}"


def normalized(text: str) -> str | None:
    """The number as stored when `text` reads as one («39-2026-54-123» → «39-2026-54-000123»), else None."""
    found = NUMBER_RE.match(text or "")
    if not found:
        return None
    return format_number(found.group(1), int(found.group(2)), found.group(3), int(found.group(4)))


def _coded(unit: Territory | None) -> str | None:
    """The KATO code of the unit or of the nearest unit above it that has one."""
    for _ in range(20):
        if unit is None:
            return None
        if unit.kato:
            return unit.kato
        unit = unit.parent
    return None


def series_of(session: Session, issue: ProblemIssue) -> tuple[str, str]:
    """(region, series): the first two KATO digits of the issue's region and the next two of the district
    whose akimat registers it (the meeting's akim, else the issue's unit)."""
    unit: Territory | None = issue.territory
    if unit is None and issue.territory_id is not None:
        unit = session.get(Territory, issue.territory_id)
    meeting = issue.meeting
    if meeting is None and issue.meeting_id is not None:
        meeting = session.get(Meeting, issue.meeting_id)
    where = _coded(unit)
    akim = _coded(meeting.akim_post.territory) if meeting is not None and meeting.akim_post else None
    code = akim if akim and where and akim[:2] == where[:2] else where
    return (code[:2], code[2:4]) if code else ("00", "00")


def last_sequence(session: Session, start: str) -> int:
    """The highest sequence given under the prefix `start` (0 when none): one indexed look-up."""
    column = ProblemIssue.registration_number
    with session.no_autoflush:
        last = session.scalar(select(column).where(column.like(start + "%"))
                              .order_by(func.length(column).desc(), column.desc()).limit(1))
    return int(last[len(start):]) if last else 0


RESERVED = "akimdesk.reserved_numbers"  # session.info: numbers about to be written outside the ORM


def reserve_numbers(session: Session, numbers) -> None:
    """Numbers this session is about to write itself (a data package's, inserted in bulk after the ORM's
    flush): an issue numbered meanwhile skips them instead of taking one and failing the unique index."""
    session.info.setdefault(RESERVED, set()).update(numbers)


def assign_numbers(session: Session, issues: list[ProblemIssue]) -> None:
    """Give each issue without a number the next one of its region, year and series, in the order raised,
    passing over the numbers reserved for records the session writes itself."""
    reserved = session.info.get(RESERVED, set())
    waiting = [i for i in issues if not i.registration_number]
    waiting.sort(key=lambda i: (i.raised_on or dt.date.min, str(i.id or "")))
    next_of: dict[str, int] = {}
    for issue in waiting:
        region, series = series_of(session, issue)
        year = (issue.raised_on or dt.date.today()).year
        start = f"{region}-{year}-{series}-"
        if start not in next_of:
            next_of[start] = last_sequence(session, start)
        next_of[start] += 1
        while format_number(region, year, series, next_of[start]) in reserved:
            next_of[start] += 1
        issue.registration_number = format_number(region, year, series, next_of[start])


@event.listens_for(Session, "before_flush")
def _number_new_issues(session: Session, flush_context: Any, instances: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, ProblemIssue) and not obj.registration_number]
    if new:
        with session.no_autoflush:
            assign_numbers(session, new)
