"""The decree's checks on a held meeting, with thresholds from the edition's parameters.

Report share of the planned time, announcement lead time, publication of results, a broadcast open to
comments, and a wide audience (maslikhat deputies, parties, NGOs, the opposition).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..models import Meeting, MeetingStatus, ParticipantCategory
from .editions import Edition, edition_for_year

OK, FAILED, PENDING, NOT_APPLICABLE = "ok", "failed", "pending", "not_applicable"

CHECKS = ("report_share", "announcement", "results", "broadcast", "deputies", "parties", "ngo", "opposition")
AUDIENCE = {
    "deputies": ParticipantCategory.DEPUTIES,
    "parties": ParticipantCategory.PARTIES,
    "ngo": ParticipantCategory.NGO,
    "opposition": ParticipantCategory.OPPOSITION,
}
DEFAULTS = {"announcement_lead_days": 7, "results_publication_days": 10, "presentation_share_max": 0.25}
HELD = (MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED)


@dataclass(frozen=True)
class Thresholds:
    announcement_lead_days: int
    results_publication_days: int
    presentation_share_max: float

    @classmethod
    def from_edition(cls, edition: Edition) -> Thresholds:
        p = {**DEFAULTS, **edition.parameters}
        return cls(int(p["announcement_lead_days"]), int(p["results_publication_days"]),
                   float(p["presentation_share_max"]))

    @classmethod
    def for_year(cls, year: int) -> Thresholds:
        return cls.from_edition(edition_for_year(year))


@dataclass(frozen=True)
class CheckResult:
    code: str
    state: str
    values: dict = field(default_factory=dict)  # the facts behind the verdict, for the document

    @property
    def failed(self) -> bool:
        return self.state == FAILED


def check_meeting(meeting: Meeting, limits: Thresholds, today: dt.date) -> list[CheckResult]:
    """Every decree check for a held meeting; an empty list for one not (yet) held."""
    if meeting.status not in HELD:
        return []
    out = []
    if meeting.report_minutes is not None and meeting.planned_minutes:
        share = meeting.report_minutes / meeting.planned_minutes
        out.append(CheckResult("report_share", FAILED if share > limits.presentation_share_max + 1e-9 else OK,
                               {"report": meeting.report_minutes, "planned": meeting.planned_minutes,
                                "share": share}))
    else:
        out.append(CheckResult("report_share", NOT_APPLICABLE))
    dates = [a.published_on for a in meeting.announcements]
    if dates:
        lead = (meeting.meeting_date - min(dates)).days
        out.append(CheckResult("announcement", FAILED if lead < limits.announcement_lead_days else OK, {"days": lead}))
    else:
        out.append(CheckResult("announcement", FAILED, {"days": None}))
    due = meeting.meeting_date + dt.timedelta(days=limits.results_publication_days)
    if meeting.results_published_on is not None:
        days = (meeting.results_published_on - meeting.meeting_date).days
        out.append(CheckResult("results", FAILED if days > limits.results_publication_days else OK, {"days": days}))
    else:
        out.append(CheckResult("results", FAILED if today > due else PENDING, {"days": None}))
    open_broadcasts = [b for b in meeting.broadcasts if b.comments_open]
    out.append(CheckResult("broadcast", OK if open_broadcasts else FAILED,
                           {"platforms": [b.platform for b in meeting.broadcasts]}))
    present = {p.category: p.count for p in meeting.participants if p.count}
    for code, category in AUDIENCE.items():
        out.append(CheckResult(code, OK if present.get(category) else FAILED, {"count": present.get(category, 0)}))
    return out
