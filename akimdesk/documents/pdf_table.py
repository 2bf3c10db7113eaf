"""A long table in the PDF, laid out a page at a time, its cells made when their page is.

A national document's table has tens of thousands of rows. Its cells wait as `Cell`s (a text and a
style) and become reportlab Paragraphs when a page's piece of rows is built; the rows of drawn pages are
let go. Only a row that might be taller than ROW_LIMIT (a long text: see `might_be_tall`) is made and
measured up front, to be cut into rows that each fit a page; so are the few rows kept together.
"""

from __future__ import annotations

import functools
import math
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from .definition import clean_text

KEEP_LIMIT = 300  # points: rows kept together must leave room on a page (a taller row splits anyway)
ROW_LIMIT = 280  # points: a row taller than this continues in the rows below (a page holds at least one part)


def para(text: str, style):
    """A Paragraph of plain text: escaped, control characters dropped, its line breaks kept."""
    return paragraph_class()(escape(clean_text(text)).replace("\n", "<br/>"), style)


@functools.cache
def paragraph_class():
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


class Cell(NamedTuple):
    """A table cell not made yet: what `para` makes of it when its page is laid out."""

    text: str
    style: Any  # a reportlab ParagraphStyle


def made(row: list) -> list:
    """A row's cells as reportlab draws them."""
    return [para(c.text, c.style) if isinstance(c, Cell) else c for c in row]


@functools.cache
def _widest(font_name: str) -> float:
    """The widest character of a font, in points at 1 pt (a bound on any text's width per character)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font_name).face
    return max([*face.charWidths.values(), face.defaultWidth]) / 1000


def lines_at_most(text: str, style, room: float, enough: float = math.inf) -> float:
    """A bound on the lines reportlab breaks a cell's text into at width `room`. A line is ended only by a
    word that does not fit on it, so two lines in a row hold more than the room less a space: a paragraph of
    width W takes fewer than 2 W / (room - space) + 2 lines (a word wider than the room is cut to fill lines,
    which keeps the bound). The width is first taken at the widest letter's, and measured only when that
    bound reaches `enough` lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font, size = style.fontName, style.fontSize
    usable = room - stringWidth(" ", font, size)
    if usable <= 0:
        return math.inf
    segments = clean_text(text).split("\n")
    widest = _widest(font) * size
    quick = sum(2 * math.ceil(len(s) * widest / usable) + 2 for s in segments)
    if quick < enough:
        return quick
    return sum(2 * math.ceil(stringWidth(s, font, size) / usable) + 2 for s in segments)


def might_be_tall(row: list, col_widths: list[float], limit: float = ROW_LIMIT) -> bool:
    """Whether a row of Cells may be taller than `limit` (`split_tall` would cut it), by a bound that never
    falls short of the height reportlab gives it (`lines_at_most`)."""
    for cell, w in zip(row, col_widths, strict=False):
        if isinstance(cell, Cell) and cell.text:
            enough = (limit - 4) / cell.style.leading
            if lines_at_most(cell.text, cell.style, w - 3 - 3, enough) > enough:
                return True
    return False


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
    for cell, w in zip(cells, col_widths, strict=False):  # made rows: a row of Cells is bounded, not measured
        for item in cell if isinstance(cell, list) else [cell]:
            if hasattr(item, "wrap"):
                height = max(height, item.wrap(w - 3 - 3, 1e6)[1] + 4)
    return height


def finish(data: list, commands: list, keep: list, heights: list | None, col_widths: list[float], tail: list) -> None:
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
        rows = range(first, last + 1)
        if sum(_height_at_most(data[r], col_widths) for r in rows) >= KEEP_LIMIT:  # the bound cannot tell
            for r in rows:  # made now and kept: measured once, drawn with the same lines
                data[r] = made(data[r])
            if sum(_row_height(data[r], col_widths) for r in rows) >= KEEP_LIMIT:
                continue
        commands.append(("NOSPLIT", (0, first), (-1, last)))


def _height_at_most(row: list, col_widths: list[float]) -> float:
    """At least the height `_row_height` gives the row; a row of Cells is not made to know it."""
    if not any(isinstance(c, Cell) for c in row):
        return _row_height(row, col_widths)
    return max(c.style.leading * lines_at_most(c.text, c.style, w - 3 - 3) + 4 if isinstance(c, Cell)
               else _row_height([c], [w]) for c, w in zip(row, col_widths, strict=False))


class Rows:
    """A table's rows (row 0 its header) and style commands, from which a page's piece is built: commands
    that cover many rows are kept apart from those of one row or a few, which are found by their first row."""

    def __init__(self, data: list, commands: list, col_widths: list[float], heights: list | None):
        self.data, self.col_widths, self.heights = data, col_widths, heights
        self.drawn = 1  # rows above this one are on pages already drawn, and let go
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
        return LongTable([self.data[0]] + [self._row(r) for r in range(start, end)], colWidths=self.col_widths,
                         rowHeights=heights, repeatRows=1, style=commands, hAlign="LEFT")

    def _row(self, r: int) -> list:
        """Row r made (once: a page measures its piece more than once, and the next page starts in it)."""
        row = self.data[r]
        if any(isinstance(c, Cell) for c in row):
            row = self.data[r] = made(row)
        return row

    def let_go(self, start: int) -> None:
        """The pieces are laid out in order: rows above `start` are on drawn pages and never asked again."""
        for r in range(self.drawn, start):
            self.data[r] = None
        self.drawn = max(self.drawn, start)


LOCAL_ROWS = 4  # commands over at most this many rows more belong to a row (a span, a group kept together)
PIECE_MARGIN = 6  # rows beyond a page's last row in the piece measured for it (a kept group may reach there)


@functools.cache
def paged_table_class():
    """The flowable class of a long table (made on first use: reportlab is imported only when printing)."""
    from reportlab.platypus import Flowable

    class PagedTable(Flowable):
        """A long table laid out a page at a time: each page measures and splits only a piece of its rows
        a little longer than the page, with the header repeated, so a table of many pages costs what its
        rows cost (reportlab's own split of one table measures every remaining row again on each page).
        A page gets the same rows reportlab would give it: the piece is split by reportlab's own rules."""

        def __init__(self, rows: Rows, start: int = 1, guess: int = 40):
            super().__init__()
            self.rows, self.start, self.guess = rows, start, guess
            self.hAlign = "LEFT"
            self._whole = None

        def wrap(self, avail_width, avail_height):
            self.rows.let_go(self.start)
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
            self.rows.let_go(self.start)
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
