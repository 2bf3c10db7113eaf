"""The registration number an issue keeps for life: «39-2026-000123», the region's KATO prefix, the year the
issue was raised and a sequence per region and year.

It is given once, when the issue is first written (the form, quick entry, the Excel import, the demo, a
test's own row), by a hook before every flush, and never changed. A data package carries it, so the
receiving level keeps the sender's number. Numbers sort as text in the order they were given.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ..models import ProblemIssue, Territory

SEQUENCE_DIGITS = 6
NUMBER_RE = re.compile(r"^\s*(\d{2})-(\d{4})-(\d{1,9})\s*$")


def format_number(region: str, year: int, sequence: int) -> str:
    return f"{region}-{year}-{sequence:0{SEQUENCE_DIGITS}d}"


def normalized(text: str) -> str | None:
    """The number as stored when `text` reads as one («39-2026-123» → «39-2026-000123»), else None."""
    found = NUMBER_RE.match(text or "")
    if not found:
        return None
    return format_number(found.group(1), int(found.group(2)), int(found.group(3)))


def prefix(region: str, year: int) -> str:
    return f"{region}-{year}-"


def region_of(session: Session, issue: ProblemIssue) -> str:
    """The first two KATO digits of the issue's region: of its unit, or of the nearest unit above with a code."""
    unit: Territory | None = issue.territory
    if unit is None and issue.territory_id is not None:
        unit = session.get(Territory, issue.territory_id)
    seen = 0
    while unit is not None and seen < 20:
        if unit.kato:
            return unit.kato[:2]
        unit = unit.parent
        seen += 1
    return "00"


def last_sequence(session: Session, region: str, year: int) -> int:
    """The highest sequence given in the region and year (0 when none): one indexed look-up."""
    start = prefix(region, year)
    column = ProblemIssue.registration_number
    with session.no_autoflush:
        last = session.scalar(select(column).where(column.like(start + "%"))
                              .order_by(func.length(column).desc(), column.desc()).limit(1))
    return int(last[len(start):]) if last else 0


def assign_numbers(session: Session, issues: list[ProblemIssue]) -> None:
    """Give each issue without a number the next one of its region and year, in the order raised."""
    waiting = [i for i in issues if not i.registration_number]
    waiting.sort(key=lambda i: (i.raised_on or dt.date.min, str(i.id or "")))
    next_of: dict[tuple[str, int], int] = {}
    for issue in waiting:
        year = (issue.raised_on or dt.date.today()).year
        key = (region_of(session, issue), year)
        if key not in next_of:
            next_of[key] = last_sequence(session, *key)
        next_of[key] += 1
        issue.registration_number = format_number(key[0], year, next_of[key])


@event.listens_for(Session, "before_flush")
def _number_new_issues(session: Session, flush_context: Any, instances: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, ProblemIssue) and not obj.registration_number]
    if new:
        assign_numbers(session, new)
