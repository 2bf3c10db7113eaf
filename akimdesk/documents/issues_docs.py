"""Problem-issue documents for the Government: the list needing central-level decisions (by 15 February
and 15 August) and the quarterly update of progress, which is frozen in the export log as reported so the
next quarter's update can show what changed."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, or_, select

from ..decree.editions import edition_for_year
from ..decree.periods import Period
from ..models import CompetenceLevel, IssueStatus, PackageLog, ProblemIssue, ResponsibleBody
from .common import CountryScope, NoData, RegionScope, ReportError, document_scope, fmt_date, name_of
from .definition import INT, TEXT, Column, Group, Report, Table, count_subtotal
from .issue_rows import IssueLine, head_values, print_layout, read_issue_lines, tail_values, track_columns
from .texts import both, t

LEVEL_ORDER = (CompetenceLevel.CENTRAL, CompetenceLevel.HOLDING, CompetenceLevel.COMPANY,
               CompetenceLevel.OBLAST, CompetenceLevel.DISTRICT, CompetenceLevel.LOCAL)
QUARTERLY_KIND = "quarterly_update"


def _issues(session, scope: RegionScope | CountryScope, where, statuses: dict[uuid.UUID, IssueStatus],
            body: str | None = None) -> list[IssueLine]:
    """The issues in the seed's scope of the Government's lists: raised by the population at meetings and
    within the competence of a central body, a national holding or company (optionally one body's); of one
    region, or of every region (ordered by region, then as raised)."""
    query = (select(ProblemIssue).join(IssueStatus, ProblemIssue.status_id == IssueStatus.id)
             .where(where, ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
                    ProblemIssue.meeting_id.is_not(None)))
    if scope.unit_ids is not None:
        query = query.where(ProblemIssue.territory_id.in_(scope.unit_ids))
    if body:
        found = session.scalar(select(ResponsibleBody.id).where(or_(ResponsibleBody.code == body,
                                                                    ResponsibleBody.name_ru == body,
                                                                    ResponsibleBody.name_kk == body)))
        if found is None:
            raise ReportError(f"no responsible body with code or name '{body}'")
        query = query.where(ProblemIssue.responsible_body_id == found)
    issues = read_issue_lines(session, query.order_by(ProblemIssue.raised_on, ProblemIssue.id), scope, statuses)
    if scope.national:  # stable sort: within a body, region by region, each as raised
        issues.sort(key=lambda i: scope.region_order(i.territory_id))
    return issues


def _by_body(issues: list[IssueLine], lang: str) -> list[tuple]:
    """(body, issues) in the order of the lists: central bodies, holdings, companies, then by name."""
    by_body: dict = {}
    for issue in issues:
        body = issue.responsible_body
        by_body.setdefault(body.id if body else None, (body, []))[1].append(issue)

    def body_key(item):
        body, items = item
        level = body.level if body else items[0].competence_level
        return (LEVEL_ORDER.index(level) if level in LEVEL_ORDER else 99, name_of(body, lang) if body else "я")

    return sorted(by_body.values(), key=body_key)


def _body_title(body, lang: str) -> str:
    return f"{name_of(body, lang)} ({t('level.' + body.level, lang)})" if body else t("no_body", lang)


def _regions_fact(scope, issues: list[IssueLine], lang: str) -> list[tuple[str, str]]:
    """A country-wide list says how many regions it holds issues from, and which."""
    if not scope.national:
        return []
    names = {scope.scope_of(i.territory_id).name(lang) for i in issues}
    return [(t("national.regions", lang), f"{len(names)}: {', '.join(sorted(names))}")]


def government_deadline(period: Period) -> dt.date:
    """The list for the first half goes by 15 August, for the second half by 15 February of the next year
    (the dates of the edition in force for the year)."""
    return edition_for_year(period.year).central_issues_date(period.year, period.end.month <= 6)


_C_HEAD, _C_TAIL = track_columns(
    Column("issue", *both("col.issue"), kind=TEXT, width=32),
    Column("category", *both("col.category"), kind=TEXT, width=16),
    Column("proposal", *both("col.proposal"), kind=TEXT, width=24),
    Column("solution", *both("col.solution"), kind=TEXT, width=24),
)
CENTRAL_COLUMNS = _C_HEAD + _C_TAIL + [
    Column("carried", *both("col.carried"), kind=TEXT, width=10),
    Column("status", *both("col.status"), kind=TEXT, width=15),
]
BODY_HEADER = both("col.body")


def build_central_issues(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                         signer: str | None = None, body: str | None = None, **_options) -> Report:
    scope = document_scope(session, region_code)
    statuses = {s.id: s for s in session.scalars(select(IssueStatus))}
    issues = _issues(session, scope, and_(
        ProblemIssue.raised_on <= period.end,
        or_(ProblemIssue.raised_on >= period.start, IssueStatus.is_closed.is_(False),
            ProblemIssue.closed_on > period.end)), statuses, body)
    if not issues:
        raise NoData(f"{scope.label}: no issues raised at meetings for central bodies, holdings or "
                     f"companies in {period.code}")
    groups, number, carried = [], 0, 0
    columns = scope.columns(CENTRAL_COLUMNS)
    for body_obj, items in _by_body(issues, lang):
        rows = []
        for issue in items:
            number += 1
            old = issue.raised_on < period.start
            carried += old
            status, _percent, _note = state_at(issue, period.end, statuses)
            rows.append(head_values(number, issue, scope.scope_of(issue.territory_id), lang)
                        + (issue.text, name_of(issue.category, lang) if issue.category else "",
                           issue.central_proposal or "", issue.solution_way or "")
                        + tail_values(issue, period.end, status.is_closed, lang)
                        + (t("yes" if old else "no", lang), name_of(status, lang)))
        groups.append(Group(_body_title(body_obj, lang), rows,
                            count_subtotal(columns, t("subtotal_count", lang, count=len(rows)), rows)))
    counts = {lvl: sum(1 for i in issues if i.competence_level == lvl) for lvl in CompetenceLevel.CENTRAL_LEVELS}
    facts = [(t("central.as_of", lang), fmt_date(now.date())),
             (t("central.deadline", lang), fmt_date(government_deadline(period))),
             (t("issues.scope", lang), t("issues.scope.value", lang))]
    facts += [(t("level." + lvl, lang).capitalize(), str(n)) for lvl, n in counts.items()]
    facts.append((t("central.carried", lang), str(carried)))
    facts += _regions_fact(scope, issues, lang)
    table = Table("issues", None, columns, groups,
                  totals=count_subtotal(columns, t("total_count", lang, count=number), []),
                  group_column=BODY_HEADER, print_layout=print_layout(lang, ("issue", "category", "proposal", "solution")))
    return Report(
        kind="central_issues", lang=lang, title=f"{t('central.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts, tables=[table],
        signature=scope.signature(lang, now.date(), signer),
        header_note=t("central_issues.short", lang),
        frozen={"issues": number, "carried": carried, **counts, **({"body": body} if body else {})},
        open_data=True,
    )


# --- quarterly update -----------------------------------------------------------------------------------

_Q_HEAD, _Q_TAIL = track_columns(
    Column("issue", *both("col.issue"), kind=TEXT, width=32),
    Column("category", *both("col.category"), kind=TEXT, width=14, printed=False),
    Column("solution", *both("col.solution"), kind=TEXT, width=24),
)
QUARTER_COLUMNS = _Q_HEAD + _Q_TAIL + [
    Column("status", *both("col.status"), kind=TEXT, width=15),
    Column("percent", *both("col.percent"), kind=INT, width=10),
    Column("progress", *both("col.progress"), kind=TEXT, width=22),
    Column("change", *both("col.change"), kind=TEXT, width=18),
]
STATUS_COLUMNS = [
    Column("status", *both("col.status"), kind=TEXT, width=40),
    Column("count", *both("col.count"), kind=INT, width=14),
    Column("change", *both("col.change"), kind=TEXT, width=24),
]


def state_at(issue: IssueLine, day: dt.date, statuses: dict[uuid.UUID, IssueStatus]):
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
    if status.is_closed:  # the outcome's own entry says how far it was done, not a note written after it
        closing = [p for p in entries if p.status_id == status.id]
        entries = entries[:entries.index(closing[-1]) + 1] if closing else entries
    percent = next((p.percent for p in reversed(entries) if p.percent is not None), None)
    note = f"{fmt_date(entries[-1].entry_date)}: {entries[-1].text}" if entries else ""
    return status, percent, note


def previous_quarter_log(session, region_id, period: Period, body: str | None = None) -> PackageLog | None:
    """The latest update of the previous quarter for the same list (the region's, or one body's; with no
    region, the Government's list of every region)."""
    prev = period.previous_quarter()
    same_region = PackageLog.region_id.is_(None) if region_id is None else PackageLog.region_id == region_id
    logs = session.scalars(
        select(PackageLog).where(PackageLog.direction == "export", PackageLog.kind == QUARTERLY_KIND,
                                 same_region, PackageLog.period_start == prev.start)
        .order_by(PackageLog.created_at.desc()))
    return next((log for log in logs if (log.details or {}).get("body") == body), None)


def build_quarterly(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                    signer: str | None = None, body: str | None = None, **_options) -> Report:
    if not period.quarter:
        raise ReportError(f"the quarterly update is made for a quarter: write {period.year}-Q1 ... {period.year}-Q4")
    scope = document_scope(session, region_code)
    statuses = {s.id: s for s in session.scalars(select(IssueStatus))}
    issues = _issues(session, scope, and_(
        ProblemIssue.raised_on <= period.end,
        or_(ProblemIssue.closed_on.is_(None), ProblemIssue.closed_on >= period.start)), statuses, body)
    if not issues:
        raise NoData(f"{scope.label}: no issues raised at meetings for central bodies, holdings or "
                     f"companies open during {period.code}")
    by_code = {s.code: s for s in statuses.values()}
    log = previous_quarter_log(session, scope.region.id if scope.region else None, period, body)
    before: dict = (log.details or {}).get("issues", {}) if log else {}

    frozen_issues: dict[str, list] = {}
    counts: dict[str, int] = {}
    changes = {"new": 0, "closed": 0, "status": 0, "deadline": 0, "same": 0}
    overdue = open_at_end = 0
    groups, number = [], 0
    columns = scope.columns(QUARTER_COLUMNS)
    for body_obj, items in _by_body(issues, lang):
        rows = []
        for issue in items:
            number += 1
            status, percent, note = state_at(issue, period.end, statuses)
            frozen_issues[str(issue.id)] = [status.code, percent, issue.deadline.isoformat() if issue.deadline else None]
            counts[status.code] = counts.get(status.code, 0) + 1
            change = ""
            if log is not None:
                change = _describe_change(before.get(str(issue.id)), status, percent, issue.deadline, by_code, lang, changes)
            tail = tail_values(issue, period.end, status.is_closed, lang)
            open_at_end += not status.is_closed
            overdue += tail[-1] == t("yes", lang)
            rows.append(head_values(number, issue, scope.scope_of(issue.territory_id), lang)
                        + (issue.text, name_of(issue.category, lang) if issue.category else "",
                           issue.solution_way or "")
                        + tail + (name_of(status, lang), percent, note, change))
        groups.append(Group(_body_title(body_obj, lang), rows,
                            count_subtotal(columns, t("subtotal_count", lang, count=len(rows)), rows)))
    prev = period.previous_quarter()
    if log is not None:
        note = t("quarter.compared", lang, period=prev.label(lang), date=fmt_date(log.created_at.date()))
    else:
        note = t("quarter.no_previous", lang, period=prev.label(lang))
    main = Table("issues", None, columns, groups,
                 totals=count_subtotal(columns, t("total_count", lang, count=number), []),
                 note=f"{t('quarter.end_status', lang)}. {note}.", group_column=BODY_HEADER,
                 print_layout=print_layout(lang, ("issue", "solution"), ("progress", "change")))
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
             (t("issues.scope", lang), t("issues.scope.value", lang)),
             (t("quarter.overdue", lang), t("quarter.overdue.value", lang, overdue=overdue, open=open_at_end)),
             (t("col.change", lang), t("quarter.changes", lang, **changes) if log is not None else note)]
    facts += _regions_fact(scope, issues, lang)
    return Report(
        kind=QUARTERLY_KIND, lang=lang, title=f"{t('quarterly.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts,
        tables=[main, by_status], signature=scope.signature(lang, now.date(), signer),
        header_note=t("quarterly_update.short", lang),
        frozen={"issues": frozen_issues, "counts": counts, "total": number, "overdue": overdue,
                "previous_package": str(log.id) if log else None, **({"body": body} if body else {})},
        open_data=True,
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
