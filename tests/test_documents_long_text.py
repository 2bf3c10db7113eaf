"""Any text a person can type, up to the field's limit, appears whole in every document: in the PDF and
in the workbook as LibreOffice prints it. Control characters pasted from Word are cleaned, never fatal."""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from akimdesk.documents import build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.print_kit import build_print
from akimdesk.documents.xlsx import render_xlsx
from akimdesk.issues.rules import TEXT_MAX, IssueDraft, draft_problems
from akimdesk.models import CompetenceLevel, Meeting, ProblemIssue

from .conftest import DEMO_DAY
from .test_documents import NOW, pdf_text

SENTENCE = {
    "ru": "Жители просят отремонтировать дорогу и восстановить уличное освещение",
    "kk": "Тұрғындар жолды жөндеуді және көше жарығын қалпына келтіруді сұрайды",
}


def long_text(lang: str, limit: int = TEXT_MAX) -> tuple[str, list[str]]:
    """Ordinary sentences, each ending with its own marker word, exactly `limit` characters long."""
    sentences, markers, n = [], [], 0
    while True:
        n += 1
        marker = f"м{n:03d}ф"
        sentence = f"{SENTENCE[lang]} {marker}."
        if len(" ".join(sentences + [sentence])) > limit - 1:
            break
        sentences.append(sentence)
        markers.append(marker)
    text = " ".join(sentences)
    return text + "." * (limit - len(text)), markers


def _long_issue(db, lang: str) -> str:
    """A held meeting's issue (central level, raised at the meeting) whose texts are of maximum length."""
    text, _ = long_text(lang)
    with db.session() as s:
        issue = s.scalar(select(ProblemIssue).join(Meeting, ProblemIssue.meeting_id == Meeting.id)
                         .where(ProblemIssue.raised_on >= DEMO_DAY.replace(month=7, day=1),
                                ProblemIssue.raised_on <= DEMO_DAY.replace(month=9, day=30))
                         .order_by(ProblemIssue.raised_on).limit(1))
        issue.text = issue.solution_way = issue.central_proposal = text
        issue.competence_level = CompetenceLevel.CENTRAL
        return str(issue.meeting_id)


def _missing(markers: list[str], text: str) -> list[str]:
    return [m for m in markers if m not in text]


def libreoffice_print(data: bytes, tmp_path) -> str:
    """The workbook printed to PDF by LibreOffice, as text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is needed to check the workbook's print")
    src = tmp_path / "book.xlsx"
    src.write_bytes(data)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=240)
    return subprocess.run(["pdftotext", str(tmp_path / "book.pdf"), "-"], capture_output=True,
                          check=True).stdout.decode()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_text_of_the_maximum_length_appears_whole_in_every_pdf(demo_db, lang):
    meeting_id = _long_issue(demo_db, lang)
    _, markers = long_text(lang)
    with demo_db.session() as s:
        reports = [build_report(kind, s, "39", parse_period(period), lang, NOW, meeting_id=meeting_id)
                   for kind, period in (("meeting", "2026-Q3"), ("quarterly", "2026-Q3"),
                                        ("central-issues", "2026-H2"))]
        reports.append(build_print(s, meeting_id, "minutes", lang, NOW))
    for report in reports:
        text = pdf_text(render_pdf(report))
        assert _missing(markers, text) == [], report.kind


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_printed_workbook_shows_the_last_sentence(demo_db, lang, tmp_path):
    meeting_id = _long_issue(demo_db, lang)
    _, markers = long_text(lang)
    with demo_db.session() as s:
        report = build_report("meeting", s, "39", parse_period("2026-Q3"), lang, NOW, meeting_id=meeting_id)
    printed = libreoffice_print(render_xlsx(report), tmp_path)
    # the issue, the solution way: each marker is printed (at least) twice
    assert [m for m in markers if printed.count(m) < 2] == []


def test_control_characters_are_cleaned_not_fatal(demo_db):
    meeting_id = _long_issue(demo_db, "ru")
    with demo_db.session() as s:
        issue = s.scalar(select(ProblemIssue).where(ProblemIssue.meeting_id == uuid.UUID(meeting_id)).limit(1))
        issue.text = "Первая строка\vвторая строка\x07\x00 и конец\x1f."
        issue.solution_way = "Путь\x0cрешения"
    with demo_db.session() as s:
        report = build_report("meeting", s, "39", parse_period("2026-Q3"), "ru", NOW, meeting_id=meeting_id)
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    values = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Первая строка\nвторая строка и конец." in values  # Word's line break is a line break
    assert "Путь\nрешения" in values
    text = " ".join(pdf_text(render_pdf(report)).split())
    assert "Первая строка" in text and "вторая строка и конец." in text


def test_a_text_longer_than_the_fields_limit_is_refused_at_entry():
    import datetime as dt

    draft = IssueDraft(text="а" * (TEXT_MAX + 1), territory_id=uuid.uuid4(), raised_on=dt.date(2026, 5, 1),
                       source="e-Otinish", solution_way="б" * (TEXT_MAX + 1))
    codes = [(p.code, p.field) for p in draft_problems(draft, dt.date(2026, 6, 1))]
    assert ("text_too_long", "text") in codes and ("text_too_long", "solution_way") in codes
    draft.text, draft.solution_way = "а" * TEXT_MAX, "б" * TEXT_MAX
    assert draft_problems(draft, dt.date(2026, 6, 1)) == []
