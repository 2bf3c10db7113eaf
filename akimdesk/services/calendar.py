"""Calendar use cases for the Calendar page: plain rows in, plain rows out, one transaction each."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from .. import audit
from ..calendar import calendars as cal
from ..calendar.calendars import WorkflowError
from ..calendar.ics import calendar_ics
from ..calendar.importer import CalendarImportRefused, import_calendar
from ..calendar.snapshot import region_tree
from ..db import Database
from ..decree.compliance import Report, count_key, required_pairs
from ..decree.periods import Period, periods_of
from ..decree.plan_model import PlannedItem
from ..decree.planner import PlannerOptions
from ..files import write_atomically
from ..models import TOP_LEVELS, AkimPost, Level, Meeting, PlannedMeeting, Territory, id_text
from ..progress import NO_PROGRESS, Progress
from ..territory.directory import region_by_code, subtree
from .access import Role, require
from .audit_trail import Conflict, conflict_of, refuse_if_changed
from .storage import long_write

__all__ = [
    "Conflict", "planned_conflict",
    "CalendarImportRefused", "CalendarView", "CoverageRow", "DiffRow", "MeetingFields", "PlanOutcome", "PlannedRow",
    "Report", "UnitChoice", "VersionRow", "WorkflowError", "add_planned", "approve", "calendar_report", "calendar_view",
    "check",
    "compare", "delete_planned", "export_ics", "ics_data", "import_file", "open_correction", "organizer_choices",
    "pin_edition", "plan", "planned_fields", "planned_version", "propose", "record_maslikhat", "record_submission", "target_choices", "workflow_version",
    "update_planned",
]

NO_AKIM = (Level.AREA,)  # akims of every level organize (the decree: «акимам всех уровней»); areas have none


@dataclass(frozen=True)
class VersionRow:
    number: int
    state: str  # draft, maslikhat_recorded, approved, submitted, superseded
    reason: str | None
    maslikhat_mode: str | None
    maslikhat_reference: str | None
    maslikhat_date: dt.date | None
    approved_on: dt.date | None
    approved_by: str | None
    submitted_on: dt.date | None
    submission_reference: str | None
    meetings: int
    row_version: int = 0  # what the page showed; a workflow step on the latest version checks it


@dataclass(frozen=True)
class PlannedRow:
    id: str
    lineage_id: str
    date: dt.date
    start: dt.time | None
    minutes: int
    organizer_id: str
    akim_ru: str
    akim_kk: str
    target_id: str
    unit_ru: str
    unit_kk: str
    venue: str
    topic: str
    logged: bool  # a held or announced meeting refers to it
    row_version: int = 0  # what the page showed; a change checks it


@dataclass(frozen=True)
class CoverageRow:
    """One line of the year overview: an akim and a unit, with meetings per quarter."""

    organizer_id: str
    akim_ru: str
    akim_kk: str
    target_id: str
    unit_ru: str
    unit_kk: str
    counts: tuple[int, int, int, int]
    states: tuple[str, str, str, str]  # per quarter: ok, gap, free (no requirement in its period)


@dataclass
class CalendarView:
    exists: bool
    year: int
    edition_code: str
    edition_title_ru: str
    edition_title_kk: str
    pinned_edition: bool
    approval_deadline: dt.date
    submission_deadline: dt.date
    versions: list[VersionRow] = field(default_factory=list)
    shown: int = 0  # the version number shown
    editable: bool = False
    planned: list[PlannedRow] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    report: Report | None = None
    in_force_from: dt.date | None = None  # the edition's entry into force: earlier deadlines bind no one


@dataclass(frozen=True)
class UnitChoice:
    id: str
    level: str
    name_ru: str
    name_kk: str
    depth: int


def _region(s, unit_id) -> Territory:
    return s.get(Territory, uuid.UUID(str(unit_id)))


def _region_year(s, region_code: str, year: int) -> Territory:
    """The region named by its code ("39" or "390000000"), then the year, checked in that order."""
    region = region_by_code(s, region_code)
    if not 2000 <= year <= 2100:
        raise WorkflowError(f"year {year} is out of range", "bad_year")
    return region


def _version_row(v, meetings: int) -> VersionRow:
    return VersionRow(v.number, cal.version_state(v), v.reason, v.maslikhat_mode, v.maslikhat_reference,
                      v.maslikhat_date, v.approved_on, v.approved_by, v.submitted_on, v.submission_reference,
                      meetings, v.row_version)


def _planned(s, version) -> tuple[list[PlannedRow], list[PlannedItem]]:
    """The version's meetings as the page's rows and as the check's items, read as rows in one statement (a
    calendar of a region's thousand meetings made three thousand objects, with a UUID for each id)."""
    logged = set(s.scalars(select(id_text(Meeting.planned_meeting_id)).where(Meeting.planned_meeting_id.in_(
        select(PlannedMeeting.id).where(PlannedMeeting.version_id == version.id)))))  # this plan's, not all
    rows, items = [], []
    for (planned_id, lineage_id, day, start, minutes, organizer_id, akim_ru, akim_kk, target_id, unit_ru, unit_kk,
         venue, topic, is_field, row_version) in s.execute(
            select(id_text(PlannedMeeting.id), id_text(PlannedMeeting.lineage_id), PlannedMeeting.planned_date,
                   PlannedMeeting.start_time, PlannedMeeting.duration_minutes, id_text(AkimPost.territory_id),
                   AkimPost.title_ru, AkimPost.title_kk, id_text(PlannedMeeting.territory_id), Territory.name_ru,
                   Territory.name_kk, PlannedMeeting.venue, PlannedMeeting.topic, PlannedMeeting.is_field,
                   PlannedMeeting.row_version)
            .join(AkimPost, PlannedMeeting.akim_post_id == AkimPost.id)
            .join(Territory, PlannedMeeting.territory_id == Territory.id)
            .where(PlannedMeeting.version_id == version.id)
            .order_by(PlannedMeeting.planned_date)):  # as the version's relationship orders them
        rows.append(PlannedRow(planned_id, lineage_id, day, start, minutes, organizer_id, akim_ru, akim_kk, target_id,
                               unit_ru, unit_kk, venue or "", topic or "", planned_id in logged, row_version))
        items.append(PlannedItem(organizer_id, target_id, day, start, minutes, is_field, planned_id))
    return rows, items


def _coverage(tree, items, edition, year) -> list[CoverageRow]:
    quarters = periods_of(year, "quarter")
    counts: dict[tuple[str, str], list[int]] = {}
    for item in items:
        if not (item.is_field and item.day.year == year):
            continue
        # a meeting deeper in the tree counts for the sub-unit that holds it; one in the akim's own unit
        # (no requirement there) is still shown on its own line
        counted = count_key(tree, item)
        if counted is None and tree.counted_for(item.organizer_id, item.target_id) is None:
            counted = item.target_id if item.target_id in tree.by_id else None
        if counted is not None:
            row = counts.setdefault((item.organizer_id, counted), [0, 0, 0, 0])
            row[(item.day.month - 1) // 3] += 1
    required: dict[tuple[str, str], dict[int, str]] = {}
    spans = [(q.start, q.end) for q in quarters]
    inside: dict[tuple[dt.date, dt.date], list[int]] = {}  # a period's quarters, found once per period
    for norm, organizer, target, period in required_pairs(tree, edition, year):
        start, end = period.start, period.end
        if (start, end) not in inside:
            inside[start, end] = [q for q, (first, last) in enumerate(spans) if first >= start and last <= end]
        have = sum(counts.get((organizer.id, target.id), [0] * 4)[q] for q in inside[start, end])
        state = "ok" if have >= norm.minimum else "gap"
        for q in inside[start, end]:
            required.setdefault((organizer.id, target.id), {})[q] = state
    rows = []
    order = {u.id: i for i, u in enumerate(tree.ordered())}
    for org_id, tgt_id in sorted(set(counts) | set(required), key=lambda k: (order.get(k[0], 0), order.get(k[1], 0))):
        organizer, target = tree.by_id.get(org_id), tree.by_id.get(tgt_id)
        if organizer is None or target is None:
            continue
        c = tuple(counts.get((org_id, tgt_id), [0, 0, 0, 0]))
        states = tuple(required.get((org_id, tgt_id), {}).get(q, "free") for q in range(4))
        rows.append(CoverageRow(org_id, organizer.akim_title("ru"), organizer.akim_title("kk"), tgt_id,
                                target.name_ru, target.name_kk, c, states))
    return rows


def calendar_view(db: Database, region_id, year: int, version_number: int | None = None,
                  check: bool = True) -> CalendarView:
    """Everything the Calendar page shows for a region and year (the latest version unless asked).

    Without `check` the decree check (which needs the working days) is left out: `calendar_report` then."""
    with db.session() as s:
        region = _region(s, region_id)
        calendar = cal.find_calendar(s, region, year)
        edition = cal.edition_of(calendar, year)
        view = CalendarView(
            exists=calendar is not None, year=year, edition_code=edition.code, edition_title_ru=edition.title_ru,
            edition_title_kk=edition.title_kk, pinned_edition=bool(calendar and calendar.rule_edition_id),
            approval_deadline=edition.approval_date(year), submission_deadline=edition.submission_date(year),
            in_force_from=edition.effective_from,
        )
        if region.level not in TOP_LEVELS:
            return view
        tree = region_tree(s, region)
        items: list[PlannedItem] = []
        if calendar is not None:
            sizes = dict(s.execute(select(PlannedMeeting.version_id, func.count()).where(PlannedMeeting.version_id.in_(
                [v.id for v in calendar.versions])).group_by(PlannedMeeting.version_id)).all())
            view.versions = [_version_row(v, sizes.get(v.id, 0)) for v in calendar.versions]
            version = (cal.version_by_number(calendar, version_number) if version_number
                       and any(v.number == version_number for v in calendar.versions) else cal.latest_version(calendar))
            view.shown = version.number
            view.editable = version.status in cal.EDITABLE
            view.planned, items = _planned(s, version)
        view.coverage = _coverage(tree, items, edition, year)
        if check:
            latest = view.versions[-1].number if view.versions else None
            view.report = cal.check_calendar(s, region, year, view.shown if view.shown != latest else None)
        return view


def calendar_report(db: Database, region_id, year: int, version_number: int | None = None) -> Report | None:
    """The decree check of the calendar version the Calendar page shows (None below the region level)."""
    with db.session() as s:
        region = _region(s, region_id)
        if region.level not in TOP_LEVELS:
            return None
        return cal.check_calendar(s, region, year, version_number)


def _choices(s, root_id) -> list[UnitChoice]:
    """The unit and every current unit within it, parents first, with their depth below it for indenting."""
    units = subtree(s, _region(s, root_id), include_retired=False)
    depth = {units[0].id: 0}
    for u in units[1:]:
        depth[u.id] = depth.get(u.parent_id, 0) + 1
    return [UnitChoice(str(u.id), u.level, u.name_ru, u.name_kk, depth[u.id]) for u in units]


def organizer_choices(db: Database, region_id) -> list[UnitChoice]:
    """Units whose akim organizes meetings: the region and every unit below that has an akim."""
    with db.session() as s:
        return [u for u in _choices(s, region_id) if u.level not in NO_AKIM]


def target_choices(db: Database, organizer_id) -> list[UnitChoice]:
    """Where an akim may meet: their own territory and every unit within it."""
    with db.session() as s:
        return _choices(s, organizer_id)


@dataclass(frozen=True)
class PlanOutcome:
    version: int  # the draft planned into
    added: int
    total: int  # meetings in the draft afterwards
    unplaceable: list[tuple[str, str, str, str, Period]]  # organizer ru/kk, target ru/kk, period


def _plan(s, region: Territory, year: int, edition_code: str | None, max_per_day: int,
          progress: Progress = NO_PROGRESS) -> PlanOutcome:
    version, result = cal.plan_calendar(s, region, year, edition_code, PlannerOptions(max_per_day=max_per_day),
                                        progress)
    return PlanOutcome(version.number, len(result.new), len(version.planned_meetings),
                       [(o.name_ru, o.name_kk, t.name_ru, t.name_kk, p) for o, t, p in result.unplaceable])


def propose(db: Database, region_id, year: int, max_per_day: int = 1, progress: Progress = NO_PROGRESS):
    """'Propose calendar': fill the draft with what the decree still requires. Returns (added, unplaceable)."""
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        outcome = _plan(s, _region(s, region_id), year, None, max_per_day, progress)
        return outcome.added, outcome.unplaceable


def plan(db: Database, region_code: str, year: int, edition_code: str | None = None, max_per_day: int = 1,
         correction: str | None = None) -> PlanOutcome:
    """`calendar plan`: the same proposal by region code, into a correction opened for `correction` if given."""
    with db.session() as s:
        region = _region_year(s, region_code, year)
        require(s, db, Role.PLANNER, region.id)
        if correction:
            calendar = cal.find_calendar(s, region, year)
            if calendar is None:
                raise WorkflowError(f"there is no calendar for {year} to correct", "no_calendar")
            cal.open_correction(s, calendar, correction)
        return _plan(s, region, year, edition_code, max_per_day)


@long_write("calendar import")
def import_file(db: Database, region_code: str, year: int, path: Path) -> int:
    """Add the meetings of a CSV/XLSX file to the draft; every row is checked first (CalendarImportRefused)."""
    with db.session() as s:
        require(s, db, Role.PLANNER, _region_year(s, region_code, year).id)
        return import_calendar(s, _region_year(s, region_code, year), year, path)


def check(db: Database, region_code: str, year: int) -> Report:
    """The decree check of the region's calendar for the year (its latest version)."""
    with db.session() as s:
        return cal.check_calendar(s, _region_year(s, region_code, year), year)


@dataclass(frozen=True)
class MeetingFields:
    organizer_id: str
    target_id: str
    date: dt.date
    start: dt.time | None
    minutes: int
    venue: str
    topic: str
    lineage_id: str | None = None


def add_planned(db: Database, region_id, year: int, f: MeetingFields) -> str:
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        calendar = cal.ensure_calendar(s, _region(s, region_id), year)
        version = cal.editable_version(calendar)
        if f.date.year != year:
            raise cal.WorkflowError(f"The date is outside {year}", "outside_year")
        pm = cal.add_meeting(s, version, s.get(Territory, uuid.UUID(f.organizer_id)),
                             s.get(Territory, uuid.UUID(f.target_id)), f.date, f.start, f.minutes, f.venue, f.topic)
        if f.lineage_id:
            pm.lineage_id = uuid.UUID(f.lineage_id)
        return str(pm.id)


def planned_fields(db: Database, planned_id: str) -> MeetingFields:
    with db.session() as s:
        pm = s.get(PlannedMeeting, uuid.UUID(planned_id))
        return MeetingFields(str(pm.akim_post.territory_id), str(pm.territory_id), pm.planned_date, pm.start_time,
                             pm.duration_minutes, pm.venue or "", pm.topic or "", str(pm.lineage_id))


def _planned_over(s, db: Database, planned_id: str, expected_version: int) -> PlannedMeeting:
    """The planned meeting at the version the person saw (undo: the version its own change left); one
    changed or deleted meanwhile is refused with who changed it and when."""
    pm = s.get(PlannedMeeting, uuid.UUID(planned_id))
    if pm is None:
        raise cal.WorkflowError("The meeting is no longer in the calendar (deleted meanwhile?)", "changed_since")
    require(s, db, Role.PLANNER, pm.version.calendar.region_id)
    if stale := audit.stale_message(s, pm, expected_version):
        raise cal.WorkflowError(stale, "changed_since")
    return pm


def planned_conflict(db: Database, planned_id: str, mine: MeetingFields, lang: str = "ru") -> Conflict:
    """What a refused change met: who saved the planned meeting and when, their values against the dialog's."""
    with db.session() as s:
        pm = s.get(PlannedMeeting, uuid.UUID(planned_id))
        return conflict_of(s, pm, planned_fields(db, planned_id), mine, lang)


def planned_version(db: Database, planned_id: str) -> int:
    """The version of a planned meeting now (right after this window added it: what its undo goes over)."""
    with db.session() as s:
        return s.get(PlannedMeeting, uuid.UUID(planned_id)).row_version


def update_planned(db: Database, planned_id: str, f: MeetingFields, expected_version: int) -> int:
    """Change a planned meeting over the version the page showed (undo: the version its own change left);
    one changed meanwhile is refused with who changed it and when. Returns the new version."""
    with db.session() as s:
        pm = _planned_over(s, db, planned_id, expected_version)
        if f.date.year != pm.version.calendar.year:
            raise cal.WorkflowError(f"The date is outside {pm.version.calendar.year}", "outside_year")
        if str(pm.akim_post.territory_id) != f.organizer_id:
            raise cal.WorkflowError("The organizing akim of a planned meeting cannot change: delete and add it",
                                    "organizer_fixed")
        cal.update_meeting(s, pm, planned_date=f.date, start_time=f.start, duration_minutes=f.minutes,
                           venue=f.venue or None, topic=f.topic or None, territory_id=uuid.UUID(f.target_id))
        s.flush()
        return pm.row_version


def delete_planned(db: Database, planned_id: str, expected_version: int) -> None:
    """Delete a planned meeting the person saw at that version (one changed meanwhile is refused)."""
    with db.session() as s:
        cal.delete_meeting(s, _planned_over(s, db, planned_id, expected_version))


def _version(s, region_id, year, number):
    calendar = cal.find_calendar(s, _region(s, region_id), year)
    if calendar is None:
        raise cal.WorkflowError(f"There is no calendar for {year} yet", "no_calendar")
    return cal.version_by_number(calendar, number) if number else cal.latest_version(calendar)


def _latest_at(s, region_id, year: int, seen: tuple[int, int]):
    """The latest version, if it is still the one the person saw: (number, row_version). A version someone
    changed (maslikhat, approval, sending) or a correction someone opened meanwhile is refused with who did it
    and when, so a step is never taken twice or over a state the person did not see."""
    latest = _version(s, region_id, year, None)
    number, row_version = seen
    refuse_if_changed(s, latest, row_version if latest.number == number else -1,
                      lambda message: WorkflowError(message, "changed_since"))
    return latest


def workflow_version(db: Database, region_id, year: int) -> tuple[int, int]:
    """(number, row_version) of the latest version now: what a workflow step from a form that shows no
    calendar goes over."""
    with db.session() as s:
        latest = _version(s, region_id, year, None)
        return latest.number, latest.row_version


def record_maslikhat(db: Database, region_id, year: int, reference: str, on: dt.date, seen: tuple[int, int]) -> None:
    """Each step goes over `seen`, the latest version's (number, row_version) the page showed."""
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        cal.record_maslikhat(_latest_at(s, region_id, year, seen), reference, on)


def approve(db: Database, region_id, year: int, on: dt.date, by: str, seen: tuple[int, int]) -> None:
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        cal.approve(_latest_at(s, region_id, year, seen), on, by)


def record_submission(db: Database, region_id, year: int, on: dt.date, reference: str, seen: tuple[int, int]) -> None:
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        cal.record_submission(_latest_at(s, region_id, year, seen), on, reference)


def open_correction(db: Database, region_id, year: int, reason: str, seen: tuple[int, int]) -> int:
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        calendar = cal.find_calendar(s, _region(s, region_id), year)
        if calendar is None:
            raise cal.WorkflowError(f"There is no calendar for {year} yet", "no_calendar")
        _latest_at(s, region_id, year, seen)
        return cal.open_correction(s, calendar, reason).number


@dataclass(frozen=True)
class DiffRow:
    change: str  # added, removed, moved
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str
    before: dt.date | None
    after: dt.date | None


def compare(db: Database, region_id, year: int, first: int, second: int) -> list[DiffRow]:
    """What changed between two versions: meetings added, removed and moved."""
    with db.session() as s:
        a, b = _version(s, region_id, year, first), _version(s, region_id, year, second)
        diff = cal.diff_versions(a, b)

        def row(change, pm, before, after):
            return DiffRow(change, pm.akim_post.title_ru, pm.akim_post.title_kk, pm.territory.name_ru,
                           pm.territory.name_kk, before, after)

        return ([row("added", pm, None, pm.planned_date) for pm in diff.added]
                + [row("removed", pm, pm.planned_date, None) for pm in diff.removed]
                + [row("moved", y, x.planned_date, y.planned_date) for x, y in diff.moved])


def _latest(s, region: Territory, year: int):
    version = cal.latest_version(cal.find_calendar(s, region, year))
    if version is None:
        raise WorkflowError(f"there is no calendar for {year}", "no_calendar")
    return version


def ics_data(db: Database, region_code: str, year: int, lang: str = "ru", akim_kato: str | None = None) -> bytes:
    """`calendar ics`: the calendar, or the meetings of the akim of the unit with KATO code `akim_kato`."""
    with db.session() as s:
        version = _latest(s, _region_year(s, region_code, year), year)
        organizer_id = None
        if akim_kato:
            unit = s.scalar(select(Territory).where(Territory.kato == akim_kato))
            if unit is None:
                raise WorkflowError(f"no unit with KATO code {akim_kato}", "no_unit")
            organizer_id = unit.id
        return calendar_ics(version, lang, organizer_id)


def export_ics(db: Database, region_id, year: int, path: Path, lang: str, overwrite: bool = False) -> Path:
    """The window's 'Export .ics': the whole calendar's latest version, written whole."""
    with db.session() as s:
        data = calendar_ics(_latest(s, _region(s, region_id), year), lang)
    return write_atomically(data, path, overwrite=overwrite)


def pin_edition(db: Database, region_id, year: int, code: str | None) -> None:
    """Use another decree edition for this calendar (None: the one in force for the year)."""
    with db.session() as s:
        require(s, db, Role.PLANNER, _region(s, region_id).id)
        calendar = cal.ensure_calendar(s, _region(s, region_id), year, code)
        cal.editable_version(calendar)  # refuses (and rolls back) when the calendar is approved
        if not code:
            calendar.rule_edition = None
