"""The printed issue lists (quarterly update, central-issues list; a region's, one body's, the country's) are
laid out so that a clerk can sign them: no ordinary word of a body cell is cut inside, every piece of
information a row carries is printed, and a text of the field's maximum length is still printed whole."""

from __future__ import annotations

import re
import subprocess

import pytest
from sqlalchemy import select

from akimdesk.documents import build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.models import ProblemIssue, ResponsibleBody

from .keys import keys  # noqa: F401 (fixture)
from .test_documents import NOW
from .test_documents_long_text import long_text
from .test_documents_national import government, government_file  # noqa: F401 (fixtures)

PUNCTUATION = ",.;:()«»\"'"
WORD_LIMIT = 14  # letters: a word up to this long is never cut in a body cell
# the row texts whose words must be printed whole (the long texts too: their words are ordinary words)
TEXT_KEYS = ("where", "meeting", "issue", "category", "proposal", "solution", "status", "progress", "change")


def _tokens(pdf: bytes) -> list[str]:
    raw = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [w.strip(PUNCTUATION) for w in raw.split()]


def _words(report) -> set[str]:
    table = report.tables[0]
    names = [c.key for c in table.columns]
    printed = {c.key for c in table.columns if c.printed}  # the quarterly list's category is data only
    words = set()
    for row in table.rows:
        for key in TEXT_KEYS:
            if key in printed and isinstance(row[names.index(key)], str):
                words |= {w.strip(PUNCTUATION) for w in row[names.index(key)].split()}
    return {w for w in words if 2 <= len(w) <= WORD_LIMIT}


def _smallest_size(pdf: bytes, words: set[str]) -> float:
    """The smallest font size (pt) any of `words` is printed in: pdftotext's word box is as high as its font."""
    boxes = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    sizes = [float(m[1]) - float(m[0]) for m in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                                                           boxes) if m[2].strip(PUNCTUATION) in words]
    return min(sizes)


def assert_no_word_cut(report) -> None:
    words = _words(report)
    assert len(words) > 50  # the scenario has real texts to check
    pdf = render_pdf(report)
    assert _smallest_size(pdf, words) >= 6.99  # legible: the body is never printed below 7 pt
    tokens = _tokens(pdf)
    cut = sorted({a + b for a, b in zip(tokens, tokens[1:], strict=False) if a + b in words and a not in words})
    missing = sorted(words - set(tokens))
    assert cut == [] and missing == [], (cut[:20], missing[:20])


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("kind,period", [("quarterly", "2026-Q3"), ("central-issues", "2026-H1")])
def test_no_word_of_a_body_cell_is_cut_in_the_printed_issue_lists(demo_db, kind, period, lang):
    with demo_db.session() as s:
        report = build_report(kind, s, "39", parse_period(period), lang, NOW)
    assert_no_word_cut(report)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_one_bodys_list_prints_its_words_whole(demo_db, lang):
    with demo_db.session() as s:
        body = s.scalar(select(ResponsibleBody.code).join(ProblemIssue, ProblemIssue.responsible_body_id
                                                          == ResponsibleBody.id).where(
            ProblemIssue.meeting_id.is_not(None), ProblemIssue.competence_level == "central").limit(1))
        report = build_report("quarterly", s, "39", parse_period("2026-Q3"), lang, NOW, body=body)
    assert_no_word_cut(report)


@pytest.mark.parametrize("kind,period", [("quarterly", "2026-Q3"), ("central-issues", "2026-H1")])
def test_the_countrys_lists_print_their_words_whole(government, kind, period):  # noqa: F811
    with government.session() as s:
        report = build_report(kind, s, "all", parse_period(period), "kk", NOW)
    assert_no_word_cut(report)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_row_prints_what_the_issue_asks_it_to_carry(demo_db, lang):
    """Number, KATO, place, raised on, the meeting (date and akim), deadlines with the extensions, overdue,
    status and percent, the last progress note: each row's values are in the print."""
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", parse_period("2026-Q3"), lang, NOW)
    table = report.tables[0]
    names = [c.key for c in table.columns]
    text = " ".join(_tokens(render_pdf(report)))
    extended = 0
    for row in table.rows:
        value = dict(zip(names, row, strict=True))
        for key in ("number", "kato"):
            assert value[key] in text
        for key in ("raised", "original_deadline", "deadline", "last_extension"):
            if value[key] is not None:
                assert value[key].strftime("%d.%m.%Y") in text
        assert value["meeting"].split(",")[0] in text
        extended += value["extensions"] > 0
    assert extended > 0  # the scenario has extended deadlines


def test_a_way_of_solution_of_the_fields_maximum_length_is_printed_whole(demo_db):
    text, markers = long_text("ru")
    with demo_db.session() as s:
        issue = s.scalar(select(ProblemIssue).where(ProblemIssue.meeting_id.is_not(None),
                                                    ProblemIssue.competence_level == "central",
                                                    ProblemIssue.closed_on.is_(None)).limit(1))
        issue.solution_way = text
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", parse_period("2026-Q3"), "ru", NOW)
    tokens = set(_tokens(render_pdf(report)))
    assert [m for m in markers if m not in tokens] == []
