"""Reading one sheet of an .xlsx safely: size and compression limits, no XML entities (defusedxml), no
hidden sheets, no merged cells, a row limit, and formulas read as the text of the formula, never run."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..tabular import _first_line, cell_text, damaged_cell
from . import SheetRefused

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100
MAX_ROWS = 20_000
MAX_COLUMNS = 60
# what a damaged zip member raises when read: a bad header, a bad CRC, a broken deflate stream, a lost part
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, KeyError)


@dataclass
class Sheet:
    names: list[str]  # the workbook's sheets
    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # spreadsheet row number, cell texts


def _check_container(path: Path) -> dict[str, str]:
    """Refuse what is not an xlsx, a spreadsheet bomb and XML with entity declarations; returns the sheets'
    XML part names by sheet name order."""
    if not path.is_file():
        raise SheetRefused("no_file", f"{path}: no such file", file=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SheetRefused("too_large", f"{path.name}: the file is too large to import", file=path.name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise SheetRefused("not_xlsx", f"{path.name}: not an Excel workbook (.xlsx)", file=path.name) from None
    with archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise SheetRefused("bomb", f"{path.name}: {info.filename} is compressed suspiciously well",
                                   file=path.name)
        if total > MAX_UNPACKED_BYTES:
            raise SheetRefused("bomb", f"{path.name}: unpacks to {total} bytes, over the limit", file=path.name)
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                try:
                    with archive.open(info) as fh:
                        head = fh.read(4096)
                except ZIP_DAMAGE as exc:
                    raise SheetRefused("unreadable", f"{path.name}: {info.filename} is damaged ({_first_line(exc)})",
                                       file=path.name) from None
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise SheetRefused("entities", f"{path.name}: {info.filename} declares XML entities "
                                       "(an entity bomb?)", file=path.name)
        return {n: n for n in archive.namelist() if n.startswith("xl/worksheets/")}


def read_sheet(path: str | Path, sheet: str | None = None, max_rows: int = MAX_ROWS) -> Sheet:
    """The header and the non-empty rows of a sheet (the first by default), every cell as text."""
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise SheetRefused("not_xlsx", f"{path.name}: not an Excel workbook (.xlsx)", file=path.name)
    if not DEFUSEDXML:  # openpyxl parses with defusedxml when it is installed
        raise SheetRefused("no_defusedxml", "defusedxml is not installed: spreadsheets cannot be read safely")
    _check_container(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)  # formulas stay text
    except Exception as exc:  # openpyxl raises what its parts raise: zip, XML, key and value errors
        raise SheetRefused("unreadable", f"{path.name}: cannot read the workbook ({_first_line(exc)})",
                           file=path.name) from None
    number, ws, table = 0, None, []
    try:
        hidden = [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]
        if hidden:
            raise SheetRefused("hidden_sheet", f"{path.name}: the sheet {hidden[0]!r} is hidden; show or delete it "
                               "so nothing is imported unseen", sheet=hidden[0])
        names = wb.sheetnames
        name = sheet or names[0]
        if name not in names:
            raise SheetRefused("no_sheet", f"{path.name}: there is no sheet {name!r}", sheet=name)
        ws = wb[name]
        ws.reset_dimensions()  # read every row whatever the sheet's <dimension> tag claims
        for number, row in enumerate(ws.iter_rows(values_only=True), 1):
            cells = [cell_text(c) for c in row[:MAX_COLUMNS]]
            if any(cells):
                table.append((number, cells))
                if len(table) > max_rows + 1:
                    raise SheetRefused("too_many_rows", f"{path.name}: more than {max_rows} rows; split the sheet",
                                       limit=max_rows)
    except SheetRefused:
        raise
    except Exception as exc:  # a damaged part: bad CRC, broken XML, a shared string out of range
        where = damaged_cell(path, ws, number + 1, table[0][1] if table else [])
        raise SheetRefused("unreadable", f"{path.name}: row {number + 1}{where}: the workbook is damaged "
                           f"({_first_line(exc)})", file=path.name, row=number + 1) from None
    finally:
        wb.close()
    try:
        _refuse_merged(path, names.index(name))
    except ZIP_DAMAGE as exc:
        raise SheetRefused("unreadable", f"{path.name}: the workbook is damaged ({_first_line(exc)})",
                           file=path.name) from None
    if not table:
        raise SheetRefused("empty", f"{path.name}: the sheet {name!r} is empty", sheet=name)
    header_row, header = table[0]
    if sum(1 for h in header if h) < 2 or any(_looks_like_value(h) for h in header if h):
        raise SheetRefused("no_header", f"{path.name}: row {header_row} is not a header (column names)",
                           row=header_row)
    return Sheet(names, name, [h.strip() for h in header], table[1:])


def _looks_like_value(text: str) -> bool:
    stripped = text.replace(".", "").replace("-", "").replace(":", "").replace(" ", "")
    return stripped.isdigit()


def _refuse_merged(path: Path, index: int) -> None:
    """Merged cells hide which row a value belongs to; read-only openpyxl does not report them."""
    import re

    with zipfile.ZipFile(path) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        book = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        ids = re.findall(r'<sheet\b[^>]*?r:id="([^"]+)"', book)
        target = None
        if index < len(ids):
            rid = re.escape(ids[index])
            match = re.search(rf'<Relationship\b[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or \
                re.search(rf'<Relationship\b[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
            target = match.group(1) if match else None
        if target is None:
            return
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        data = archive.read(part)
    match = re.search(rb'<mergeCell ref="([A-Z]+\d+):', data)
    if match:
        raise SheetRefused("merged_cells", f"{path.name}: merged cells (at {match.group(1).decode()}); unmerge them "
                           "so each row holds its own values", cell=match.group(1).decode())
