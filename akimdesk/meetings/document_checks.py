"""The decree's checks on held meetings as documents count them: one verdict per check and meeting,
with the facts behind it. The verdicts come from meetings/checks.py, the one place the rules live;
the audience check is broken down by category so a summary can say which groups were missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..decree.editions import PARAMETERS, Edition, edition_for_year
from ..models import Meeting, MeetingStatus, ParticipantCategory
from . import checks as rules
from .records import facts

OK, FAILED, PENDING, NOT_APPLICABLE = "ok", "failed", "pending", "not_applicable"

CHECKS = ("report_share", "announcement", "results", "broadcast", "deputies", "parties", "ngo", "opposition")
AUDIENCE = {
    "deputies": ParticipantCategory.DEPUTIES,
    "parties": ParticipantCategory.PARTIES,
    "ngo": ParticipantCategory.NGO,
    "opposition": ParticipantCategory.OPPOSITION,
}
HELD = (MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED)


@dataclass(frozen=True)
class Thresholds:
    announcement_lead_days: int
    results_publication_days: int
    presentation_share_max: float

    @classmethod
    def from_edition(cls, edition: Edition) -> Thresholds:
        return cls(*(edition.parameter(name) for name in PARAMETERS))

    @classmethod
    def for_year(cls, year: int) -> Thresholds:
        return cls.from_edition(edition_for_year(year))

    def parameter(self, name: str) -> float:
        """The same question an Edition answers, so the checks take either."""
        return getattr(self, name)


@dataclass(frozen=True)
class CheckResult:
    code: str
    state: str
    values: dict = field(default_factory=dict)  # the facts behind the verdict, for the document

    @property
    def failed(self) -> bool:
        return self.state == FAILED


def _state(result: rules.CheckResult) -> str:
    if result.code == "report_share" and result.status != "ok" and result.status != "fail":
        return NOT_APPLICABLE  # times not recorded: nothing to judge
    return {"ok": OK, "fail": FAILED, "warn": FAILED, "pending": PENDING}[result.status]


def check_meeting(meeting: Meeting, limits: Thresholds, today: dt.date) -> list[CheckResult]:
    """Every decree check for a held meeting; an empty list for one not (yet) held."""
    if meeting.status not in HELD:
        return []
    f = facts(meeting)
    verdicts = {r.code: _state(r) for r in rules.check_meeting(f, limits, today)}
    dates = [a.published_on for a in meeting.announcements]
    out = [
        CheckResult("report_share", verdicts["report_share"],
                    {"report": f.report_minutes, "planned": f.planned_minutes,
                     "share": f.report_minutes / f.planned_minutes} if verdicts["report_share"] != NOT_APPLICABLE else {}),
        CheckResult("announcement", verdicts["announcement"],
                    {"days": (f.meeting_date - min(dates)).days if dates else None}),
        CheckResult("results", verdicts["results"],
                    {"days": (f.results_published_on - f.meeting_date).days if f.results_published_on else None}),
        CheckResult("broadcast", verdicts["broadcast"], {"platforms": [b.platform for b in meeting.broadcasts]}),
    ]
    missing = rules.audience_missing(f)  # the same reading as the meeting form's audience verdict
    for code, category in AUDIENCE.items():
        out.append(CheckResult(code, FAILED if category in missing else OK, {"count": f.audience.get(category, 0)}))
    return out
