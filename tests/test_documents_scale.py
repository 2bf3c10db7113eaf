"""A long document costs what its rows cost: the PDF breaks each cell's text into lines about once, however
many pages the table runs to (reportlab's own split of one long table measured every remaining row again
on each page: a region's quarterly update took eleven minutes), and the workbook makes each cell style
once. Counted, not timed; the pages a reader sees are checked too."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import subprocess

from openpyxl import load_workbook

from akimdesk.documents.definition import INT, Column, Group, Report, SignatureBlock, Table, count_subtotal
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.xlsx import render_xlsx

COLUMNS = [Column("no", "№", "№", kind=INT, width=5), Column("number", "Рег. номер", "Тіркеу нөмірі", width=14),
           Column("issue", "Суть вопроса", "Мәселенің мәні", width=40), Column("state", "Статус", "Мәртебесі", width=15),
           Column("percent", "Исполнение, %", "Орындалуы, %", kind=INT, width=10)]
TEXTS = ["Ремонт дороги по улице Абая.", "Жители просят восстановить уличное освещение во дворах домов "
         "по улице Байтурсынова и установить остановку автобуса у школы № 7, как обещали на прошлой встрече."]


def report(rows: int) -> Report:
    groups, n = [], 0
    for body in range(1, rows // 25 + 1):
        items = []
        for _ in range(25):
            n += 1
            items.append((n, f"39-2026-{n:08d}", f"{TEXTS[n % 2]} (N{n:05d}N)", "в работе", n % 100))
        groups.append(Group(f"Министерство {body}", items, count_subtotal(COLUMNS, f"Итого: {len(items)}", items)))
    return Report(kind="quarterly", lang="ru", title="Ежеквартальная информация", region="Костанайская область",
                  period_label="3 квартал 2026", created=dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
                  tables=[Table("issues", None, COLUMNS, groups, totals=count_subtotal(COLUMNS, f"Всего: {n}", []))],
                  signature=SignatureBlock("Аким области", "К. Аксакалов", dt.date(2026, 10, 5), "Дата"))


def pages(pdf: bytes) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return text.decode().split("\f")[:-1]


def test_a_long_pdf_breaks_each_text_into_lines_about_once(monkeypatch):
    from reportlab.platypus.paragraph import Paragraph

    calls = [0]
    break_lines = Paragraph.breakLines

    def counted(self, *args, **kwargs):
        calls[0] += 1
        return break_lines(self, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    per_cell = []
    for rows in (100, 400):
        calls[0] = 0
        pdf = render_pdf(report(rows))
        per_cell.append(calls[0] / (rows * len(COLUMNS)))
        shown = pages(pdf)
        assert len(shown) > rows // 40  # many pages: the table was split again and again
        assert all("Рег. номер" in page for page in shown)  # the header repeated on every page
        numbers = [int(m) for m in re.findall(r"N(\d{5})N", "".join(shown))]
        assert numbers == list(range(1, rows + 1))  # every row, once, in order
        assert "Аксакалов" in shown[-1] and f"Всего: {rows}" in shown[-1]
    # before: about 12 breaks per cell at 400 rows, and growing with the rows
    assert max(per_cell) < 1.25, per_cell


def test_a_long_pdf_keeps_only_a_few_pages_of_cells_at_once(monkeypatch):
    """A table's cells become reportlab Paragraphs when their page is laid out and are let go once it is
    drawn: how many live at once does not grow with the rows (the consolidated quarterly of all regions,
    17,000 rows, held 770 MB of them before its first page)."""
    import weakref

    from akimdesk.documents.pdf_table import paragraph_class

    made = paragraph_class()
    alive, most = [0], [0]
    init = made.__init__

    def gone() -> None:
        alive[0] -= 1

    def tracked(self, *args, **kwargs):
        init(self, *args, **kwargs)
        alive[0] += 1
        most[0] = max(most[0], alive[0])
        weakref.finalize(self, gone)

    monkeypatch.setattr(made, "__init__", tracked)
    most_alive = []
    for rows in (200, 800):
        alive[0] = most[0] = 0
        shown = pages(render_pdf(report(rows)))
        assert [int(m) for m in re.findall(r"N(\d{5})N", "".join(shown))] == list(range(1, rows + 1))
        most_alive.append(most[0])
    assert most_alive[1] < 1.3 * most_alive[0] and most_alive[0] < 200 * len(COLUMNS), most_alive


def test_the_bound_on_a_cells_lines_never_falls_short_of_reportlabs(monkeypatch):
    """A row is made and cut to fit a page up front only when it may be taller than a page allows: the cheap
    bound that decides it must never be below the lines reportlab breaks the text into (else a tall row
    would reach the page uncut). Random texts of Kazakh and Russian words, long web addresses, line breaks,
    both fonts, sizes and column widths; the bound at the widest letter's width and measured."""
    import random

    from reportlab.lib.styles import ParagraphStyle

    from akimdesk.documents.pdf import FONT, FONT_BOLD, register_fonts
    from akimdesk.documents.pdf_table import lines_at_most, para

    register_fonts()
    rnd = random.Random(17)
    words = ["газ", "Қостанай", "әкімдігінің", "ауылының", "https://e-otinish.kz/" + "ш" * 70, "ммммммммм", "ШЩЖ",
             "1", "—", "Жители", "просят", "ӘҒҚҢӨҰҮҺІ", "«QazaqGaz»", "a" * 300]
    for _ in range(300):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 90)))
        text = text.replace(" ", "\n", rnd.randint(0, 4))
        size = rnd.choice([6, 7, 7.5, 8, 9])
        style = ParagraphStyle("cell", fontName=rnd.choice([FONT, FONT_BOLD]), fontSize=size, leading=size * 1.2)
        room = rnd.uniform(25, 420)
        height = para(text, style).wrap(room, 1e6)[1]
        for enough in (math.inf, 0):  # at the widest letter's width; measured
            assert lines_at_most(text, style, room, enough) * style.leading >= height - 1e-6, (text, room, size)


def test_a_row_number_of_a_national_list_is_never_cut_across_lines():
    """Row 8,172 of the consolidated quarterly was printed as 81 over 72: a number column is at least as
    wide as its widest number, in the rows and (in bold) in the totals."""
    columns = [Column("no", "№", "№", kind=INT, width=1), Column("issue", "Суть вопроса", "Мәселенің мәні", width=200)]
    items = [(n, f"Вопрос {n}") for n in range(99_990, 100_010)]
    table = Table("issues", None, columns, [Group("Министерство", items, (None, None))], totals=(123_456_789, None))
    pdf = render_pdf(Report(kind="quarterly", lang="ru", title="Т", region="Р", period_label="П",
                            created=dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC), tables=[table]))
    text = "".join(pages(pdf))
    first = [int(n) for n in re.findall(r"^\s*(\d+)", text, re.MULTILINE)]  # the number column, line by line
    assert first == [n for n, _ in items] + [123_456_789], text


def _calls_while_rendering(monkeypatch, owner, method: str) -> tuple[list[int], bytes]:
    """How often `owner.method` ran while writing the workbook of 100 and of 400 issues; the second workbook."""
    calls = [0]
    original = getattr(owner, method)

    def counted(self, *args, **kwargs):
        calls[0] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, method, counted)
    counts = []
    for rows in (100, 400):
        calls[0] = 0
        data = render_xlsx(report(rows))
        counts.append(calls[0])
    return counts, data


def test_a_large_workbook_makes_each_cell_style_once(monkeypatch):
    from openpyxl.descriptors.serialisable import Serialisable

    counts, data = _calls_while_rendering(monkeypatch, Serialisable, "__hash__")
    assert counts[1] < counts[0] + 200, counts  # not a style hashed per cell (before: 7 per cell)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    body = [row for row in sheet.iter_rows(min_row=1) if isinstance(row[0].value, int)]
    assert len(body) == 400
    first = body[0]
    assert first[1].border.left.style == "thin" and first[1].alignment.wrap_text
    assert first[4].number_format == "0" and first[4].alignment.horizontal == "right"
    assert sheet.cell(row=body[0][0].row - 1, column=1).font.b  # the group title stays bold


def test_a_large_workbook_makes_no_cell_object_per_body_cell(monkeypatch):
    from openpyxl.cell.cell import Cell

    counts, data = _calls_while_rendering(monkeypatch, Cell, "__init__")
    # 300 more rows, 1,500 more body cells and as many on the data sheet: no more cell objects (before: one each)
    assert counts[1] < counts[0] + 50, counts
    book = load_workbook(io.BytesIO(data))
    body = [row for row in book.worksheets[0].iter_rows() if isinstance(row[0].value, int)]
    assert [row[0].value for row in body] == list(range(1, 401))
    assert body[7][2].value == f"{TEXTS[0]} (N00008N)" and body[7][2].data_type == "s"
    assert body[7][4].value == 8 and body[7][4].data_type == "n"
    flat = list(book.worksheets[-1].iter_rows(values_only=True))
    assert len(flat) == 401 and flat[8][-3:] == (f"{TEXTS[0]} (N00008N)", "в работе", 8)
    # rows are as high as their longest text: issue 7's sentence wraps into 5 lines of its 40-character
    # column; issue 8's fits one, and its 16-character number takes 2 lines of a 14-character column
    heights = book.worksheets[0].row_dimensions
    assert heights[body[6][0].row].height == 5 * 15 + 2 and heights[body[6][0].row].customHeight
    assert heights[body[7][0].row].height == 2 * 15 + 2


def test_a_row_is_as_high_as_its_longest_text_wrapped_at_spaces():
    from akimdesk.documents.xlsx import _line_count, _row_height, _wrapped

    narrow = [Column("a", "А", "А", width=10), Column("b", "Б", "Б", width=10)]  # 9 characters a line
    assert _row_height(["aaaa bbbb", "один"], narrow) is None  # one line each: Excel's default height
    assert _row_height(["aaaa bbbb cccc", "один"], narrow) == 2 * 15 + 2  # "aaaa bbbb" / "cccc"
    assert _row_height(["x" * 20, "a\nb\nc\nd"], narrow) == 4 * 15 + 2  # 9 + 9 + 2 letters; four paragraphs
    assert _row_height(["слово " * 500, ""], narrow) == 409  # Excel's highest row
    # the count used for heights is the number of lines the text is cut into
    import random

    rng = random.Random(5)
    pieces = ["a", "bb", "слово", "x" * 12, "y" * 27, "", " ", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 30)))
        for per_line in (1, 2.5, 9.5, 13.3):
            assert _line_count(text, per_line) == len(_wrapped(text, per_line)), (text, per_line)


def test_an_issue_list_reads_its_issues_as_rows_not_objects(demo_db):
    """A country's quarterly update holds tens of thousands of issues: each issue, entry of its history and
    meeting made as an ORM object took most of the time its rows were read in (52,000 objects, 4 s)."""
    from sqlalchemy import event

    from akimdesk.documents import build_report, parse_period
    from akimdesk.models import IssueDeadlineChange, IssueProgress, Meeting, ProblemIssue

    loaded: list[str] = []

    def count(target, _context) -> None:
        loaded.append(type(target).__name__)

    kinds = (ProblemIssue, IssueProgress, IssueDeadlineChange, Meeting)
    for kind in kinds:
        event.listen(kind, "load", count)
    try:
        with demo_db.session() as s:
            report = build_report("quarterly", s, "39", parse_period("2026-Q4"), "kk", dt.datetime(2026, 12, 4, 10, 0))
    finally:
        for kind in kinds:
            event.remove(kind, "load", count)
    assert len(report.tables[0].rows) > 20 and loaded == []


def test_an_issue_list_read_in_many_batches_is_the_list_read_in_one(demo_db, monkeypatch):
    """The history is read 900 issues a statement; a country's list takes dozens of statements. Read 7 issues a
    statement, the demo's quarterly update (its issues, progress notes, percents and extensions) is the same."""
    from akimdesk.documents import build_report, issue_rows, parse_period

    def rows():
        with demo_db.session() as s:
            report = build_report("quarterly", s, "39", parse_period("2026-Q4"), "ru", dt.datetime(2026, 12, 4, 10, 0))
        return [g.rows for t in report.tables for g in t.groups], report.frozen

    whole = rows()
    monkeypatch.setattr(issue_rows, "BATCH", 7)
    assert rows() == whole and whole[1]["total"] > 3 * 7  # several batches
