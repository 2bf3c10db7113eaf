"""The Government's calendar step on a database that received the regions' calendars (data packages):
which regions' approved calendars arrived by 20 January, and their submission to the Presidential
Administration by 1 February. `calendar government` and `calendar administration` on the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ..calendar.calendars import WorkflowError
from ..db import Database
from ..decree.compliance import Violation
from ..decree.editions import edition_for_year
from ..decree.government import RegionCalendar, check_government
from ..models import AdministrationSubmission, AnnualCalendar
from ..territory.directory import regions
from .access import Role, require

__all__ = ["GovernmentView", "RegionRow", "WorkflowError", "government_view", "record_administration_submission"]

@dataclass(frozen=True)
class RegionRow:
    kato: str
    name_ru: str
    name_kk: str
    approved_on: dt.date | None  # first approval of the region's calendar, as its package says
    sent_on: dt.date | None  # first recorded sending to the Government (None: no approved calendar arrived)
    in_time: bool


@dataclass
class GovernmentView:
    year: int
    edition: str
    submission_deadline: dt.date
    administration_deadline: dt.date
    administration_on: dt.date | None
    administration_reference: str | None
    regions: list[RegionRow] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    def as_json(self, lang: str = "ru") -> dict:
        def day(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {"year": self.year, "edition": self.edition, "compliant": not self.violations,
                "submission_deadline": day(self.submission_deadline),
                "administration_deadline": day(self.administration_deadline),
                "administration": {"submitted_on": day(self.administration_on),
                                   "reference": self.administration_reference},
                "regions": [{"region": r.kato, "approved_on": day(r.approved_on), "sent_on": day(r.sent_on),
                             "in_time": r.in_time} for r in self.regions],
                "violations": [v.as_json(lang) for v in self.violations]}


def _regions(s, year: int) -> list[tuple[RegionCalendar, dt.date | None]]:
    calendars = {c.region_id: c for c in s.scalars(select(AnnualCalendar).where(AnnualCalendar.year == year))}
    out = []
    for region in regions(s):
        calendar = calendars.get(region.id)
        versions = calendar.versions if calendar else []
        approved = [v.approved_on for v in versions if v.approved_on]
        sent = [v.submitted_on for v in versions if v.submitted_on]
        out.append((RegionCalendar(region.kato, region.name_ru, region.name_kk,
                                   min(sent) if sent and approved else None), min(approved) if approved else None))
    return out


def government_view(db: Database, year: int) -> GovernmentView:
    """Every region's approved calendar for the year as it arrived, and the Government's own step."""
    if not 2000 <= year <= 2100:
        raise WorkflowError(f"year {year} is out of range", "bad_year")
    edition = edition_for_year(year)
    with db.session() as s:
        rows = _regions(s, year)
        own = s.scalar(select(AdministrationSubmission).where(AdministrationSubmission.year == year))
        view = GovernmentView(year, edition.code, edition.submission_date(year), edition.administration_date(year),
                              own.submitted_on if own else None, own.reference if own else None)
        for r, approved_on in rows:
            in_time = r.sent_on is not None and (r.sent_on <= view.submission_deadline
                                                 or view.submission_deadline < edition.effective_from)
            view.regions.append(RegionRow(r.kato, r.name_ru, r.name_kk, approved_on, r.sent_on, in_time))
        view.violations = check_government([r for r, _ in rows], view.administration_on, edition, year)
        return view


def record_administration_submission(db: Database, year: int, on: dt.date, reference: str) -> list[str]:
    """Record that the approved calendars that arrived went to the Presidential Administration; returns their
    regions. Refused when none arrived, when it is already recorded, or before the calendars' own dates."""
    if not reference.strip():
        raise WorkflowError("Give the outgoing number of the letter to the Presidential Administration",
                            "outgoing_number")
    with db.session() as s:
        require(s, db, Role.PLANNER)
        if s.scalar(select(AdministrationSubmission).where(AdministrationSubmission.year == year)):
            raise WorkflowError(f"The submission of the {year} calendars is already recorded", "already_recorded")
        arrived = [r for r, _ in _regions(s, year) if r.sent_on is not None]
        if not arrived:
            raise WorkflowError(f"No region's approved calendar for {year} has arrived: nothing to submit",
                                "nothing_arrived")
        latest = max(r.sent_on for r in arrived)
        if on < latest:
            raise WorkflowError(f"The calendars cannot be submitted before they arrived (the last on "
                                f"{latest.isoformat()})", "before_arrival")
        s.add(AdministrationSubmission(year=year, submitted_on=on, reference=reference.strip(),
                                       regions=",".join(r.kato for r in arrived)))
        return [r.kato for r in arrived]

