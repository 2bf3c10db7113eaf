"""Opening, upgrading, backing up and checking the database: the doors the window and the command line
use instead of `db` itself.

The open `Database` carries who acts (`Database.actor`, today the operating-system user): every service
receives it with the database, the audit trail records it, and a service that must refuse a person
checks it there.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from .. import config
from ..db import (
    PASSWORD_ENV,
    Database,
    DatabaseError,
    backup_database,
    check_database,
    copy_database,
    schema_state,
    upgrade,
)
from ..files import writer_note, writing_note
from .access import Role, require_now

__all__ = ["ChangeListener", "Database", "DatabaseError", "LoginFailed", "UpgradeResult", "backup",
           "changes_listener", "check", "copy", "is_busy", "lock_holder", "long_write", "needs_login",
           "open_database", "server_login", "upgrade_schema"]


def long_write(command: str) -> Callable:
    """Marks a service that may hold the database's write lock for long (an import, a merge, a demo): while
    it runs, a note beside the database names who holds the lock (login, host, `command`, process, since),
    so whoever is kept waiting is told who it is. The one way a long writer names itself: the service's
    first parameter is the open `Database`."""

    def mark(service: Callable) -> Callable:
        @functools.wraps(service)
        def run(db: Database, *args, **kwargs):
            with writing_note(db.path, command, db.actor):
                return service(db, *args, **kwargs)

        return run

    return mark


def is_busy(exc: BaseException) -> bool:
    """Whether a failure is the database kept busy by another writer beyond the busy wait."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _SERVER_BUSY:
        return True
    detail = str(exc.orig or exc)
    return "locked" in detail or "busy" in detail


# PostgreSQL: a lock not had within lock_timeout, a serialization failure, a deadlock broken
_SERVER_BUSY = {"55P03", "40001", "40P01"}
_SERVER_HOLDER = """
select a.usename, a.application_name, host(a.client_addr), a.pid, a.xact_start
from pg_stat_activity a
where a.datname = current_database() and a.pid <> pg_backend_pid() and a.pid <> %(waiting)s
  and a.backend_type = 'client backend'
  and exists (select 1 from pg_locks l where l.pid = a.pid and l.locktype = 'transactionid' and l.granted)
order by a.xact_start
limit 1
"""


def _server_holder(context) -> dict | None:
    """On PostgreSQL (no note beside a file): the session whose open transaction has written the longest,
    named by the application_name every AkimDesk session gives itself at connect time."""
    from ..db import APPLICATION_PREFIX

    waiting = context.connection.connection.driver_connection.info.backend_pid if context.connection else 0
    raw = context.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()
        row = cursor.execute(_SERVER_HOLDER, {"waiting": waiting}).fetchone()
    finally:
        raw.close()
    if row is None:
        return None
    user, name, address, pid, since = row
    login, host, command = user or "", address or "", name or ""
    if name and name.startswith(APPLICATION_PREFIX):
        who, _, command = name[len(APPLICATION_PREFIX):].partition(": ")
        login, _, host = who.rpartition("@") if "@" in who else (who, "", host)
    return {"login": login, "host": host, "command": command, "pid": pid,
            "since": since.astimezone().replace(microsecond=0).isoformat() if since else ""}


def lock_holder(exc: BaseException) -> dict | None:
    """Who held the lock when a write was kept waiting (login, host, command, pid, since), as their note
    said at that moment; None when nobody named themselves."""
    return getattr(exc, "lock_holder", None)


@event.listens_for(Engine, "handle_error")
def _name_the_holder(context) -> None:
    """Every busy failure, wherever raised (a window's save, a background job), carries who held the lock."""
    exc = context.sqlalchemy_exception
    if exc is not None and is_busy(exc) and context.engine is not None:
        try:
            if context.engine.dialect.name == "postgresql":
                exc.lock_holder = _server_holder(context)
            else:
                exc.lock_holder = writer_note(config.sqlite_path(context.engine.url.render_as_string()))
        except Exception:  # naming the holder must never hide the failure itself
            exc.lock_holder = None


def _note_beside(location: str | Path | None, command: str):
    """`writing_note` for a database given by its location (before it is opened); none on a server."""
    return writing_note(config.sqlite_path(config.database_url(location)), command, config.current_user())


class LoginFailed(DatabaseError):
    """The server refused the login or the password."""


def open_database(location: str | Path | None = None, actor: str | None = None, login: str | None = None,
                  password: str | None = None) -> Database:
    """The database at a path or URL (the user's own without one), created or upgraded as needed; `actor`
    names who acts (default: the operating-system user; on a server the login). A login and password typed
    in the window go to the server in memory only, never into a file or the process list; a wrong one is
    refused with LoginFailed."""
    if login or password:
        from sqlalchemy.engine import make_url

        url = make_url(config.database_url(location))
        location = url.set(username=login or url.username, password=password or None).render_as_string(
            hide_password=False)
    try:
        database = Database.open(location)
    except Exception as exc:
        if _login_refused(exc):
            raise LoginFailed("The server refused the login or password") from None
        raise
    if actor:
        database.actor = actor
    return database


def _login_refused(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(words in text for words in ("password authentication failed", "no password supplied",
                                           "authentication failed for user"))


def server_login(location: str | Path | None) -> str | None:
    """The login a server URL names (None for a file)."""
    url = config.database_url(location)
    if not url.startswith("postgresql"):
        return None
    from sqlalchemy.engine import make_url

    return make_url(url).username


def needs_login(location: str | Path | None) -> bool:
    """Whether opening needs the window to ask for a login and password: a server URL without a password,
    none in AKIMDESK_DB_PASSWORD or PGPASSWORD, and no matching line in the standard .pgpass file."""
    url = config.database_url(location)
    if not url.startswith("postgresql"):
        return False
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password or os.environ.get(PASSWORD_ENV) or os.environ.get("PGPASSWORD"):
        return False
    return parsed.username is None or not _in_pgpass(parsed)


def _pgpass_file() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _in_pgpass(url) -> bool:
    """libpq's rule: host:port:database:user:password, `*` matching anything, `\\:` a colon in a field."""
    try:
        lines = _pgpass_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    wanted = (url.host or "localhost", str(url.port or 5432), url.database or url.username, url.username)
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            fields = _pgpass_fields(line)
            if len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted, strict=True)):
                return True
    return False


def _pgpass_fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields, current = [*fields, current], ""
        else:
            current += char
    return [*fields, current]


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str | None
    backup: Path | None


def upgrade_schema(location: str | Path | None) -> UpgradeResult:
    """Bring the schema to this version's head (a backup first when an existing database changes)."""
    database = Database.open(location, upgrade_schema=False)
    try:
        before = schema_state(database.engine).current
        with writing_note(database.path, "db upgrade", database.actor):
            backup_path = upgrade(database.engine)
        after = schema_state(database.engine).current
    finally:
        database.close()
    return UpgradeResult(before, after, backup_path)


def backup(database: Database, target: Path | None = None) -> Path:
    """A copy of the database written while it may be in use; returns the file written."""
    require_now(database, Role.ADMINISTRATOR)
    return backup_database(database.engine, target)


def check(database: Database) -> list[str]:
    """Problems the database's own integrity check finds; an empty list means healthy."""
    return check_database(database.engine)


def copy(source: str | Path, target: str | Path) -> dict[str, int]:
    """Move an installation to another database (a one-PC file to the shared server, or back): every row
    copied into an empty target and compared row for row; returns the rows per table. Attachments kept
    beside a file go into a server's database (a server's come back as rows the file reads)."""
    source_url, target_url = config.database_url(source), config.database_url(target)
    with _note_beside(target_url, "db copy"):
        counts = copy_database(source_url, target_url)
        beside = config.sqlite_path(source_url)
        if beside is not None and config.sqlite_path(target_url) is None:
            from ..meetings.attachments import carry_into_database

            server = Database.open(target_url)
            try:
                with server.session() as s:
                    counts["attachment_content"] = counts.get("attachment_content", 0) + carry_into_database(s, beside)
            finally:
                server.close()
    return counts


class ChangeListener:
    """Told when another client changed data (PostgreSQL LISTEN/NOTIFY on its own connection); on SQLite
    nothing is shared live, so `changed()` is always False."""

    def __init__(self, database: Database):
        self._conn = None
        if database.engine.dialect.name == "postgresql":
            self._conn = database.engine.raw_connection()
            self._conn.driver_connection.autocommit = True
            self._conn.driver_connection.execute(f"LISTEN {config.CHANGES_CHANNEL}")

    @property
    def live(self) -> bool:
        return self._conn is not None

    def changed(self) -> bool:
        """Whether any change was committed since the last call (does not wait)."""
        if self._conn is None:
            return False
        told = list(self._conn.driver_connection.notifies(timeout=0, stop_after=1000))  # every pending one: once
        return bool(told)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def changes_listener(database: Database) -> ChangeListener:
    return ChangeListener(database)


def declare_models() -> None:
    """Declare the mapped classes and install the write hooks now: the window does this in its UI thread
    after its first paint (its start reads without them), before its background loads would import them."""
    from ..db import install_write_hooks

    install_write_hooks()
