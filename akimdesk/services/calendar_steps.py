"""The calendar's workflow steps by region code and year: `calendar maslikhat|approve|submit|correct|status`.

Each step is one transaction on the region's latest version; a step out of order is refused with a
WorkflowError (a sentence) and nothing changes.
"""

from __future__ import annotations

import datetime as dt

from ..calendar import calendars as cal
from ..calendar.calendars import WorkflowError
from ..db import Database
from ..territory.directory import region_by_code
from .access import Role, require
from .audit_trail import refuse_if_changed

__all__ = ["WorkflowError", "approve", "correct", "record_maslikhat", "status", "submit"]

KINDS = {"agreement": "agreement", "notice": "notification"}


def _latest(s, region_code: str, year: int, seen: tuple[int, int] | None = None):
    """The calendar and its latest version; with `seen` (number, row_version, as `status` printed them) a
    version changed or a correction opened since is refused with who did it and when."""
    if not 2000 <= year <= 2100:
        raise WorkflowError(f"year {year} is out of range", "bad_year")
    calendar = cal.find_calendar(s, region_by_code(s, region_code), year)
    if calendar is None or not calendar.versions:
        raise WorkflowError(f"there is no calendar for {year}: plan or import it first", "no_calendar")
    latest = cal.latest_version(calendar)
    if seen is not None:
        number, row_version = seen
        refuse_if_changed(s, latest, row_version if latest.number == number else -1,
                          lambda message: WorkflowError(message, "changed_since"))
    return calendar, latest


def record_maslikhat(db: Database, region_code: str, year: int, kind: str, on: dt.date, reference: str,
                     seen: tuple[int, int] | None = None) -> int:
    """The maslikhat's agreement or notice for the latest version; the kind must be the edition's."""
    with db.session() as s:
        calendar, version = _latest(s, region_code, year, seen)
        require(s, db, Role.PLANNER, calendar.region_id)
        edition = cal.edition_of(calendar, year)
        wanted = edition.maslikhat_approval if version.number == 1 else edition.maslikhat_correction
        if KINDS.get(kind) != wanted:
            asked = "agreement" if wanted == "agreement" else "notice"
            raise WorkflowError(f"the {edition.code} edition asks for the maslikhat's {asked} for version "
                                f"{version.number}, not its {kind}", "maslikhat_kind")
        cal.record_maslikhat(version, reference, on)
        return version.number


def approve(db: Database, region_code: str, year: int, on: dt.date, by: str,
            seen: tuple[int, int] | None = None) -> int:
    with db.session() as s:
        _, version = _latest(s, region_code, year, seen)
        require(s, db, Role.PLANNER, version.calendar.region_id)
        cal.approve(version, on, by)
        return version.number


def submit(db: Database, region_code: str, year: int, on: dt.date, reference: str,
           seen: tuple[int, int] | None = None) -> int:
    with db.session() as s:
        _, version = _latest(s, region_code, year, seen)
        require(s, db, Role.PLANNER, version.calendar.region_id)
        cal.record_submission(version, on, reference)
        return version.number


def correct(db: Database, region_code: str, year: int, reason: str, seen: tuple[int, int] | None = None) -> int:
    """Open a correction: a new draft version copying the approved one, with its reason."""
    with db.session() as s:
        calendar, _ = _latest(s, region_code, year, seen)
        require(s, db, Role.PLANNER, calendar.region_id)
        return cal.open_correction(s, calendar, reason).number


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def status(db: Database, region_code: str, year: int) -> dict:
    """Versions, their state and dates, and the edition: what `calendar status --json` prints."""
    with db.session() as s:
        calendar, _ = _latest(s, region_code, year)
        edition = cal.edition_of(calendar, year)
        in_force = cal.in_force(calendar)
        latest = cal.latest_version(calendar)
        return {
            "region": calendar.region.kato, "year": year, "edition": edition.code,
            "edition_pinned": calendar.rule_edition_id is not None,
            "approval_deadline": _day(edition.approval_date(year)),
            "submission_deadline": _day(edition.submission_date(year)),
            "in_force": in_force.number if in_force else None,
            "if_version": f"{latest.number}:{latest.row_version}",  # what a step's --if-version takes
            "versions": [{
                "number": v.number, "state": cal.version_state(v), "reason": v.reason,
                "maslikhat_mode": v.maslikhat_mode, "maslikhat_reference": v.maslikhat_reference,
                "maslikhat_date": _day(v.maslikhat_date), "approved_on": _day(v.approved_on),
                "approved_by": v.approved_by, "submitted_on": _day(v.submitted_on),
                "submission_reference": v.submission_reference, "meetings": len(v.planned_meetings),
                "row_version": v.row_version,
            } for v in calendar.versions],
        }
