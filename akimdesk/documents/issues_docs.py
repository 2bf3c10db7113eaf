"""Problem-issue documents for the Government: the list needing central-level decisions (by 15 February
and 15 August) and the quarterly update of progress, which is frozen in the export log as reported so the
next quarter's update can show what changed."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from ..decree.periods import Period
from ..models import CompetenceLevel, IssueStatus, PackageLog, ProblemIssue
from .common import NoData, RegionScope, ReportError, akim_signature, fmt_date, name_of
from .definition import DATE, INT, TEXT, Column, Group, Report, Table, count_subtotal
from .texts import both, t

LEVEL_ORDER = (CompetenceLevel.CENTRAL, CompetenceLevel.HOLDING, CompetenceLevel.COMPANY,
               CompetenceLevel.OBLAST, CompetenceLevel.DISTRICT, CompetenceLevel.LOCAL)
QUARTERLY_KIND = "quarterly_update"


def _issues(session, scope: RegionScope, where) -> list[ProblemIssue]:
    return list(session.scalars(
        select(ProblemIssue).join(IssueStatus, ProblemIssue.status_id == IssueStatus.id)
        .where(ProblemIssue.territory_id.in_(scope.unit_ids), where)
        .options(selectinload(ProblemIssue.territory), selectinload(ProblemIssue.category),
                 selectinload(ProblemIssue.responsible_body), selectinload(ProblemIssue.status),
                 selectinload(ProblemIssue.progress))
        .order_by(ProblemIssue.raised_on, ProblemIssue.id)))


def government_deadline(period: Period) -> dt.date:
    """The list for the first half goes by 15 August, for the second half by 15 February of the next year."""
    if period.end.month <= 6:
        return dt.date(period.year, 8, 15)
    return dt.date(period.year + 1, 2, 15)


CENTRAL_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=6),
    Column("raised", *both("col.raised"), kind=DATE, width=13),
    Column("where", *both("col.where"), kind=TEXT, width=24),
    Column("issue", *both("col.issue"), kind=TEXT, width=44),
    Column("category", *both("col.category"), kind=TEXT, width=18),
    Column("proposal", *both("col.proposal"), kind=TEXT, width=32),
    Column("solution", *both("col.solution"), kind=TEXT, width=32),
    Column("deadline", *both("col.deadline"), kind=DATE, width=13),
    Column("status", *both("col.status"), kind=TEXT, width=16),
]


def build_central_issues(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                         signer: str | None = None, **_options) -> Report:
    scope = RegionScope(session, region_code)
    issues = _issues(session, scope, and_(
        ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
        ProblemIssue.raised_on <= period.end,
        or_(ProblemIssue.raised_on >= period.start, IssueStatus.is_closed.is_(False),
            ProblemIssue.closed_on > period.end)))
    if not issues:
        raise NoData(f"{scope.region.name_ru}: no issues for central bodies, holdings or companies in {period.code}")
    by_body: dict = {}
    for issue in issues:
        body = issue.responsible_body
        by_body.setdefault(body.id if body else None, (body, []))[1].append(issue)

    def body_key(item):
        body, items = item[1]
        level = body.level if body else items[0].competence_level
        return (LEVEL_ORDER.index(level) if level in LEVEL_ORDER else 99, name_of(body, lang) if body else "я")

    groups, number = [], 0
    for _, (body, items) in sorted(by_body.items(), key=body_key):
        rows = []
        for issue in items:
            number += 1
            rows.append((number, issue.raised_on, scope.place(issue.territory, lang), issue.text,
                         name_of(issue.category, lang) if issue.category else "", issue.central_proposal or "",
                         issue.solution_way or "", issue.deadline, name_of(issue.status, lang)))
        title = (f"{name_of(body, lang)} ({t('level.' + body.level, lang)})" if body else t("no_body", lang))
        groups.append(Group(title, rows, count_subtotal(CENTRAL_COLUMNS, t("subtotal_count", lang, count=len(rows)), rows)))
    counts = {lvl: sum(1 for i in issues if i.competence_level == lvl) for lvl in CompetenceLevel.CENTRAL_LEVELS}
    facts = [(t("central.as_of", lang), fmt_date(now.date())),
             (t("central.deadline", lang), fmt_date(government_deadline(period)))]
    facts += [(t("level." + lvl, lang).capitalize(), str(n)) for lvl, n in counts.items()]
    table = Table("issues", None, CENTRAL_COLUMNS, groups,
                  totals=count_subtotal(CENTRAL_COLUMNS, t("total_count", lang, count=number), []))
    return Report(
        kind="central_issues", lang=lang, title=f"{t('central.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts, tables=[table],
        signature=akim_signature(session, scope.region, lang, now.date(), signer),
        header_note=t("central_issues.short", lang),
        frozen={"issues": number, **counts},
    )


# --- quarterly update -----------------------------------------------------------------------------------

QUARTER_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=6),
    Column("raised", *both("col.raised"), kind=DATE, width=13),
    Column("where", *both("col.where"), kind=TEXT, width=22),
    Column("issue", *both("col.issue"), kind=TEXT, width=40),
    Column("body", *both("col.body"), kind=TEXT, width=26),
    Column("solution", *both("col.solution"), kind=TEXT, width=28),
    Column("deadline", *both("col.deadline"), kind=DATE, width=13),
    Column("status", *both("col.status"), kind=TEXT, width=15),
    Column("progress", *both("col.progress"), kind=TEXT, width=28),
    Column("percent", *both("col.percent"), kind=INT, width=11),
    Column("change", *both("col.change"), kind=TEXT, width=24),
]
STATUS_COLUMNS = [
    Column("status", *both("col.status"), kind=TEXT, width=40),
    Column("count", *both("col.count"), kind=INT, width=14),
    Column("change", *both("col.change"), kind=TEXT, width=24),
]


def state_at(issue: ProblemIssue, day: dt.date, statuses: dict[uuid.UUID, IssueStatus]):
    """The issue's status, percent and last progress note as they stood at the end of `day`."""
    if issue.closed_on is not None and issue.closed_on <= day:
        status = issue.status
    else:
        status = next((statuses[p.status_id] for p in reversed(issue.progress)
                       if p.entry_date <= day and p.status_id in statuses and not statuses[p.status_id].is_closed),
                      None)
        if status is None:
            status = issue.status if not issue.status.is_closed else next(
                s for s in statuses.values() if s.code == "new")
    entries = [p for p in issue.progress if p.entry_date <= day]
    percent = next((p.percent for p in reversed(entries) if p.percent is not None), None)
    note = f"{fmt_date(entries[-1].entry_date)}: {entries[-1].text}" if entries else ""
    return status, percent, note


def previous_quarter_log(session, region_id, period: Period) -> PackageLog | None:
    prev = period.previous_quarter()
    return session.scalar(
        select(PackageLog).where(PackageLog.direction == "export", PackageLog.kind == QUARTERLY_KIND,
                                 PackageLog.region_id == region_id, PackageLog.period_start == prev.start)
        .order_by(PackageLog.created_at.desc()).limit(1))


def build_quarterly(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                    signer: str | None = None, **_options) -> Report:
    if not period.quarter:
        raise ReportError(f"the quarterly update is made for a quarter: write {period.year}-Q1 ... {period.year}-Q4")
    scope = RegionScope(session, region_code)
    issues = _issues(session, scope, and_(
        ProblemIssue.raised_on <= period.end,
        or_(ProblemIssue.closed_on.is_(None), ProblemIssue.closed_on >= period.start)))
    if not issues:
        raise NoData(f"{scope.region.name_ru}: no problem issues open during {period.code}")
    statuses = {s.id: s for s in session.scalars(select(IssueStatus))}
    by_code = {s.code: s for s in statuses.values()}
    log = previous_quarter_log(session, scope.region.id, period)
    before: dict = (log.details or {}).get("issues", {}) if log else {}

    frozen_issues: dict[str, list] = {}
    counts: dict[str, int] = {}
    changes = {"new": 0, "closed": 0, "status": 0, "deadline": 0, "same": 0}
    order = scope.district_order()
    by_district: dict = {}
    for issue in issues:
        district = scope.district_of(issue.territory_id)
        by_district.setdefault(district.id, (district, []))[1].append(issue)
    groups, number = [], 0
    for _, (district, items) in sorted(by_district.items(), key=lambda kv: order.get(kv[0], 0)):
        rows = []
        for issue in items:
            number += 1
            status, percent, note = state_at(issue, period.end, statuses)
            frozen_issues[str(issue.id)] = [status.code, percent, issue.deadline.isoformat() if issue.deadline else None]
            counts[status.code] = counts.get(status.code, 0) + 1
            change = ""
            if log is not None:
                change = _describe_change(before.get(str(issue.id)), status, percent, issue.deadline, by_code, lang, changes)
            rows.append((number, issue.raised_on, scope.place(issue.territory, lang), issue.text,
                         name_of(issue.responsible_body, lang) if issue.responsible_body else "",
                         issue.solution_way or "", issue.deadline, name_of(status, lang), note, percent, change))
        groups.append(Group(name_of(district, lang), rows,
                            count_subtotal(QUARTER_COLUMNS, t("subtotal_count", lang, count=len(rows)), rows)))
    prev = period.previous_quarter()
    if log is not None:
        note = t("quarter.compared", lang, period=prev.label(lang), date=fmt_date(log.created_at.date()))
    else:
        note = t("quarter.no_previous", lang, period=prev.label(lang))
    main = Table("issues", None, QUARTER_COLUMNS, groups,
                 totals=count_subtotal(QUARTER_COLUMNS, t("total_count", lang, count=number), []),
                 note=f"{t('quarter.end_status', lang)}. {note}.")
    before_counts = (log.details or {}).get("counts", {}) if log else {}
    status_rows = []
    for status in sorted(statuses.values(), key=lambda s: s.position):
        n = counts.get(status.code, 0)
        if not n and not before_counts.get(status.code):
            continue
        diff = "" if log is None else f"{n - before_counts.get(status.code, 0):+d}"
        status_rows.append((name_of(status, lang), n, diff))
    total_diff = "" if log is None else f"{number - sum(before_counts.values()):+d}"
    by_status = Table("statuses", t("sum.by_status", lang), STATUS_COLUMNS, [Group(None, status_rows)],
                      totals=(t("total", lang), number, total_diff))
    facts = [(t("central.as_of", lang), fmt_date(period.end)),
             (t("col.change", lang), t("quarter.changes", lang, **changes) if log is not None else note)]
    return Report(
        kind=QUARTERLY_KIND, lang=lang, title=f"{t('quarterly.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts,
        tables=[main, by_status], signature=akim_signature(session, scope.region, lang, now.date(), signer),
        header_note=t("quarterly_update.short", lang),
        frozen={"issues": frozen_issues, "counts": counts, "total": number,
                "previous_package": str(log.id) if log else None},
    )


def _describe_change(old, status, percent, deadline, by_code, lang, tally) -> str:
    """What changed in one issue since the figures frozen in the previous quarter's package."""
    if old is None:
        tally["new"] += 1
        return t("change.new", lang)
    old_status, old_percent, old_deadline = old
    parts = []
    if old_status != status.code:
        old_name = name_of(by_code[old_status], lang) if old_status in by_code else old_status
        parts.append(t("change.status", lang, old=old_name, new=name_of(status, lang)))
        tally["status"] += 1
        old_closed = old_status in by_code and by_code[old_status].is_closed
        if status.is_closed and not old_closed:
            tally["closed"] += 1
    new_deadline = deadline.isoformat() if deadline else None
    if old_deadline != new_deadline:
        parts.append(t("change.deadline", lang, old=fmt_date(dt.date.fromisoformat(old_deadline)) if old_deadline else "—",
                       new=fmt_date(deadline) or "—"))
        tally["deadline"] += 1
    if (old_percent or 0) != (percent or 0):
        parts.append(t("change.percent", lang, old=old_percent or 0, new=percent or 0))
    if not parts:
        tally["same"] += 1
        return t("change.same", lang)
    return "; ".join(parts)
