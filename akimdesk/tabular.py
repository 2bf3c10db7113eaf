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
        csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # a long cell is refused by name below
        try:
            for row in reader:
                rows.append([c.strip() for c in row])
                _refuse_long_cell(rows, reader.line_num)
        except csv.Error as exc:  # a NUL byte, a cell over csv's own limit (MAX_CELL is lower)
            raise UnreadableFile(f"row {reader.line_num}: {exc}") from None
        return rows
    raise UnreadableFile(f"unsupported file type {suffix or '(none)'}: use .csv or .xlsx")


MAX_CELL = 131_072  # characters: csv's own field limit, said here with the row and the column


def _refuse_long_cell(rows: list[list[str]], line: int) -> None:
    for index, cell in enumerate(rows[-1]):
        if len(cell) > MAX_CELL:
            header = rows[0] if len(rows) > 1 else []
            name = f' "{header[index]}"' if index < len(header) and header[index] else ""
            raise UnreadableFile(f"row {line}, column {index + 1}{name}: a cell of {len(cell):,} characters, over the "
                                 f"limit of {MAX_CELL:,}")


def xlsx_rows(path: Path, sheet: str | None = None, max_columns: int = 1000):
    """(row number, cell texts) of a sheet, read whatever its `<dimension>` tag claims (a wrong tag would
    hide rows); any damage (a bad zip, broken XML, a shared string out of range) is one UnreadableFile."""
    from openpyxl import load_workbook

    from .files import regular_input

    try:
        check_zip(regular_input(path))
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises what its parts raise: zip, XML, key and value errors
        raise UnreadableFile(f"cannot read the Excel file ({_first_line(exc)})") from None
    number, out, ws = 0, [], None
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        ws.reset_dimensions()
        for number, row in enumerate(ws.iter_rows(values_only=True), 1):
            out.append((number, [cell_text(c) for c in row[:max_columns]]))
        return out
    except Exception as exc:
        where = damaged_cell(path, ws, number + 1, out[0][1] if out else [])
        raise UnreadableFile(f"row {number + 1}{where}: the Excel file is damaged ({_first_line(exc)})") from None
    finally:
        wb.close()


def check_zip(path: Path) -> Path:
    """Refuse a workbook whose zip is damaged anywhere (a bad header magic, a bad CRC, a cut stream) before
    a reader trusts a part of it; zipfile itself reads past a damaged member it is not asked for."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise UnreadableFile(f"not a readable Excel workbook ({_first_line(exc)})") from None
    if bad is not None:
        raise UnreadableFile(f"the workbook's part {bad} is damaged (its checksum differs)")
    return path


def damaged_cell(path: Path, ws, row: int, header: list[str]) -> str:
    """Where in a row openpyxl could not read a cell: ', column D "Минут"' naming the first cell whose value
    is not what its type says (a number 'NaN', a shared string out of range), or '' when none is found."""
    import re
    import zipfile

    from openpyxl.utils import column_index_from_string

    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(ws._worksheet_path).decode("utf-8", "replace")
        shared = len(ws._shared_strings)
    except Exception:  # the part itself cannot be read: the row is all that can be said
        return ""
    match = re.search(rf'<row\b[^>]*\br="{row}"[^>]*>(.*?)</row>', xml, re.S)
    for cell in re.finditer(r'<c\b([^>]*?)(?:/>|>(.*?)</c>)', match.group(1) if match else "", re.S):
        attrs, body = cell.group(1), cell.group(2) or ""
        ref = re.search(r'\br="([A-Z]+)\d+"', attrs)
        kind = re.search(r'\bt="(\w+)"', attrs)
        value = re.search(r"<v>(.*?)</v>", body, re.S)
        if ref is None or value is None:
            continue
        text, kind = value.group(1).strip(), kind.group(1) if kind else "n"
        try:  # as openpyxl casts them: a shared string's index, a number as float when it has . or e
            ok = int(text) < shared if kind == "s" else (float if re.search(r"[.eE]", text) else int)(text) \
                if kind == "n" else True
        except ValueError:
            ok = False
        if not ok:
            index = column_index_from_string(ref.group(1)) - 1
            name = header[index] if index < len(header) and header[index] else ""
            return f", column {ref.group(1)}" + (f' "{name}"' if name else "")
    return ""


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
    # a capital right after a small letter ("пНКСВЕМН") is what a wrong code page makes of real words,
    # whose capitals come first: it decides between code pages that both give Cyrillic letters
    broken = sum(b.isupper() and a.islower() for a, b in zip(text, text[1:], strict=False) if "\u0400" <= b <= "\u04ff")
    return sum(c in _PLAIN for c in wide) / len(wide) + frequent - 2 * broken / max(len(letters), 1)


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
