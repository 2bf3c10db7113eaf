"""Every page of the main window on a database: its first opening and its opening again (not a test).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python benchmarks/pages_bench.py --db /tmp/national.sqlite

In one window process started as the program starts (the garbage collector off until the first paint, then
on with the start's objects frozen, and frozen again at rest), once the window has rested, each page is
clicked from Home: the time to its paint (what the user waits for), with the work it started in the
background, and the statements it sent; then every page once more (built, and nothing changed: a paint).
One run per process: run it a few times. The modules load from bytecode compiled beforehand, as installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def _bytecode_as_installed() -> None:
    """The program's modules load from bytecode, as an installed program's do: compiled beforehand into a
    folder of this run's (the checkout is left as it is; PYTHONDONTWRITEBYTECODE cannot make the first opening
    of a page compile its modules from source)."""
    import compileall
    import importlib.util
    import tempfile

    sys.pycache_prefix = tempfile.mkdtemp(prefix="akimdesk-pycache-")
    package = os.path.dirname(importlib.util.find_spec("akimdesk").origin)
    compileall.compile_dir(package, quiet=1)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a database file or URL (a server's password in AKIMDESK_DB_PASSWORD)")
    p.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    p.add_argument("--size", default="1366x768", help="the window's size (an akimat laptop's screen)")
    p.add_argument("--year", type=int, help="the year shown (default: this year; the national data set has calendars "
                                            "only for the year its national work planned, 2027)")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _bytecode_as_installed()
    sys.argv = ["akimdesk"]  # the program's own start: no garbage collection until the first paint

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from akimdesk import app as program
    from akimdesk.db import Database

    program.application()
    database = Database.open(args.db)
    statements = [0]
    event.listen(database.engine, "before_cursor_execute", lambda *_a: statements.__setitem__(0, statements[0] + 1))
    window = program.create_main_window(database, args.lang)
    window.after_first_paint(lambda: program._collect_garbage_again(window))  # as the program does (run_gui)
    rested = []
    window.rested.connect(lambda: rested.append(True))
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)  # not the first start's 90% of the virtual screen, whatever its size
    window.show()
    if args.year is not None:
        window.year.setValue(args.year)

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    while not rested:  # the user sees the window before a click: what its start held back has run
        settle(0.1)
    settle(0.5)
    print(f"{'':6} {'page':16} {'to its paint, ms':>17} {'with its background work, ms':>29} {'statements':>11}")
    for turn in ("first", "again"):
        for index, kind in enumerate(window.pages.kinds):
            window.nav.setCurrentRow(0)
            settle(0.3)
            statements[0] = 0
            t0 = time.perf_counter()
            window.nav.setCurrentRow(index)
            QApplication.processEvents()
            painted = time.perf_counter() - t0
            QThreadPool.globalInstance().waitForDone(60_000)
            QApplication.processEvents()
            done = time.perf_counter() - t0
            print(f"{turn:6} {kind.cls:16} {painted * 1000:17.1f} {done * 1000:29.1f} {statements[0]:11}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
