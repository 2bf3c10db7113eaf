"""Importing a calendar from the spreadsheet an apparatus already keeps.

Columns (header row, any order): date (YYYY-MM-DD or DD.MM.YYYY), organizer (KATO code of the
organizing akim's unit), target (KATO code, or the id of a meeting area, of the unit visited);
optional time (HH:MM), minutes, venue, topic. Every row is checked first; one bad row refuses the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..models import Level, Territory
from ..tabular import UnreadableFile, header_and_rows, parse_day
from ..territory.directory import subtree
from .calendars import add_meeting, editable_version, ensure_calendar

REQUIRED = ("date", "organizer", "target")
OPTIONAL = ("time", "minutes", "venue", "topic")
NO_AKIM = {Level.AREA}  # akims of every level organize; a meeting area has no akim of its own

REASONS = {
    "bad_date": "the date must be YYYY-MM-DD or DD.MM.YYYY",
    "outside_year": "the date is outside the calendar's year",
    "bad_time": "the time must be HH:MM",
    "bad_minutes": "minutes must be a whole number from 1 to 600",
    "unknown_organizer": "no unit of the region has this organizer code",
    "no_akim": "this unit has no akim of its own to organize meetings",
    "unknown_target": "no unit of the region has this target code or id",
    "target_elsewhere": "the unit visited is not within the organizing akim's territory",
}


# the column (as the file's header names it) whose cell a reason is about
COLUMN_OF = {"bad_date": "date", "outside_year": "date", "bad_time": "time", "bad_minutes": "minutes",
             "unknown_organizer": "organizer", "no_akim": "organizer", "unknown_target": "target",
             "target_elsewhere": "target"}


@dataclass(frozen=True)
class CalendarRowError:
    row: int
    reason: str
    value: str

    @property
    def message(self) -> str:
        column = COLUMN_OF.get(self.reason)
        where = f'row {self.row}, column "{column}"' if column else f"row {self.row}"
        return f"{where}: {REASONS.get(self.reason, self.reason)} ({self.value})"


class CalendarImportRefused(Exception):
    def __init__(self, errors: list[CalendarRowError], file_problem: str | None = None):
        self.errors, self.file_problem = errors, file_problem
        super().__init__(file_problem or "; ".join(e.message for e in errors[:5]))


def parse_time(text: str) -> dt.time | None:
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::00)?", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return dt.time(int(match[1]), int(match[2]))


def import_calendar(session: Session, region: Territory, year: int, path: Path) -> int:
    """Add the file's meetings to the region's draft calendar for the year; returns how many were added."""
    try:
        header, body = header_and_rows(Path(path))
    except UnreadableFile as exc:
        raise CalendarImportRefused([], str(exc)) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CalendarImportRefused([], "missing column(s): " + ", ".join(missing)
                                    + " (needed: date, organizer, target; optional: time, minutes, venue, topic)")
    col = {c: header.index(c) for c in REQUIRED + OPTIONAL if c in header}
    units = subtree(session, region)
    by_ref = {u.kato: u for u in units if u.kato} | {str(u.id): u for u in units}
    parent = {u.id: u.parent_id for u in units}

    def within(unit: Territory, root: Territory) -> bool:
        node = unit.id
        while node is not None:
            if node == root.id:
                return True
            node = parent.get(node)
        return False

    errors: list[CalendarRowError] = []
    rows = []
    for number, raw in body:
        def get(name: str, raw=raw) -> str:
            i = col.get(name)
            return raw[i].strip() if i is not None and i < len(raw) else ""

        day = parse_day(get("date"))
        if day is None:
            errors.append(CalendarRowError(number, "bad_date", get("date")))
        elif day.year != year:
            errors.append(CalendarRowError(number, "outside_year", get("date")))
        start = None
        if get("time"):
            start = parse_time(get("time"))
            if start is None:
                errors.append(CalendarRowError(number, "bad_time", get("time")))
        minutes = 120
        if get("minutes"):
            if not (get("minutes").isascii() and get("minutes").isdigit()) or not 1 <= int(get("minutes")) <= 600:
                errors.append(CalendarRowError(number, "bad_minutes", get("minutes")))
            else:
                minutes = int(get("minutes"))
        organizer = by_ref.get(get("organizer"))
        if organizer is None:
            errors.append(CalendarRowError(number, "unknown_organizer", get("organizer")))
        elif organizer.level in NO_AKIM:
            errors.append(CalendarRowError(number, "no_akim", get("organizer")))
        target = by_ref.get(get("target"))
        if target is None:
            errors.append(CalendarRowError(number, "unknown_target", get("target")))
        elif organizer is not None and not within(target, organizer):
            errors.append(CalendarRowError(number, "target_elsewhere", get("target")))
        rows.append((day, start, minutes, organizer, target, get("venue"), get("topic")))
    if errors:
        raise CalendarImportRefused(errors)
    if not rows:
        raise CalendarImportRefused([], "the file has a header but no meetings")
    version = editable_version(ensure_calendar(session, region, year))
    for day, start, minutes, organizer, target, venue, topic in rows:
        add_meeting(session, version, organizer, target, day, start, minutes, venue, topic)
    return len(rows)


__all__ = ["CalendarImportRefused", "CalendarRowError", "import_calendar"]
