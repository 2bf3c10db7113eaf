"""The execution summary for a period: meetings planned and held by district and city, off-calendar
meetings, decree checks failed, and problem issues by category, status and competence level."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..calendar.calendars import edition_of
from ..decree.periods import Period
from ..meetings.document_checks import CHECKS, HELD, Thresholds, check_meeting
from ..models import IssueCategory, IssueStatus, Meeting, MeetingStatus, PlannedMeeting, ProblemIssue
from .calendar_doc import approved_version
from .common import NoData, RegionScope, akim_signature, fmt_date, name_of
from .definition import INT, PERCENT, TEXT, Chart, Column, Group, Report, Table
from .issues_docs import LEVEL_ORDER
from .texts import both, t

MOVED = (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def check_label(code: str, limits: Thresholds, lang: str) -> str:
    values = {"share": round(limits.presentation_share_max * 100), "days": limits.announcement_lead_days}
    if code == "results":
        values["days"] = limits.results_publication_days
    return t(f"check.{code}", lang, **values)


def build_summary(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                  signer: str | None = None, **_options) -> Report:
    scope = RegionScope(session, region_code)
    as_of = min(now.date(), period.end)
    version = approved_version(session, scope.region.id, period.year)
    planned = [] if version is None else list(session.scalars(
        select(PlannedMeeting).where(PlannedMeeting.version_id == version.id,
                                     PlannedMeeting.planned_date.between(period.start, as_of))
        .options(selectinload(PlannedMeeting.akim_post))))
    meetings = list(session.scalars(
        select(Meeting).where(Meeting.territory_id.in_(scope.unit_ids), Meeting.meeting_date.between(period.start, as_of))
        .options(selectinload(Meeting.akim_post), selectinload(Meeting.announcements),
                 selectinload(Meeting.broadcasts), selectinload(Meeting.participants))))
    issues = list(session.scalars(
        select(ProblemIssue).where(ProblemIssue.territory_id.in_(scope.unit_ids),
                                   ProblemIssue.raised_on.between(period.start, as_of))
        .options(selectinload(ProblemIssue.status), selectinload(ProblemIssue.category))))
    if not planned and not meetings and not issues:
        raise NoData(f"{scope.region.name_ru}: no planned or held meetings and no issues in {period.code}")

    tables = [_meetings_table(scope, planned, meetings, lang)]
    edition = edition_of(version.calendar if version else None, period.year)  # the calendar's own edition
    limits = Thresholds.from_edition(edition)
    tables.append(_checks_table(meetings, limits, now.date(), lang))
    tables += _issue_tables(session, issues, as_of, lang)
    facts = [(t("sum.as_of", lang), fmt_date(as_of)), (t("sum.edition", lang), edition.title(lang))]
    if version is not None:  # the calendar's own total differs from "planned to date": say both
        from sqlalchemy import func

        in_period = session.scalar(select(func.count()).where(
            PlannedMeeting.version_id == version.id, PlannedMeeting.planned_date.between(period.start, period.end)))
        facts.append((t("sum.calendar_total", lang), t("sum.calendar_total.value", lang, total=in_period,
                                                        date=fmt_date(as_of), to_date=len(planned))))
    frozen = {
        "planned": tables[0].totals[1], "held_from_plan": tables[0].totals[2],
        "off_calendar": tables[0].totals[4], "held": tables[0].totals[5],
        "with_violations": tables[1].totals[1], "issues": len(issues),
    }
    return Report(
        kind="summary", lang=lang, title=f"{t('summary.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts, tables=tables,
        signature=akim_signature(session, scope.region, lang, now.date(), signer),
        header_note=t("summary.short", lang), frozen=frozen,
    )


MEETING_COLUMNS = [
    Column("unit", *both("col.unit"), kind=TEXT, width=34),
    Column("planned", *both("col.planned"), kind=INT, width=15),
    Column("held_planned", *both("col.held_planned"), kind=INT, width=15),
    Column("moved", *both("col.moved"), kind=INT, width=15),
    Column("off_calendar", *both("col.off_calendar"), kind=INT, width=15),
    Column("held_total", *both("col.held_total"), kind=INT, width=15),
    Column("execution", *both("col.execution"), kind=PERCENT, width=15),
]


def _meetings_table(scope: RegionScope, planned, meetings, lang: str) -> Table:
    counts: dict = {}

    def row(unit_id):
        district = scope.district_of(unit_id)
        return counts.setdefault(district.id, [district, 0, 0, 0, 0])

    for pm in planned:
        row(pm.akim_post.territory_id)[1] += 1
    for m in meetings:
        r = row(m.akim_post.territory_id)
        if m.planned_meeting_id is not None:
            if m.status in HELD:
                r[2] += 1
            elif m.status in MOVED:
                r[3] += 1
        elif m.status in HELD:
            r[4] += 1
    order = scope.district_order()
    rows = []
    for _, (unit, p, h, mv, off) in sorted(counts.items(), key=lambda kv: order.get(kv[0], 0)):
        rows.append((name_of(unit, lang), p, h, mv, off, h + off, _ratio(h, p)))
    sums = [sum(r[i] for r in rows) for i in range(1, 6)]
    totals = (t("total", lang), *sums, _ratio(sums[1], sums[0]))
    chart = Chart("hbar", t("sum.meetings", lang), [r[0] for r in rows],
                  [(t("chart.planned", lang), [r[1] for r in rows]), (t("chart.held", lang), [r[5] for r in rows])])
    return Table("meetings", t("sum.meetings", lang), MEETING_COLUMNS, [Group(None, rows)], totals=totals, chart=chart)


CHECK_COLUMNS = [
    Column("check", *both("col.check"), kind=TEXT, width=60),
    Column("failed", *both("col.failed"), kind=INT, width=18),
    Column("share", *both("col.share"), kind=PERCENT, width=18),
]


def _checks_table(meetings, limits: Thresholds, today: dt.date, lang: str) -> Table:
    failed = dict.fromkeys(CHECKS, 0)
    held = any_failed = 0
    for m in meetings:
        results = check_meeting(m, limits, today)
        if not results:
            continue
        held += 1
        bad = [r.code for r in results if r.failed]
        any_failed += bool(bad)
        for code in bad:
            failed[code] += 1
    rows = [(check_label(code, limits, lang), failed[code], _ratio(failed[code], held)) for code in CHECKS]
    chart = Chart("hbar", t("sum.checks", lang), [r[0] for r in rows], [(t("col.failed", lang), [r[1] for r in rows])])
    return Table("checks", t("sum.checks", lang), CHECK_COLUMNS, [Group(None, rows)],
                 totals=(t("sum.any_failed", lang), any_failed, _ratio(any_failed, held)), chart=chart,
                 note=f"{t('col.held_total', lang)}: {held}")


CATEGORY_COLUMNS = [
    Column("category", *both("col.category"), kind=TEXT, width=40),
    Column("issues", *both("col.issues"), kind=INT, width=15),
    Column("closed", *both("col.closed"), kind=INT, width=15),
    Column("open", *both("col.open"), kind=INT, width=15),
    Column("overdue", *both("col.overdue"), kind=INT, width=15),
]
STATUS_COLUMNS = [
    Column("status", *both("col.status"), kind=TEXT, width=40),
    Column("count", *both("col.count"), kind=INT, width=15),
    Column("share", *both("col.share_all"), kind=PERCENT, width=15),
]
LEVEL_COLUMNS = [
    Column("level", *both("col.level"), kind=TEXT, width=40),
    Column("issues", *both("col.issues"), kind=INT, width=15),
    Column("closed", *both("col.closed"), kind=INT, width=15),
    Column("open", *both("col.open"), kind=INT, width=15),
]


def _issue_tables(session, issues, as_of: dt.date, lang: str) -> list[Table]:
    categories = list(session.scalars(select(IssueCategory).order_by(IssueCategory.position, IssueCategory.code)))
    statuses = list(session.scalars(select(IssueStatus).order_by(IssueStatus.position, IssueStatus.code)))
    cat_rows = []
    for cat in categories:
        items = [i for i in issues if i.category_id == cat.id]
        if not items:
            continue
        closed = sum(1 for i in items if i.status.is_closed)
        overdue = sum(1 for i in items if not i.status.is_closed and i.deadline and i.deadline < as_of)
        cat_rows.append((name_of(cat, lang), len(items), closed, len(items) - closed, overdue))
    cat_totals = (t("total", lang), *[sum(r[i] for r in cat_rows) for i in range(1, 5)])
    by_category = Table("categories", t("sum.by_category", lang), CATEGORY_COLUMNS, [Group(None, cat_rows)],
                        totals=cat_totals,
                        chart=Chart("hbar", t("sum.by_category", lang), [r[0] for r in cat_rows],
                                    [(t("col.issues", lang), [r[1] for r in cat_rows])]))
    st_rows = []
    for st in statuses:
        n = sum(1 for i in issues if i.status_id == st.id)
        if n:
            st_rows.append((name_of(st, lang), n, _ratio(n, len(issues))))
    by_status = Table("statuses", t("sum.by_status", lang), STATUS_COLUMNS, [Group(None, st_rows)],
                      totals=(t("total", lang), len(issues), _ratio(len(issues), len(issues))),
                      chart=Chart("pie", t("sum.by_status", lang), [r[0] for r in st_rows],
                                  [(t("col.count", lang), [r[1] for r in st_rows])]))
    lvl_rows = []
    for level in LEVEL_ORDER:
        items = [i for i in issues if i.competence_level == level]
        if items:
            closed = sum(1 for i in items if i.status.is_closed)
            lvl_rows.append((t(f"level.{level}", lang).capitalize(), len(items), closed, len(items) - closed))
    by_level = Table("levels", t("sum.by_level", lang), LEVEL_COLUMNS, [Group(None, lvl_rows)],
                     totals=(t("total", lang), *[sum(r[i] for r in lvl_rows) for i in range(1, 4)]),
                     note=t("sum.levels_note", lang))
    return [by_category, by_status, by_level]
