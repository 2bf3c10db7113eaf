"""The secretary's print kit for one meeting: the agenda, the attendance sheet with rows to sign, and the
minutes (протокол) with the questions raised and the instructions given. Portrait A4, ru or kk.

`build_print` reads the database and returns a `Report`; the same PDF writer as every other document
lays it out (`services.exports.print_document` does both, the session closed before rendering)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..calendar.calendars import edition_of
from ..meetings.agenda import agenda_template
from ..meetings.records import edition_for
from ..models import Meeting, PlannedMeeting, ProblemIssue
from ..territory.tree import top_of
from .common import ReportError, akim_signature, fmt_date, name_of
from .definition import INT, TEXT, Column, Group, Report, SignatureBlock, Table
from .meeting_doc import AGENDA_COLUMNS, record_agenda
from .texts import both, t

DOCUMENTS = ("agenda", "attendance", "minutes")
ATTENDANCE_ROWS = 30

ATTENDANCE_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=5),
    Column("name", *both("col.full_name"), kind=TEXT, width=40),
    Column("organisation", *both("col.organisation"), kind=TEXT, width=34),
    Column("phone", *both("col.phone"), kind=TEXT, width=17),
    Column("consent", *both("col.consent"), kind=TEXT, width=22),
    Column("signature", *both("col.signature"), kind=TEXT, width=15),
]
MINUTES_COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=5),
    Column("question", *both("col.question"), kind=TEXT, width=40),
    Column("instruction", *both("col.instruction"), kind=TEXT, width=40),
    Column("responsible", *both("col.responsible"), kind=TEXT, width=30),
    Column("deadline", *both("col.deadline"), kind=TEXT, width=14),
]


@dataclass
class _Occasion:
    """What every paper says about the meeting, from its record or, before it, from the calendar."""

    meeting: Meeting | None
    akim_post: object
    territory: object
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    venue: str
    planned_minutes: int


def _occasion(session: Session, some_id: str) -> _Occasion:
    try:
        key = uuid.UUID(str(some_id))
    except ValueError:
        raise ReportError(f"'{some_id}' is not a meeting identifier") from None
    m = session.get(Meeting, key)
    if m is not None:
        return _Occasion(m, m.akim_post, m.territory, m.meeting_date, m.start_time, m.end_time, m.venue or "",
                         m.planned_minutes or 120)
    pm = session.get(PlannedMeeting, key)
    if pm is None:
        raise ReportError(f"no meeting or planned meeting with id {some_id}")
    logged = session.scalar(select(Meeting).where(Meeting.planned_meeting_id == pm.id))
    if logged is not None:
        return _occasion(session, str(logged.id))
    return _Occasion(None, pm.akim_post, pm.territory, pm.planned_date, pm.start_time, None, pm.venue or "",
                     pm.duration_minutes)


def _facts(o: _Occasion, lang: str) -> list[tuple[str, str]]:
    when = fmt_date(o.day) + (f", {o.start:%H:%M}" if o.start else "") + (f"–{o.end:%H:%M}" if o.end else "")
    place = o.territory.name_kk if lang == "kk" else o.territory.name_ru
    return [(t("m.akim", lang), o.akim_post.title(lang)), (t("m.date", lang), when),
            (t("col.where", lang), place), (t("m.place", lang), o.venue)]


def _report(kind: str, o: _Occasion, lang: str, now: dt.datetime, facts, tables, signature=None) -> Report:
    region = top_of(o.territory)
    return Report(kind=f"print_{kind}", lang=lang, title=t(f"print.{kind}.title", lang),
                  region=region.name_kk if lang == "kk" else region.name_ru, period_label=fmt_date(o.day),
                  created=now, facts=facts, tables=tables, signature=signature, landscape=False,
                  header_note=t(f"print.{kind}.short", lang))


def _agenda_rows(o: _Occasion, lang: str, document: str) -> list[tuple]:
    if o.meeting is not None and (o.meeting.agenda_items or document == "minutes"):
        return record_agenda(o.meeting, lang)  # the minutes say what the record says
    # nothing entered yet: the decree's split (report at most a quarter of the time, then Q&A)
    edition = edition_for(o.meeting) if o.meeting else edition_of(None, o.day.year)
    holder = o.akim_post.holders[-1].full_name if o.akim_post.holders else ""
    return [(i, title, speaker, minutes) for i, (title, speaker, minutes, _r)
            in enumerate(agenda_template(o.planned_minutes, edition, holder, lang), 1)]


def build_print(session: Session, meeting_or_plan_id: str, document: str, lang: str,
                now: dt.datetime | None = None) -> Report:
    """One of the print kit's documents for a meeting (or, before it is recorded, a planned meeting)."""
    if document not in DOCUMENTS:
        raise ReportError(f"unknown document {document}: choose {', '.join(DOCUMENTS)}")
    now = now or dt.datetime.now()
    o = _occasion(session, meeting_or_plan_id)
    facts = _facts(o, lang)
    agenda = Table("agenda", t("m.agenda", lang), AGENDA_COLUMNS, [Group(None, _agenda_rows(o, lang, document))])
    if document == "agenda":
        return _report("agenda", o, lang, now, facts, [agenda])
    if document == "attendance":
        # a row for every person expected: the attendance the record gives, at least a sheet's worth
        expected = max(ATTENDANCE_ROWS, (o.meeting.attendance_count or 0) if o.meeting is not None else 0)
        rows = [(n, "", "", "", "", "") for n in range(1, expected + 1)]
        return _report("attendance", o, lang, now, facts,
                       [Table("attendance", None, ATTENDANCE_COLUMNS, [Group(None, rows)], row_height_mm=9,
                              note=t("print.consent_note", lang))])
    if o.meeting is None:
        raise ReportError("the minutes are printed once the meeting is recorded: open it and mark it held")
    m = o.meeting
    attended = t("detail.count", lang, count=m.attendance_count) if m.attendance_count is not None else "—"
    if m.participants:
        attended += "; " + "; ".join(f"{t('part.' + p.category, lang)}: {p.count}"
                                     for p in sorted(m.participants, key=lambda p: p.category) if p.count)
    holder = o.akim_post.holders[-1].full_name if o.akim_post.holders else ""
    facts += [(t("print.presiding", lang), f"{o.akim_post.title(lang)} {holder}".strip()),
              (t("print.attended", lang), attended)]
    if m.summary:
        facts.append((t("m.summary", lang), m.summary))
    issues = list(session.scalars(select(ProblemIssue).where(ProblemIssue.meeting_id == m.id)
                                  .order_by(ProblemIssue.raised_on, ProblemIssue.id)))
    rows = [(n, i.text, i.solution_way or "", name_of(i.responsible_body, lang) if i.responsible_body else "",
             fmt_date(i.deadline) if i.deadline else "") for n, i in enumerate(issues, 1)]
    questions = Table("questions", t("print.questions", lang), MINUTES_COLUMNS, [Group(None, rows)])
    signature = akim_signature(session, o.akim_post.territory, lang, m.meeting_date)
    signature = SignatureBlock(position=f"{t('print.presiding', lang)}, {signature.position}", name=signature.name,
                               date=m.meeting_date, date_label=signature.date_label)
    return _report("minutes", o, lang, now, facts, [agenda, questions], signature)

