"""Reading commands on a database in a folder the user cannot write (a copy on a CD, a share given read-only):
`issue list`, `territory list`, `meeting list` and `calendar check` read it as it is; nothing is switched to WAL,
upgraded or written beside it.

These tests run as root here, and root may write whatever the permission bits say, so the folder and the file
are made read-only (0555/0444) as a user would find them AND `os.access` is made to answer for them as it does
for an ordinary user (no write permission). That the file is then really opened read-only is checked by SQLite
itself: a write through the opened database fails with "attempt to write a readonly database"."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from akimdesk.cli import main
from akimdesk.db import Database, DatabaseError


@pytest.fixture
def read_only_copy(demo_file, tmp_path, monkeypatch):
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    copy = folder / "akimdesk.sqlite"
    shutil.copy(demo_file, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    real_access = os.access

    def access(path, mode, *args, **kw):  # what an ordinary user is told about a 0555 folder and its 0444 file
        if mode & os.W_OK and Path(path).resolve() in (folder.resolve(), copy.resolve()):
            return False
        return real_access(path, mode, *args, **kw)

    monkeypatch.setattr(os, "access", access)
    yield copy
    folder.chmod(0o755)


def _state(folder: Path) -> tuple:
    return sorted(p.name for p in folder.iterdir()), hashlib.sha256((folder / "akimdesk.sqlite").read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["issue", "list"], ["territory", "list"], ["meeting", "list", "--region", "390000000", "--year", "2026"],
                                     ["calendar", "check", "--region", "390000000", "--year", "2026"]])
def test_reading_commands_work_on_a_read_only_copy_and_leave_it_as_it_was(read_only_copy, command, capsys):
    before = _state(read_only_copy.parent)
    code = main(["--db", str(read_only_copy), *command])
    out, err = capsys.readouterr()
    assert "readonly" not in err and "read-only" not in err, err
    assert code in (0, 1), err  # calendar check: 1 when the calendar has findings
    assert out.strip()
    assert _state(read_only_copy.parent) == before  # no -wal, -shm, journal or backup beside it; the file unchanged


def test_the_copy_is_opened_read_only_and_writes_are_refused_by_sqlite(read_only_copy):
    database = Database.open(read_only_copy)
    try:
        assert database.read_only
        with pytest.raises(Exception, match="readonly"):
            with database.engine.begin() as conn:
                conn.execute(text("DELETE FROM problem_issue"))
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM problem_issue")).scalar() > 0
    finally:
        database.close()


def test_an_old_schema_in_a_read_only_folder_is_refused_with_one_line(demo_file, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "old"
    folder.mkdir()
    old = folder / "akimdesk.sqlite"
    shutil.copy(demo_file, old)
    con = sqlite3.connect(old)
    con.execute("UPDATE alembic_version SET version_num = '0004'")
    con.commit()
    con.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m, *a, **k: False if m & os.W_OK and Path(p).resolve() in (
        folder.resolve(), old.resolve()) else real_access(p, m, *a, **k))
    with pytest.raises(DatabaseError, match="upgraded"):
        Database.open(old)
    assert main(["--db", str(old), "issue", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("akimdesk: error:") and len(err.strip().splitlines()) == 1
