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


UNPRIVILEGED = 65534  # "nobody" on Debian and most Unix systems
# The child imports the program (and, by a first run on a writable copy, every library the command needs)
# while it may still read them, then gives up root for good (groups, gid, uid: what `setpriv --reuid=65534
# --regid=65534 --clear-groups` does) before touching the read-only copy: from there on the kernel checks
# every access as for an ordinary user. Dropping inside the child keeps the test working where the Python
# interpreter itself lives in a folder only root may read.
AS_NOBODY = f"""
import contextlib, io, os, sys
sys.path.insert(0, sys.argv[1])
from akimdesk.cli import main
warm, target, argv = sys.argv[2], sys.argv[3], sys.argv[4:]
with contextlib.redirect_stdout(io.StringIO()):  # only the unprivileged run's output is judged
    assert main(["--db", warm, *argv]) == 0
os.setgroups([])
os.setgid({UNPRIVILEGED})
os.setuid({UNPRIVILEGED})
assert os.getuid() == os.geteuid() == {UNPRIVILEGED}
try:
    open(os.path.join(os.path.dirname(target), "probe"), "w")
except PermissionError:
    pass
else:
    sys.exit("the folder is writable for an unprivileged user: the test proves nothing")
sys.exit(main(["--db", target, *argv]))
"""


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="no Unix user ids on this system")
def test_issue_list_on_a_read_only_folder_as_a_real_unprivileged_user(demo_file, tmp_path):
    import subprocess
    import sys
    import tempfile

    if os.getuid() != 0:
        pytest.skip("not root: the other tests of this file already run as an ordinary user, for real")
    base = Path(tempfile.mkdtemp(prefix="akimdesk-ro-", dir="/tmp"))  # tmp_path's parents are root's own (0700)
    try:
        base.chmod(0o755)
        folder, data = base / "cd-rom", base / "userdata"
        folder.mkdir()
        data.mkdir()
        os.chown(data, UNPRIVILEGED, UNPRIVILEGED)  # the user's own data folder (logs), as they would have it
        copy = folder / "akimdesk.sqlite"
        shutil.copy(demo_file, copy)
        shutil.copy(demo_file, tmp_path / "warm.sqlite")
        copy.chmod(0o444)
        folder.chmod(0o555)
        before = _state(folder)
        root = Path(__file__).resolve().parents[1]
        done = subprocess.run([sys.executable, "-c", AS_NOBODY, str(root), str(tmp_path / "warm.sqlite"), str(copy),
                               "issue", "list"], capture_output=True, text=True, timeout=300,
                              env={**os.environ, "AKIMDESK_DATA_DIR": str(data), "HOME": str(data),
                                   "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stderr
        assert "readonly" not in done.stderr and "read-only" not in done.stderr
        assert done.stdout.count("\n") > 5  # the register's issues, listed
        assert _state(folder) == before  # nothing beside it, the file unchanged
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
