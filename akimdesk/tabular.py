"""Reading the CSV and XLSX files people already keep: header row first, then data rows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path


class UnreadableFile(ValueError):
    """The file cannot be read as a table at all; the message says why."""


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_table(path: Path) -> list[list[str]]:
    """All rows of the first sheet (XLSX) or of the file (CSV: UTF-8 or Windows-1251; , ; or tab)."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"file not found: {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise UnreadableFile(f"cannot read the Excel file: {exc}") from exc
        try:
            return [[cell_text(c) for c in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    if suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "cp1251"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UnreadableFile("the file is neither UTF-8 nor Windows-1251 text")
        dialect = csv.excel
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            pass
        return [[c.strip() for c in row] for row in csv.reader(text.splitlines(), dialect)]
    raise UnreadableFile(f"unsupported file type {suffix or '(none)'}: use .csv or .xlsx")


def header_and_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The lower-cased header and the non-empty data rows with their spreadsheet row numbers."""
    table = read_table(path)
    start = next((i for i, r in enumerate(table) if any(r)), None)
    if start is None:
        raise UnreadableFile("the file is empty")
    header = [h.strip().lower() for h in table[start]]
    body = [(start + i + 2, r) for i, r in enumerate(table[start + 1:]) if any(r)]
    return header, body
