"""Signing in to a shared server from the window: a URL without a password (none in AKIMDESK_DB_PASSWORD,
PGPASSWORD or .pgpass) makes the window ask; a wrong password is said in the user's language and can be
typed again; the password is kept nowhere. The server is a real throwaway PostgreSQL cluster that checks
passwords (scram-sha-256)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from akimdesk.services import storage
from akimdesk.ui.i18n import LanguageSwitcher
from akimdesk.ui.login_dialog import open_with_login

BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None) if Path("/usr/lib/postgresql").exists() \
    else None


@pytest.fixture(autouse=True)
def no_passwords_around(monkeypatch, tmp_path):
    for name in ("AKIMDESK_DB_PASSWORD", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))


def test_only_a_server_url_without_any_password_needs_the_login(tmp_path, monkeypatch):
    server = "postgresql+psycopg://asel@db.akimat.kz:5433/akimdesk"
    assert not storage.needs_login(tmp_path / "one.sqlite")
    assert not storage.needs_login("postgresql+psycopg://asel:secret@db.akimat.kz/akimdesk")
    assert storage.needs_login(server)
    (tmp_path / "pgpass").write_text("other.kz:*:*:asel:x\ndb.akimat.kz:5433:akimdesk:bolat:x\n")
    assert storage.needs_login(server)
    (tmp_path / "pgpass").write_text("# IT staff\ndb.akimat.kz:5433:*:asel:pa\\:ss\n")
    assert not storage.needs_login(server)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("AKIMDESK_DB_PASSWORD", "secret")
    assert not storage.needs_login(server)


def _as_postgres(*args: str, **kw):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *args], check=True, capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def password_server():
    """A cluster on a free port where every login needs its password; asel (password 'Сәлем-2026') owns
    the database akimdesk."""
    if BIN is None or not (BIN / "initdb").exists():
        pytest.skip("PostgreSQL server not installed")
    folder = Path(tempfile.mkdtemp(prefix="akimdesk-pg-"))  # outside pytest's folders, which only root may enter
    os.chmod(folder, 0o777)
    (folder / "pw").write_text("postgres-secret\n")
    os.chmod(folder / "pw", 0o644)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _as_postgres(str(BIN / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "-A", "scram-sha-256",
                 "--pwfile", str(folder / "pw"), "-E", "UTF8", "--locale=C.UTF-8")
    _as_postgres(str(BIN / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"), "-w", "-o",
                 f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    try:
        env = dict(os.environ, PGPASSWORD="postgres-secret")
        for sql in ("CREATE ROLE asel LOGIN PASSWORD 'Сәлем-2026'", "CREATE DATABASE akimdesk OWNER asel"):
            _as_postgres(str(BIN / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c", sql, env=env)
        yield f"postgresql+psycopg://asel@127.0.0.1:{port}/akimdesk"
    finally:
        _as_postgres(str(BIN / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop")
        time.sleep(0.2)
        shutil.rmtree(folder, ignore_errors=True)


def test_the_window_asks_refuses_a_wrong_password_in_russian_and_opens_with_the_right_one(qtbot, password_server):
    LanguageSwitcher(QApplication.instance()).set_language("ru")
    seen = []

    def person(dialog) -> QDialog.DialogCode:
        """Types a wrong password first, then the right one (what a person at the dialog does)."""
        qtbot.addWidget(dialog)
        seen.append((dialog.login.text(), dialog.error.text(), dialog.password.text()))
        dialog.password.setText("неверный" if len(seen) == 1 else "Сәлем-2026")
        return QDialog.DialogCode.Accepted

    database = open_with_login(None, password_server, ask=person)
    try:
        assert seen[0] == ("asel", "", "")
        assert seen[1][1].startswith("Сервер не принял этот логин и пароль") and seen[1][2] == ""  # typed again
        assert database is not None and database.actor == "asel"
        assert "Сәлем" not in database.describe() and "Сәлем" not in password_server
    finally:
        if database is not None:
            database.close()


def test_cancelling_the_login_opens_nothing(qtbot, password_server):
    assert open_with_login(None, password_server, ask=lambda dialog: QDialog.DialogCode.Rejected) is None
