"""Guards for national scale: what the window does must not grow with the rows the user does not see.

Statement counts are compared on the demo database before and after it grows by several times (real
rows copied with new ids); the window's start must not import the document, signing or calendar
libraries; the start probe prints one line and exits 0.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from sqlalchemy import event

from akimdesk.app import create_main_window
from akimdesk.services import meetings as meeting_service
from akimdesk.services import register as reg
from akimdesk.ui.pages.register_page import RegisterPage

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("openpyxl", "reportlab", "pyhanko", "cryptography", "holidays", "babel")


@pytest.fixture
def settings_folder(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


class Statements:
    """Counts the SQL statements sent to a database."""

    def __init__(self, db):
        self.n = 0
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.n += 1

    def during(self, action) -> int:
        before = self.n
        action()
        settle()
        return self.n - before


def settle() -> None:
    """Let the background counts the action started finish and deliver their answers."""
    for _ in range(2):  # a count may be started from the event loop
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()


def _copy_rows(con: sqlite3.Connection, table: str, changes: dict, where: str = "") -> dict[str, str]:
    """Insert a copy of every row of `table` (with a new id and the given column changes); old id -> new id."""
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    mapping: dict[str, str] = {}
    for row in con.execute(f"SELECT * FROM {table} {where}").fetchall():
        values = dict(zip(cols, row, strict=True))
        new_id = uuid.uuid4().hex
        mapping[values["id"]] = new_id
        values["id"] = new_id
        for k, change in changes.items():
            values[k] = change(values[k])
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [values[c] for c in cols])
    return mapping


def grow(path: Path, times: int) -> None:
    """Double the meetings (with their announcements, broadcasts, participants) and the issues, `times` times."""
    con = sqlite3.connect(path)
    with con:
        for _ in range(times):
            meetings = _copy_rows(con, "meeting", {"planned_meeting_id": lambda _v: None,
                                                   "off_calendar_reason": lambda _v: "necessity"},
                                  "WHERE planned_meeting_id IS NOT NULL OR off_calendar_reason IS NOT NULL")
            for child in ("announcement", "broadcast", "meeting_participant"):
                ids = ",".join(f"'{m}'" for m in meetings)
                _copy_rows(con, child, {"meeting_id": meetings.get}, f"WHERE meeting_id IN ({ids})")
            _copy_rows(con, "problem_issue", {"meeting_id": lambda _v: None,  # a copy needs a number of its own
                                              "registration_number": lambda _v: f"00-0000-{uuid.uuid4().hex[:8]}"})
    con.close()


def window_statements(db, qtbot) -> dict[str, int]:
    """Statements for starting the window, opening each page, a filter and a page of rows in the register."""
    seen = Statements(db)
    counts: dict[str, int] = {}
    win = None

    def start():
        nonlocal win
        win = create_main_window(db, "ru")
        qtbot.addWidget(win)
        win.show()
        win.year.setValue(2026)

    counts["start"] = seen.during(start)
    for i, page in enumerate(win.pages):
        counts[f"open {type(page).__name__}"] = seen.during(lambda i=i: win.nav.setCurrentRow(i))
    register = win.show_page(RegisterPage)
    counts["filter: overdue"] = seen.during(
        lambda: register.status.setCurrentIndex(register.status.findData("overdue")))
    register.model.page_size = 20
    counts["filter: all"] = seen.during(lambda: register.status.setCurrentIndex(0))
    counts["a page of rows"] = seen.during(register.model.fetchMore)
    region = win.state.region_id
    counts["meeting rows"] = seen.during(lambda: meeting_service.meeting_rows(db, region, 2026))
    counts["a page of meetings"] = seen.during(
        lambda: meeting_service.meeting_page(db, meeting_service.MeetingQuery(region, 2026), offset=40, limit=20))
    counts["issue page"] = seen.during(lambda: reg.issue_page(db, reg.IssueFilter(territory_id=region), limit=50))
    win.nav.setCurrentRow(0)  # the next window starts on the same page
    win.close()
    return counts


def test_statements_do_not_grow_with_the_rows(demo_file, tmp_path, qtbot, settings_folder):
    from akimdesk.db import Database

    small_path, big_path = tmp_path / "small.sqlite", tmp_path / "big.sqlite"
    for path in (small_path, big_path):
        path.write_bytes(demo_file.read_bytes())
    grow(big_path, 3)
    small, big = Database.open(small_path), Database.open(big_path)
    try:
        assert reg.issue_count(big, reg.IssueFilter()) == 8 * reg.issue_count(small, reg.IssueFilter())
        on_small, on_big = window_statements(small, qtbot), window_statements(big, qtbot)
    finally:
        small.close()
        big.close()
    assert on_small == on_big  # an N+1 anywhere shows here as a count that grew with the rows
    assert on_small["meeting rows"] <= 10 and on_small["issue page"] <= 3 and on_small["a page of rows"] <= 2
    assert on_small["a page of meetings"] <= 5


def test_the_first_page_of_rows_and_the_window_never_wait_for_a_count(demo_db, qtbot, settings_folder):
    """Counts run in the background: the UI thread sends no uncapped count on the way to rows."""
    from akimdesk.services import overview

    ui_thread, on_ui = threading.get_ident(), []
    event.listen(demo_db.engine, "before_cursor_execute", lambda _c, _cur, stmt, *_a: on_ui.append(stmt)
                 if threading.get_ident() == ui_thread else None)

    def counts_on_ui() -> list[str]:
        return [s for s in on_ui if "count(" in s and "LIMIT" not in s]

    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    assert counts_on_ui() == []
    region = win.state.region_id
    counted = overview.counters(demo_db, region, win.state.year)
    qtbot.waitUntil(lambda: f"<b>{counted.open_issues}</b>" in win.counters.text())

    register = win.show_page(RegisterPage)
    settle()
    register.model.page_size = 20
    on_ui.clear()
    register.reset_filters()  # every issue of the region: many pages
    assert register.model.rowCount() == 20 and register.model.canFetchMore()
    assert "…" in register.count_label.text() and counts_on_ui() == []  # rows shown, count still to come
    total = reg.issue_count(demo_db, reg.IssueFilter(territory_id=region))
    qtbot.waitUntil(lambda: f"Issues: {total} " in register.count_label.text() or f": {total} (" in
                    register.count_label.text())
    win.close()


START_AND_REPORT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from akimdesk.app import application, create_main_window
from akimdesk.db import Database

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = [m for m in {heavy!r} if m in sys.modules]
            QTimer.singleShot(0, app.quit)
        return False

app = application()
window = create_main_window(Database.open(sys.argv[1]), "ru")
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
print("imported:", ",".join(probe.seen))
"""


def _child_env(tmp_path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               AKIMDESK_DATA_DIR=str(tmp_path / "child-data"), XDG_CONFIG_HOME=str(tmp_path / "child-config"))
    env.pop("AKIMDESK_STARTUP_PROBE", None)
    return env


def test_the_window_starts_without_document_signing_or_holiday_libraries(demo_file, tmp_path):
    db = tmp_path / "start.sqlite"
    db.write_bytes(demo_file.read_bytes())
    out = subprocess.run([sys.executable, "-c", START_AND_REPORT.format(heavy=HEAVY), str(db)], env=_child_env(tmp_path),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "imported:", out.stdout


REGISTER_AND_REPORT = """
import sys
from akimdesk.app import application, create_main_window
from akimdesk.db import Database

app = application()
window = create_main_window(Database.open(sys.argv[1]), "ru")
window.show()
app.processEvents()
window.nav.setCurrentRow(next(i for i, kind in enumerate(window.pages.kinds) if kind.cls == "RegisterPage"))
app.processEvents()
assert type(window.stack.currentWidget()).__name__ == "RegisterPage", type(window.stack.currentWidget())
print("imported:", ",".join(sorted(m for m in sys.modules if m.startswith(("akimdesk.documents", "akimdesk.meetings",
                                                                        "akimdesk.services.meetings")))))
"""


def test_the_register_opens_without_the_meetings_and_documents_modules(demo_file, tmp_path):
    """The register's first opening imports what the register needs: the meetings' service, the meetings'
    modules and the documents' (16 modules, 15-30 ms of a first opening) wait for a page that uses them."""
    db = tmp_path / "register.sqlite"
    db.write_bytes(demo_file.read_bytes())
    out = subprocess.run([sys.executable, "-c", REGISTER_AND_REPORT, str(db)], env=_child_env(tmp_path),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "imported:", out.stdout


def test_the_start_probe_prints_the_time_to_the_first_paint_and_exits_0(demo_file, tmp_path):
    db = tmp_path / "probe.sqlite"
    db.write_bytes(demo_file.read_bytes())
    env = dict(_child_env(tmp_path), AKIMDESK_STARTUP_PROBE="1")
    out = subprocess.run([sys.executable, "-m", "akimdesk.cli", "--db", str(db)], env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert re.fullmatch(r"startup_ms=\d+", out.stdout.strip()), out.stdout
