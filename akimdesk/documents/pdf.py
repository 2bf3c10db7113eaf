"""The PDF of a report: bundled PT Sans (embedded, covers Kazakh letters), A4, a header with region and
period, page X of Y, table headers repeated on every page, charts, and the signature block."""

from __future__ import annotations

import functools
import io
from xml.sax.saxutils import escape

from .. import config
from ..documents.definition import DATE, INT, PERCENT, TEXT, Report, Table, clean_text, label_span
from ..documents.texts import t
from ..progress import NO_PROGRESS, Progress

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


def _para(text: str, style):
    return _paragraph_class()(escape(clean_text(text)).replace("\n", "<br/>"), style)


@functools.cache
def _paragraph_class():
    """reportlab's Paragraph that remembers its lines for the width it was last wrapped to: a table measures
    each cell again whenever it is split or drawn, and breaking a text into lines is most of a PDF's time."""
    from reportlab.platypus import Paragraph

    class RememberingParagraph(Paragraph):
        _memo: tuple | None = None

        def wrap(self, avail_width, avail_height):
            memo = self._memo
            # a table draws a cell at its column's width taken between column positions: a rounding apart
            if memo is not None and abs(memo[0] - avail_width) < 1e-6 and getattr(self, "blPara", None) is memo[1]:
                self.width, self.height = avail_width, memo[2]
                return self.width, self.height
            width, height = super().wrap(avail_width, avail_height)
            self._memo = (avail_width, getattr(self, "blPara", None), height)
            return width, height

    return RememberingParagraph


def _column_widths(report: Report, table: Table, width: float, size: float) -> list[float]:
    """Widths in proportion to the columns' weights, each wide enough for the longest word of its header
    (a header is never cut inside a word), taken from the columns that can spare it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    weights = [c.width for c in table.columns]
    widths = [width * w / sum(weights) for w in weights]
    mins = [max([stringWidth(word, FONT_BOLD, size) for word in c.header(report.lang).split()]
                + ([stringWidth("00.00.0000", FONT, size)] if c.kind == DATE else [])
                + ([stringWidth(c.fit, FONT, size)] if c.fit else []), default=0) + 7
            for c in table.columns]
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
    """Each column's least width: its longest header word, date, code and cell word (`words`) on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return [max([stringWidth(word, FONT_BOLD, size) for word in c.header(report.lang).split()]
                + ([stringWidth("00.00.0000", FONT, size)] if c.kind == DATE else [])
                + ([stringWidth(c.fit, FONT, size)] if c.fit else [])
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


KEEP_LIMIT = 300  # points: rows kept together must leave room on a page (a taller row splits anyway)
ROW_LIMIT = 280  # points: a row taller than this continues in the rows below (a page holds at least one part)


def split_tall(cells: list, col_widths: list[float], limit: float = ROW_LIMIT) -> list[list]:
    """A row as one or more table rows: a text taller than `limit` is cut between its lines and continues in
    the rows below, the other cells blank, so every line is printed and a page break falls between rows."""
    if _row_height(cells, col_widths) <= limit:
        return [cells]
    columns: list[list] = []
    for cell, w in zip(cells, col_widths, strict=True):
        parts, rest = [], cell
        while hasattr(rest, "wrap") and rest.wrap(w - 3 - 3, 1e6)[1] + 4 > limit:
            pieces = rest.split(w - 6, limit - 4)
            if len(pieces) < 2:
                break
            parts.append(pieces[0])
            rest = pieces[1]
        columns.append(parts + [rest])
    rows = max(len(c) for c in columns)
    return [[c[n] if n < len(c) else "" for c in columns] for n in range(rows)]


def _row_height(cells, col_widths) -> float:
    """The height a row of cells will take (only for the few rows asked to stay together)."""
    if len(cells) > 1 and all(c == "" for c in cells[1:]):  # a title spanning the row has its whole width
        col_widths = [sum(col_widths)]
    height = 0.0
    for cell, w in zip(cells, col_widths, strict=False):
        for item in cell if isinstance(cell, list) else [cell]:
            if hasattr(item, "wrap"):
                height = max(height, item.wrap(w - 3 - 3, 1e6)[1] + 4)
    return height


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
            cells.append(_para(format_value(v, TEXT if label and i == 0 else c.kind), style))
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
            data.extend(split_tall(row_cells(row), col_widths))
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
    _finish(data, commands, keep, heights, col_widths, ([_para(table.note, st.note)] if table.note else [])
            + list(ending or []))
    flow = [_paged_table_class()(_Rows(data, commands, col_widths, heights)), Spacer(1, 6)]
    return flow, done


def _finish(data: list, commands: list, keep: list, heights: list | None, col_widths: list[float], tail: list) -> None:
    """The note and the signature ride in the table's last row, kept with the last rows above; rows that
    together fit well within a page are never parted."""
    if tail:
        last = len(data) - 1
        data.append([tail] + [""] * (len(col_widths) - 1))
        commands += [("SPAN", (0, last + 1), (-1, last + 1)), ("LEFTPADDING", (0, last + 1), (-1, last + 1), 0)]
        keep.append((max(1, last - 1), last + 1))
        if heights is not None:
            heights.append(None)
    for first, last in keep:
        if sum(_row_height(data[r], col_widths) for r in range(first, last + 1)) < KEEP_LIMIT:
            commands.append(("NOSPLIT", (0, first), (-1, last)))


class _Rows:
    """A table's rows (row 0 its header) and style commands, from which a page's piece is built: commands
    that cover many rows are kept apart from those of one row or a few, which are found by their first row."""

    def __init__(self, data: list, commands: list, col_widths: list[float], heights: list | None):
        self.data, self.col_widths, self.heights = data, col_widths, heights
        self.wide: list[tuple] = []
        self.local: dict[int, list[tuple]] = {}
        n = len(data)
        for name, (c0, r0), (c1, r1), *args in commands:
            r0, r1 = r0 % n, r1 % n
            if r0 == 0 or r1 - r0 > LOCAL_ROWS:  # the header's commands and those of many rows
                self.wide.append((name, c0, r0, c1, r1, args))
            else:
                self.local.setdefault(r0, []).append((name, c0, r0, c1, r1, args))

    def piece(self, start: int, end: int):
        """A table of the header and rows [start, end), the commands moved to their rows in it."""
        from reportlab.platypus import LongTable

        commands = []

        def place(name, c0, r0, c1, r1, args):
            first = 0 if r0 == 0 else max(r0, start) - start + 1  # the header is the first row of every piece
            last = 0 if r1 < start else min(r1, end - 1) - start + 1
            if r0 <= r1 and first <= last:
                commands.append((name, (c0, first), (c1, last), *args))

        for command in self.wide:
            place(*command)
        for first in range(max(1, start - LOCAL_ROWS), end):
            for command in self.local.get(first, ()):
                place(*command)
        heights = None if self.heights is None else [self.heights[0]] + self.heights[start:end]
        return LongTable([self.data[0]] + self.data[start:end], colWidths=self.col_widths, rowHeights=heights,
                         repeatRows=1, style=commands, hAlign="LEFT")


LOCAL_ROWS = 4  # commands over at most this many rows more belong to a row (a span, a group kept together)
PIECE_MARGIN = 6  # rows beyond a page's last row in the piece measured for it (a kept group may reach there)


@functools.cache
def _paged_table_class():
    """The flowable class of a long table (made on first use: reportlab is imported only when printing)."""
    from reportlab.platypus import Flowable

    class PagedTable(Flowable):
        """A long table laid out a page at a time: each page measures and splits only a piece of its rows
        a little longer than the page, with the header repeated, so a table of many pages costs what its
        rows cost (reportlab's own split of one table measures every remaining row again on each page).
        A page gets the same rows reportlab would give it: the piece is split by reportlab's own rules."""

        def __init__(self, rows: _Rows, start: int = 1, guess: int = 40):
            super().__init__()
            self.rows, self.start, self.guess = rows, start, guess
            self.hAlign = "LEFT"
            self._whole = None

        def wrap(self, avail_width, avail_height):
            end = min(len(self.rows.data), self.start + self.guess)
            if end < len(self.rows.data):
                self._whole = None
                self.width, self.height = sum(self.rows.col_widths), avail_height + 1  # more than fits: split
                return self.width, self.height
            self._whole = self.rows.piece(self.start, end)
            self.width, self.height = self._whole.wrap(avail_width, avail_height)
            return self.width, self.height

        def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (reportlab's name)
            self._whole.drawOn(canvas, x, y, _sW)

        def split(self, avail_width, avail_height):
            count, k = len(self.rows.data), self.guess
            while True:
                end = min(count, self.start + k)
                piece = self.rows.piece(self.start, end)
                parts = piece.split(avail_width, avail_height)
                if end == count or not parts:
                    return parts
                taken = len(parts[0]._cellvalues) - 1  # body rows on this page
                if len(parts) == 2 and self.start + taken <= end - PIECE_MARGIN:
                    return [parts[0], PagedTable(self.rows, self.start + taken, taken * 3 // 2 + PIECE_MARGIN)]
                k *= 2

    return PagedTable


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
