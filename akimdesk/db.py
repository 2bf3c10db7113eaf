"""Opening the database: engine and pragmas, schema upgrades with a backup first, backup, check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from . import audit, config
from .files import replacing
from .models import RuleEdition
from .reference_data import seed_new_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# the full-text search index (FTS5 tables, triggers, the PostgreSQL GIN index) is made by migration 0003
# outside the models; schema comparisons leave everything with this prefix alone
SEARCH_INDEX_PREFIX = "issue_search"


# The newest revision in migrations/versions (tests check it): a database already there opens without
# loading Alembic at all
SCHEMA_HEAD = "0009"


def described_by_models(name: str | None, type_: str, parent_names) -> bool:
    """Alembic `include_name` hook: False for the search index, which the models do not describe."""
    return not (name or "").startswith(SEARCH_INDEX_PREFIX)


class DatabaseError(Exception):
    """A database problem a user can act on; the message says what to do."""


class DatabaseTooNew(DatabaseError):
    pass


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _use_wal(engine: Engine) -> None:
    """WAL lets the window read while a job writes; it is stored in the file, so set it once the
    schema is known to be ours (a refused file stays byte-for-byte as it was)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def make_engine(url: str) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on SQLite."""
    path = config.sqlite_path(url)
    if path is not None:
        if not path.parent.is_dir():
            raise DatabaseError(f"Folder does not exist: {path.parent}")
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# Alembic is imported where it is used: most starts find the schema current and never need its
# command machinery (it costs a noticeable part of the window's start-up)
def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class SchemaState:
    current: str | None
    head: str
    is_empty: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    current = current_revision(engine)
    empty = not inspect(engine).get_table_names()
    return SchemaState(current, head_revision(), empty)


def _stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with plain SQL (None when there is none)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revision(rev: str) -> bool:
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(rev) is not None
    except Exception:
        return False


def upgrade(engine: Engine, backup: bool = True) -> Path | None:
    """Bring the schema to this version's head; back up first when an existing database changes.

    Refuses a database written by a newer AkimDesk, leaving it untouched. Returns the backup path.
    """
    if _stored_revision(engine) == SCHEMA_HEAD:
        return None
    state = schema_state(engine)
    if state.up_to_date:
        return None
    if state.current is not None and not _known_revision(state.current):
        raise DatabaseTooNew(
            "This database was written by a newer version of AkimDesk "
            f"(schema {state.current}); install the newer version to open it."
        )
    if state.current is None and not state.is_empty:
        raise DatabaseError("This file is not an AkimDesk database (it has tables but no schema version).")
    backup_path = None
    if backup and state.current is not None:
        backup_path = backup_database(engine)
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")
    return backup_path


def backup_database(engine: Engine, target: Path | None = None) -> Path:
    """Copy an SQLite database while it may be in use (SQLite online backup)."""
    path = config.sqlite_path(str(engine.url))
    if path is None:
        raise DatabaseError("Backup from here works for SQLite files; back up PostgreSQL with pg_dump.")
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = config.backups_dir(path) / f"{path.stem}-{stamp}.sqlite"
    target = Path(target)
    if target.exists():
        raise DatabaseError(f"Backup file already exists: {target}")
    with replacing(target, overwrite=False) as partial:  # never half a backup under the final name
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    return target


def check_database(engine: Engine) -> list[str]:
    """Problems found by the database's own integrity check; an empty list means healthy."""
    problems: list[str] = []
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            problems += [r for r in rows if r != "ok"]
            problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in conn.execute(text("PRAGMA foreign_key_check"))]
    state = schema_state(engine)
    if not state.up_to_date:
        problems.append(f"schema {state.current or 'none'} is not the current {state.head}")
    return problems


class Database:
    """An open AkimDesk database: an engine and short sessions over it."""

    def __init__(self, url: str, actor: str | None = None):
        self.url = url
        self.engine = make_engine(url)
        self.actor = actor or config.current_user()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, db: str | Path | None = None, upgrade_schema: bool = True) -> Database:
        """Open (creating or upgrading as needed) the database at a path or URL."""
        database = cls(config.database_url(db))
        try:
            if upgrade_schema:
                database.last_backup = upgrade(database.engine)
                _use_wal(database.engine)
                with database.session() as session:
                    if session.scalar(select(RuleEdition.id).limit(1)) is None:  # never seeded
                        seed_new_database(session)
        except Exception:
            database.engine.dispose()
            raise
        return database

    @property
    def path(self) -> Path | None:
        return config.sqlite_path(self.url)

    def describe(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session committed on success and rolled back on any error."""
        with self._sessions() as session:
            session.info[audit.ACTOR_KEY] = self.actor
            with session.begin():
                yield session

    def close(self) -> None:
        self.engine.dispose()
