"""One meeting's report: what was held and how, the decree checks, the agenda, the issues raised and the
instructions given (responsible body, way of solution, deadline)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..decree.periods import Period
from ..meetings.agenda import TEMPLATE
from ..meetings.document_checks import Thresholds, check_meeting
from ..models import Meeting, ProblemIssue
from .common import RegionScope, ReportError, akim_signature, applicant, fmt_date, name_of
from .definition import DATE, INT, TEXT, Column, Group, Report, Table, count_subtotal
from .summary_doc import check_label
from .texts import T, both, t

AGENDA_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=6),
    Column("item", *both("col.agenda_item"), kind=TEXT, width=80),
    Column("speaker", *both("col.speaker"), kind=TEXT, width=40),
    Column("minutes", *both("col.minutes"), kind=INT, width=10),
]
CHECK_COLUMNS = [
    Column("check", *both("col.check"), kind=TEXT, width=60),
    Column("result", *both("col.result"), kind=TEXT, width=20),
    Column("detail", *both("col.detail"), kind=TEXT, width=40),
]
ISSUE_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=6),
    Column("number", *both("col.reg_number"), kind=TEXT, width=13, fit="39-2026-MMMMMMMM"),
    Column("issue", *both("col.issue"), kind=TEXT, width=44),
    Column("applicant", *both("col.applicant"), kind=TEXT, width=22),
    Column("category", *both("col.category"), kind=TEXT, width=18),
    Column("body", *both("col.body"), kind=TEXT, width=28),
    Column("solution", *both("col.solution"), kind=TEXT, width=30),
    Column("deadline", *both("col.deadline"), kind=DATE, width=13),
    Column("status", *both("col.status"), kind=TEXT, width=16),
]


def _check_detail(result, lang: str) -> str:
    v = result.values
    if result.code == "report_share" and v:
        return t("detail.report_share", lang, report=v["report"], planned=v["planned"], share=round(v["share"] * 100))
    if result.code == "announcement":
        return t("detail.announcement", lang, days=v["days"]) if v.get("days") is not None else t("detail.no_announcement", lang)
    if result.code == "results":
        return t("detail.results", lang, days=v["days"]) if v.get("days") is not None else t("detail.no_results", lang)
    if result.code == "broadcast":
        return ", ".join(v.get("platforms") or []) or t("none", lang)
    if "count" in v:
        return t("detail.count", lang, count=v["count"]) if v["count"] else t("none", lang)
    return ""


def build_meeting(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                  signer: str | None = None, meeting_id: uuid.UUID | str | None = None,
                  include_personal_data: bool = False, **_options) -> Report:
    if meeting_id is None:
        raise ReportError("choose the meeting (--meeting ID)")
    try:
        key = meeting_id if isinstance(meeting_id, uuid.UUID) else uuid.UUID(str(meeting_id))
    except ValueError:
        raise ReportError(f"'{meeting_id}' is not a meeting identifier") from None
    scope = RegionScope(session, region_code)
    m = session.scalar(select(Meeting).where(Meeting.id == key).options(
        selectinload(Meeting.akim_post), selectinload(Meeting.territory), selectinload(Meeting.agenda_items),
        selectinload(Meeting.participants), selectinload(Meeting.broadcasts), selectinload(Meeting.announcements)))
    if m is None or m.territory_id not in set(scope.unit_ids):
        raise ReportError(f"meeting {meeting_id} is not in {scope.region.name_ru}")
    if not period.contains(m.meeting_date):
        raise ReportError(f"the meeting of {fmt_date(m.meeting_date)} is outside the period {period.code}")

    facts = _facts(m, scope, lang)
    agenda_rows = record_agenda(m, lang)
    agenda = Table("agenda", t("m.agenda", lang), AGENDA_COLUMNS, [Group(None, agenda_rows)])
    limits = Thresholds.for_year(m.meeting_date.year)
    check_rows = [(check_label(r.code, limits, lang), t(f"check.{r.state}", lang), _check_detail(r, lang))
                  for r in check_meeting(m, limits, now.date())]
    checks = Table("checks", t("m.checks", lang), CHECK_COLUMNS, [Group(None, check_rows)])
    issue_table = _issue_table(session, m, lang, include_personal_data, scope.region.kato)
    return Report(
        kind="meeting_report", lang=lang, title=f"{t('meeting.title', lang)} — {fmt_date(m.meeting_date)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts,
        tables=[issue_table, checks, agenda],
        signature=akim_signature(session, m.akim_post.territory, lang, now.date(), signer),
        header_note=t("meeting_report.short", lang)
        + (f" — {t('contains_personal_data', lang)}" if include_personal_data else ""),
        frozen={"meeting": str(m.id), "issues": len(issue_table.rows), "personal_data": include_personal_data},
        personal_data=include_personal_data,
    )


def record_agenda(m: Meeting, lang: str) -> list[tuple]:
    """The agenda as the meeting's record has it: its items, or, when none were entered, the akim's report
    and the questions and answers with the minutes the record gives them (never a template)."""
    if m.agenda_items:
        return [(a.position, a.title, a.speaker or "", a.minutes) for a in m.agenda_items]
    report_title, qa_title, _closing = TEMPLATE.get(lang, TEMPLATE["ru"])
    parts = [(report_title, m.report_minutes), (qa_title, m.qa_minutes)]
    speaker = m.akim_post.title(lang)
    return [(n, title, speaker, minutes) for n, (title, minutes) in
            enumerate([p for p in parts if p[1] is not None], 1)]


def _facts(m: Meeting, scope: RegionScope, lang: str) -> list[tuple[str, str]]:
    """How the meeting was held, line by line, as the report's header lists it."""
    when = fmt_date(m.meeting_date) + (f", {m.start_time:%H:%M}" if m.start_time else "")
    if m.end_time:
        when += f"–{m.end_time:%H:%M}"
    kind = "m.kind.calendar" if m.planned_meeting_id else f"m.kind.{m.off_calendar_reason}"
    facts = [
        (t("m.akim", lang), m.akim_post.title(lang)),
        (t("m.date", lang), when),
        (t("col.where", lang), scope.place(m.territory, lang)),
        (t("m.place", lang), m.venue or ""),
        (t("m.kind", lang), t(kind, lang) if kind in _known_kinds() else ""),
        (t("m.status", lang), t(f"status.{m.status}", lang)),
    ]
    if m.report_minutes is not None:
        facts.append((t("m.duration", lang), t("m.duration.value", lang, report=m.report_minutes,
                                                 qa=m.qa_minutes or 0, planned=m.planned_minutes or 0)))
    if m.attendance_count is not None:
        facts.append((t("m.attendance", lang), t("detail.count", lang, count=m.attendance_count)))
    if m.participants:
        facts.append((t("m.participants", lang), "; ".join(
            f"{t('part.' + p.category, lang)}: {p.count}" for p in sorted(m.participants, key=lambda p: p.category))))
    if m.questions_collected is not None:
        channel = m.questions_channel or ""
        channel = t("chan." + channel, lang) if "chan." + channel in _channels() else channel
        facts.append((t("m.questions", lang), f"{m.questions_collected}" + (f" ({channel})" if channel else "")))
    if m.announcements:
        facts.append((t("m.announcements", lang), "; ".join(
            f"{t('chan.' + a.channel, lang) if ('chan.' + a.channel) in _channels() else a.channel} {fmt_date(a.published_on)}"
            for a in sorted(m.announcements, key=lambda a: a.published_on))))
    facts.append((t("m.broadcast", lang), "; ".join(
        f"{b.platform} ({t('m.comments_open' if b.comments_open else 'm.comments_closed', lang)})"
        + (f" {b.url}" if b.url else "") for b in m.broadcasts) or t("none", lang)))
    facts.append((t("m.vks", lang), t("yes" if m.video_conference else "no", lang)))
    facts.append((t("m.results", lang), " ".join(x for x in (fmt_date(m.results_published_on), m.results_link or "") if x)
                  or t("none", lang)))
    facts.append((t("m.reception", lang), t("yes" if m.personal_reception else "no", lang)
                  + (f": {m.personal_reception_note}" if m.personal_reception_note else "")))
    if m.summary:
        facts.append((t("m.summary", lang), m.summary))
    return facts


def _issue_table(session, m: Meeting, lang: str, include_personal_data: bool, kato: str | None) -> Table:
    """The issues raised at the meeting with the instructions given, applicants masked unless included."""
    issues = list(session.scalars(
        select(ProblemIssue).where(ProblemIssue.meeting_id == m.id)
        .options(selectinload(ProblemIssue.category), selectinload(ProblemIssue.responsible_body),
                 selectinload(ProblemIssue.status)).order_by(ProblemIssue.raised_on, ProblemIssue.id)))
    issue_rows = [
        (n, i.registration_number or "", i.text, applicant(i.citizen_name, i.citizen_contact, include_personal_data),
         name_of(i.category, lang) if i.category else "",
         name_of(i.responsible_body, lang) if i.responsible_body else "", i.solution_way or "", i.deadline,
         name_of(i.status, lang))
        for n, i in enumerate(issues, 1)]
    return Table("issues", t("m.issues", lang), ISSUE_COLUMNS, [Group(None, issue_rows)],
                 totals=count_subtotal(ISSUE_COLUMNS, t("total_count", lang, count=len(issue_rows)), []),
                 note=None if include_personal_data else t("personal_data_masked", lang))


def _known_kinds() -> set[str]:
    return {"m.kind.calendar", "m.kind.population_demand", "m.kind.necessity"}


def _channels() -> set[str]:
    return {k for k in T if k.startswith("chan.")}
