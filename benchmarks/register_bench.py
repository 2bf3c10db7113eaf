"""Benchmark of the problem-issue register at national scale (not a test; see docs/PERFORMANCE.md).

    PYTHONPATH=$PWD python benchmarks/register_bench.py                 # 500k issues, 100k meetings
    PYTHONPATH=$PWD python benchmarks/register_bench.py --issues 50000 --meetings 10000
    PYTHONPATH=$PWD python benchmarks/register_bench.py --db /tmp/national.sqlite   # reuse a generated file
    PYTHONPATH=$PWD python benchmarks/register_bench.py --db postgresql+psycopg://…  # see national_postgres.py

Generates the data set into a temporary database (national_data.py), then measures in child processes
(offscreen Qt): the cold start of the main window beside a bare PySide6 window that imports SQLAlchemy's
ORM and connects its engine to the database (the floor of our stack; the window alone is shown too), and every register action beside the raw sqlite3 (or psycopg) run of exactly the SQL
the action sent (captured from the engine), as the floor of the data, and beside that floor plus the time a
bare QTableView of the same size takes to show the same cells (what any Qt table pays to repaint, which
sets the floor of actions whose SQL takes a few milliseconds). Each action starts in a settled window: the
previous one's count (run in the background) has come back. Prints one table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

FLOOR_WINDOW = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
import sqlalchemy.orm  # noqa: F401  the ORM is part of our stack's floor
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("floor")); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""
# The floor of a window over the database: the same bare window, and SQLAlchemy's engine connected to the
# database with one query, as any program showing it must (for PostgreSQL: the dialect, the driver and a
# server connection; for a file: next to nothing)
FLOOR_START = FLOOR_WINDOW.replace("app = QApplication", """import os
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
url = make_url(sys.argv[1] if "://" in sys.argv[1] else "sqlite:///" + sys.argv[1])
if url.username and url.password is None and os.environ.get("AKIMDESK_DB_PASSWORD"):  # a server login
    url = url.set(password=os.environ["AKIMDESK_DB_PASSWORD"])
with create_engine(url).connect() as conn:
    conn.exec_driver_sql("select 1").scalar()
app = QApplication""")


def _start_time(argv: list[str], env: dict) -> tuple[float, str]:
    """Seconds from starting the process to its first line (printed after the first paint), and that line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=120)
    if not (line.startswith("ready") or line.startswith("startup_ms=")):
        raise RuntimeError(f"child did not start: {line!r}")
    return elapsed, line.strip()


def measure_start(db: Path, repeat: int) -> dict:
    """The window's start through its own probe (AKIMDESK_STARTUP_PROBE=1: the remembered or first region,
    `startup_ms=` after the first paint) beside the bare-stack floor, both timed from outside the process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    app = [sys.executable, "-m", "akimdesk.cli", "--db", str(db)]
    floor = [sys.executable, "-c", FLOOR_START, str(db)]
    window_only = [sys.executable, "-c", FLOOR_WINDOW]
    out = {"app": [], "floor": [], "window_only": [], "probe": []}
    with tempfile.TemporaryDirectory() as cfg:
        env["XDG_CONFIG_HOME"] = cfg  # a first start: no remembered page or region
        env["AKIMDESK_DATA_DIR"] = cfg
        # as installed: modules load from bytecode (written on the warm-up run, outside the checkout)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(cfg) / "pycache")
        probe_env = dict(env, AKIMDESK_STARTUP_PROBE="1")
        _start_time(floor, env)  # warm the OS file cache once, for both alike
        _start_time(app, probe_env)
        for _ in range(repeat):
            out["floor"].append(_start_time(floor, env)[0])
            out["window_only"].append(_start_time(window_only, env)[0])
            t, line = _start_time(app, probe_env)
            out["app"].append(t)
            out["probe"].append(int(line.split("=", 1)[1]))
    return out


# --- the register, measured inside one child process ---------------------------------------------------
def _bare_table(register):
    """A bare QTableView of the register's size over a QStandardItemModel (all C++): `paint()` gives the seconds
    Qt takes to show the cells the register shows now (its first rows), the floor under any Qt table.
    `register()` gives the register's page (asked once it is built: the bench times its building)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    view = QTableView()
    view.show()

    def paint() -> float:
        page = register()
        shown = page.table.model()
        rows = min(shown.rowCount(), 60)
        view.resize(page.table.size())
        bare = QStandardItemModel(rows, shown.columnCount())
        for r in range(rows):
            for c in range(shown.columnCount()):
                bare.setItem(r, c, QStandardItem(str(shown.data(shown.index(r, c)) or "")))
        for c in range(shown.columnCount()):
            view.setColumnWidth(c, page.table.columnWidth(c))
        QApplication.processEvents()
        t0 = time.perf_counter()
        view.setModel(bare)
        view.viewport().repaint()
        QApplication.processEvents()
        return time.perf_counter() - t0

    return view, paint


def _raw_connection(db: str):
    """The bare driver's connection the floor replays the captured SQL through: sqlite3 for a file, psycopg
    (autocommit, as the engine's statements each see the newest data) for a PostgreSQL URL."""
    if db.startswith("postgresql"):
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(db).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    import sqlite3

    return sqlite3.connect(db)


def _replay(raw, stmt: str, params) -> None:
    cur = raw.execute(stmt, params)
    if cur.description is not None:
        cur.fetchall()


def register_child(db_path: str, repeat: int) -> None:
    import datetime as dt
    import gc
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event, select

    from akimdesk.app import application, create_main_window
    from akimdesk.db import Database
    from akimdesk.models import IssueCategory, Meeting, ProblemIssue, ResponsibleBody, Territory
    from akimdesk.services.register import IssueFilter

    application()
    database = Database.open(db_path)
    captured: list[tuple[str, tuple]] = []
    ui_thread = threading.get_ident()

    def seen(conn, cur, stmt, params, ctx, many) -> None:
        if threading.get_ident() == ui_thread:  # what the user waits for; counts run in the background
            captured.append((stmt, params if isinstance(params, dict) else tuple(params)))

    event.listen(database.engine, "before_cursor_execute", seen)
    window = create_main_window(database, "ru")
    window.show()
    QApplication.processEvents()
    settled = time.perf_counter() + 2  # the user sees the window before a click: what its start held back has run
    while time.perf_counter() < settled:
        QApplication.processEvents()
        time.sleep(0.01)
    gc.freeze()  # as the program does after its first paint (app._collect_garbage_again): the start's objects
    raw = _raw_connection(db_path)

    def settle() -> None:
        """The previous action's count has come back and been shown: it is not timed as part of the next one."""
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()

    def timed(action, before=None, runs=repeat) -> tuple[float, float, float]:
        """Median seconds of the action, of replaying its SQL through bare sqlite3 and of a bare Qt table showing
        the same cells (`before`: untimed setup)."""
        ours, floor, paint = [], [], []
        for _ in range(runs):
            if before is not None:
                before()
            settle()
            captured.clear()
            t0 = time.perf_counter()
            action()
            QApplication.processEvents()
            ours.append(time.perf_counter() - t0)
            statements = list(captured)
            t0 = time.perf_counter()
            for stmt, params in statements:
                _replay(raw, stmt, params)
            floor.append(time.perf_counter() - t0 if statements else 0.0)  # nothing read: no floor ("—")
            paint.append(bare_paint())
        return statistics.median(ours), statistics.median(floor), statistics.median(paint)

    results: list[tuple[str, float, float, float]] = []
    register = next(i for i, kind in enumerate(window.pages.kinds) if kind.cls == "RegisterPage")
    _bare_view, bare_paint = _bare_table(lambda: window.pages[register])
    window.nav.setCurrentRow(0)

    def leave_register():  # the user is on another page (Home, painted) when they open the register
        window.nav.setCurrentRow(0)
        QApplication.processEvents()

    def click_register():  # the user's click: the first time it builds the page, which loads as it is shown
        window.nav.setCurrentRow(register)

    def reload_register():  # back on the register, its rows read again (as after a change elsewhere; the
        # earlier rounds timed this as "open the register")
        window.nav.setCurrentRow(register)
        page.refresh()

    results.append(("open the register the first time (builds the page)", *timed(click_register, leave_register, 1)))
    page = window.pages[register]
    results.append(("back to the register, nothing changed (a paint)", *timed(click_register, leave_register)))
    results.append(("reload the register (first page; count in background)", *timed(reload_register, leave_register)))
    region = window.state.region_id
    with database.session() as s:
        district = s.scalar(select(Territory.id).where(Territory.parent_id == region, Territory.level == "district"))
        category = s.scalar(select(IssueCategory.id).where(IssueCategory.code == "gas_supply"))
        body = s.scalar(select(ResponsibleBody.id).where(ResponsibleBody.code == "min_energy"))
        meeting = s.scalar(select(Meeting.id).where(Meeting.territory_id.in_(
            select(Territory.id).where(Territory.parent_id == district))).limit(1))
        newest = s.scalar(select(ProblemIssue.raised_on).order_by(ProblemIssue.raised_on.desc()).limit(1))
    base = IssueFilter(territory_id=region)
    quarter = (dt.date(newest.year, 1, 1), dt.date(newest.year, 3, 31))
    filters = [
        ("filter: district subtree", IssueFilter(territory_id=district)),
        ("filter: status in progress", IssueFilter(territory_id=region, statuses=("in_progress",))),
        ("filter: category gas supply", IssueFilter(territory_id=region, category_ids=(category,))),
        ("filter: body Ministry of Energy", IssueFilter(territory_id=region, body_ids=(body,))),
        ("filter: level central", IssueFilter(territory_id=region, levels=("central",))),
        ("filter: overdue", IssueFilter(territory_id=region, overdue=True)),
        ("filter: due within 7 days", IssueFilter(territory_id=region, due_within=7)),
        ("filter: period (a quarter)", IssueFilter(territory_id=region, raised_from=quarter[0], raised_to=quarter[1])),
        ("filter: one meeting", IssueFilter(territory_id=region, meeting_id=meeting)),
        ("sort: deadline ascending", IssueFilter(territory_id=region, sort="deadline", descending=False)),
        ("sort: responsible body", IssueFilter(territory_id=region, sort="body", descending=False)),
        ("search ru 'газ' (region)", IssueFilter(territory_id=region, search="газ")),
        ("search kk 'ҚЫСЫМЫ' (region)", IssueFilter(territory_id=region, search="ҚЫСЫМЫ")),
        ("search ru 'освещ' (whole country)", IssueFilter(search="освещ")),
        ("search kk 'ауылының' + overdue (country)", IssueFilter(search="ауылының", overdue=True)),
    ]
    for name, flt in filters:
        results.append((name, *timed(lambda flt=flt: page.set_filter(flt))))
    page.set_filter(base)

    # scrolling: the whole country (500k rows), as the view asks for page after page
    model = page.model
    model.set_filter(IssueFilter())
    target = min(100_000, int(sys.argv[4]) if len(sys.argv) > 4 else 100_000)
    captured.clear()
    per_page: list[float] = []
    collecting = [0.0, 0.0]  # seconds in the cyclic garbage collector during the scroll; when the last pass began

    def collector(phase: str, _info: dict) -> None:
        if phase == "start":
            collecting[1] = time.perf_counter()
        else:
            collecting[0] += time.perf_counter() - collecting[1]

    gc.callbacks.append(collector)
    t_all = time.perf_counter()
    while model.rowCount() < target and model.canFetchMore():
        t0 = time.perf_counter()
        model.fetchMore()
        per_page.append(time.perf_counter() - t0)
    total = time.perf_counter() - t_all
    gc.callbacks.remove(collector)
    statements = list(captured)
    t0 = time.perf_counter()
    for stmt, params in statements:
        _replay(raw, stmt, params)
    floor_total = time.perf_counter() - t0
    t0 = time.perf_counter()
    page.table.scrollToBottom()
    QApplication.processEvents()
    paint = time.perf_counter() - t0
    results.append((f"one more page at row {model.rowCount():,} (median)", statistics.median(per_page),
                    floor_total / max(1, len(per_page)), float("nan")))  # a page's statements (its rows, the reader's rights)
    results.append((f"scroll to row {model.rowCount():,} ({len(per_page)} pages)", total, floor_total, float("nan")))
    results.append(("  of which the cyclic garbage collector", collecting[0], float("nan"), float("nan")))
    results.append(("paint the view at the last loaded row", paint, float("nan"), float("nan")))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": results, "rss_mb": rss_mb, "rows_loaded": model.rowCount()}))


def measure_register(db: Path, repeat: int, scroll_to: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as cfg:
        env["XDG_CONFIG_HOME"] = cfg
        env["AKIMDESK_DATA_DIR"] = cfg
        # as installed: the modules a page imports when first shown load from bytecode, compiled beforehand
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(cfg) / "pycache")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "akimdesk")], env=env, check=True,
                       capture_output=True)
        proc = subprocess.run([sys.executable, __file__, "--child-register", str(db), str(repeat), str(scroll_to)],
                              capture_output=True, text=True, env=env, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _ms(seconds: float) -> str:
    return "—" if seconds != seconds else f"{seconds * 1000:,.1f}"


def _print_start(start: dict) -> int:
    """Each pair (floor, then ours, one after the other) with its ratio; medians of all three."""
    ratios = [a / f for a, f in zip(start["app"], start["floor"], strict=True)]
    for i, (a, f, r) in enumerate(zip(start["app"], start["floor"], ratios, strict=True), 1):
        print(f"pair {i}: ours {_ms(a):>9} ms  floor {_ms(f):>9} ms  {r:5.2f}x")
    print(f"median: ours {_ms(statistics.median(start['app']))} ms, floor {_ms(statistics.median(start['floor']))} ms, "
          f"ratio of medians {statistics.median(start['app']) / statistics.median(start['floor']):.2f}x, "
          f"median of ratios {statistics.median(ratios):.2f}x; probe {statistics.median(start['probe']):,.0f} ms")
    window = statistics.median(start["window_only"])
    print(f"the bare window alone, without the database: {_ms(window)} ms; ours {statistics.median(start['app']) / window:.2f}x "
          f"of it (the floor before the sixth round, 3 December 2026)")
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-register":
        register_child(sys.argv[2], int(sys.argv[3]))
        return 0
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--issues", type=int, default=500_000)
    p.add_argument("--meetings", type=int, default=100_000)
    p.add_argument("--db", help="use this generated database (a file, or a PostgreSQL URL filled by "
                   "national_postgres.py) instead of making a new one")
    p.add_argument("--keep", type=Path, help="generate into this file and keep it")
    p.add_argument("--repeat", type=int, default=5, help="runs per action; the median is shown")
    p.add_argument("--scroll-to", type=int, default=100_000)
    p.add_argument("--start-only", action="store_true",
                   help="only the window's start beside its floor (each pair's ratio and their median)")
    args = p.parse_args()
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))

    tmp = None
    if args.db:
        db = args.db
    else:
        from national_data import Sizes, generate

        if args.keep:
            db = args.keep
        else:
            tmp = tempfile.TemporaryDirectory()
            db = Path(tmp.name) / "national.sqlite"
        print(f"generating {args.issues:,} issues, {args.meetings:,} meetings into {db} …", flush=True)
        t0 = time.perf_counter()
        generate(db, Sizes(meetings=args.meetings, issues=args.issues), say=lambda m: print(m, flush=True))
        print(f"generated in {time.perf_counter() - t0:.0f} s; file {db.stat().st_size / 2**20:,.0f} MB", flush=True)

    start = measure_start(db, args.repeat)
    if args.start_only:
        return _print_start(start)
    reg = measure_register(db, args.repeat, args.scroll_to)
    app_ms, floor_ms = statistics.median(start["app"]), statistics.median(start["floor"])
    print()
    print(f"{'action':48} {'ours, ms':>11} {'floor, ms':>11} {'ratio':>7} {'+ Qt, ms':>9} {'ratio':>7}")
    print("-" * 98)
    print(f"{'cold start of the main window (process)':48} {_ms(app_ms):>11} {_ms(floor_ms):>11} "
          f"{app_ms / floor_ms:>6.2f}x")
    for name, ours, floor, paint in reg["rows"]:
        ratio = f"{ours / floor:>6.2f}x" if floor == floor and floor > 0 else "      —"
        with_qt = f"{_ms(floor + paint):>9} {ours / (floor + paint):>6.2f}x" if paint == paint else ""
        print(f"{name:48} {_ms(ours):>11} {_ms(floor):>11} {ratio} {with_qt}")
    print("-" * 98)
    print(f"peak memory of the window process after loading {reg['rows_loaded']:,} rows: {reg['rss_mb']:.0f} MB")
    print(f"the window's own probe (startup_ms, median): {statistics.median(start['probe']):,.0f} ms")
    print(f"start floor: bare PySide6 window + sqlalchemy.orm + the engine connected to the database "
          f"(the window alone: {_ms(statistics.median(start['window_only']))} ms); register floor: the same SQL through the bare driver; "
          f"+ Qt: and a bare QTableView (QStandardItemModel) of the same size showing the same cells; "
          f"median of {args.repeat} runs")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
