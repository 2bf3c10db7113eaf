"""The five documents in Russian and Kazakh: the Excel file and the PDF say the same thing, the totals
match the database, Kazakh letters survive, and citizen text never becomes a formula."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import uuid

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, or_, select

from akimdesk.documents import BadPeriod, NoData, ReportError, build_report, parse_period
from akimdesk.documents.common import applicant
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.xlsx import render_xlsx
from akimdesk.issues.privacy import mask_name
from akimdesk.models import (
    AnnualCalendar,
    CalendarVersion,
    CompetenceLevel,
    IssueStatus,
    Meeting,
    MeetingStatus,
    PlannedMeeting,
    ProblemIssue,
    Territory,
)
from akimdesk.territory.directory import subtree

from .conftest import DEMO_DAY

NOW = dt.datetime.combine(DEMO_DAY, dt.time(10, 0)).astimezone()
KAZAKH_LETTERS = set("әғқңөұүі")  # һ is rare in Kazakh words: checked on its own below
ALL_KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
TOTAL_WORD = {"ru": "Итого", "kk": "Барлығы"}
INJECTIONS = ['=HYPERLINK("http://evil.example/x","Нажмите")', "+1", "-1", "@SUM(A1:A9)", "=1+2",
              f"Барлық әріптер: {ALL_KAZAKH}"]


def pdf_text(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def render(db, kind: str, period: str, lang: str, **options):
    with db.session() as s:
        report = build_report(kind, s, "39", parse_period(period), lang, NOW, **options)
    return report, load_workbook(io.BytesIO(render_xlsx(report))), pdf_text(render_pdf(report))


def first_cells(ws) -> list:
    return [row[0] for row in ws.iter_rows(values_only=True)]


def region_units(s) -> list:
    region = s.scalar(select(Territory).where(Territory.kato == "390000000"))
    return [u.id for u in subtree(s, region)]


def formula_cells(wb) -> list[str]:
    return [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f"]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_approved_calendar_lists_every_planned_meeting_in_both_files(demo_db, lang):
    with demo_db.session() as s:
        version = s.scalar(select(CalendarVersion).join(AnnualCalendar).where(AnnualCalendar.year == 2026))
        expected = s.scalar(select(func.count()).where(PlannedMeeting.version_id == version.id))
    report, wb, text = render(demo_db, "calendar", "2026", lang)
    ws = wb.worksheets[0]
    numbers = [v for v in first_cells(ws) if isinstance(v, int)]
    assert numbers == list(range(1, expected + 1))
    assert f"{TOTAL_WORD[lang]}: {expected}" in first_cells(ws)
    assert f"{TOTAL_WORD[lang]}: {expected}" in text
    dates = [row[1] for row in ws.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert all(isinstance(d, dt.datetime) for d in dates)  # real dates, not text
    assert ws.freeze_panes is not None and ws.print_title_rows
    # grouped by district (merged rows): the filter is on the flat data sheet, where Excel can sort
    assert ws.auto_filter.ref is None and ws.merged_cells.ranges
    data = wb.worksheets[-1]
    assert data.auto_filter.ref == f"A1:{data.auto_filter.ref.split(':')[1][:-len(str(expected + 1))]}{expected + 1}"
    assert not data.merged_cells.ranges and data.max_row == expected + 1
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert wb.properties.creator == "AkimDesk" and report.title == wb.properties.title
    if lang == "kk":
        assert KAZAKH_LETTERS <= set(text.lower()), KAZAKH_LETTERS - set(text.lower())
        assert "Кездесулердің" in text or "кездесулерінің" in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_central_level_issues_are_grouped_by_responsible_body(demo_db, lang):
    period = parse_period("2026-H1")
    with demo_db.session() as s:
        units = region_units(s)
        expected = s.scalar(
            select(func.count()).select_from(ProblemIssue).join(IssueStatus, ProblemIssue.status_id == IssueStatus.id)
            .where(ProblemIssue.territory_id.in_(units), ProblemIssue.meeting_id.is_not(None),
                   ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
                   ProblemIssue.raised_on <= period.end,
                   or_(ProblemIssue.raised_on >= period.start, IssueStatus.is_closed.is_(False),
                       ProblemIssue.closed_on > period.end)))
    assert expected > 0
    report, wb, text = render(demo_db, "central-issues", "2026-H1", lang)
    ws = wb.worksheets[0]
    cells = first_cells(ws)
    assert len([v for v in cells if isinstance(v, int)]) == expected
    assert f"{TOTAL_WORD[lang]}: {expected}" in cells and f"{TOTAL_WORD[lang]}: {expected}" in text
    group_titles = [g.title for g in report.tables[0].groups]
    assert len(group_titles) > 1 and all(title in cells for title in group_titles)
    assert [g for g in group_titles if not any(w in g.lower() for w in ("министерств", "министрлі", "холдинг", "компани"))] == []
    assert "15.08.2026" in text  # the list for the first half goes to the Government by 15 August
    if lang == "kk":
        assert KAZAKH_LETTERS <= set(text.lower())


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_quarterly_update_covers_every_central_issue_open_during_the_quarter(demo_db, lang):
    period = parse_period("2026-Q3")
    with demo_db.session() as s:
        expected = s.scalar(select(func.count()).select_from(ProblemIssue).where(
            ProblemIssue.territory_id.in_(region_units(s)), ProblemIssue.raised_on <= period.end,
            ProblemIssue.meeting_id.is_not(None), ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
            or_(ProblemIssue.closed_on.is_(None), ProblemIssue.closed_on >= period.start)))
    report, wb, text = render(demo_db, "quarterly", "2026-Q3", lang)
    ws = wb.worksheets[0]
    assert len([v for v in first_cells(ws) if isinstance(v, int)]) == expected
    assert f"{TOTAL_WORD[lang]}: {expected}" in text
    status_sheet = wb.worksheets[1]
    totals = [r for r in status_sheet.iter_rows(values_only=True) if r[0] == TOTAL_WORD[lang]]
    assert totals and totals[0][1] == expected
    assert "30.09.2026" in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_execution_summary_counts_meetings_checks_and_issues(demo_db, lang):
    start, as_of = dt.date(2026, 1, 1), DEMO_DAY
    with demo_db.session() as s:
        units = region_units(s)
        version = s.scalar(select(CalendarVersion).join(AnnualCalendar).where(AnnualCalendar.year == 2026))
        planned = s.scalar(select(func.count()).where(PlannedMeeting.version_id == version.id,
                                                      PlannedMeeting.planned_date <= as_of))
        held = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.territory_id.in_(units), Meeting.meeting_date.between(start, as_of),
            Meeting.status.in_((MeetingStatus.HELD, MeetingStatus.RESULTS_PUBLISHED))))
        off = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.territory_id.in_(units), Meeting.meeting_date.between(start, as_of),
            Meeting.planned_meeting_id.is_(None)))
        issues = s.scalar(select(func.count()).select_from(ProblemIssue).where(
            ProblemIssue.territory_id.in_(units), ProblemIssue.raised_on.between(start, as_of)))
    report, wb, text = render(demo_db, "summary", "2026", lang)
    meetings = wb.worksheets[0]
    totals = [r for r in meetings.iter_rows(values_only=True) if r[0] == TOTAL_WORD[lang]][0]
    assert totals[1] == planned and totals[5] == held and totals[4] == off
    assert 0 < totals[6] <= 1  # execution as a real percentage
    by_category = wb.worksheets[2]
    assert [r for r in by_category.iter_rows(values_only=True) if r[0] == TOTAL_WORD[lang]][0][1] == issues
    flat = " ".join(text.split())
    assert f"{TOTAL_WORD[lang]} {planned} " in flat and f" {held} " in flat
    assert len(wb.worksheets) == 5
    # thresholds come from the edition in force (2023 edition: 25 %, 7 days, 10 days)
    assert "25%" in flat and " 7 " in flat and " 10 " in flat
    if lang == "kk":
        assert KAZAKH_LETTERS <= set(text.lower())


def _add_injection_issues(db) -> uuid.UUID:
    """A meeting in the demo gets issues whose text looks like spreadsheet formulas."""
    with db.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.status == MeetingStatus.RESULTS_PUBLISHED,
                                                 Meeting.meeting_date.between(dt.date(2026, 7, 1), dt.date(2026, 9, 30)))
                           .order_by(Meeting.meeting_date).limit(1))
        status = s.scalar(select(IssueStatus).where(IssueStatus.code == "new"))
        for text in INJECTIONS:
            s.add(ProblemIssue(meeting_id=meeting.id, territory_id=meeting.territory_id, raised_on=meeting.meeting_date,
                               text=text, solution_way=text, central_proposal=text, citizen_name=text,
                               competence_level=CompetenceLevel.CENTRAL, status_id=status.id))
        return meeting.id


@pytest.mark.parametrize("kind,period", [("central-issues", "2026-H2"), ("quarterly", "2026-Q3"), ("meeting", "2026-Q3")])
def test_citizen_text_that_looks_like_a_formula_stays_text(demo_db, kind, period):
    meeting_id = _add_injection_issues(demo_db)
    _, wb, text = render(demo_db, kind, period, "ru", meeting_id=meeting_id, include_personal_data=True)
    assert formula_cells(wb) == []
    values = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for injected in INJECTIONS:
        assert injected in values
    assert '=HYPERLINK("http' in text  # printed as text (a word this long wraps in its cell)
    assert set(ALL_KAZAKH) <= set(text)  # every Kazakh letter, both cases, rendered and extractable from the PDF


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_one_meetings_report_masks_applicants_unless_asked(demo_db, lang):
    with demo_db.session() as s:
        issue = s.scalar(select(ProblemIssue).where(ProblemIssue.citizen_name.is_not(None),
                                                    ProblemIssue.meeting_id.is_not(None),
                                                    ProblemIssue.raised_on >= dt.date(2026, 1, 1)).limit(1))
        meeting_id, name, contact = issue.meeting_id, issue.citizen_name, issue.citizen_contact
        count = s.scalar(select(func.count()).where(ProblemIssue.meeting_id == meeting_id))
    report, wb, text = render(demo_db, "meeting", "2026", lang, meeting_id=meeting_id)
    values = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert name not in " ".join(values) and name not in text
    assert any(v.startswith(mask_name(name) + ", ") and v.endswith(contact[-2:]) for v in values)
    assert f"{TOTAL_WORD[lang]}: {count}" in values and f"{TOTAL_WORD[lang]}: {count}" in text
    flat = " ".join(text.split())
    assert report.facts[0][1] in flat  # the akim
    _, wb2, text2 = render(demo_db, "meeting", "2026", lang, meeting_id=meeting_id, include_personal_data=True)
    # every word of the name printed (a cell may wrap it, and the text's layout then puts other columns between)
    assert all(word in text2 for word in name.split())
    assert f"{name}, {contact}" in [c for ws in wb2.worksheets for row in ws.iter_rows(values_only=True) for c in row]


def test_documents_mask_applicants_with_the_registers_rule():
    assert applicant("Ахметов Серик Болатович", "+7 701 234 5678", include_personal_data=False) == "А. С. Б., *** 78"
    assert applicant("Ахметов Серик", "+7 701 234 5678", include_personal_data=True) == "Ахметов Серик, +7 701 234 5678"
    assert applicant(None, None, include_personal_data=False) == ""


def test_periods_are_written_as_users_write_them():
    assert (parse_period("2026").start, parse_period("2026").end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    h1 = parse_period("2026-h1")
    assert (h1.start, h1.end, h1.code) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30), "2026-H1")
    q3 = parse_period("2026-Q3")
    assert (q3.start, q3.end) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert q3.label("ru") == "III квартал 2026 года" and q3.label("kk") == "2026 жылғы III тоқсан"
    assert parse_period("2026-Q1").previous_quarter().code == "2025-Q4"
    for bad in ("2026-Q5", "2026-H3", "26", "2026Q1", "", "2026-03"):
        with pytest.raises(BadPeriod):
            parse_period(bad)


def test_a_period_without_data_and_a_wrong_meeting_are_refused(demo_db):
    with demo_db.session() as s:
        with pytest.raises(NoData):
            build_report("calendar", s, "39", parse_period("2030"), "ru", NOW)
        with pytest.raises(NoData):
            build_report("summary", s, "39", parse_period("2031-Q2"), "kk", NOW)
        with pytest.raises(ReportError, match="quarter"):
            build_report("quarterly", s, "39", parse_period("2026"), "ru", NOW)
        with pytest.raises(ReportError, match="not in"):
            build_report("meeting", s, "39", parse_period("2026"), "ru", NOW, meeting_id=uuid.uuid4())
        with pytest.raises(ReportError, match="not a meeting"):
            build_report("meeting", s, "39", parse_period("2026"), "ru", NOW, meeting_id="abc")


def test_the_decree_thresholds_come_from_the_edition_parameters(db):
    from akimdesk.decree.editions import edition_for_year
    from akimdesk.meetings.document_checks import FAILED, OK, PENDING, Thresholds, check_meeting
    from akimdesk.models import Announcement, Broadcast

    limits = Thresholds.from_edition(edition_for_year(2026))
    assert (limits.announcement_lead_days, limits.results_publication_days, limits.presentation_share_max) == (7, 10, 0.25)
    m = Meeting(status=MeetingStatus.HELD, meeting_date=dt.date(2026, 3, 10), planned_minutes=120, report_minutes=30,
                announcements=[Announcement(channel="media", published_on=dt.date(2026, 3, 3))],
                broadcasts=[Broadcast(platform="YouTube", comments_open=False)], participants=[])
    got = {r.code: r.state for r in check_meeting(m, limits, today=dt.date(2026, 3, 15))}
    assert got["report_share"] == OK and got["announcement"] == OK  # exactly 1/4 and exactly 7 days pass
    assert got["results"] == PENDING and got["broadcast"] == FAILED and got["opposition"] == FAILED
    m.report_minutes, m.announcements[0].published_on = 31, dt.date(2026, 3, 4)
    got = {r.code: r.state for r in check_meeting(m, limits, today=dt.date(2026, 3, 21))}
    assert got["report_share"] == FAILED and got["announcement"] == FAILED and got["results"] == FAILED
    stricter = Thresholds(announcement_lead_days=3, results_publication_days=30, presentation_share_max=0.3)
    got = {r.code: r.state for r in check_meeting(m, stricter, today=dt.date(2026, 3, 21))}
    assert got["report_share"] == OK and got["announcement"] == OK and got["results"] == PENDING


def test_the_calendar_is_refused_when_only_a_draft_exists(demo_db):
    from akimdesk.models import CalendarStatus

    with demo_db.session() as s:
        for v in s.scalars(select(CalendarVersion).join(AnnualCalendar).where(AnnualCalendar.year == 2026)):
            v.status = CalendarStatus.DRAFT
    with demo_db.session() as s, pytest.raises(NoData, match="no approved calendar"):
        build_report("calendar", s, "39", parse_period("2026"), "ru", NOW)
