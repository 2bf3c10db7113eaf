"""A database kept busy by a long writer: whoever else waits longer than the busy wait is told who holds the
lock (login, host, command, since), from the note the long writer leaves beside the file. Two real
processes: one holds SQLite's write lock as an exchange import does, the other is the command line."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from akimdesk.config import current_user
from akimdesk.db import Database
from akimdesk.files import describe_writer, writer_note, writer_note_path, writing_note
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export
from .keys import PASSWORD, make_keys

ROOT = Path(__file__).resolve().parents[1]
HOLDER = """
import sqlite3, sys
from pathlib import Path
from akimdesk.config import current_user
from akimdesk.files import writing_note
db = Path(sys.argv[1])
with writing_note(db, "exchange import", current_user()):
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # the write lock, as a merge in progress holds it
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes our input
    conn.execute("ROLLBACK")
"""
# the command line with a short busy wait (the real one is a minute), so the test need not wait that long
WAITER = "import sys, akimdesk.db as d; d.BUSY_TIMEOUT_MS = 300; from akimdesk.cli import main; sys.exit(main(sys.argv[1:]))"


def _env(tmp_path: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "AKIMDESK_DATA_DIR": str(tmp_path / "userdata"),
            "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def busy(tmp_path, demo_file):
    """A demo database whose write lock another process holds, and a package to import into it."""
    shutil.copy(demo_file, tmp_path / "db.sqlite")
    (tmp_path / "keys").mkdir()
    keys = make_keys(tmp_path / "keys")
    database = Database.open(tmp_path / "db.sqlite")
    package = export(database, tmp_path / "out", Pkcs12Signer.load(keys.good, PASSWORD), period="2026-Q1")
    database.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "db.sqlite")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=_env(tmp_path), cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield {"db": tmp_path / "db.sqlite", "package": package, "keys": keys, "holder": holder}
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert not writer_note_path(tmp_path / "db.sqlite").exists()  # the holder's note goes with it


def _wait(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WAITER, *args], capture_output=True, text=True, timeout=120,
                          env=_env(tmp_path), cwd=ROOT)


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_an_ordinary_write_kept_waiting_names_who_holds_the_lock(busy, tmp_path):
    done = _wait(tmp_path, "exchange", "trust", "--db", str(busy["db"]), "--unit", "395400000",
                 str(busy["keys"].ca_pem))
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    line = lines[0]
    assert line.startswith("akimdesk: database error:") and "locked" in line
    assert f"{current_user()} on {socket.gethostname()}" in line and "`exchange import`" in line
    assert f"(process {busy['holder'].pid})" in line and "INSERT" not in line


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_an_exchange_import_kept_waiting_is_refused_naming_the_holder(busy, tmp_path):
    done = _wait(tmp_path, "exchange", "import", "--db", str(busy["db"]), str(busy["package"]))
    assert done.returncode == 1, done.stderr
    assert "The database is busy:" in done.stderr and f"{current_user()} on {socket.gethostname()}" in done.stderr
    assert "Nothing was written." in done.stderr


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_an_exchange_import_leaves_its_note_while_it_merges_and_removes_it_after(tmp_path, demo_file):
    from akimdesk.progress import Progress
    from akimdesk.services.exchange import import_package

    shutil.copy(demo_file, tmp_path / "source.sqlite")
    source = Database.open(tmp_path / "source.sqlite")
    (tmp_path / "keys").mkdir()
    keys = make_keys(tmp_path / "keys")
    package = export(source, tmp_path / "out", Pkcs12Signer.load(keys.good, PASSWORD), period="2026-Q1")
    source.close()
    target = Database.open(tmp_path / "target.sqlite")
    seen = []
    note = writer_note_path(target.path)
    import_package(target, package, progress=Progress(report=lambda *a: seen.append(
        json.loads(note.read_text()) if note.exists() else None)))
    target.close()
    notes = [n for n in seen if n]
    assert notes and notes[0]["command"] == "exchange import" and notes[0]["pid"] == os.getpid()
    assert notes[0]["login"] == current_user() and notes[0]["host"] == socket.gethostname()
    assert not note.exists()


def test_a_note_left_by_a_process_that_is_gone_names_nobody(tmp_path):
    db = tmp_path / "db.sqlite"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    writer_note_path(db).write_text(json.dumps({"login": "alma", "host": socket.gethostname(), "command": "x",
                                                "pid": int(gone.stdout), "since": "2026-12-02T14:05:00+05:00"}))
    assert writer_note(db) is None
    writer_note_path(db).write_text(json.dumps({"login": "alma", "host": "PC-12", "command": "exchange import",
                                                "pid": 4711, "since": "2026-12-02T14:05:00+05:00"}))
    assert describe_writer(writer_note(db)) == "alma on PC-12 has been running `exchange import` since 14:05 (process 4711)"
    writer_note_path(db).write_text("[" * 10000)  # a damaged note is no note
    assert writer_note(db) is None
    with writing_note(None, "server database", "alma"):  # PostgreSQL: no file, no note
        pass


def test_the_window_says_who_holds_the_lock_in_the_users_language(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from akimdesk.config import resources_dir
    from akimdesk.exchange import ExchangeRefused
    from akimdesk.ui.exchange_errors import exchange_error_text

    busy = ExchangeRefused("busy", "The database is busy", login="alma", host="PC-12", command="exchange import",
                           since="2026-12-02T14:05:00+05:00", pid=4711)
    assert exchange_error_text(busy) == ("The database is busy: alma on PC-12 has been running “exchange import” "
                                         "since 14:05. Try again when it has finished.")
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "akimdesk_kk.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = exchange_error_text(busy)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text.startswith("Дерекқор бос емес:") and "alma" in text and "PC-12" in text and "14:05" in text
    assert "another AkimDesk window" in exchange_error_text(ExchangeRefused("busy", "x"))  # no note: said so


# -- every long writer names itself: the note is there whenever such a command writes -----------------------------
@pytest.fixture
def notes_while_writing():
    """What the note beside the database said at each statement that wrote into it (an observer on every
    engine: it reads the note from disk, as a second process kept waiting would)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    seen: list = []

    def look(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP"):
            note = writer_note_path(Path(conn.engine.url.database))
            seen.append(json.loads(note.read_text()) if note.exists() else None)

    event.listen(Engine, "before_cursor_execute", look)
    yield seen
    event.remove(Engine, "before_cursor_execute", look)


def _only(seen: list, command: str) -> None:
    assert seen, "nothing was written"
    assert all(n is not None for n in seen), f"{seen.count(None)} of {len(seen)} writes without a note"
    assert {(n["command"], n["login"], n["pid"]) for n in seen} == {(command, current_user(), os.getpid())}


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_the_long_writers_of_the_command_line_name_themselves_while_they_write(tmp_path, demo_file, capsys,
                                                                                 notes_while_writing):
    from openpyxl import Workbook

    from akimdesk.cli import main

    db = Path(shutil.copy(demo_file, tmp_path / "db.sqlite"))
    wb = Workbook()
    wb.active.append(["Дата поступления", "Территория", "Суть вопроса", "Срок"])
    wb.active.append(["2026-03-01", "395400000", "Ремонт дороги на ул. Абая", "2026-06-01"])
    wb.save(tmp_path / "issues.xlsx")
    units = tmp_path / "units.csv"
    units.write_text("kato,parent_kato,level,name_ru,name_kk\n"
                     "393241000,393200000,rural_okrug,Новый сельский округ,Жаңа ауылдық округі\n", encoding="utf-8")
    plan = tmp_path / "plan.csv"
    plan.write_text("date,organizer,target,time,venue,topic\n2027-02-10,390000000,393200000,10:00,,\n",
                    encoding="utf-8")
    runs = [
        ("import xlsx", ["import", "xlsx", "--db", str(db), "--kind", "issues", "--region", "39", "--year", "2026",
                         str(tmp_path / "issues.xlsx")]),
        ("territory import", ["territory", "import", "--db", str(db), str(units)]),
        ("calendar import", ["calendar", "import", "--db", str(db), "--region", "39", "--year", "2027", str(plan)]),
        ("db copy", ["db", "copy", "--from", str(db), "--to", str(tmp_path / "copy.sqlite")]),
        ("demo", ["demo", "--db", str(tmp_path / "new.sqlite"), "--year", "2026"]),
    ]
    Database.open(tmp_path / "new.sqlite").close()  # `demo` on a file that already exists
    for command, argv in runs:
        notes_while_writing.clear()
        assert main(argv) == 0, (command, capsys.readouterr().err)
        _only(notes_while_writing, command)
    for path in (db, tmp_path / "copy.sqlite", tmp_path / "new.sqlite"):
        assert not writer_note_path(path).exists()  # each note goes when its writer has finished


def test_db_upgrade_names_itself_while_it_changes_the_schema(tmp_path, capsys, notes_while_writing):
    from alembic import command

    from akimdesk.cli import main
    from akimdesk.db import _alembic_config

    database = Database.open(tmp_path / "old.sqlite")
    command.downgrade(_alembic_config(database.engine), "0001")  # as an earlier AkimDesk left it
    database.close()
    notes_while_writing.clear()
    assert main(["db", "upgrade", "--db", str(tmp_path / "old.sqlite")]) == 0, capsys.readouterr().err
    _only(notes_while_writing, "db upgrade")
    assert not writer_note_path(tmp_path / "old.sqlite").exists()


# -- the window names the holder whatever page or job was kept waiting ---------------------------------------------
@pytest.fixture
def held(tmp_path, demo_file, monkeypatch):
    """A demo database whose write lock another process holds (with its note), opened here with a short
    busy wait (the real one is a minute)."""
    import akimdesk.db

    db = Path(shutil.copy(demo_file, tmp_path / "db.sqlite"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=_env(tmp_path), cwd=ROOT)
    monkeypatch.setattr(akimdesk.db, "BUSY_TIMEOUT_MS", 300)
    try:
        assert holder.stdout.readline().strip() == "holding"
        database = Database.open(db)
        yield database
        database.close()
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


def _rename_a_unit(database: Database) -> None:
    from akimdesk.models import Territory
    from akimdesk.services.directory import rename_unit

    with database.session() as s:
        unit = s.scalars(select(Territory).where(Territory.kato == "395400000")).one()
    rename_unit(database, unit.id, "Новое имя", "Жаңа атау", unit.row_version)


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_a_background_job_kept_waiting_says_who_holds_the_lock_in_kazakh(held, qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from akimdesk.config import resources_dir
    from akimdesk.ui.jobs import run_job

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "akimdesk_kk.qm"))
    QCoreApplication.installTranslator(translator)
    failures = []
    try:
        run_job(None, "", lambda _progress: _rename_a_unit(held), on_failed=lambda m, d: failures.append(m),
                show_dialog=False)
        qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    finally:
        QCoreApplication.removeTranslator(translator)
    [message] = failures
    assert message.startswith("Дерекқор бос емес:"), message
    assert f"{current_user()}" in message and socket.gethostname() in message and "exchange import" in message
    assert "UPDATE" not in message and "Новое имя" not in message  # no statement, no values


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_a_save_in_a_window_kept_waiting_shows_who_holds_the_lock_not_a_traceback(held, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from akimdesk.ui import permissions

    permissions.install_refusal_message()
    try:
        _rename_a_unit(held)
    except Exception as exc:  # what a slot raising it hands to the window's exception hook
        failure = exc
    seen = []

    def read_box():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.close()

    QTimer.singleShot(200, read_box)
    sys.excepthook(type(failure), failure, failure.__traceback__)
    assert len(seen) == 1 and seen[0].startswith("The database is busy:"), seen
    assert f"{current_user()} on {socket.gethostname()}" in seen[0] and "“exchange import”" in seen[0]


@pytest.mark.sqlite_only  # the note beside a file; a server names its sessions (below)
def test_the_exchange_pages_own_messages_name_the_holder_of_a_plain_busy_failure(held, qapp):
    from akimdesk.ui.exchange_errors import exchange_error_text

    with pytest.raises(Exception) as failure:
        _rename_a_unit(held)
    text = exchange_error_text(failure.value)  # as a conflict decided while another merge runs
    assert text.startswith("The database is busy:") and "UPDATE" not in text and current_user() in text


# -- PostgreSQL: no file and no note; the server says which session holds the lock ------------------------------
@pytest.mark.postgresql_only
def test_on_a_server_a_write_kept_waiting_names_the_session_that_holds_the_lock(backend, demo_file, tmp_path,
                                                                                monkeypatch, qapp, capsys):
    import psycopg
    from sqlalchemy.engine import make_url

    import akimdesk.db
    from akimdesk.db import application_name
    from akimdesk.services.storage import is_busy, lock_holder
    from akimdesk.ui.exchange_errors import database_error_text

    url = backend.copy(demo_file, tmp_path / "server.sqlite")
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    holder = psycopg.connect(libpq, application_name=application_name("alma", "exchange import"))
    try:  # the first connection: a merge in progress, its transaction open with a write in it
        holder.execute("update territory set name_ru = name_ru where kato = '395400000'")
        monkeypatch.setattr(akimdesk.db, "BUSY_TIMEOUT_MS", 300)
        database = Database.open(url)  # the second: an ordinary save of the same unit
        try:
            with pytest.raises(Exception) as failure:
                _rename_a_unit(database)
        finally:
            database.close()
        assert is_busy(failure.value)
        assert lock_holder(failure.value) == {
            "login": "alma", "host": socket.gethostname(), "command": "exchange import", "pid": holder.info.backend_pid,
            "since": lock_holder(failure.value)["since"]}
        assert lock_holder(failure.value)["since"][:4].isdigit()  # when its transaction began
        text = database_error_text(failure.value)
        assert text.startswith("The database is busy: alma on ") and "“exchange import”" in text
        units = tmp_path / "units.csv"  # the command line, renaming the same unit
        units.write_text("kato,parent_kato,level,name_ru,name_kk\n395400000,390000000,district,Новое имя,Жаңа атау\n",
                         encoding="utf-8")
        from akimdesk.cli import main

        assert main(["territory", "import", "--db", url, str(units)]) == 1
        [line] = capsys.readouterr().err.strip().splitlines()
        assert line.startswith("akimdesk: database error:") and "lock timeout" in line and "UPDATE" not in line
        assert f"alma on {socket.gethostname()} has been running `exchange import`" in line, line
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.postgresql_only
def test_every_server_session_names_who_and_what_when_it_connects(backend, tmp_path):
    from sqlalchemy import text

    url = backend.fresh(tmp_path / "named.sqlite")
    database = Database.open(url)
    try:
        with database.session() as s:
            name = s.execute(text("select application_name from pg_stat_activity where pid = pg_backend_pid()")).scalar()
            timeout = s.execute(text("show lock_timeout")).scalar()
    finally:
        database.close()
    assert name.startswith(f"AkimDesk {database.actor}@{socket.gethostname()}: ")
    assert timeout == "1min"  # as long as SQLite's busy wait, then the holder is named
