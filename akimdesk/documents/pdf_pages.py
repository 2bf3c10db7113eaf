"""A long table handed to reportlab about a page at a time.

reportlab re-examines every remaining row of a table (its span map and heights) each time the table splits
at a page break, so a list of thousands of rows took time growing with the square of its rows (1,000 rows
about 4 times as long as 500). `PagedTable` gives reportlab only the next few pages' rows, with the header
row, and keeps the rest for the following pages: the same table, page breaks, repeated header and kept
rows, in time that grows with the rows."""

from __future__ import annotations

from reportlab.platypus import Flowable, LongTable

PADDING_X, PADDING_Y = 6, 4  # the table's left + right and top + bottom cell padding (pdf._table_flowables)

PAGES_AHEAD = 1.5  # a piece holds rows for at least this many of the available heights, so it always splits


def measured_heights(data: list, commands: list, col_widths: list[float]) -> list[float | None]:
    """Each row's height as reportlab lays it out (a paragraph wrapped inside the cell's padding, spanned cells
    at their joined width), measured once; None for a row of stacked flowables (reportlab measures it)."""
    widths = [list(col_widths) for _ in data]
    for command in commands:
        if command[0] == "SPAN":
            (c0, r0), (c1, r1) = command[1], command[2]
            c1 = c1 % len(col_widths)
            for r in range(r0, (r1 % len(data)) + 1):
                widths[r][c0] = sum(col_widths[c0:c1 + 1])
                for c in range(c0 + 1, c1 + 1):
                    widths[r][c] = 0
    heights: list[float | None] = []
    for row, row_widths in zip(data, widths, strict=True):
        height: float | None = 0.0
        for cell, w in zip(row, row_widths, strict=True):
            if isinstance(cell, list):
                height = None
                break
            if w and hasattr(cell, "wrap"):
                height = max(height, cell.wrap(w - PADDING_X, 1e6)[1] + PADDING_Y)
        heights.append(height or None)
    return heights


class PagedTable(Flowable):
    """Rows data[start:] of a table whose row 0 is the header; commands use the whole table's row numbers."""

    def __init__(self, data: list, commands: list, col_widths: list[float], heights: list[float],
                 start: int = 1):
        super().__init__()
        self.data, self.commands, self.col_widths, self.heights = data, commands, col_widths, heights
        self.start = start
        self.hAlign = "LEFT"
        self._piece: LongTable | None = None
        self._end = len(data)
        self._kept = [(c[1][1], c[2][1] % len(data)) for c in commands if c[0] == "NOSPLIT"]

    def _cut(self, avail_height: float) -> int:
        """Where the piece ends: past PAGES_AHEAD heights of rows, never inside rows kept together."""
        end, total = self.start, 0.0
        while end < len(self.data) and total <= PAGES_AHEAD * avail_height:
            total += self.heights[end] or avail_height  # a row reportlab measures: counted as a page
            end += 1
        for first, last in self._kept:
            if first < end <= last:
                end = last + 1
        return min(end, len(self.data))

    def _make(self, avail_height: float) -> LongTable:
        end = self._cut(avail_height)
        self._end = end
        rows = [self.data[0]] + self.data[self.start:end]
        return LongTable(rows, colWidths=self.col_widths, rowHeights=[None] + self.heights[self.start:end],
                         repeatRows=1, style=self._commands(end), hAlign="LEFT")

    def _commands(self, end: int) -> list:
        out, n, shift = [], len(self.data), self.start - 1
        for name, (c0, r0), (c1, r1), *rest in self.commands:
            r1 = r1 % n
            if r0 == 0 and r1 == 0:  # the header row
                out.append((name, (c0, 0), (c1, 0), *rest))
                continue
            lo = 0 if r0 == 0 else max(r0, self.start)
            hi = min(r1, end - 1)
            if lo > hi or (r0 != 0 and lo < self.start):
                continue
            out.append((name, (c0, lo - shift if lo else 0), (c1, hi - shift), *rest))
        return out

    def wrap(self, avail_width, avail_height):
        if self._cut(avail_height) < len(self.data):  # more than a page for certain: split, not measured here
            self.width, self.height = sum(self.col_widths), PAGES_AHEAD * avail_height + 1
            return self.width, self.height
        self._piece = self._make(avail_height)
        self.width, self.height = self._piece.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        piece = self._make(avail_height)
        parts = piece.split(avail_width, avail_height)
        if not parts:
            return []
        if len(parts) == 1 and self._end == len(self.data):
            return parts
        used = parts[0]._nrows - 1  # rows of ours on this page (its row 0 is the header)
        if used <= 0:
            return []
        return [parts[0], PagedTable(self.data, self.commands, self.col_widths, self.heights, self.start + used)]

    def draw(self):
        self._piece.drawOn(self.canv, 0, 0)
