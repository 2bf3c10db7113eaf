"""Opening, upgrading, backing up and checking the database: the doors the window and the command line
use instead of `db` itself.

The open `Database` carries who acts (`Database.actor`, today the operating-system user): every service
receives it with the database, the audit trail records it, and a service that must refuse a person
checks it there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import config
from ..db import (
    Database,
    DatabaseError,
    backup_database,
    check_database,
    copy_database,
    schema_state,
    upgrade,
)
from .access import Role, require_now

__all__ = ["ChangeListener", "Database", "DatabaseError", "UpgradeResult", "backup", "changes_listener", "check",
           "copy", "open_database", "upgrade_schema"]


def open_database(location: str | Path | None = None, actor: str | None = None) -> Database:
    """The database at a path or URL (the user's own without one), created or upgraded as needed; `actor`
    names who acts (default: the operating-system user)."""
    database = Database.open(location)
    if actor:
        database.actor = actor
    return database


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
    copied into an empty target and compared row for row; returns the rows per table."""
    return copy_database(config.database_url(source), config.database_url(target))


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
