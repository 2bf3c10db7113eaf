"""The secretary's print kit: agenda, attendance sheet and minutes as PDFs in Russian and Kazakh."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import func, select

from akimdesk.documents.common import ReportError
from akimdesk.models import Meeting, ProblemIssue
from akimdesk.services import exports
from akimdesk.services import meetings as service

KAZAKH = set("әғқңөұүһі")
TITLES = {
    ("agenda", "ru"): "Повестка дня встречи акима с населением",
    ("agenda", "kk"): "Әкімнің халықпен кездесуінің күн тәртібі",
    ("attendance", "ru"): "Лист регистрации участников",
    ("attendance", "kk"): "қатысушыларды тіркеу парағы",
    ("minutes", "ru"): "Протокол встречи акима с населением",
    ("minutes", "kk"): "Әкімнің халықпен кездесуінің хаттамасы",
}


def pdf_text(data: bytes, tmp_path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is installed by .ci/run"
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.fixture
def meeting_with_issues(demo_db):
    with demo_db.session() as s:
        row = s.execute(select(ProblemIssue.meeting_id, func.count()).where(ProblemIssue.meeting_id.is_not(None))
                        .group_by(ProblemIssue.meeting_id).order_by(func.count().desc()).limit(1)).one()
        m = s.get(Meeting, row[0])
        first = s.scalar(select(ProblemIssue).where(ProblemIssue.meeting_id == m.id).order_by(ProblemIssue.raised_on,
                                                                                               ProblemIssue.id))
        return str(m.id), m.meeting_date, m.akim_post.title_ru, m.akim_post.title_kk, first.text, row[1]


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("document", ["agenda", "attendance", "minutes"])
def test_each_paper_carries_the_meetings_facts_in_its_language(demo_db, meeting_with_issues, tmp_path, document, lang):
    meeting_id, day, akim_ru, akim_kk, first_issue, _count = meeting_with_issues
    text = pdf_text(exports.print_document(demo_db, meeting_id, document, lang), tmp_path)
    assert TITLES[(document, lang)] in text
    assert day.strftime("%d.%m.%Y") in text
    assert (akim_kk if lang == "kk" else akim_ru) in text
    if lang == "kk":
        assert len(KAZAKH & set(text.lower())) >= 5, "Kazakh letters come out of the PDF as letters, not boxes"
    if document == "minutes":
        assert " ".join(first_issue.split()[:3]) in text
    if document == "attendance":
        assert "30" in text  # numbered rows to sign


def test_minutes_are_refused_for_a_meeting_not_yet_recorded_and_the_agenda_comes_from_the_plan(demo_db, tmp_path):
    rows = [r for r in service.meeting_rows(demo_db, _region(demo_db), 2026) if r.meeting_id is None]
    with pytest.raises(ReportError, match="marked held|mark it held"):
        exports.print_document(demo_db, rows[0].planned_id, "minutes", "ru")
    text = pdf_text(exports.print_document(demo_db, rows[0].planned_id, "agenda", "ru"), tmp_path)
    assert "Вопросы и ответы" in text  # the decree's split: a report of at most a quarter, then Q&A
    with demo_db.session() as s:
        planned = uuid.UUID(rows[0].planned_id)
        assert s.scalar(select(func.count()).select_from(Meeting).where(Meeting.planned_meeting_id == planned)) == 0


def _region(db):
    from akimdesk.territory.directory import region_by_code

    with db.session() as s:
        return region_by_code(s, "39").id


def test_meeting_print_on_the_command_line(demo_db, meeting_with_issues, tmp_path):
    meeting_id = meeting_with_issues[0]
    out = tmp_path / "minutes-kk.pdf"
    proc = subprocess.run([sys.executable, "-m", "akimdesk", "meeting", "print", "minutes", "--db", str(demo_db.path),
                           "--id", meeting_id, "--lang", "kk", "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")
    again = subprocess.run([sys.executable, "-m", "akimdesk", "meeting", "print", "minutes", "--db",
                            str(demo_db.path), "--id", meeting_id, "--lang", "kk", "--out", str(out)],
                           capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr
    bad = subprocess.run([sys.executable, "-m", "akimdesk", "meeting", "print", "agenda", "--db", str(demo_db.path),
                          "--id", "not-an-id", "--lang", "ru", "--out", str(tmp_path / "x.pdf")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "not a meeting identifier" in bad.stderr and not (tmp_path / "x.pdf").exists()
    listed = subprocess.run([sys.executable, "-m", "akimdesk", "meeting", "list", "--db", str(demo_db.path),
                             "--region", "39", "--year", "2026", "--json"], capture_output=True, text=True)
    first = json.loads(listed.stdout)[0]
    assert {"id", "date", "status", "organizer", "target", "off_calendar", "venue"} <= set(first)


def test_the_print_preview_shows_the_pdf_pages(qtbot, demo_db, meeting_with_issues):
    from akimdesk.ui.print_preview import PdfPreview

    data = exports.print_document(demo_db, meeting_with_issues[0], "attendance", "kk")
    preview = PdfPreview(None, data, "test")
    qtbot.addWidget(preview)
    # a row for each person the record expects (30 at least): as many pages as that takes, A4 portrait
    assert len(preview.images) >= 2 and preview.images[0].width() < preview.images[0].height()
