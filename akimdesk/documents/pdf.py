"""The PDF of a report: bundled PT Sans (embedded, covers Kazakh letters), A4, a header with region and
period, page X of Y, table headers repeated on every page, charts, and the signature block."""

from __future__ import annotations

import io

from .. import config
from ..documents.definition import DATE, INT, PERCENT, TEXT, Report, Table, label_span
from ..documents.texts import t
from ..progress import NO_PROGRESS, Progress
from .pdf_table import Cell, Rows, finish, made, might_be_tall, paged_table_class, split_tall
from .pdf_table import para as _para

FONT, FONT_BOLD, FONT_ITALIC = "PTSans", "PTSans-Bold", "PTSans-Italic"


def register_fonts() -> None:
    """Register the bundled PT Sans with reportlab once (the base-14 fonts have no Kazakh letters)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = config.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "PTSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "PTSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "PTSans-Italic.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


def format_value(value, kind: str) -> str:
    """A value as both documents print it (the PDF as text; Excel keeps the real type)."""
    if value is None or value == "":
        return ""
    if kind == DATE and hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if kind == PERCENT and isinstance(value, (int, float)):
        return f"{value * 100:.1f}%".replace(".", ",")
    return str(value)


class _Styles:
    def __init__(self, size: float):
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        lead = size * 1.2
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT, fontSize=10, leading=12, alignment=TA_CENTER,
                                       spaceAfter=8)
        self.heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10,
                                      spaceAfter=4)
        self.fact_key = ParagraphStyle("fact_key", fontName=FONT_BOLD, fontSize=9, leading=11)
        self.fact = ParagraphStyle("fact", fontName=FONT, fontSize=9, leading=11)
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=lead)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_right_bold = ParagraphStyle("cell_right_bold", parent=self.cell_right, fontName=FONT_BOLD)
        self.header = ParagraphStyle("header", parent=self.cell_bold, alignment=TA_CENTER)
        self.note = ParagraphStyle("note", fontName=FONT_ITALIC, fontSize=8, leading=10, spaceBefore=3)
        self.sign = ParagraphStyle("sign", fontName=FONT_BOLD, fontSize=10, leading=13)
        self.sign_small = ParagraphStyle("sign_small", fontName=FONT, fontSize=9, leading=12)


def _column_widths(report: Report, table: Table, width: float, size: float) -> list[float]:
    """Widths in proportion to the columns' weights, each wide enough for the longest word of its header
    (a header is never cut inside a word), taken from the columns that can spare it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    weights = [c.width for c in table.columns]
    widths = [width * w / sum(weights) for w in weights]
    mins = _least_widths(report, table, size, {})
    words = _longest_words(table, 16)
    # the cells' longest words (a status, a category) as far as the page allows: never at the cost of a
    # header word, a date or a code
    wanted = [max(m, max(stringWidth(w, FONT, size) for w in words[i]) + 7) if i in words else m
              for i, m in enumerate(mins)]
    room = (width - sum(mins)) * 0.5  # half the free width at most: the long texts keep theirs
    for i in sorted(range(len(mins)), key=lambda i: wanted[i] - mins[i]):  # the smallest needs first
        need = min(wanted[i] - mins[i], max(room, 0))
        mins[i] += need
        room -= need
    if sum(mins) >= width:
        return [width * m / sum(mins) for m in mins]
    for _ in range(len(widths)):
        short = sum(m - w for w, m in zip(widths, mins, strict=True) if w < m)
        if short <= 0:
            break
        spare = [w - m if w > m else 0 for w, m in zip(widths, mins, strict=True)]
        total_spare = sum(spare)
        widths = [m if w <= m else w - short * sp / total_spare for w, m, sp in zip(widths, mins, spare, strict=True)]
    return widths


def _widest_numbers(table: Table, size: float) -> dict[int, list[float]]:
    """For each number column, the width of its widest number as printed, in the rows and in bold in the
    totals: a number is never cut across lines (row 8,172 of a national list printed as 81 over 72)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: dict[int, list[float]] = {}
    totals = [g.subtotal for g in table.groups if g.subtotal] + ([table.totals] if table.totals else [])
    for i, c in enumerate(table.columns):
        if c.kind not in (INT, PERCENT):
            continue
        plain = {format_value(row[i], c.kind) for row in table.rows if i < len(row)}
        bold = {format_value(row[i], c.kind) for row in totals if label_span(row) <= i < len(row)}
        out[i] = [max((stringWidth(v, FONT, size) for v in plain), default=0),
                  max((stringWidth(v, FONT_BOLD, size) for v in bold), default=0)]
    return out


def _text_widths(report: Report, table: Table, width: float, size: float) -> list[float]:
    """Each column at least as wide as its longest word: of its header (a header is never cut inside a word),
    of its cells (up to WORD_CAP letters), a date, a code it prints on one line; the rest of the page shared
    among the columns whose lines need more, in proportion to how much text a row holds in them (the
    issue, its way of solution, the progress), none wider than its longest line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    mins = _least_widths(report, table, size, _longest_words(table))
    if sum(mins) >= width:
        return [width * m / sum(mins) for m in mins]
    longest, volume = _text_measure(table)
    letter = stringWidth(_ALPHABET, FONT, size) / len(_ALPHABET)
    wants = [max(m, n * letter * 1.05 + PAD) for m, n in zip(mins, longest, strict=True)]
    widths = list(mins)
    active = [i for i, w in enumerate(widths) if wants[i] > w]
    while active and width - sum(widths) > 0.5:
        free, share = width - sum(widths), sum(volume[i] for i in active)
        for i in active:
            widths[i] = min(wants[i], widths[i] + free * volume[i] / share)
        active = [i for i in active if wants[i] - widths[i] > 0.5]
    free = width - sum(widths)
    if free > 0.5:  # every line fits: the spare width goes to the columns in proportion to theirs
        widths = [w + free * w / sum(widths) for w in widths]
    return widths


def _least_widths(report: Report, table: Table, size: float, words: dict[int, set[str]]) -> list[float]:
    """Each column's least width: its longest header word, date, code, widest number and cell word (`words`)
    on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    numbers = _widest_numbers(table, size)
    return [max([stringWidth(word, FONT_BOLD, size) for word in c.header(report.lang).split()]
                + ([stringWidth("00.00.0000", FONT, size)] if c.kind == DATE else [])
                + ([stringWidth(c.fit, FONT, size)] if c.fit else []) + numbers.get(i, [])
                + [stringWidth(word, FONT, size) for word in words.get(i, ())], default=0) + PAD
            for i, c in enumerate(table.columns)]


def _text_size(report: Report, table: Table, width: float) -> float:
    """The body size of a table sized by its text: 8 pt when the columns' least widths leave half the page
    to the long texts, else 7.5, else 7 (never smaller: the body stays legible)."""
    words = _longest_words(table)
    for size in (8, 7.5):
        if sum(_least_widths(report, table, size, words)) <= width * 0.5:
            return size
    return 7


PAD = 7  # points: a cell's left and right padding and a little air
_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі0123456789 "


def _text_measure(table: Table) -> tuple[list[int], list[float]]:
    """For each column, its longest line (letters) and how many letters a row holds in it on average
    (the columns' Excel widths when the table is empty); one pass over the cells."""
    n = len(table.columns)
    longest, letters = [0] * n, [0] * n
    rows = table.rows
    for row in rows:
        for i, value in enumerate(row):
            if value is None or value == "":
                continue
            text = value if isinstance(value, str) else str(value)
            letters[i] += len(text)
            line = max(map(len, text.split("\n"))) if "\n" in text else len(text)
            if line > longest[i]:
                longest[i] = line
    if not rows:
        return [int(c.width) for c in table.columns], [c.width for c in table.columns]
    return longest, [max(1.0, total / len(rows)) for total in letters]


WORD_CAP = 30  # letters: a word up to this long is never cut in a text cell; a longer one (a web address) may be


def _longest_words(table: Table, cap: int = 0) -> dict[int, set[str]]:
    """For each text column, its longest words (up to `cap` or WORD_CAP letters; those within two letters of the
    longest, since letters differ in width), so a status or a name is not cut inside a word; a longer word
    (a web address) may still break."""
    cap = cap or WORD_CAP
    out: dict[int, set[str]] = {}
    for i, column in enumerate(table.columns):
        if column.kind != TEXT:
            continue
        best, found = 0, set()
        for row in table.rows:
            value = row[i] if i < len(row) else None
            if not isinstance(value, str) or len(value) < best - 2:
                continue
            for word in value.split():
                n = min(len(word), cap)
                if n >= best - 2:
                    found.add(word[:cap])
                    if n > best:
                        best = n
                        found = {w for w in found if len(w) >= best - 2}
        if found:
            out[i] = found
    return out


def _header_size(report: Report, table: Table, width: float, size: float) -> float:
    """The font size at which every header word fits its column (never below 6 pt)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 6 and sum(max((stringWidth(w, FONT_BOLD, size) for w in c.header(report.lang).split()), default=0) + 7
                           for c in table.columns) >= width:
        size -= 0.5
    return size


def _table_flowables(report: Report, table: Table, width: float, progress: Progress, done: int, total: int,
                     ending: list | None = None):
    """The table, its note, and (for the last table) `ending`, the signature block kept with the last rows."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer

    weights = [c.width for c in table.columns]
    size = _text_size(report, table, width) if table.by_text else _header_size(
        report, table, width, 8 if sum(weights) <= 170 else 7)
    st = _Styles(size)
    col_widths = (_text_widths if table.by_text else _column_widths)(report, table, width, size)
    data = [[_para(c.header(report.lang), st.header) for c in table.columns]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells too: no base-14 font may enter the file
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]

    def total_row(values):
        data.append(row_cells(values, bold=True, label=True))
        span = label_span(values)
        if span > 1:
            commands.append(("SPAN", (0, len(data) - 1), (span - 1, len(data) - 1)))

    def row_cells(values, bold=False, label=False):
        cells = []
        for i, (v, c) in enumerate(zip(values, table.columns, strict=True)):
            numeric = c.kind in (INT, PERCENT) and not (label and i == 0)
            style = (st.cell_right_bold if bold else st.cell_right) if numeric else (st.cell_bold if bold else st.cell)
            cells.append(Cell(format_value(v, TEXT if label and i == 0 else c.kind), style))
        return cells

    keep: list[tuple[int, int]] = []
    if not table.rows:
        data.append([_para(table.empty_text, st.cell)] + [""] * (len(table.columns) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    for group in table.groups:
        if group.title:
            data.append([_para(group.title, st.cell_bold)] + [""] * (len(table.columns) - 1))
            r = len(data) - 1
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2"))]
            if group.rows:  # a group's title never stands alone at the foot of a page
                keep.append((r, r + 1))
        for row in group.rows:
            cells = row_cells(row)  # made when its page is laid out, unless it may need cutting first
            data.extend(split_tall(made(cells), col_widths) if might_be_tall(cells, col_widths) else [cells])
            done += 1
            if done % 200 == 0:
                progress.step(done, total, "pdf")
        if group.subtotal:
            total_row(group.subtotal)
            if group.rows:  # nor a subtotal alone at the head of the next
                keep.append((len(data) - 2, len(data) - 1))
    if table.totals:
        total_row(table.totals)
        commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#dce6f1")))
        if len(data) > 2:
            keep.append((len(data) - 2, len(data) - 1))
    commands.insert(1, ("GRID", (0, 0), (-1, len(data) - 1), 0.4, colors.HexColor("#808080")))
    heights = None
    if table.row_height_mm:
        from reportlab.lib.units import mm

        heights = [None] + [table.row_height_mm * mm] * (len(data) - 1)
        commands.append(("VALIGN", (0, 1), (-1, len(data) - 1), "MIDDLE"))
    finish(data, commands, keep, heights, col_widths, ([_para(table.note, st.note)] if table.note else [])
            + list(ending or []))
    flow = [paged_table_class()(Rows(data, commands, col_widths, heights)), Spacer(1, 6)]
    return flow, done


def _numbered_canvas(report: Report, page_size):
    """A canvas that knows the page count when it saves, for «Page X of Y» and the running header."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    lang = report.lang
    left_header = f"{report.region} — {report.period_label}"
    created = t("created", lang, date=report.created.strftime("%d.%m.%Y %H:%M"))

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            w, h = page_size
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#404040"))
            self.drawString(28, h - 22, left_header)
            self.drawRightString(w - 28, h - 22, report.header_note)
            self.setStrokeColor(colors.HexColor("#a0a0a0"))
            self.line(28, h - 26, w - 28, h - 26)
            self.drawString(28, 16, created)
            self.drawRightString(w - 28, 16, t("page", lang, page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def render_pdf(report: Report, progress: Progress = NO_PROGRESS) -> bytes:
    """The report as a PDF file (bytes), fonts embedded."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable

    from .pdf_charts import chart_drawing

    register_fonts()
    page = landscape(A4) if report.landscape else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=13 * mm, bottomMargin=12 * mm,
        title=report.title, author="AkimDesk", subject=f"{report.region}, {report.period_label}",
        creator="AkimDesk", keywords=f"{report.kind} {report.lang}", lang=report.lang,
        initialFontName=FONT, initialFontSize=9,
    )
    st = _Styles(8)
    story = [_para(report.title, st.title),
             _para(f"{t('region', report.lang)}: {report.region}. {t('period', report.lang)}: {report.period_label}",
                   st.subtitle)]
    if report.facts:
        facts = [[_para(k, st.fact_key), _para(v, st.fact)] for k, v in report.facts]
        facts = [part for row in facts for part in split_tall(row, [doc.width * 0.28, doc.width * 0.72])]
        story.append(RLTable(facts, colWidths=[doc.width * 0.28, doc.width * 0.72], hAlign="LEFT",
                             style=[("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(Spacer(1, 8))
    total = max(1, report.row_count())
    done = 0
    ending = _signature_block(report, doc.width, st) if report.signature else []
    for n, full_table in enumerate(report.tables):
        table = full_table.printed_view()
        last = n == len(report.tables) - 1
        if table.title:
            story += [CondPageBreak(60), _para(table.title, st.heading)]
        flow, done = _table_flowables(report, table, doc.width, progress, done, total,
                                      ending if last and table.chart is None else None)
        story += flow
        if table.chart is not None:
            story.append(KeepTogether([_para(table.chart.title, st.note),
                                       chart_drawing(table.chart, doc.width * 0.8, FONT, doc.height - 40), Spacer(1, 8)]
                                      + (ending if last else [])))
    if not report.tables and ending:
        story.append(KeepTogether(ending))
    while story and isinstance(story[-1], Spacer):  # a trailing gap must not open an empty last page
        story.pop()
    progress.step(done, total, "pdf")
    doc.build(story, canvasmaker=_numbered_canvas(report, page))
    return buf.getvalue()


def _signature_block(report: Report, width: float, st: _Styles) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as RLTable

    sig = report.signature
    block = [Spacer(1, 14),
             RLTable([[_para(sig.position, st.sign), "", _para(sig.name, st.sign)]],
                     colWidths=[width * 0.45, width * 0.25, width * 0.3], hAlign="LEFT",
                     style=[("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
             _para(f"{sig.date_label}: {sig.date:%d.%m.%Y}", st.sign_small)]
    if sig.electronic:
        block.append(_para(sig.electronic, st.note))
    return block
