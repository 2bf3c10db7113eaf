"""The Excel file of a report: title rows, frozen header, autofilter, widths, wrapped text, real dates,
totals, A4 landscape with repeated header rows, document properties.

Always streamed (openpyxl write-only mode), so a national export of 100k rows stays small in memory. Body
cells go to the sheet as (value, type, shared style), not as a cell object each (`_StreamedSheet`): a large
workbook costs about what openpyxl's own writing of its cells costs.
Every text cell is forced to the string type: citizen text such as `=HYPERLINK(...)`, `+1`, `-1` or
`@SUM(...)` never becomes a formula.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import re
from typing import Any

from ..documents.definition import DATE, INT, PERCENT, TEXT, Report, Table, clean_text, label_span
from ..documents.texts import t
from ..progress import NO_PROGRESS, Progress

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
# any character `clean_text` would change: most texts have none, and one search is cheaper than its two passes
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufffe\uffff]")


def _clean(text: str) -> str:
    return clean_text(text) if _UNCLEAN.search(text) else text


def _sheet_name(text: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", text).strip()[:28] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:25]} ({n})"
        n += 1
    used.add(name.lower())
    return name


class _Styles:
    """Styles made once per workbook (openpyxl shares them between cells)."""

    def __init__(self):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.title = Font(bold=True, size=13)
        self.bold = Font(bold=True)
        self.italic = Font(italic=True, color="404040")
        self.header_fill = PatternFill("solid", fgColor="DCE6F1")
        self.group_fill = PatternFill("solid", fgColor="F2F2F2")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.center = Alignment(wrap_text=True, vertical="center", horizontal="center")
        self.number = Alignment(vertical="top", horizontal="right")
        self._made: dict[tuple, Any] = {}

    def of(self, ws, number_format: str, numeric: bool, bold: bool, fill, quote: bool):
        """The style of a body cell, made once: a cell takes it whole (openpyxl would otherwise hash each
        style object again for every cell it is set on, most of a large workbook's time)."""
        key = (number_format, numeric, bold, None if fill is None else id(fill), quote)
        made = self._made.get(key)
        if made is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(ws)
            if number_format == DATE_FORMAT:
                cell.value = _SOME_DAY  # as openpyxl does with a cell given a date: its own date format first
            cell.number_format = number_format
            cell.alignment = self.number if numeric else self.wrap
            cell.border = self.border
            if bold:
                cell.font = self.bold
            if fill is not None:
                cell.fill = fill
            cell.quotePrefix = quote
            made = self._made[key] = cell._style
        return made


DATE_FORMAT = "DD.MM.YYYY"
_SOME_DAY = dt.date(2000, 1, 1)


def _cell(ws, value: Any, kind: str, styles: _Styles, bold: bool = False, fill=None) -> tuple:
    """A body cell as (value, data type, style), written by `_StreamedSheet` without a cell object each."""
    number_format, quote, data_type = "General", False, "n"
    if value is None or value == "":
        value = None
    elif kind == DATE and isinstance(value, dt.date):
        number_format, data_type = DATE_FORMAT, "d"
    elif kind == PERCENT and isinstance(value, (int, float)):
        number_format, data_type = "0.0%", "b" if isinstance(value, bool) else "n"
    elif kind == INT and isinstance(value, (int, float)) and not isinstance(value, bool):
        number_format = "0"
    else:
        value = _clean(str(value))[:32767]  # clean: none of the characters openpyxl would refuse is left
        data_type = "s"  # never a formula, whatever the text starts with
        quote = value.startswith(FORMULA_START)  # Excel keeps it text even when the user edits the cell
    # shared, never changed: a cell that needs another style is given another object
    return value, data_type, styles.of(ws, number_format, kind in (INT, PERCENT) and data_type == "n", bold, fill,
                                       quote)


@functools.cache
def _streamed_sheet_class():
    """openpyxl's streamed worksheet, taking a row's cells as `_cell` makes them: openpyxl would make a cell
    object for each and first try it as a value (a raised and caught error per cell)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    class _StreamedSheet(WriteOnlyWorksheet):
        _reused = None

        def _values_to_row(self, values, row_idx):
            if self._reused is None:  # two cells for the whole sheet: each is written before it is set again
                self._reused = (WriteOnlyCell(self), WriteOnlyCell(self))
            plain, styled = self._reused
            for col_idx, value in enumerate(values, 1):
                kind = type(value)
                if value is None:
                    continue
                if kind is tuple:  # from `_cell`: value, data type and a shared style
                    cell = styled
                    cell._value, cell.data_type, cell._style = value
                elif kind is str:  # cleaned text that reads as neither a formula nor an error code
                    cell = plain
                    cell._value, cell.data_type = value[:32767], "s"
                elif kind is int or kind is float:
                    cell = plain
                    cell._value, cell.data_type = value, "n"
                elif isinstance(value, Cell):
                    cell = value
                else:
                    cell = WriteOnlyCell(self, value=value)
                cell.column, cell.row = col_idx, row_idx
                if cell._hyperlink is not None:  # as openpyxl's own conversion does
                    cell._hyperlink.ref = cell.coordinate
                yield cell

    return _StreamedSheet


def _create_sheet(wb, title: str):
    sheet = _streamed_sheet_class()(parent=wb, title=title)
    wb._add_sheet(sheet)
    return sheet


LINE_PT = 15
MAX_LINES = 26  # a row is at most 409 pt high in Excel: longer text continues in the rows below


def _per_line(col) -> float:
    return max(1.0, col.width * 0.95)  # characters per line, a little pessimistic


def _row_height(values, columns, line: float = LINE_PT) -> float | None:
    """Points a row needs for its wrapped text (Excel and LibreOffice do not fit streamed rows themselves)."""
    lines = 1
    for value, col in zip(values, columns, strict=True):
        if isinstance(value, str) and value:
            text = _clean(value)
            if len(text) <= int(_per_line(col)) and "\n" not in text:
                continue  # one line: no need to cut it into lines
            lines = max(lines, _line_count(text, _per_line(col)))
    return None if lines == 1 else min(409, lines * line + 2)


def _line_count(text: str, per_line: float) -> int:
    """len(_wrapped(text, per_line)), counted without making the lines."""
    width = max(1, int(per_line))
    count = 0
    for part in text.split("\n"):
        line = 0  # length of the line being filled
        for word in part.split(" "):
            n = len(word)
            if n > width:  # cut into lines of `width`; the rest starts a new line
                count += (n - 1) // width + (1 if line else 0)
                line = n - (n - 1) // width * width
            elif not line:
                line = n
            elif line + 1 + n <= width:
                line += 1 + n
            else:
                count += 1
                line = n
        count += 1
    return count


def _wrapped(text: str, per_line: float) -> list[str]:
    """The text cut into the lines a cell shows, at spaces (a word longer than a line is cut); each
    line but a paragraph's last ends with the space it was cut at, so joining them gives the text back."""
    width = max(1, int(per_line))
    out: list[str] = []
    for part in text.split("\n"):
        lines = _wrap_paragraph(part, width)
        out += [line + " " for line in lines[:-1]] + [lines[-1] + "\n"]
    out[-1] = out[-1][:-1]
    return out


def _wrap_paragraph(part: str, width: int) -> list[str]:
    out: list[str] = []
    line = ""
    for word in part.split(" "):
        while len(word) > width:
            if line:
                out.append(line)
                line = ""
            out.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            out.append(line)
            line = word
    out.append(line)
    return out


def _row_parts(values, columns) -> list[tuple]:
    """A row as one or more sheet rows: text too long for one row of 409 pt continues in the rows below,
    cut between lines, the other cells blank, so the print shows every sentence."""
    cut: dict[int, list[str]] = {}
    for i, (value, col) in enumerate(zip(values, columns, strict=True)):
        if isinstance(value, str) and len(value) > MAX_LINES * 8:
            text = _clean(value)
            if _line_count(text, _per_line(col)) > MAX_LINES:
                cut[i] = _wrapped(text, _per_line(col))
    if not cut:
        return [tuple(values)]
    parts = max(-(-len(lines) // MAX_LINES) for lines in cut.values())
    rows = []
    for n in range(parts):
        row = list(values) if n == 0 else [None] * len(values)
        for i, lines in cut.items():
            chunk = lines[n * MAX_LINES:(n + 1) * MAX_LINES]
            row[i] = "".join(chunk).strip() if chunk else None
        rows.append(tuple(row))
    return rows


def _text_cell(ws, text: str, font=None):
    from openpyxl.cell import WriteOnlyCell

    text = _clean(text)
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


class _Sheet:
    """One streamed worksheet being written row by row, counting the rows for merges and the filter."""

    def __init__(self, ws, table: Table, styles: _Styles):
        from openpyxl.utils import get_column_letter

        self.ws, self.table, self.styles = ws, table, styles
        self.last = get_column_letter(len(table.columns))
        self.rows = 0

    def add(self, cells, height=None) -> None:
        if height:  # a streamed row is written at once: its height must be known before
            # the row's attributes as openpyxl writes them from a RowDimension (name, text pairs): the same
            # XML without a validated RowDimension object per row, a tenth of a large sheet's time
            self.ws.row_dimensions[self.rows + 1] = {"ht": f"{height:.16g}", "customHeight": "1"}
        self.ws.append(cells)
        self.rows += 1

    def line(self, text: str, font=None) -> None:
        """A line of text over the whole width of the table."""
        self.add([_text_cell(self.ws, text, font)])
        self.merge_row()

    def merge_row(self, last: str | None = None) -> None:
        self.ws.merged_cells.add(f"A{self.rows}:{last or self.last}{self.rows}")

    def total_row(self, values, fill=None) -> None:
        from openpyxl.utils import get_column_letter

        self.add([_cell(self.ws, v, TEXT if i == 0 else c.kind, self.styles, bold=True, fill=fill)
                  for i, (v, c) in enumerate(zip(values, self.table.columns, strict=True))])
        span = label_span(values)
        if span > 1:
            self.merge_row(get_column_letter(span))

    def blank_row(self, first, fill=None, bold: bool = False) -> None:
        """A row with text in the first cell and empty bordered cells after it."""
        self.add([_cell(self.ws, first, "text", self.styles, bold=bold, fill=fill)]
                 + [_cell(self.ws, None, "text", self.styles, fill=fill)] * (len(self.table.columns) - 1))


def _page_setup(ws, report: Report, table: Table) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    for i, col in enumerate(table.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = t("page", report.lang, page="&P", pages="&N")
    ws.oddHeader.left.text = f"{report.region} — {report.period_label}".replace("&", "&&")


def _write_heading(sheet: _Sheet, report: Report, first: bool) -> None:
    """Title, region and period, the facts (first sheet only), the table's title and the column headers."""
    from openpyxl.cell import WriteOnlyCell

    ws, table, styles = sheet.ws, sheet.table, sheet.styles
    title = _text_cell(ws, report.title, styles.title)
    title.alignment = styles.wrap
    sheet.add([title], height=20 * max(1, -(-len(report.title) // int(sum(c.width for c in table.columns) * 0.8))))
    sheet.merge_row()
    sheet.line(f"{t('region', report.lang)}: {report.region}. {t('period', report.lang)}: {report.period_label}")
    if first:
        for label, value in report.facts:
            sheet.line(f"{label}: {value}")
    if table.title:
        sheet.line(table.title, styles.bold)
    sheet.add([])
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(ws)
        cell._value, cell.data_type, style = _cell(ws, column.header(report.lang), "text", styles, bold=True,
                                                   fill=styles.header_fill)
        cell._style = copy.copy(style)  # its own: a body cell's style is shared
        cell.alignment = styles.center
        header.append(cell)
    # bold headers wrap sooner than the estimate for body text: one line more
    sheet.add(header, height=max(32, (_row_height([c.header(report.lang) for c in table.columns], table.columns, 14)
                                      or 16) + 14))


def _write_signature(sheet: _Sheet, report: Report) -> None:
    sig = report.signature
    sheet.add([])
    sheet.line(f"{sig.position}    ____________________    {sig.name}", sheet.styles.bold)
    sheet.add([_text_cell(sheet.ws, f"{sig.date_label}: {sig.date:%d.%m.%Y}")])
    if sig.electronic:
        sheet.line(sig.electronic, sheet.styles.italic)


def _write_table(wb, report: Report, table: Table, styles: _Styles, used: set[str], first: bool,
                 progress: Progress, done: int, total: int) -> int:
    ws = _create_sheet(wb, _sheet_name(table.title or report.header_note or report.kind, used))
    _page_setup(ws, report, table)
    # streamed sheets write their view before the first row: the frozen pane is set now
    header_row = 3 + (len(report.facts) if first else 0) + (1 if table.title else 0) + 1
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    sheet = _Sheet(ws, table, styles)
    _write_heading(sheet, report, first)
    assert sheet.rows == header_row
    if not table.rows:
        sheet.blank_row(table.empty_text)
    for group in table.groups:
        if group.title:
            sheet.blank_row(group.title, styles.group_fill, bold=True)
            sheet.merge_row()
        for row in group.rows:
            for part in _row_parts(row, table.columns):
                sheet.add([_cell(ws, v, c.kind, styles) for v, c in zip(part, table.columns, strict=True)],
                          height=_row_height(part, table.columns))
            done += 1
            if done % 500 == 0:
                progress.step(done, total, "xlsx")
        if group.subtotal:
            sheet.total_row(group.subtotal)
    if not any(g.title or g.subtotal for g in table.groups):  # Excel will not sort a range with merged rows
        ws.auto_filter.ref = f"A{header_row}:{sheet.last}{max(sheet.rows, header_row + 1)}"
    if table.totals:
        sheet.total_row(table.totals, styles.header_fill)
    if table.note:
        sheet.line(table.note, styles.italic)
    if first and report.signature:
        _write_signature(sheet, report)
    return done


def _write_flat(wb, report: Report, table: Table, used: set[str]) -> None:
    """The data sheet an analyst filters and pivots: one header row, one row per record, every column
    (codes too) and the region and group as columns of their own; no merged cells, no totals."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = _create_sheet(wb, _sheet_name(t("data_sheet", report.lang), used))
    group_header = ([table.group_column[1 if report.lang == "kk" else 0]] if table.group_column
                    else [t("group", report.lang)] if any(g.title for g in table.groups) else [])
    headers = [t("region", report.lang)] + group_header + [c.header(report.lang) for c in table.columns]
    widths = [24] + [28] * len(group_header) + [min(60, c.width) for c in table.columns]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(table.rows) + 1}"
    bold = _Styles().bold
    ws.append([_text_cell(ws, h, bold) for h in headers])
    keys = [c.key for c in table.columns]
    region_at = keys.index("region") if "region" in keys else None  # a country-wide list: each row's own
    date_style = None
    for group in table.groups:
        lead = [report.region] + ([group.title or ""] if group_header else [])
        for row in group.rows:
            if region_at is not None:
                lead[0] = row[region_at]
            cells = [_plain_text(ws, v) for v in lead]
            for value, col in zip(row, table.columns, strict=True):
                if value is None or value == "":
                    cells.append(None)
                elif col.kind == DATE and isinstance(value, dt.date):
                    if date_style is None:  # made at the first date, as openpyxl makes it for a cell given one
                        day = WriteOnlyCell(ws, value=_SOME_DAY)
                        day.number_format = DATE_FORMAT
                        date_style = day._style
                    cells.append((value, "d", date_style))
                elif col.kind in (INT, PERCENT) and isinstance(value, (int, float)) and not isinstance(value, bool):
                    cells.append(value)
                else:
                    cells.append(_plain_text(ws, str(value)))
            ws.append(cells)


def _plain_text(ws, text: str):
    """A text as the plain value openpyxl writes as text (cheaper than a cell object), or as a cell forced to
    text when openpyxl would read it as a formula or an error code."""
    text = _clean(text)
    if text and not text.startswith(FORMULA_START) and not text.startswith("#"):
        return text
    return _text_cell(ws, text)


def render_xlsx(report: Report, progress: Progress = NO_PROGRESS) -> bytes:
    """The report as an .xlsx file (bytes)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    props = wb.properties
    props.title = report.title[:250]
    props.subject = f"{report.region}, {report.period_label}"
    props.creator = "AkimDesk"
    props.keywords = f"AkimDesk; {report.kind}; {report.lang}"
    props.language = report.lang
    props.created = props.modified = report.created.astimezone(dt.UTC).replace(tzinfo=None)
    styles = _Styles()
    used: set[str] = set()
    total = max(1, report.row_count())
    done = 0
    buf = io.BytesIO()
    try:
        for i, table in enumerate(report.tables):
            done = _write_table(wb, report, table.printed_view(), styles, used, i == 0, progress, done, total)
        main = report.tables[0] if report.tables else None
        if main is not None and main.rows and (main.group_column or main.printed_view() is not main
                                               or any(g.title for g in main.groups)):
            _write_flat(wb, report, main, used)  # a plain table is its own data sheet
        wb.save(buf)
    except BaseException:
        _abandon(wb)
        raise
    return buf.getvalue()


def _abandon(wb) -> None:
    """After a cancel or a failed write: close the streamed sheets and delete their temporary files now,
    rather than leave them on disk until the program exits."""
    import os

    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        for stream in (getattr(ws, "_rows", None), writer.xf):
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # the disk that failed the write may fail the close too
                pass
        try:
            os.unlink(writer.out)
        except (OSError, TypeError):
            pass
