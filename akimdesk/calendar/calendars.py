"""Annual calendars: creating, planning, checking, the maslikhat/approval/submission workflow, corrections.

An approved (or submitted, or superseded) version is read-only: a guard on the session refuses any
change to its planned meetings, whichever code path tries. Changes after approval go into a correction:
a new version with its reason and its own maslikhat decision or notice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, field

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..decree.compliance import Report, check
from ..decree.editions import Edition, edition_by_code, edition_for_year
from ..decree.planner import DEFAULT_OPTIONS, PlannerOptions, PlanResult, propose
from ..models import (
    TOP_LEVELS,
    AkimPost,
    AnnualCalendar,
    CalendarStatus,
    CalendarVersion,
    Meeting,
    PlannedMeeting,
    RuleEdition,
    Territory,
)
from ..progress import NO_PROGRESS, Progress
from ..territory.names import akim_title_kk, akim_title_ru
from .snapshot import plan_items, region_tree, workflow_state, working_days


class WorkflowError(ValueError):
    """A step the calendar's workflow does not allow now; the message says what to do instead.

    `code` names the case so the window can say it in the user's language (see ui/calendar_errors.py).
    """

    def __init__(self, message: str, code: str = "other"):
        super().__init__(message)
        self.code = code


class VersionLocked(WorkflowError):
    def __init__(self, message: str):
        super().__init__(message, "locked")


EDITABLE = (CalendarStatus.DRAFT,)


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_approved_versions(session: Session, _context, _instances) -> None:
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if not isinstance(obj, PlannedMeeting):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        version = obj.version or (session.get(CalendarVersion, obj.version_id) if obj.version_id else None)
        if version is not None and version.status not in EDITABLE and not session.info.get("allow_locked"):
            raise VersionLocked(
                f"Version {version.number} of the calendar is {version.status}: open a correction to change it"
            )


def require_region(region: Territory) -> None:
    if region.level not in TOP_LEVELS:
        raise WorkflowError(
            f"{region.name_ru} is not a region: calendars are kept by oblasts, Astana, Almaty and Shymkent",
            "not_region")


def find_calendar(session: Session, region: Territory, year: int) -> AnnualCalendar | None:
    return session.scalar(select(AnnualCalendar).where(AnnualCalendar.region_id == region.id,
                                                       AnnualCalendar.year == year))


def edition_of(calendar: AnnualCalendar | None, year: int) -> Edition:
    """The calendar's pinned edition, or the one in force for the year."""
    if calendar is not None and calendar.rule_edition is not None:
        return edition_by_code(calendar.rule_edition.code)
    return edition_for_year(year)


def _edition_row(session: Session, edition: Edition) -> RuleEdition:
    row = session.scalar(select(RuleEdition).where(RuleEdition.code == edition.code))
    if row is None:
        row = RuleEdition(code=edition.code, title_ru=edition.title_ru, title_kk=edition.title_kk,
                          effective_from=edition.effective_from, source_file=edition.source_file)
        session.add(row)
    return row


def ensure_calendar(session: Session, region: Territory, year: int, edition_code: str | None = None) -> AnnualCalendar:
    """The region's calendar for the year, created with a first draft version when missing."""
    require_region(region)
    calendar = find_calendar(session, region, year)
    if calendar is None:
        calendar = AnnualCalendar(region=region, year=year)
        calendar.versions.append(CalendarVersion(number=1, status=CalendarStatus.DRAFT))
        session.add(calendar)
    if edition_code:
        calendar.rule_edition = _edition_row(session, edition_by_code(edition_code))
    session.flush()
    return calendar


def latest_version(calendar: AnnualCalendar | None) -> CalendarVersion | None:
    return calendar.versions[-1] if calendar and calendar.versions else None


def version_by_number(calendar: AnnualCalendar, number: int) -> CalendarVersion:
    for v in calendar.versions:
        if v.number == number:
            return v
    raise WorkflowError(f"The calendar has no version {number}", "no_version")


def version_state(version: CalendarVersion) -> str:
    """draft, maslikhat_recorded, approved, submitted or superseded."""
    if version.status == CalendarStatus.DRAFT and version.maslikhat_reference and version.maslikhat_date:
        return "maslikhat_recorded"
    return version.status


def in_force(calendar: AnnualCalendar | None) -> CalendarVersion | None:
    """The latest approved (or submitted) version: the calendar in force while a correction waits."""
    done = [v for v in (calendar.versions if calendar else []) if v.status in (CalendarStatus.APPROVED,
                                                                               CalendarStatus.SUBMITTED)]
    return done[-1] if done else None


def check_calendar(session: Session, region: Territory, year: int, version_number: int | None = None) -> Report:
    """The decree check of the region's calendar (its latest version unless another is named).

    While a correction draft waits for the maslikhat, the verdict is on the version in force; the
    draft's own findings are reported apart (`draft_version`, `draft_violations`).
    """
    calendar = find_calendar(session, region, year)
    latest = latest_version(calendar)
    version = version_by_number(calendar, version_number) if calendar and version_number else latest
    edition = edition_of(calendar, year)
    tree = region_tree(session, region)
    days = working_days(session, [year - 1, year, year + 1])
    pending = version is not None and version.status in EDITABLE and in_force(calendar) is not None
    judged = in_force(calendar) if pending and not version_number else version
    report = check(tree, plan_items(judged), workflow_state(calendar, judged), edition, year, days)
    report.version = judged.number if judged else None
    if pending and judged is not version:
        draft = check(tree, plan_items(version), workflow_state(calendar, version), edition, year, days)
        report.draft_version, report.draft_violations = version.number, draft.violations
    return report


def ensure_posts(session: Session, units: list[Territory]) -> dict[uuid.UUID, AkimPost]:
    """The akim post of each unit, created with its title in both languages when missing."""
    posts = {p.territory_id: p for p in session.scalars(select(AkimPost).where(
        AkimPost.territory_id.in_([u.id for u in units])))}
    for unit in units:
        if unit.id not in posts:
            post = AkimPost(territory=unit, title_ru=akim_title_ru(unit.name_ru), title_kk=akim_title_kk(unit.name_kk))
            session.add(post)
            posts[unit.id] = post
    session.flush()
    return posts


def editable_version(calendar: AnnualCalendar) -> CalendarVersion:
    version = latest_version(calendar)
    if version is None or version.status not in EDITABLE:
        raise VersionLocked(
            f"The calendar for {calendar.year} is approved: open a correction (a new version with its reason) "
            "to change it"
        )
    return version


def _lineage(version: CalendarVersion, organizer_id: str, target_id: str, day: dt.date) -> uuid.UUID:
    # a stable identity for a planned meeting, so planning the same input twice gives the same rows
    key = f"{version.calendar_id}:{organizer_id}:{target_id}:{day.isoformat()}"
    return uuid.UUID(bytes=hashlib.sha256(key.encode()).digest()[:16], version=4)


def plan_calendar(session: Session, region: Territory, year: int, edition_code: str | None = None,
                  options: PlannerOptions = DEFAULT_OPTIONS,
                  progress: Progress = NO_PROGRESS) -> tuple[CalendarVersion, PlanResult]:
    """Add what the decree still requires to the draft: the 'Propose calendar' button and `calendar plan`."""
    calendar = ensure_calendar(session, region, year, edition_code)
    version = editable_version(calendar)
    edition = edition_of(calendar, year)
    tree = region_tree(session, region)
    result = propose(tree, plan_items(version), edition, year, working_days(session, [year]), options, progress)
    organizers = {uuid.UUID(item.organizer_id) for item in result.new}
    units = {t.id: t for t in session.scalars(select(Territory).where(Territory.id.in_(organizers)))} if organizers else {}
    posts = ensure_posts(session, list(units.values()))
    for item in result.new:
        version.planned_meetings.append(PlannedMeeting(
            lineage_id=_lineage(version, item.organizer_id, item.target_id, item.day),
            akim_post=posts[uuid.UUID(item.organizer_id)], territory_id=uuid.UUID(item.target_id),
            planned_date=item.day, start_time=item.start, duration_minutes=item.minutes,
        ))
    session.flush()
    return version, result


# --- editing a draft ------------------------------------------------------------------------------

def add_meeting(session: Session, version: CalendarVersion, organizer: Territory, target: Territory, day: dt.date,
                start: dt.time | None = None, minutes: int = 120, venue: str | None = None,
                topic: str | None = None) -> PlannedMeeting:
    if version.status not in EDITABLE:
        raise VersionLocked(f"Version {version.number} is {version.status}: open a correction to change it")
    if minutes <= 0 or minutes > 600:
        raise WorkflowError("A meeting lasts from 1 to 600 minutes", "bad_duration")
    post = ensure_posts(session, [organizer])[organizer.id]
    pm = PlannedMeeting(akim_post=post, territory=target, planned_date=day, start_time=start,
                        duration_minutes=minutes, venue=venue or None, topic=topic or None)
    version.planned_meetings.append(pm)
    session.flush()
    return pm


def update_meeting(session: Session, pm: PlannedMeeting, **changes) -> None:
    """Move or edit a planned meeting (date, start_time, duration_minutes, venue, topic, territory)."""
    allowed = {"planned_date", "start_time", "duration_minutes", "venue", "topic", "territory_id", "note"}
    unknown = set(changes) - allowed
    if unknown:
        raise WorkflowError(f"Cannot change {', '.join(sorted(unknown))}")
    for key, value in changes.items():
        setattr(pm, key, value)
    session.flush()


def delete_meeting(session: Session, pm: PlannedMeeting) -> None:
    if session.scalar(select(Meeting.id).where(Meeting.planned_meeting_id == pm.id).limit(1)):
        raise WorkflowError("This meeting is already logged as held or announced: it stays in the calendar", "logged")
    if pm in pm.version.planned_meetings:
        pm.version.planned_meetings.remove(pm)  # the version's list and the database agree at once
    session.delete(pm)
    session.flush()


# --- workflow -------------------------------------------------------------------------------------

def record_maslikhat(version: CalendarVersion, reference: str, on: dt.date) -> None:
    """The maslikhat's decision (agreement) or notice (notification), per the edition, for this version."""
    if version.status not in EDITABLE:
        raise VersionLocked(f"Version {version.number} is already {version.status}")
    if not reference.strip():
        raise WorkflowError("Give the number of the maslikhat's decision or notice", "maslikhat_number")
    edition = edition_of(version.calendar, version.calendar.year)
    version.maslikhat_mode = edition.maslikhat_approval if version.number == 1 else edition.maslikhat_correction
    version.maslikhat_reference, version.maslikhat_date = reference.strip(), on


def approve(version: CalendarVersion, on: dt.date, by: str) -> None:
    """Approve a draft: it becomes read-only; an earlier approved version is superseded by it."""
    if version.status not in EDITABLE:
        raise VersionLocked(f"Version {version.number} is already {version.status}")
    if not (version.maslikhat_reference and version.maslikhat_date):
        raise WorkflowError("Record the maslikhat's decision or notice before approving", "maslikhat_first")
    if not by.strip():
        raise WorkflowError("Say who approved the calendar", "approved_by")
    if on < version.maslikhat_date and version.maslikhat_mode == "agreement":
        raise WorkflowError("A calendar agreed with the maslikhat cannot be approved before the agreement", "before_agreement")
    for older in version.calendar.versions:
        if older is not version and older.status in (CalendarStatus.APPROVED, CalendarStatus.SUBMITTED):
            older.status = CalendarStatus.SUPERSEDED
    version.status, version.approved_on, version.approved_by = CalendarStatus.APPROVED, on, by.strip()


def record_submission(version: CalendarVersion, on: dt.date, reference: str) -> None:
    """The approved calendar was sent to the Government (date and outgoing number)."""
    if version.status != CalendarStatus.APPROVED:
        raise WorkflowError("Only an approved calendar can be submitted to the Government", "submit_approved")
    if not reference.strip():
        raise WorkflowError("Give the outgoing number of the letter to the Government", "outgoing_number")
    if version.approved_on and on < version.approved_on:
        raise WorkflowError("The calendar cannot be submitted before it was approved", "submit_before_approval")
    version.status, version.submitted_on, version.submission_reference = CalendarStatus.SUBMITTED, on, reference.strip()


def open_correction(session: Session, calendar: AnnualCalendar, reason: str) -> CalendarVersion:
    """A new draft version copying the approved one, to be corrected, agreed or notified, and approved."""
    if not reason.strip():
        raise WorkflowError("A correction needs its reason", "correction_reason")
    current = latest_version(calendar)
    if current is None or current.status in EDITABLE:
        raise WorkflowError("The calendar is still a draft: edit it directly", "still_draft")
    new = CalendarVersion(number=current.number + 1, status=CalendarStatus.DRAFT, reason=reason.strip())
    for pm in current.planned_meetings:
        new.planned_meetings.append(PlannedMeeting(
            lineage_id=pm.lineage_id, akim_post_id=pm.akim_post_id, territory_id=pm.territory_id,
            planned_date=pm.planned_date, start_time=pm.start_time, duration_minutes=pm.duration_minutes,
            venue=pm.venue, topic=pm.topic, is_field=pm.is_field, note=pm.note))
    calendar.versions.append(new)
    session.flush()
    return new


# --- differences between versions ---------------------------------------------------------------

@dataclass
class VersionDiff:
    added: list[PlannedMeeting] = field(default_factory=list)
    removed: list[PlannedMeeting] = field(default_factory=list)
    moved: list[tuple[PlannedMeeting, PlannedMeeting]] = field(default_factory=list)  # (before, after)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved)


def diff_versions(before: CalendarVersion, after: CalendarVersion) -> VersionDiff:
    """Meetings added, removed and moved (date, time, place or venue changed) between two versions."""
    a = {pm.lineage_id: pm for pm in before.planned_meetings}
    b = {pm.lineage_id: pm for pm in after.planned_meetings}
    diff = VersionDiff(
        added=sorted((b[k] for k in b.keys() - a.keys()), key=lambda p: p.planned_date),
        removed=sorted((a[k] for k in a.keys() - b.keys()), key=lambda p: p.planned_date),
    )
    for key in sorted(a.keys() & b.keys(), key=lambda k: a[k].planned_date):
        x, y = a[key], b[key]
        if (x.planned_date, x.start_time, x.territory_id, x.venue, x.akim_post_id) != (
                y.planned_date, y.start_time, y.territory_id, y.venue, y.akim_post_id):
            diff.moved.append((x, y))
    return diff
