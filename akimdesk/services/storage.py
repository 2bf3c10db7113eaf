"""Opening, upgrading, backing up and checking the database: the doors the window and the command line
use instead of `db` itself.

The open `Database` carries who acts (`Database.actor`, today the operating-system user): every service
receives it with the database, the audit trail records it, and a service that must refuse a person
checks it there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
from .access import Role, require_now

__all__ = ["ChangeListener", "Database", "DatabaseError", "LoginFailed", "UpgradeResult", "backup",
           "changes_listener", "check", "copy", "needs_login", "open_database", "server_login", "upgrade_schema"]


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
            from ..audit import CHANGES_CHANNEL

            self._conn = database.engine.raw_connection()
            self._conn.driver_connection.autocommit = True
            self._conn.driver_connection.execute(f"LISTEN {CHANGES_CHANNEL}")

    @property
    def live(self) -> bool:
        return self._conn is not None

    def changed(self) -> bool:
        """Whether any change was committed since the last call (does not wait)."""
        if self._conn is None:
            return False
        return any(True for _ in self._conn.driver_connection.notifies(timeout=0, stop_after=100))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def changes_listener(database: Database) -> ChangeListener:
    return ChangeListener(database)
