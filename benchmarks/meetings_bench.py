"""The Meetings page's list in the window: its first opening and what a person does with it (not a test).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python benchmarks/meetings_bench.py --db /tmp/national.sqlite

In one window process, once it has rested: the page's first opening (to its paint), then each action from the
list as it opens (newest first, no filter), to its paint, the median of `--repeat`: a status chosen, "only
with failed checks", a header's click (by the akim, by the failed checks; and by them once the list shows only
the meetings failing a check, whose verdicts the page keeps), the quick filter (as the person pauses typing),
the next rows as the view scrolls. Each starts as after a save: no verdict kept. Beside each, the statements it sent and their time in the
driver, and how many rows the list shows and holds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a database file or URL (a server's password in AKIMDESK_DB_PASSWORD)")
    p.add_argument("--lang", default="ru", choices=("ru", "kk", "en"))
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.argv = sys.argv[:1]

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from akimdesk import app as program
    from akimdesk.db import Database
    from akimdesk.ui.pages.meetings_page import MeetingsPage

    program.application()
    database = Database.open(args.db, upgrade_schema=False)
    sent: list[float] = []

    def before(conn, *_):
        conn.info["started"] = time.perf_counter()

    def after(conn, *_):
        sent.append(time.perf_counter() - conn.info["started"])

    event.listen(database.engine, "before_cursor_execute", before)
    event.listen(database.engine, "after_cursor_execute", after)
    window = program.create_main_window(database, args.lang)
    window.show()
    rested = time.perf_counter() + 2
    while time.perf_counter() < rested:
        QApplication.processEvents()
        time.sleep(0.01)
    kinds = [k.cls for k in window.pages.kinds]

    def report(name: str, runs: list[tuple[float, int, float]], page) -> None:
        ms = statistics.median(r[0] for r in runs) * 1000
        sql = statistics.median(r[2] for r in runs) * 1000
        print(f"{name:34s} {ms:8.1f} ms  {runs[0][1]:2d} statements, {sql:6.1f} ms in the driver;  "
              f"{page.list.count_label.text()}, {page.model.rowCount()} held")

    sent.clear()
    started = time.perf_counter()
    window.nav.setCurrentRow(kinds.index("MeetingsPage"))
    QApplication.processEvents()
    page = window.page(MeetingsPage)
    report("first opening of the page", [(time.perf_counter() - started, len(sent), sum(sent))], page)
    table, status = page.list.table, page.status_filter

    def as_opened() -> None:  # and as after a save: no verdict kept from an earlier action
        status.setCurrentIndex(0)
        page.failed_only.setChecked(False)
        page.list.filter.setText("")
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        page.list.reload()  # its first page
        page.refresh()  # as a save does: the verdicts kept are dropped
        for _ in range(3):
            QApplication.processEvents()

    def typed() -> None:  # the quick filter, and its reading as the person pauses typing (the pause not timed)
        page.list.filter.setText("село" if args.lang != "kk" else "ауыл")
        page.list.reload()

    def failing() -> None:
        page.failed_only.setChecked(True)
        QApplication.processEvents()

    actions = [  # (what the person does, what they did before it: not timed)
        ("status: held", lambda: status.setCurrentIndex(status.findData("held")), None),
        ("only with failed checks", lambda: page.failed_only.setChecked(True), None),
        ("sort: akim (a header's click)", lambda: table.sortByColumn(1, Qt.SortOrder.AscendingOrder), None),
        ("sort: failed checks, most first", lambda: table.sortByColumn(6, Qt.SortOrder.DescendingOrder), None),
        ("the same after 'only with failed checks'", lambda: table.sortByColumn(6, Qt.SortOrder.DescendingOrder),
         failing),
        ("quick filter", typed, None),
        ("the next rows as the view scrolls", page.model.fetchMore, None),
    ]
    for name, action, before_it in actions:
        runs = []
        for _ in range(args.repeat):
            as_opened()
            if before_it is not None:
                before_it()
            sent.clear()
            started = time.perf_counter()
            action()
            QApplication.processEvents()
            runs.append((time.perf_counter() - started, len(sent), sum(sent)))
        report(name, runs, page)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
