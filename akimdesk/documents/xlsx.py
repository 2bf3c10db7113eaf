"""The Excel file of a report: title rows, frozen header, autofilter, widths, wrapped text, real dates,
totals, A4 landscape with repeated header rows, document properties.

Always streamed (openpyxl write-only mode), so a national export of 100k rows stays small in memory.
Every text cell is forced to the string type: citizen text such as `=HYPERLINK(...)`, `+1`, `-1` or
`@SUM(...)` never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from ..documents.definition import DATE, INT, PERCENT, TEXT, Report, Table, label_span
from ..documents.texts import t
from ..progress import NO_PROGRESS, Progress

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


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


def _cell(ws, value: Any, kind: str, styles: _Styles, bold: bool = False, fill=None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=None)
    if value is None or value == "":
        cell.value = None
    elif kind == DATE and isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "DD.MM.YYYY"
    elif kind == PERCENT and isinstance(value, (int, float)):
        cell.value = value
        cell.number_format = "0.0%"
    elif kind == INT and isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        cell.number_format = "0"
    else:
        text = str(value)
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # Excel keeps it text even when the user edits the cell
    cell.alignment = styles.number if kind in (INT, PERCENT) and cell.data_type == "n" else styles.wrap
    cell.border = styles.border
    if bold:
        cell.font = styles.bold
    if fill is not None:
        cell.fill = fill
    return cell


def _row_height(values, columns, line: float = 15) -> float | None:
    """Points a row needs for its wrapped text (Excel and LibreOffice do not fit streamed rows themselves)."""
    import math

    lines = 1
    for value, col in zip(values, columns, strict=True):
        if isinstance(value, str) and value:
            per_line = max(1.0, col.width * 0.95)  # characters per line, a little pessimistic
            lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n")))
    return None if lines == 1 else min(409, lines * line + 2)


def _text_cell(ws, text: str, font=None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


def _write_table(wb, report: Report, table: Table, styles: _Styles, used: set[str], first: bool,
                 progress: Progress, done: int, total: int) -> int:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = wb.create_sheet(_sheet_name(table.title or report.header_note or report.kind, used))
    ncols = len(table.columns)
    last = get_column_letter(ncols)
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

    # streamed sheets write their view before the first row: the frozen pane is set now
    header_row = 3 + (len(report.facts) if first else 0) + (1 if table.title else 0) + 1
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    rows = 0

    def add(cells, height=None):
        nonlocal rows
        if height:  # a streamed row is written at once: its height must be known before
            ws.row_dimensions[rows + 1].height = height
        ws.append(cells)
        rows += 1

    def total_row(values, fill=None):
        add([_cell(ws, v, TEXT if i == 0 else c.kind, styles, bold=True, fill=fill)
             for i, (v, c) in enumerate(zip(values, table.columns, strict=True))])
        span = label_span(values)
        if span > 1:
            ws.merged_cells.add(f"A{rows}:{get_column_letter(span)}{rows}")

    title = _text_cell(ws, report.title, styles.title)
    title.alignment = styles.wrap
    add([title], height=20 * max(1, -(-len(report.title) // int(sum(c.width for c in table.columns) * 0.8))))
    ws.merged_cells.add(f"A{rows}:{last}{rows}")
    add([_text_cell(ws, f"{t('region', report.lang)}: {report.region}. {t('period', report.lang)}: {report.period_label}")])
    ws.merged_cells.add(f"A{rows}:{last}{rows}")
    if first:
        for label, value in report.facts:
            add([_text_cell(ws, f"{label}: {value}")])
            ws.merged_cells.add(f"A{rows}:{last}{rows}")
    if table.title:
        add([_text_cell(ws, table.title, styles.bold)])
        ws.merged_cells.add(f"A{rows}:{last}{rows}")
    add([])
    header = [_cell(ws, c.header(report.lang), "text", styles, bold=True, fill=styles.header_fill) for c in table.columns]
    for c in header:
        c.alignment = styles.center
    # bold headers wrap sooner than the estimate for body text: one line more
    add(header, height=max(32, (_row_height([c.header(report.lang) for c in table.columns], table.columns, 14) or 16) + 14))
    assert rows == header_row
    if not table.rows:
        add([_cell(ws, table.empty_text, "text", styles)] + [_cell(ws, None, "text", styles)] * (ncols - 1))
    for group in table.groups:
        if group.title:
            add([_cell(ws, group.title, "text", styles, bold=True, fill=styles.group_fill)]
                + [_cell(ws, None, "text", styles, fill=styles.group_fill)] * (ncols - 1))
            ws.merged_cells.add(f"A{rows}:{last}{rows}")
        for row in group.rows:
            add([_cell(ws, v, c.kind, styles) for v, c in zip(row, table.columns, strict=True)],
                height=_row_height(row, table.columns))
            done += 1
            if done % 500 == 0:
                progress.step(done, total, "xlsx")
        if group.subtotal:
            total_row(group.subtotal)
    ws.auto_filter.ref = f"A{header_row}:{last}{max(rows, header_row + 1)}"
    if table.totals:
        total_row(table.totals, styles.header_fill)
    if table.note:
        add([_text_cell(ws, table.note, styles.italic)])
        ws.merged_cells.add(f"A{rows}:{last}{rows}")
    if first and report.signature:
        sig = report.signature
        add([])
        add([_text_cell(ws, f"{sig.position}    ____________________    {sig.name}", styles.bold)])
        ws.merged_cells.add(f"A{rows}:{last}{rows}")
        add([_text_cell(ws, f"{sig.date_label}: {sig.date:%d.%m.%Y}")])
        if sig.electronic:
            add([_text_cell(ws, sig.electronic, styles.italic)])
            ws.merged_cells.add(f"A{rows}:{last}{rows}")
    return done


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
            done = _write_table(wb, report, table, styles, used, i == 0, progress, done, total)
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
