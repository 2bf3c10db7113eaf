"""Benchmark of national work beside its floors, measured in the same run (not a test; see docs/PERFORMANCE.md).

    PYTHONPATH=$PWD python benchmarks/national_work.py --db /tmp/national.sqlite
    PYTHONPATH=$PWD python benchmarks/national_work.py --db /tmp/national.sqlite --only documents --repeat 3
    PYTHONPATH=$PWD python benchmarks/national_work.py --db /tmp/national.sqlite --only documents --against 7f28754

On a data set made by national_data.py (register_bench.py --keep FILE):

* calendar check: the decree check of every region's calendar for a year (`services.calendar.check`, 20
  regions), beside its floor: exactly the SQL the checks sent, replayed through bare sqlite3 (psycopg for a
  PostgreSQL copy). Regions without
  a calendar for the year get one from the planner first (once; kept in the file, not timed);
* exchange merge: a region's signed data package for a year (`services.exchange.export_package`) merged into a
  new, empty database (`import_package`), beside bare sqlite3 `executemany` inserts of exactly the rows the
  merge wrote, into another new database with the same schema and triggers, in one transaction (on PostgreSQL:
  new databases on the same server, psycopg's `executemany`, referenced tables first);
* quarterly document: `services.exports.export_package` of the quarterly update for one region (Excel + PDF,
  unsigned), beside bare openpyxl (write-only) and reportlab (one table, the same TTF font) writing the same
  cells, read back from the Excel file it made (the PDF's floor: the formatted sheets, as the PDF prints them,
  not the flat data sheet). `benchmarks/documents_bench.py` does the same on a synthetic report, quicker.

The export adds a line to the file's export log. Median of the runs (--warm-up: after one untimed run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


WARM_UP = [False]  # --warm-up: one untimed run first (the national work takes minutes: off by default)


def _median_runs(action: Callable[[], tuple[float, float]], repeat: int) -> tuple[float, float]:
    """Medians of (ours, floor) seconds over `repeat` runs (after one warm-up when asked)."""
    if WARM_UP[0]:
        action()
    runs = [action() for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


# --- the calendar check of every region -----------------------------------------------------------------
def _regions(db) -> list[str]:
    from akimdesk.services.overview import region_choices

    return [r.kato for r in region_choices(db)]


def _plan_missing(db, year: int, say) -> None:
    from akimdesk.calendar.calendars import find_calendar
    from akimdesk.services import calendar as service
    from akimdesk.territory.directory import region_by_code

    for kato in _regions(db):
        with db.session() as s:
            planned = find_calendar(s, region_by_code(s, kato), year) is not None
        if not planned:  # the planner proposes the region's calendar (once, kept in the file; not timed)
            t0 = time.perf_counter()
            outcome = service.plan(db, kato, year)
            say(f"  planned {kato} {year}: {outcome.total} meetings in {time.perf_counter() - t0:.1f} s")


def calendar_checks(db, location: str, year: int, repeat: int, say) -> list[tuple[str, float, float]]:
    from register_bench import _raw_connection  # the register's floor: the same bare driver (this folder)
    from sqlalchemy import event

    from akimdesk.services import calendar as service

    _plan_missing(db, year, say)
    regions = _regions(db)
    captured: list[tuple[str, object]] = []

    def seen(_conn, _cursor, stmt, params, _context, _many) -> None:
        captured.append((stmt, params if isinstance(params, dict) else tuple(params or ())))

    event.listen(db.engine, "before_cursor_execute", seen)
    raw = _raw_connection(location)

    def run() -> tuple[float, float]:
        captured.clear()
        t0 = time.perf_counter()
        for kato in regions:
            service.check(db, kato, year)
        ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        for stmt, params in captured:
            raw.execute(stmt, params).fetchall()
        return ours, time.perf_counter() - t0

    ours, floor = _median_runs(run, repeat)
    event.remove(db.engine, "before_cursor_execute", seen)
    return [(f"calendar check, {len(regions)} regions, {year} ({len(captured)} statements)", ours, floor)]


# --- a region's exchange merge --------------------------------------------------------------------------
def _signer(folder: Path):
    sys.path.insert(0, str(ROOT / "tests"))
    from keys import PASSWORD, make_keys

    from akimdesk.signing.pkcs12 import Pkcs12Signer

    return Pkcs12Signer.load(make_keys(folder).good, PASSWORD)


class _Files:
    """New SQLite databases for the merge and its floor: copies of an empty one, compared by ATTACH."""

    def __init__(self, tmp: Path):
        self.tmp = tmp

    def empty(self) -> str:
        from akimdesk.db import Database

        self.template = self.tmp / "empty.sqlite"
        Database.open(self.template).close()  # schema and reference data, as a new installation has them
        return str(self.template)

    def copy(self, name: str) -> str:
        import shutil

        shutil.copy(self.template, self.tmp / f"{name}.sqlite")
        return str(self.tmp / f"{name}.sqlite")

    def new_rows(self, merged: str) -> dict[str, tuple[list[str], list[tuple]]]:
        """Per table, the rows of the merged database that the empty one does not have."""
        con = sqlite3.connect(merged)
        con.execute("ATTACH DATABASE ? AS empty", (str(self.template),))
        out = {}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                            "'sqlite_%' AND name NOT LIKE 'issue_search%' AND name != 'alembic_version'")]
        for table in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {quoted} FROM main."{table}" EXCEPT SELECT {quoted} FROM empty."{table}"').fetchall()
            if rows:
                out[table] = (cols, rows)
        con.close()
        return out

    def insert(self, bare: str, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
        con = sqlite3.connect(bare)
        t0 = time.perf_counter()
        with con:
            for table, (cols, values) in rows.items():
                con.executemany(f'INSERT OR REPLACE INTO "{table}" ({", ".join(cols)}) VALUES '
                                f'({", ".join("?" * len(cols))})', values)
        elapsed = time.perf_counter() - t0
        con.close()
        return elapsed

    def drop(self) -> None:
        pass


class _Server(_Files):
    """New databases on the PostgreSQL server of the data set: CREATE DATABASE ... TEMPLATE an empty one made
    by the program; the merged rows read back with psycopg and inserted by its executemany. Dropped at the end."""

    def __init__(self, url: str):
        import psycopg
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.prefix = f"bench_merge_{os.getpid()}"
        self.made: list[str] = []
        self.admin = psycopg.connect(self._libpq(self.url.set(database="postgres")), autocommit=True)

    @staticmethod
    def _libpq(url) -> str:
        return url.set(drivername="postgresql").render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> str:
        self.admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.made.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def empty(self) -> str:
        from akimdesk.db import Database

        url = self._create(f"{self.prefix}_empty")
        Database.open(url).close()
        return url

    def copy(self, name: str) -> str:
        return self._create(f"{self.prefix}_{name}", f"{self.prefix}_empty")

    def _rows(self, url: str) -> dict[str, tuple[list[str], list[tuple]]]:
        import psycopg
        from sqlalchemy.engine import make_url

        out = {}
        with psycopg.connect(self._libpq(make_url(url))) as con:
            columns = con.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND "
                "is_generated = 'NEVER' AND table_name != 'alembic_version' AND column_name NOT LIKE 'issue_search%' "
                "ORDER BY table_name, ordinal_position").fetchall()
            for table in dict.fromkeys(t for t, _c in columns):
                cols = [c for t, c in columns if t == table]
                quoted = ", ".join(f'"{c}"' for c in cols)
                out[table] = (cols, con.execute(f'SELECT {quoted} FROM "{table}"').fetchall())
        return out

    def new_rows(self, merged: str) -> dict[str, tuple[list[str], list[tuple]]]:
        from psycopg.types.json import Json

        def plain(value):  # JSON values come back as dicts and lists: sent back as JSON
            return Json(value) if isinstance(value, (dict, list)) else value

        from akimdesk.models import Base

        before = self._rows(self.url.set(database=f"{self.prefix}_empty").render_as_string(hide_password=False))
        after = self._rows(merged)
        order = [t.name for t in Base.metadata.sorted_tables if t.name in after]  # referenced tables first
        out = {}
        for table in order + sorted(set(after) - set(order)):
            cols, rows = after[table]
            kept = {repr(r) for r in before.get(table, ([], []))[1]}
            new = [tuple(plain(v) for v in r) for r in rows if repr(r) not in kept]
            if new:
                out[table] = (cols, new)
        return out

    def insert(self, bare: str, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
        import psycopg
        from sqlalchemy.engine import make_url

        with psycopg.connect(self._libpq(make_url(bare))) as con:
            t0 = time.perf_counter()
            with con.transaction(), con.cursor() as cur:
                for table, (cols, values) in rows.items():
                    quoted = ", ".join(f'"{c}"' for c in cols)
                    cur.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join(["%s"] * len(cols))}) '
                                    "ON CONFLICT DO NOTHING", values)
            return time.perf_counter() - t0

    def drop(self) -> None:
        for name in reversed(self.made):
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.close()


def exchange_merge(db, region: str, year: int, repeat: int, tmp: Path, say) -> list[tuple[str, float, float]]:
    from akimdesk.db import Database
    from akimdesk.exchange.export import DataExportRequest
    from akimdesk.services import exchange as service

    signer = _signer(tmp)
    (tmp / "out").mkdir()
    t0 = time.perf_counter()
    package = service.export_package(db, DataExportRequest(unit=region, out_dir=tmp / "out", period=str(year),
                                                           in_clear=True),  # the merge alone is measured
                                     signer).path
    export_s = time.perf_counter() - t0
    server = db.engine.dialect.name == "postgresql"
    stores = _Server(db.url) if server else _Files(tmp)
    stores.empty()
    runs = iter(range(10**6))

    def run() -> tuple[float, float]:
        n = next(runs)
        target, bare = stores.copy(f"merged_{n}"), stores.copy(f"bare_{n}")
        database = Database.open(target)
        t0 = time.perf_counter()
        service.import_package(database, package)
        ours = time.perf_counter() - t0
        database.close()
        rows = stores.new_rows(target)
        run.rows = sum(len(r) for _c, r in rows.values())
        return ours, stores.insert(bare, rows)

    try:
        ours, floor = _median_runs(run, repeat)
    finally:
        stores.drop()
    say(f"  package of {region} for {year}: {package.stat().st_size / 2**20:.1f} MB, exported in {export_s:.1f} s")
    where = "a new PostgreSQL database" if server else "an empty database"
    return [(f"exchange merge of {region} {year} into {where} ({run.rows:,} rows)", ours, floor)]


# --- the quarterly document of one region ---------------------------------------------------------------
def _cells(xlsx: bytes) -> list[list[list]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx))
    return [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets]


def quarterly_document(db, region: str, year: int, quarter: int, repeat: int, tmp: Path, against: str | None = None
                       ) -> list[tuple[str, float, float]]:
    from documents_bench import bare_pdf, bare_xlsx, renderer_at  # the synthetic benchmark's (this folder)

    import akimdesk.documents.pdf as pdf_module
    import akimdesk.documents.xlsx as xlsx_module
    from akimdesk.progress import Progress
    from akimdesk.services.exports import ExportRequest, export_package

    out = tmp / "documents"
    out.mkdir()
    stamps: dict[str, float] = {}
    progress = Progress(report=lambda _d, _t, message: stamps.setdefault(message, time.perf_counter()))
    sheets: list[list[list]] = []
    parts: dict[str, list[float]] = {"xlsx": [], "pdf": [], "xlsx floor": [], "pdf floor": [], "xlsx before": [],
                                     "pdf before": []}
    kept: list = []  # the report of the last export, for the Excel file alone below

    def keeping(report, progress):
        kept[:] = [report]
        return render_xlsx(report, progress)

    render_xlsx = xlsx_module.render_xlsx
    ours_at = {"xlsx": keeping, "pdf": pdf_module.render_pdf}
    before_at = {kind: renderer_at(against, kind) for kind in ("xlsx", "pdf")} if against else {}

    def export(renderers: dict) -> tuple[float, object]:
        """The export with these renderers (export_package takes them from their modules when it runs)."""
        xlsx_module.render_xlsx, pdf_module.render_pdf = renderers["xlsx"], renderers["pdf"]
        try:
            stamps.clear()
            t0 = time.perf_counter()
            result = export_package(db, ExportRequest("quarterly", region, f"{year}-Q{quarter}", "ru", out), None,
                                    progress, overwrite=True)
            return time.perf_counter() - t0, result
        finally:
            xlsx_module.render_xlsx, pdf_module.render_pdf = render_xlsx, ours_at["pdf"]

    def before() -> None:
        export(before_at)
        parts["xlsx before"].append(stamps["pdf"] - stamps["excel"])
        parts["pdf before"].append(stamps["writing"] - stamps["pdf"])

    def run() -> tuple[float, float]:
        turn = len(parts["xlsx"]) % 2 == 0  # the older renderers before ours, then after: neither side goes first
        if before_at and turn:
            before()
        ours, result = export(ours_at)
        parts["xlsx"].append(stamps["pdf"] - stamps["excel"])
        parts["pdf"].append(stamps["writing"] - stamps["pdf"])
        if before_at and not turn:
            before()
        with zipfile.ZipFile(result.path) as zf:
            xlsx = zf.read(next(n for n in zf.namelist() if n.endswith(".xlsx")))
        sheets[:] = _cells(xlsx)
        t0 = time.perf_counter()
        bare_xlsx(sheets)
        t1 = time.perf_counter()
        bare_pdf(sheets[:-1])  # the PDF prints the formatted sheets, not the flat data sheet after them
        t2 = time.perf_counter()
        parts["xlsx floor"].append(t1 - t0)
        parts["pdf floor"].append(t2 - t1)
        return ours, t2 - t0

    ours, floor = _median_runs(run, repeat)
    m = {k: statistics.median(v[1:] if len(v) > 1 else v) for k, v in parts.items() if v}
    cells = sum(len(r) for rows in sheets for r in rows)
    name = f"quarterly document {region} {year}-Q{quarter} ({sum(len(s) for s in sheets):,} rows, {cells:,} cells)"
    rows = [(name + ": Excel + PDF package", ours, floor),
            ("  of which the Excel file", m["xlsx"], m["xlsx floor"]),
            ("  of which the PDF file", m["pdf"], m["pdf floor"])]
    if against:
        rows += [(f"  the Excel file at {against}", m["xlsx before"], m["xlsx floor"]),
                 (f"  the PDF file at {against}", m["pdf before"], m["pdf floor"])]
    return rows + excel_alone(kept[0], sheets, render_xlsx, before_at.get("xlsx"), against, 3 * repeat)


def excel_alone(report, sheets, ours_f, before_f, against: str | None, runs: int) -> list[tuple[str, float, float]]:
    """The Excel file of the same report by itself, ours, the older revision's and the floor in turn: a
    short render beside the PDF's seconds, so more runs for a steadier median."""
    from documents_bench import bare_xlsx

    times: dict[str, list[float]] = {"ours": [], "before": [], "floor": []}
    sides = [("ours", lambda: ours_f(report)), ("floor", lambda: bare_xlsx(sheets))]
    if before_f is not None:
        sides.append(("before", lambda: before_f(report)))
    for n in range(runs):
        for name, action in sides[n % len(sides):] + sides[:n % len(sides)]:  # each side first in turn
            t0 = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - t0)
    m = {k: statistics.median(v) for k, v in times.items() if v}
    rows = [(f"  the Excel file alone, median of {runs}", m["ours"], m["floor"])]
    if before_f is not None:
        rows.append((f"  the Excel file alone at {against}", m["before"], m["floor"]))
    return rows


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True, help="a data set made by national_data.py (a file), or its copy on "
                   "PostgreSQL (a URL; see national_postgres.py)")
    p.add_argument("--region", default="390000000", help="the region of the exchange merge and the document")
    p.add_argument("--year", type=int, default=dt.date.today().year, help="year of the merge and the document")
    p.add_argument("--calendar-year", type=int, default=dt.date.today().year + 1)
    p.add_argument("--quarter", type=int, default=3)
    p.add_argument("--repeat", type=int, default=1, help="runs per measurement; the median")
    p.add_argument("--only", choices=("calendar", "exchange", "documents"))
    p.add_argument("--warm-up", action="store_true", help="one untimed run before the timed ones")
    p.add_argument("--against", metavar="REVISION",
                   help="documents: also time this git revision's Excel and PDF renderers, run after run")
    args = p.parse_args()
    WARM_UP[0] = args.warm_up

    import akimdesk.calendar.calendars  # noqa: F401  its guard of approved calendars is active, as in the window
    from akimdesk.db import Database

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    db = Database.open(args.db)
    results: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        def add(rows: list[tuple[str, float, float]]) -> None:
            results.extend(rows)
            for name, ours, floor in rows:  # as they come: the whole run takes a while
                say(f"  {name}: {_ms(ours)} ms, floor {_ms(floor)} ms, {ours / floor:.2f}x")

        if args.only in (None, "documents"):
            add(quarterly_document(db, args.region, args.year, args.quarter, args.repeat, tmp, args.against))
        if args.only in (None, "exchange"):
            (tmp / "exchange").mkdir()
            add(exchange_merge(db, args.region, args.year, args.repeat, tmp / "exchange", say))
        if args.only in (None, "calendar"):
            add(calendar_checks(db, args.db, args.calendar_year, args.repeat, say))
    db.close()
    print(f"{'work':72} {'ours, ms':>10} {'floor, ms':>10} {'ratio':>7}")
    print("-" * 102)
    for name, ours, floor in results:
        print(f"{name:72} {_ms(ours):>10} {_ms(floor):>10} {ours / floor:>6.2f}x")
    print("-" * 102)
    print(f"median of {args.repeat} run(s); floors: the same SQL through the bare driver, sqlite3 or psycopg (check), "
          "its bare inserts of the merged rows (merge), bare openpyxl + reportlab writing the same cells (document)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
