"""Hostile and unlucky files through every import, `verify` and `exchange import`, in-process through the
real command line: each one is imported or refused with one line (never "unexpected error"), a refusal
writes nothing, and nothing hangs. Hypothesis runs derandomized (a fixed seed) with a bounded number of
examples per target, over 2,500 in all (territory files, issue, meeting and calendar sheets, `verify`,
`exchange import`)."""

from __future__ import annotations

import functools
import io
import json
import re
import shutil
import sqlite3
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export
from .keys import PASSWORD, make_keys

FUZZ = settings(derandomize=True, deadline=None, database=None, print_blob=True,
                suppress_health_check=list(HealthCheck))


class _Shared:
    """One open database for every case (opening it per case would cost most of the time budget)."""

    def __init__(self, database: Database):
        self.database = database

    def __getattr__(self, name):
        return getattr(self.database, name)

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file):
    tmp = tmp_path_factory.mktemp("fuzz")
    keys = make_keys(tmp_path_factory.mktemp("fuzz-keys"))
    shutil.copy(demo_file, tmp / "db.sqlite")
    database = Database.open(tmp / "db.sqlite")
    package = export(database, tmp / "out", Pkcs12Signer.load(keys.good, PASSWORD), period="2026-Q1")
    shared = _Shared(database)
    mp = pytest.MonkeyPatch()
    mp.setattr("akimdesk.services.storage.Database.open", lambda *a, **k: shared)
    watch = sqlite3.connect(tmp / "db.sqlite")
    yield {"tmp": tmp, "db": database, "package": package, "keys": keys, "watch": watch}
    watch.close()
    mp.undo()
    database.close()


def _version(world) -> int:
    """SQLite's data_version seen from a connection of its own: it changes when any other connection
    commits a write, so equal values before and after mean the command wrote nothing."""
    return world["watch"].execute("PRAGMA data_version").fetchone()[0]


def _run(world, capsys, args: list[str]) -> None:
    """Run the command: exit 0, 1 or 2; an error is one line naming no SQL; a refusal writes nothing."""
    before = _version(world)
    code = main([*args, "--db", str(world["tmp"] / "db.sqlite")])
    out, err = capsys.readouterr()
    assert "unexpected error" not in err, err
    assert "INSERT" not in err and "SELECT" not in err and "[SQL" not in err, err
    assert code in (0, 1, 2), (code, err)
    if code != 0 and "CONFLICT" not in out:
        assert _version(world) == before, "a refused file wrote something"


def _zip(members: dict[str, bytes], compression) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, compress_type=compression)
    return out.getvalue()


# -- text and spreadsheet files --------------------------------------------------------------------------------
GOOD_CSV = ("kato,parent_kato,level,name_ru,name_kk\n"
            "393241000,393200000,rural_okrug,Новый сельский округ,Жаңа ауылдық округі\n"
            "393241001,393241000,village,село Новое,Жаңа ауылы\n")
NASTY_TEXT = st.sampled_from(["²", "①", "NaN", "nan", "inf", "-0", "１２", "٣٩٣٢٤١٠٠١", "\x00", "\u202e", "=1+1",
                              "0001-01-01", "39540000", "x" * 140_000, "\ufeff", "\r", '"', "9" * 40, "31.02.2026"])


def _csv_bytes(draw) -> bytes:
    text = GOOD_CSV
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.one_of(NASTY_TEXT, st.text(max_size=20))) + text[at:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8-r", "cp866", "mac_cyrillic", "utf-16"]))
    raw = bytearray(text.encode(encoding, errors="replace"))
    if draw(st.booleans()) and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw[at] = draw(st.integers(0x80, 0xFF))  # one stray byte
    return bytes(raw)


@functools.lru_cache(maxsize=8)
def _base_xlsx(header: tuple, row: tuple, rows: int) -> dict[str, bytes]:
    """A valid workbook's parts (made once: building one per case would take most of the time budget)."""
    wb = Workbook()
    ws = wb.active
    ws.append(list(header))
    for _ in range(rows):
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    # the same bytes on every run (hypothesis replays by position): no creation time inside
    members["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z",
                                          members["docProps/core.xml"])
    return members


def _xlsx_bytes(draw, header: list[str], row: list) -> bytes:
    members = dict(_base_xlsx(tuple(header), tuple(row), draw(st.integers(1, 4))))
    sheet = "xl/worksheets/sheet1.xml"
    for _ in range(draw(st.integers(0, 2))):  # a nasty text or number in place of a cell's value
        nasty = draw(st.one_of(NASTY_TEXT, st.text(max_size=12), st.floats().map(repr), st.integers().map(str)))
        texts = re.findall(rb"<t>[^<]*</t>", members[sheet])
        old = texts[draw(st.integers(0, len(texts) - 1))]
        escaped = nasty.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8", "replace")
        members[sheet] = members[sheet].replace(old, b"<t>" + escaped + b"</t>", 1)
    how = draw(st.sampled_from(["none", "dimension", "xml", "sharedstring", "number", "bytes", "cut"]))
    if how == "number":  # a numeric cell holding NaN, infinity or an out-of-range exponent
        value = draw(st.sampled_from([b"NaN", b"INF", b"-INF", b"1e400", b"-0", b"1.5e10", b"0x10"]))
        members[sheet] = re.sub(rb'<c r="([A-D]2)" t="inlineStr"><is><t>[^<]*</t></is></c>',
                                rb'<c r="\1"><v>' + value + rb"</v></c>", members[sheet], count=1)
    elif how == "dimension":
        members[sheet] = members[sheet].replace(b'<dimension ref="', b'<dimension ref="A1:B1" old="', 1)
    elif how == "xml":
        at = draw(st.integers(0, len(members[sheet])))
        members[sheet] = members[sheet][:at] + draw(st.sampled_from([b"<", b"</row>", b"&", b"<c t=\"s\"><v>"]))
    elif how == "sharedstring":
        members[sheet] = re.sub(rb'<c r="A2" t="inlineStr"><is><t>[^<]*</t></is></c>', b'<c r="A2" t="s"><v>99</v></c>',
                                members[sheet], count=1)  # a shared string that does not exist
    raw = bytearray(_zip(members, zipfile.ZIP_DEFLATED))
    if how == "bytes":
        for _ in range(draw(st.integers(1, 6))):
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] ^= draw(st.integers(1, 255))
    elif how == "cut":
        raw = raw[: draw(st.integers(0, len(raw)))]
    return bytes(raw)


ISSUE_HEADER = ["Дата поступления", "Территория", "Суть вопроса", "Срок"]
ISSUE_ROW = ["2026-03-01", "395400000", "Жол жөндеу", "2026-05-01"]
TERRITORY_HEADER = ["kato", "parent_kato", "level", "name_ru", "name_kk"]
TERRITORY_ROW = ["393241000", "393200000", "rural_okrug", "Новый сельский округ", "Жаңа ауылдық округі"]


@settings(FUZZ, max_examples=500)
@given(data=st.data())
def test_territory_files(world, capsys, data):
    if data.draw(st.booleans()):
        path, raw = world["tmp"] / "units.csv", _csv_bytes(data.draw)
    else:
        path, raw = world["tmp"] / "units.xlsx", _xlsx_bytes(data.draw, TERRITORY_HEADER, TERRITORY_ROW)
    path.write_bytes(raw)
    _run(world, capsys, ["territory", "import", str(path)])


@settings(FUZZ, max_examples=500)
@given(data=st.data())
def test_issue_sheets(world, capsys, data):
    path = world["tmp"] / "issues.xlsx"
    path.write_bytes(_xlsx_bytes(data.draw, ISSUE_HEADER, ISSUE_ROW))
    args = ["import", "xlsx", "--kind", "issues", "--region", "39", "--year", "2026", str(path)]
    if data.draw(st.integers(0, 4)) == 0:
        mapping = world["tmp"] / "mapping.txt"
        text = "received_on = Дата поступления\nterritory = Территория\nsummary = Суть вопроса\n"
        mapping.write_bytes(text.encode(data.draw(st.sampled_from(["utf-8", "cp1251", "utf-16"]))))
        args += ["--mapping", str(mapping)]
    _run(world, capsys, args)


MEETING_HEADER = ["Дата", "Организатор", "Место встречи", "Основание", "Минут", "Участников"]
MEETING_ROW = ["12.03.2026", "395400000", "395400000", "по требованию населения", "90", "40"]
CALENDAR_HEADER = ["Дата", "Организатор", "Место встречи", "Время", "Минут", "Тема"]
CALENDAR_ROW = ["12.03.2027", "395400000", "395400000", "10:00", "90", "Жол"]  # 2026's is approved in the demo


@pytest.mark.parametrize("kind,header,row", [("meetings", MEETING_HEADER, MEETING_ROW),
                                              ("calendar", CALENDAR_HEADER, CALENDAR_ROW)])
def test_the_unchanged_sheets_import(tmp_path, demo_db, capsys, kind, header, row):
    """The fuzzed sheets start from good ones: unchanged, they import (so a mutation is what refuses them)."""
    path = tmp_path / f"{kind}.xlsx"
    path.write_bytes(_zip(dict(_base_xlsx(tuple(header), tuple(row), 1)), zipfile.ZIP_DEFLATED))
    year = "2027" if kind == "calendar" else "2026"
    code = main(["import", "xlsx", "--kind", kind, "--region", "39", "--year", year, str(path),
                 "--db", str(demo_db.path)])
    assert code == 0, capsys.readouterr()


@settings(FUZZ, max_examples=250)
@given(data=st.data())
def test_meeting_sheets(world, capsys, data):
    path = world["tmp"] / "meetings.xlsx"
    path.write_bytes(_xlsx_bytes(data.draw, MEETING_HEADER, MEETING_ROW))
    _run(world, capsys, ["import", "xlsx", "--kind", "meetings", "--region", "39", "--year", "2026", str(path)])


@settings(FUZZ, max_examples=250)
@given(data=st.data())
def test_calendar_sheets(world, capsys, data):
    path = world["tmp"] / "calendar.xlsx"
    path.write_bytes(_xlsx_bytes(data.draw, CALENDAR_HEADER, CALENDAR_ROW))
    _run(world, capsys, ["import", "xlsx", "--kind", "calendar", "--region", "39", "--year", "2027", str(path)])


# -- packages ---------------------------------------------------------------------------------------------------
def _mutated_package(draw, good: bytes) -> bytes:
    how = draw(st.sampled_from(["flip", "cut", "splice", "manifest", "deep"]))
    raw = bytearray(good)
    if how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] ^= draw(st.integers(1, 255))
    elif how == "cut":
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif how == "splice":
        at = draw(st.integers(0, len(raw)))
        raw[at:at] = draw(st.binary(min_size=1, max_size=64))
    else:
        with zipfile.ZipFile(io.BytesIO(good)) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        if how == "deep":
            depth = draw(st.sampled_from([100, 10_000, 100_000]))
            members["manifest.json"] = b"[" * depth + b"]" * depth
        else:
            manifest = json.loads(members["manifest.json"])
            key = draw(st.sampled_from(sorted(manifest)))
            manifest[key] = draw(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.just([]), st.just({})))
            members["manifest.json"] = json.dumps(manifest).encode()
        raw = bytearray(_zip(members, zipfile.ZIP_STORED))
    return bytes(raw)


@settings(FUZZ, max_examples=400)
@given(data=st.data())
def test_verify(world, capsys, data):
    path = world["tmp"] / "verify.zip"
    path.write_bytes(_mutated_package(data.draw, world["package"].read_bytes()))
    code = main(["verify", str(path)])
    err = capsys.readouterr().err
    assert "unexpected error" not in err and code in (0, 1, 2), err


@settings(FUZZ, max_examples=600)
@given(data=st.data())
def test_exchange_import(world, capsys, data):
    path = world["tmp"] / "incoming.zip"
    path.write_bytes(_mutated_package(data.draw, world["package"].read_bytes()))
    _run(world, capsys, ["exchange", "import", str(path)])


def test_a_fifo_is_refused_at_once(world, capsys, tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    for args in (["exchange", "import", str(fifo)], ["territory", "import", str(fifo)]):
        _run(world, capsys, args)
    assert main(["verify", str(fifo)]) == 2
