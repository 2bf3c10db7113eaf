"""Decree editions and the akimat's working-day table, as the Calendar page and its dialogs use them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..calendar.calendars import WorkflowError
from ..db import Database
from ..decree import editions
from ..decree.editions import (
    LEVEL_ORDER,
    MASLIKHAT_MODES,
    PARAMETERS,
    PERIODS,
    Edition,
    EditionFileError,
    Norm,
    check_edition,
)
from ..decree.workdays import WorkingDays
from ..models import DayOverride
from .access import Role, require, require_now
from .audit_trail import refuse_if_changed

__all__ = ["LEVEL_ORDER", "MASLIKHAT_MODES", "PARAMETERS", "PERIODS", "DayRow", "Edition", "EditionFileError", "Norm",
           "WorkflowError",
           "check_edition", "day_overrides", "edition", "edition_choices", "edition_text", "maslikhat_mode", "remove_day_override",
           "save_edition", "save_edition_form", "set_day_override"]


def edition_choices() -> list[tuple[str, str, str]]:
    return [(e.code, e.title_ru, e.title_kk) for e in editions.all_editions()]


def edition_text(code: str) -> str:
    """The TOML text of a decree edition (an administrator's own file when there is one)."""
    return editions.edition_text(code)


def save_edition(db: Database, text: str) -> str:
    """Validate and store an administrator's edition (EditionFileError if malformed); returns its code."""
    require_now(db, Role.ADMINISTRATOR)
    return editions.save_edition(text).code


def edition(code: str) -> Edition:
    """An edition's rules as values, for the form that edits them."""
    return editions.parse_edition_text(editions.edition_text(code), code)


def save_edition_form(db: Database, edition_values: Edition) -> str:
    """Store an edition edited in the form: checked as a whole (EditionFileError with a `code` the window says in
    the user's language), written as TOML and read back exactly as a file is; returns its code. Nothing is
    written when it is refused."""
    check_edition(edition_values)
    return save_edition(db, editions.edition_toml(edition_values))


def maslikhat_mode(edition_code: str, version_number: int) -> str:
    """How the edition involves the maslikhat: for the first version, or for a correction."""
    edition = editions.edition_by_code(edition_code)
    return edition.maslikhat_approval if version_number == 1 else edition.maslikhat_correction


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    is_working: bool
    name_ru: str
    name_kk: str
    holiday_kk: str  # what the public-holiday list says of that day, if anything
    row_version: int = 0  # what the list showed; a change checks it


def day_overrides(db: Database) -> list[DayRow]:
    """The akimat's own extra days off and transferred working days, with the public holiday they touch."""
    with db.session() as s:
        rows = list(s.scalars(select(DayOverride).order_by(DayOverride.day)))
        public = WorkingDays({r.day.year for r in rows})
        return [DayRow(r.day, r.is_working, r.name_ru or "", r.name_kk or "", public.holiday_name(r.day) or "",
                       r.row_version) for r in rows]


def _day_at(s, day: dt.date, expected_version: int | None) -> DayOverride | None:
    """The day's row if it is at the version the person saw (None: they saw no row for that day); a row
    someone added, changed or removed meanwhile is refused with who and when."""
    row = s.scalar(select(DayOverride).where(DayOverride.day == day))
    if row is not None and expected_version is None:
        refuse_if_changed(s, row, 0, lambda message: WorkflowError(message, "changed_since"))
    if row is None and expected_version is not None:
        raise WorkflowError(f"{day:%d.%m.%Y} was removed from the list meanwhile; reload it", "day_gone")
    if row is not None:
        refuse_if_changed(s, row, expected_version, lambda message: WorkflowError(message, "changed_since"))
    return row


def set_day_override(db: Database, day: dt.date, is_working: bool, name_ru: str, name_kk: str,
                     expected_version: int | None) -> None:
    """Add or change one day: a transferred working day (e.g. a Saturday) or an extra day off; over the
    version of that day the person saw (None: a day not in the list when they looked)."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        row = _day_at(s, day, expected_version)
        if row is None:
            row = DayOverride(day=day, is_working=is_working)
            s.add(row)
        row.is_working, row.name_ru, row.name_kk = is_working, name_ru.strip() or None, name_kk.strip() or None


def remove_day_override(db: Database, day: dt.date, expected_version: int) -> None:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        row = _day_at(s, day, expected_version)
        if row is not None:
            s.delete(row)
