"""Every hostile input the security trial listed, replayed as its own case through the real command line:
one line starting `akimdesk: error:` that names the file (and the row and column where a cell is at
fault), exit 2, and nothing written to the database or beside the output."""

from __future__ import annotations

import io
import os
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export
from .keys import PASSWORD, make_keys

DISTRICT = "395400000"
ISSUES = (["Дата поступления", "Территория", "Суть вопроса"], ["01.03.2026", DISTRICT, "Жол жөндеу"])
MEETINGS = (["Дата", "Организатор", "Место встречи", "Минут"], ["12.03.2026", DISTRICT, DISTRICT, "90"])
CALENDAR = (["Дата", "Организатор", "Место встречи", "Время", "Минут"],
            ["12.03.2026", DISTRICT, DISTRICT, "10:00", "90"])
TERRITORY = (["kato", "parent_kato", "level", "name_ru", "name_kk"],
             ["393241000", "393200000", "rural_okrug", "Новый сельский округ", "Жаңа ауылдық округі"])


@dataclass
class Case:
    """The file (written by `make` into a folder), the command, and what its one error line must name."""

    make: object  # (folder) -> list of command-line arguments after the command's name
    names: tuple[str, ...]  # texts the error line must hold: the file, "row N", the column's header


def _xlsx_parts(header: list[str], row: list[str]) -> dict[str, bytes]:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


def _sheet(folder: Path, name: str, table: tuple, change=None, raw=None) -> Path:
    parts = _xlsx_parts(*table)
    if change:
        parts[SHEET] = change(parts[SHEET])
    data = _zip(parts)
    path = folder / name
    path.write_bytes(raw(data) if raw else data)
    return path


def _cell(column: str, xml: bytes) -> bytes:
    """Row 2's cell in `column` with its value replaced by `xml` (e.g. a number, a shared string)."""
    def change(sheet: bytes) -> bytes:
        new, n = re.subn(rb'<c r="' + column.encode() + rb'2"[^>]*>.*?</c>',
                         b'<c r="' + column.encode() + b'2"' + xml + b"</c>", sheet, count=1)
        assert n == 1
        return new
    return change


def _bad_crc(data: bytes) -> bytes:
    """The sheet's compressed bytes changed, its local header and CRC left as they were."""
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + info.compress_size // 2] ^= 0x55
    return bytes(raw)


def _import(kind: str, path: Path, *extra: str) -> list[str]:
    return ["import", "xlsx", "--kind", kind, "--region", "39", "--year", "2026", str(path), *extra]


def _territory(path: Path) -> list[str]:
    return ["territory", "import", str(path)]


def _long_csv(folder: Path) -> list[str]:
    path = folder / "units-long.csv"
    header, row = TERRITORY
    row = [*row[:3], "x" * 131_073, row[4]]
    path.write_text(",".join(header) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    return _territory(path)


MAPPING = "raised_on = Дата поступления\nterritory = Территория\ntext = Суть вопроса\n"


def _undecodable_mapping(folder: Path) -> list[str]:
    """A mapping file with a byte Windows-1251 does not define (0x98) in otherwise cp1251 text."""
    sheet = _sheet(folder, "issues-mapped.xlsx", ISSUES)
    mapping = folder / "mapping-bad.txt"
    mapping.write_bytes(MAPPING.encode("cp1251") + b"# \x98\n")
    return _import("issues", sheet, "--mapping", str(mapping))


def _deep_manifest(folder: Path, package: Path) -> list[str]:
    with zipfile.ZipFile(package) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["manifest.json"] = b"[" * 100_000 + b"]" * 100_000
    path = folder / "deep-manifest.zip"
    path.write_bytes(_zip(parts))
    return ["verify", str(path)]


def _receipt_nowhere(folder: Path, package: Path) -> list[str]:
    return ["exchange", "import", str(package), "--receipt", "/nonexistent/r.json"]


def _trust_fifo(folder: Path, package: Path) -> list[str]:
    fifo = folder / "trust.pem"
    os.mkfifo(fifo)
    return ["verify", str(package), "--trust", str(fifo)]


def _calendar_csv(folder: Path) -> list[str]:
    path = folder / "calendar-circled.csv"
    path.write_text(f"date,organizer,target,time,minutes\n12.03.2027,{DISTRICT},{DISTRICT},10:00,①\n", encoding="utf-8")
    return ["calendar", "import", "--region", "39", "--year", "2027", str(path)]


def _mapping_superscript(folder: Path) -> list[str]:
    sheet = _sheet(folder, "issues-sup.xlsx", ISSUES)
    mapping = folder / "mapping-sup.txt"
    mapping.write_text("raised_on = 1\nterritory = 2\ntext = ²\n", encoding="utf-8")
    return _import("issues", sheet, "--mapping", str(mapping))


CASES = {
    "xlsx-bad-magic": Case(lambda f: _import("issues", _sheet(f, "bad-magic.xlsx", ISSUES, raw=lambda d: b"MZ" + d[2:])),
                           ("bad-magic.xlsx",)),
    "xlsx-bad-crc": Case(lambda f: _import("issues", _sheet(f, "bad-crc.xlsx", ISSUES, raw=_bad_crc)),
                         ("bad-crc.xlsx",)),
    "xlsx-broken-xml": Case(lambda f: _import("issues", _sheet(f, "broken-xml.xlsx", ISSUES,
                                                               change=lambda s: s.replace(b"</row>", b"</rov>", 1))),
                            ("broken-xml.xlsx",)),
    "territory-xlsx-bad-magic": Case(lambda f: _territory(_sheet(f, "units-magic.xlsx", TERRITORY,
                                                                 raw=lambda d: b"\x00\x00" + d[2:])),
                                     ("units-magic.xlsx",)),
    "territory-xlsx-bad-crc": Case(lambda f: _territory(_sheet(f, "units-crc.xlsx", TERRITORY, raw=_bad_crc)),
                                   ("units-crc.xlsx",)),
    "territory-xlsx-broken-xml": Case(lambda f: _territory(_sheet(f, "units-xml.xlsx", TERRITORY,
                                                                  change=lambda s: s + b"<row")),
                                      ("units-xml.xlsx",)),
    "csv-cell-over-131072-characters": Case(_long_csv, ("units-long.csv", "row 2", '"name_ru"')),
    "meeting-minutes-superscript-two": Case(
        lambda f: _import("meetings", _sheet(f, "minutes-sup.xlsx", MEETINGS,
                                             change=_cell("D", ' t="inlineStr"><is><t>²</t></is>'.encode()))),
        ("minutes-sup.xlsx", "row 2", "Минут")),
    "meeting-minutes-circled-one": Case(
        lambda f: _import("meetings", _sheet(f, "minutes-circled.xlsx", MEETINGS,
                                             change=_cell("D", ' t="inlineStr"><is><t>①</t></is>'.encode()))),
        ("minutes-circled.xlsx", "row 2", "Минут")),
    "calendar-minutes-circled-one": Case(
        lambda f: _import("calendar", _sheet(f, "calendar-circled.xlsx", CALENDAR,
                                             change=_cell("E", ' t="inlineStr"><is><t>①</t></is>'.encode()))),
        ("calendar-circled.xlsx", "row 2", "Минут")),
    "nan-minutes-cell": Case(
        lambda f: _import("meetings", _sheet(f, "nan-minutes.xlsx", MEETINGS, change=_cell("D", b"><v>NaN</v>"))),
        ("nan-minutes.xlsx", "row 2", "Минут")),
    "nan-date-cell": Case(
        lambda f: _import("issues", _sheet(f, "nan-date.xlsx", ISSUES, change=_cell("A", b"><v>NaN</v>"))),
        ("nan-date.xlsx", "row 2", "Дата поступления")),
    "infinite-territory-cell": Case(
        lambda f: _import("issues", _sheet(f, "inf-unit.xlsx", ISSUES, change=_cell("B", b"><v>INF</v>"))),
        ("inf-unit.xlsx", "row 2", "Территория")),
    "nan-territory-code": Case(
        lambda f: _territory(_sheet(f, "units-nan.xlsx", TERRITORY, change=_cell("A", b"><v>NaN</v>"))),
        ("units-nan.xlsx", "row 2", 'column A "kato"')),
    "fullwidth-digits-territory-code": Case(
        lambda f: _territory(_sheet(f, "units-fullwidth.xlsx", (TERRITORY[0], ["３９３２４１０００", *TERRITORY[1][1:]]))),
        ("units-fullwidth.xlsx", "row 2", 'column "kato"')),
    "shared-string-out-of-range": Case(
        lambda f: _import("issues", _sheet(f, "shared-string.xlsx", ISSUES, change=_cell("C", b' t="s"><v>99</v>'))),
        ("shared-string.xlsx", "row 2", 'column C "Суть вопроса"')),
    "territory-shared-string-out-of-range": Case(
        lambda f: _territory(_sheet(f, "units-shared.xlsx", TERRITORY, change=_cell("D", b' t="s"><v>99</v>'))),
        ("units-shared.xlsx", "row 2", 'column D "name_ru"')),
    "mapping-file-neither-utf8-nor-cp1251": Case(_undecodable_mapping, ("mapping-bad.txt",)),
    "mapping-file-column-superscript-two": Case(_mapping_superscript, ("issues-sup.xlsx", "text")),
    "calendar-file-minutes-circled-one": Case(_calendar_csv, ("calendar-circled.csv", "row 2", '"minutes"')),
}
PACKAGE_CASES = {
    "receipt-in-a-missing-folder": Case(_receipt_nowhere, ("/nonexistent/r.json",)),
    "trust-root-is-a-fifo": Case(_trust_fifo, ("trust.pem",)),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file):
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copy(demo_file, tmp / "db.sqlite")
    keys = make_keys(tmp_path_factory.mktemp("hostile-keys"))
    database = Database.open(tmp / "db.sqlite")
    package = export(database, tmp / "out", Pkcs12Signer.load(keys.good, PASSWORD), period="2026-Q1")
    database.close()
    return {"db": tmp / "db.sqlite", "package": package}


def _rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _refused_with_one_line(world, capsys, folder: Path, args: list[str], names: tuple[str, ...]) -> None:
    before = _rows(world["db"])
    files_before = sorted(folder.iterdir())
    code = main(args if args[0] == "verify" else [*args, "--db", str(world["db"])])  # verify opens no database
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2, (code, out, err)
    assert len(lines) == 1 and lines[0].startswith("akimdesk: error:"), err
    for name in names:
        assert name in lines[0], (name, lines[0])
    assert "unexpected" not in err and "INSERT" not in err and len(lines[0]) < 600
    assert _rows(world["db"]) == before, "a refused input wrote something"
    assert sorted(folder.iterdir()) == files_before, "a refused input left a file behind"


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_file_is_refused_with_one_line(world, capsys, tmp_path, name):
    case = CASES[name]
    args = case.make(tmp_path)
    _refused_with_one_line(world, capsys, tmp_path, args, case.names)


@pytest.mark.parametrize("name", list(PACKAGE_CASES))
def test_a_hostile_package_input_is_refused_with_one_line(world, capsys, tmp_path, name):
    if name == "trust-root-is-a-fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    case = PACKAGE_CASES[name]
    args = case.make(tmp_path, world["package"])
    _refused_with_one_line(world, capsys, tmp_path, args, case.names)


def test_a_cp1251_mapping_file_is_read_as_windows_1251(world, capsys, tmp_path):
    """Not hostile after all: a whole-file Windows-1251 text (not UTF-8) is read strictly as such and its
    Cyrillic column names are honoured (it used to end in an unexpected error)."""
    sheet = _sheet(tmp_path, "issues-mapped.xlsx", (["Получено", "Где", "Что"], ISSUES[1]))
    mapping = tmp_path / "mapping-cp1251.txt"
    mapping.write_bytes("raised_on = Получено\nterritory = Где\ntext = Что\n".encode("cp1251"))
    path = Path(tmp_path / "copy.sqlite")
    shutil.copy(world["db"], path)
    before = _rows(path)["problem_issue"]
    assert main([*_import("issues", sheet, "--mapping", str(mapping)), "--db", str(path)]) == 0, capsys.readouterr()
    assert _rows(path)["problem_issue"] == before + 1


def test_a_manifest_nested_100k_deep_is_reported_not_valid_by_verify(world, capsys, tmp_path):
    """`verify` judges packages: a manifest nested 100,000 deep is a failed check (exit 1, like any tampered
    package), said in its report, never a crash or an unexpected error."""
    args = _deep_manifest(tmp_path, world["package"])
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "NOT VALID" in out and "bad_manifest" in out and err == ""
