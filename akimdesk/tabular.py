"""Reading the CSV and XLSX files people already keep: header row first, then data rows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path


class UnreadableFile(ValueError):
    """The file cannot be read as a table at all; the message says why."""


def parse_day(text: str) -> dt.date | None:
    """A date as people write it in files: YYYY-MM-DD or DD.MM.YYYY (None when it is neither)."""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


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
        return [cells for _, cells in xlsx_rows(path)]
    if suffix in (".csv", ".txt"):
        from .files import regular_input

        try:
            text = decode_strictly(regular_input(path).read_bytes())
        except OSError as exc:
            raise UnreadableFile(exc.strerror or str(exc)) from None
        dialect = csv.excel
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            pass
        rows, reader = [], csv.reader(text.splitlines(), dialect)
        try:
            for row in reader:
                rows.append([c.strip() for c in row])
        except csv.Error as exc:  # a cell over the field size limit, a NUL byte
            raise UnreadableFile(f"row {reader.line_num}: {exc}") from None
        return rows
    raise UnreadableFile(f"unsupported file type {suffix or '(none)'}: use .csv or .xlsx")


def xlsx_rows(path: Path, sheet: str | None = None, max_columns: int = 1000):
    """(row number, cell texts) of a sheet, read whatever its `<dimension>` tag claims (a wrong tag would
    hide rows); any damage (a bad zip, broken XML, a shared string out of range) is one UnreadableFile."""
    from openpyxl import load_workbook

    from .files import regular_input

    try:
        wb = load_workbook(regular_input(path), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises what its parts raise: zip, XML, key and value errors
        raise UnreadableFile(f"cannot read the Excel file ({_first_line(exc)})") from None
    number = 0
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        ws.reset_dimensions()
        out = []
        for number, row in enumerate(ws.iter_rows(values_only=True), 1):
            out.append((number, [cell_text(c) for c in row[:max_columns]]))
        return out
    except Exception as exc:
        raise UnreadableFile(f"row {number + 1}: the Excel file is damaged ({_first_line(exc)})") from None
    finally:
        wb.close()


def _first_line(exc: Exception) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# the most frequent letters of Russian text (о е а и н т с р): real Cyrillic text decoded with the right
# code page is made of Cyrillic letters, many of them these; the same bytes decoded with a wrong one hold
# symbols (Ќ, ®, box drawing) and few of them
_FREQUENT = set("оеаинтсрОЕАИНТСР")
_PLAIN = set("ЁёІі«»—–№“”„‘’…\u00a0") | {chr(c) for c in range(0x0410, 0x0450)}
_OTHER_CODEPAGES = ("koi8-r", "cp866", "mac_cyrillic")


def _plausibility(text: str) -> float:
    """How much the text's non-ASCII characters look like Russian or Kazakh writing (0 to 2)."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return 2.0
    letters = [c for c in wide if "\u0400" <= c <= "\u04ff"]
    frequent = sum(c in _FREQUENT for c in letters) / len(letters) if letters else 0.0
    return sum(c in _PLAIN for c in wide) / len(wide) + frequent


def decode_strictly(raw: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM) first; Windows-1251 only when the file is not UTF-8,
    holds no UTF-8 sequences (a UTF-8 file with a stray byte is damaged, not Windows-1251) and reads as
    Russian text better than in KOI8-R, CP866 or Mac Cyrillic. Anything else is refused with its reason."""
    import re

    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("the file is UTF-16 text: save it as UTF-8 (or CSV UTF-8 in Excel)")
    line = raw[:utf8_error.start].count(b"\n") + 1
    in_sequences = sum(map(len, re.findall(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", raw)))
    if in_sequences >= 0.8 * sum(b >= 0x80 for b in raw):  # nearly all of it is UTF-8: a damaged UTF-8 file
        raise UnreadableFile(f"line {line}: the UTF-8 text is damaged (byte {utf8_error.start + 1} is not UTF-8)")
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError:
        raise UnreadableFile(f"line {line}: the file is neither UTF-8 nor Windows-1251 text") from None
    best, codepage = max((_plausibility(raw.decode(c, errors="replace")), c) for c in _OTHER_CODEPAGES)
    if best > _plausibility(text) + 0.05:
        raise UnreadableFile(f"the file looks like {codepage.upper()} text, not Windows-1251: save it as UTF-8")
    return text


def header_and_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The lower-cased header and the non-empty data rows with their spreadsheet row numbers."""
    table = read_table(path)
    start = next((i for i, r in enumerate(table) if any(r)), None)
    if start is None:
        raise UnreadableFile("the file is empty")
    header = [h.strip().lower() for h in table[start]]
    body = [(start + i + 2, r) for i, r in enumerate(table[start + 1:]) if any(r)]
    return header, body
