"""Documents say what the record says: the agenda a held meeting's papers print is the record's, labels are
words not codes, issue rows carry what an analyst joins and tracks them by, and the quarterly update marks
what is overdue, in the seed's scope."""

from __future__ import annotations

import datetime as dt
import io
import uuid

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from akimdesk.documents import build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.print_kit import build_print
from akimdesk.documents.xlsx import render_xlsx
from akimdesk.meetings.agenda import TEMPLATE
from akimdesk.models import (
    CompetenceLevel,
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    Meeting,
    MeetingStatus,
    ProblemIssue,
)

from .test_documents import NOW, pdf_text


def _held_meeting_without_agenda(db) -> str:
    """A held meeting of the third quarter whose record has no agenda items, a 30-minute report, 75 minutes of
    questions and 8 questions collected through social media."""
    with db.session() as s:
        m = s.scalar(select(Meeting).where(Meeting.status == MeetingStatus.HELD,
                                           Meeting.meeting_date >= dt.date(2026, 7, 1),
                                           Meeting.meeting_date <= dt.date(2026, 9, 30))
                     .where(Meeting.id.in_(select(ProblemIssue.meeting_id))).order_by(Meeting.meeting_date).limit(1))
        m.agenda_items.clear()
        m.planned_minutes, m.report_minutes, m.qa_minutes = 90, 30, 75
        m.questions_collected, m.questions_channel = 8, "social"
        return str(m.id)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_papers_of_a_held_meeting_print_the_records_agenda(demo_db, lang):
    meeting_id = _held_meeting_without_agenda(demo_db)
    expected = [(TEMPLATE[lang][0], 30), (TEMPLATE[lang][1], 75)]
    with demo_db.session() as s:
        minutes = build_print(s, meeting_id, "minutes", lang, NOW)
        report = build_report("meeting", s, "39", parse_period("2026-Q3"), lang, NOW, meeting_id=meeting_id)
    for doc in (minutes, report):
        agenda = next(t for t in doc.tables if t.key == "agenda")
        assert [(row[1], row[3]) for row in agenda.rows] == expected, doc.kind
    text = " ".join(pdf_text(render_pdf(minutes)).split())
    assert " 62 " not in text and " 22 " not in text  # not the template's split of 90 minutes
    facts = dict(report.facts)
    questions = next(v for k, v in facts.items() if v.startswith("8"))
    assert "social" not in questions and ("социальные сети" in questions or "әлеуметтік желілер" in questions)


def _column(report, key):
    table = report.tables[0]
    i = [c.key for c in table.columns].index(key)
    return [row[i] for row in table.rows]


def test_the_quarterly_update_marks_what_was_overdue_at_the_quarters_end(demo_db):
    period = parse_period("2026-Q3")
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", period, "ru", NOW)
        issues = {i.registration_number: i for i in s.scalars(
            select(ProblemIssue).where(ProblemIssue.meeting_id.is_not(None),
                                       ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS)))}
        # by hand: open at the end of 30 September (not closed by then) and the deadline before that day
        expected = {n for n, i in issues.items() if i.raised_on <= period.end
                    and (i.closed_on is None or i.closed_on > period.end)
                    and i.deadline is not None and i.deadline < period.end}
        # a microdistrict has no KATO code of its own: its city's stands for it
        katos = {n: i.territory.kato or i.territory.parent.kato for n, i in issues.items()}
        levels = {n: i.competence_level for n, i in issues.items()}
    numbers = _column(report, "number")
    marked = {n for n, mark in zip(numbers, _column(report, "overdue"), strict=True) if mark == "да"}
    assert expected and marked == expected
    assert f"{len(expected)} из" in dict(report.facts)["Просрочено на конец квартала"]
    assert len(set(numbers)) == len(numbers) and all(n in issues for n in numbers)
    assert all(levels[n] in CompetenceLevel.CENTRAL_LEVELS for n in numbers)  # the seed's scope
    assert [k for n, k in zip(numbers, _column(report, "kato"), strict=True) if k != katos[n]] == []
    resolved = [p for st, p in zip(_column(report, "status"), _column(report, "percent"), strict=True)
                if st == "Решен"]
    assert resolved and set(resolved) == {100}
    with demo_db.session() as s:  # the same issue keeps its number from one quarter to the next
        q4 = build_report("quarterly", s, "39", parse_period("2026-Q4"), "ru", NOW)
    assert set(_column(q4, "number")) & set(numbers)


def test_the_quarterly_update_reads_an_issues_history_as_it_was_written_by_the_quarters_end(demo_db):
    """By hand: two entries written on 20 September, 30 % and then 60 %, and an extension of the deadline on
    10 September and another on 5 October. On 30 September the issue stood at 60 % with the later entry's
    note, moved once, last on 10 September."""
    period = parse_period("2026-Q3")
    with demo_db.session() as s:
        issue = s.scalar(select(ProblemIssue).join(IssueStatus, ProblemIssue.status_id == IssueStatus.id)
                         .where(ProblemIssue.meeting_id.is_not(None), IssueStatus.code == "in_progress",
                                ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
                                ProblemIssue.raised_on.between(dt.date(2026, 7, 1), dt.date(2026, 9, 1)),
                                ProblemIssue.closed_on.is_(None))
                         .order_by(ProblemIssue.raised_on).limit(1))
        number, working = issue.registration_number, issue.status_id
        issue.progress.clear()
        issue.deadline_changes.clear()
        written = dt.datetime(2026, 9, 20, 9, 0, tzinfo=dt.UTC)
        # the later entry first in the table: the order of writing, not of storing, decides
        issue.progress.append(IssueProgress(entry_date=dt.date(2026, 9, 20), author="Исполнитель", text="Вторая запись",
                                            percent=60, status_id=working, created_at=written + dt.timedelta(hours=3)))
        issue.progress.append(IssueProgress(entry_date=dt.date(2026, 9, 20), author="Исполнитель", text="Первая запись",
                                            percent=30, status_id=working, created_at=written))
        for day, moved_to in ((dt.date(2026, 10, 5), dt.date(2026, 12, 20)), (dt.date(2026, 9, 10), dt.date(2026, 11, 1))):
            issue.deadline_changes.append(IssueDeadlineChange(changed_on=day, old_deadline=issue.deadline,
                                                              new_deadline=moved_to, author="Исполнитель", reason="Сроки"))
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", period, "ru", NOW)
    row = _column(report, "number").index(number)
    assert _column(report, "percent")[row] == 60
    assert _column(report, "progress")[row] == "20.09.2026: Вторая запись"
    assert (_column(report, "extensions")[row], _column(report, "last_extension")[row]) == (1, dt.date(2026, 9, 10))


def test_the_central_list_marks_issues_carried_over_and_keeps_only_meeting_issues(demo_db):
    period = parse_period("2026-H2")
    with demo_db.session() as s:
        s.add(ProblemIssue(territory_id=s.scalar(select(Meeting.territory_id).limit(1)), raised_on=dt.date(2026, 8, 3),
                           text="Пришло через e-Otinish", source="e-Otinish", eotinish_number="ЖТ-2026-0001",
                           competence_level=CompetenceLevel.CENTRAL,
                           status_id=s.scalar(select(IssueStatus.id).where(IssueStatus.code == "new"))))
    with demo_db.session() as s:
        report = build_report("central-issues", s, "39", period, "ru", NOW)
    assert "Пришло через e-Otinish" not in _column(report, "issue")
    carried = [(r, c) for r, c in zip(_column(report, "raised"), _column(report, "carried"), strict=True)]
    assert {c for r, c in carried if r < period.start} == {"да"} and {c for r, c in carried if r >= period.start} == {"нет"}
    assert dict(report.facts)["Перенесено с прошлых периодов"] == str(sum(r < period.start for r, _ in carried))


def test_the_workbook_has_a_flat_data_sheet_an_analyst_can_sort(demo_db):
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", parse_period("2026-Q3"), "kk", NOW)
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    formatted, data = wb.worksheets[0], wb.worksheets[-1]
    assert formatted.auto_filter.ref is None  # merged group rows: Excel refuses to sort such a range
    header = [c for c in next(data.iter_rows(values_only=True))]
    for word in ("Өңір", "Аудан, қала", "ӘАОЖ коды", "Тіркеу нөмірі", "e-Otinish №", "Бастапқы мерзімі",
                 "Жауапты орган"):
        assert word in header
    rows = list(data.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report.tables[0].rows) and not data.merged_cells.ranges
    assert data.auto_filter.ref.endswith(str(len(rows) + 1))
    kato = header.index("ӘАОЖ коды")
    assert all(isinstance(r[kato], str) and len(r[kato]) == 9 for r in rows)


def test_a_status_and_a_progress_that_contradict_each_other_are_refused():
    from akimdesk.issues.rules import RegisterError, check_entry

    day = dt.date(2026, 5, 1)
    with pytest.raises(RegisterError) as err:
        check_entry("Сделано частично", day, day, day, 80, closing=True, status_code="resolved")
    assert err.value.code == "progress_contradicts_status"
    with pytest.raises(RegisterError):
        check_entry("Всё сделано", day, day, day, 100, closing=False, status_code="in_progress")
    assert check_entry("Всё сделано", day, day, day, 100, closing=True, status_code="resolved") == "Всё сделано"
    assert check_entry("Разъяснено", day, day, day, 40, closing=True, status_code="explained") == "Разъяснено"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_attendance_sheet_has_a_row_for_each_person_and_a_consent_column(demo_db, lang):
    meeting_id = _held_meeting_without_agenda(demo_db)
    with demo_db.session() as s:
        m = s.get(Meeting, uuid.UUID(meeting_id))
        m.attendance_count = 87
    with demo_db.session() as s:
        sheet = build_print(s, meeting_id, "attendance", lang, NOW)
    table = sheet.tables[0]
    assert [r[0] for r in table.rows] == list(range(1, 88))
    text = " ".join(pdf_text(render_pdf(sheet)).split())
    assert " 87 " in text
    consent = next(c for c in table.columns if c.key == "consent").header(lang)
    assert consent.startswith("Согласие на обработку персональных данных" if lang == "ru"
                              else "Дербес деректерді өңдеуге келісім")
    assert all(word in text for word in consent.split())


def _last_page(data: bytes) -> str:
    import subprocess

    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", "-"], input=data, capture_output=True,
                                                                  check=True).stdout.decode().splitlines()
                     if line.startswith("Pages:")))
    out = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode()
    return " ".join(out.split())


@pytest.mark.parametrize("kind,period", [("quarterly", "2026-Q3"), ("central-issues", "2026-H1"),
                                         ("calendar", "2026"), ("summary", "2026")])
def test_the_signature_never_stands_alone_and_headers_are_whole_words(demo_db, kind, period):
    with demo_db.session() as s:
        report = build_report(kind, s, "39", parse_period(period), "ru", NOW)
    data = render_pdf(report)
    last = _last_page(data)
    assert report.signature.name in last
    final = report.tables[-1]
    assert (final.totals or final.rows[-1])[0] in last or str((final.totals or final.rows[-1])[0]) in last
    words = " ".join(pdf_text(data).split())
    for table in report.tables:
        for column in table.printed_view().columns:
            assert [w for w in column.ru.split() if w not in words] == [], column.ru


def test_the_summary_says_why_its_planned_figure_differs_from_the_calendars(demo_db):
    from akimdesk.models import AnnualCalendar, CalendarVersion, PlannedMeeting

    with demo_db.session() as s:
        version = s.scalar(select(CalendarVersion).join(AnnualCalendar).where(AnnualCalendar.year == 2026)
                           .order_by(CalendarVersion.number.desc()).limit(1))
        total = len(s.scalars(select(PlannedMeeting.id).where(PlannedMeeting.version_id == version.id)).all())
        summary = build_report("summary", s, "39", parse_period("2026"), "ru", NOW)
    to_date = summary.tables[0].totals[1]
    assert to_date < total  # the summary counts to its date, the calendar the whole year
    said = dict(summary.facts)["Календарь на период"]
    assert said.startswith(f"{total} встреч по календарю") and f"— {to_date}" in said
    assert summary.tables[0].columns[1].ru == "Запланировано на дату отчета"
    assert "только вопросы, поднятые на встречах" in summary.tables[-1].note


@pytest.mark.parametrize("kind,period", [("quarterly", "2026-Q3"), ("central-issues", "2026-H1"), ("calendar", "2026")])
def test_no_page_ends_with_a_group_title(demo_db, kind, period):
    with demo_db.session() as s:
        report = build_report(kind, s, "39", parse_period(period), "ru", NOW)
    titles = {g.title for g in report.tables[0].groups if g.title}
    pages = pdf_text(render_pdf(report)).split("\f")
    assert len(pages) > 2
    for number, page in enumerate(pages[:-1], 1):
        lines = [line.strip() for line in page.splitlines() if line.strip() and "Сформировано в AkimDesk" not in line]
        if lines:
            assert lines[-1] not in titles, f"page {number} ends with the group title {lines[-1]!r}"
