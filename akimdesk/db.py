"""Opening the database: engine and pragmas, schema upgrades with a backup first, backup, check."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from . import config
from .files import replacing
from .start_tables import RULE_EDITION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# the full-text search index (FTS5 tables, triggers, the PostgreSQL GIN index) is made by migration 0003
# outside the models; schema comparisons leave everything with this prefix alone
SEARCH_INDEX_PREFIX = "issue_search"


# The newest revision in migrations/versions (tests check it): a database already there opens without
# loading Alembic at all
SCHEMA_HEAD = "0021"


def _seed(session: Session) -> None:
    """The shipped reference data into a new database (its loaders, the decree's editions and the KATO
    directory, are imported here: opening a database that has them never needs them)."""
    from .reference_data import seed_new_database

    seed_new_database(session)


def described_by_models(name: str | None, type_: str, parent_names) -> bool:
    """Alembic `include_name` hook: False for the search index, which the models do not describe."""
    return not (name or "").startswith(SEARCH_INDEX_PREFIX)


class DatabaseError(Exception):
    """A database problem a user can act on; the message says what to do."""


class DatabaseTooNew(DatabaseError):
    pass


# how long a write waits for another writer (an exchange import, a demo) before it gives up
BUSY_TIMEOUT_MS = 60_000


def fold(text: str | None) -> str | None:
    """A text in one case, in every alphabet: SQLite's `akimdesk_fold` (models.folded), and what a search in it
    looks for (SQLite's own lower() folds only ASCII)."""
    return text.casefold() if isinstance(text, str) else text


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    dbapi_connection.create_function("akimdesk_fold", 1, fold, deterministic=True)  # models.folded


def _transactional_ddl(engine: Engine) -> None:
    """Python's sqlite3 commits before every CREATE/ALTER/DROP on its own; with its autocommit off and an
    explicit BEGIN IMMEDIATE, a whole schema upgrade is one transaction: all of it or none of it."""

    @event.listens_for(engine, "connect")
    def _no_implicit_commits(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _use_wal(engine: Engine) -> None:
    """WAL lets the window read while a job writes; it is stored in the file, so set it once the
    schema is known to be ours (a refused file stays byte-for-byte as it was)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


PASSWORD_ENV = "AKIMDESK_DB_PASSWORD"


def with_password(url: str) -> str:
    """A server URL without a password takes it from AKIMDESK_DB_PASSWORD (else libpq reads ~/.pgpass),
    so a password never has to appear on a command line."""
    import os

    from sqlalchemy.engine import make_url

    if not url.startswith("postgresql") or not os.environ.get(PASSWORD_ENV):
        return url
    parsed = make_url(url)
    if parsed.password:
        return url
    return parsed.set(password=os.environ[PASSWORD_ENV]).render_as_string(hide_password=False)


APPLICATION_PREFIX = "AkimDesk "


def application_name(login: str, command: str | None = None) -> str:
    """How a process names itself to the server (pg_stat_activity.application_name), so a write kept
    waiting can say who holds the lock: 'AkimDesk alma@PC-12: exchange import' (at most 63 bytes)."""
    import socket
    import sys

    if command is None:  # the command line's command words, else the window
        words = []
        for word in sys.argv[1:3]:
            if word.startswith("-"):
                break
            words.append(word)
        command = " ".join(words) or "window"
    name = f"{APPLICATION_PREFIX}{login}@{socket.gethostname()}: {command}"
    return name.encode("utf-8")[:63].decode("utf-8", "ignore")


def _server_session(url: str) -> dict:
    """Connection settings of a server session: its name (who and what), and a write kept waiting for a
    lock as long as on SQLite, then refused (and the holder named) instead of waiting forever."""
    from sqlalchemy.engine import make_url

    settings = {"options": f"-c lock_timeout={BUSY_TIMEOUT_MS}"}
    if "application_name" not in make_url(url).query:
        settings["application_name"] = application_name(login_of(url) or config.current_user())
    return settings


def login_of(url: str) -> str | None:
    """On a server, the person who acts is the login of the URL."""
    from sqlalchemy.engine import make_url

    return make_url(url).username if url.startswith("postgresql") else None


def read_only_location(url: str) -> bool:
    """Whether an existing SQLite file sits where this user cannot write (a read-only folder or file, a
    copy on a CD or a share): then it is opened for reading only, never switched to WAL nor upgraded."""
    path = config.sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only_connect(path: Path):
    """SQLite's read-only URI mode; a WAL file whose folder cannot hold its -shm index is read as immutable
    (nobody can write there through this folder either)."""
    with open(path, "rb") as fh:
        wal = fh.read(20)[18:20] == b"\x02\x02"  # the header's read/write versions say WAL
    immutable = wal and not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    return lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on SQLite; `read_only` opens the file read-only."""
    path = config.sqlite_path(url)
    if path is not None:
        if not path.parent.is_dir():
            raise DatabaseError(f"Folder does not exist: {path.parent}")
    if read_only and path is not None:
        engine = create_engine("sqlite://", creator=_read_only_connect(path))
    elif url.startswith("postgresql"):
        engine = create_engine(with_password(url), connect_args=_server_session(url))
    else:
        engine = create_engine(with_password(url))
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
        backup_path = _backup_once(engine)
    from alembic import command

    migrating = engine
    if engine.dialect.name == "sqlite":  # PostgreSQL's DDL is transactional as it is
        migrating = create_engine(engine.url)
        event.listen(migrating, "connect", _sqlite_pragmas)
        _transactional_ddl(migrating)
    try:
        command.upgrade(_alembic_config(migrating), "head")
    finally:
        if migrating is not engine:
            migrating.dispose()
    return backup_path


def _backup_once(engine: Engine) -> Path:
    """A backup before an upgrade, unless one of exactly this file's content is already there (an upgrade
    that failed earlier left the file as it was: a second copy would only fill the disk)."""
    import hashlib

    path = config.sqlite_path(str(engine.url))
    if path is None:
        return _pg_dump(engine, None, light=True)
    with engine.connect() as conn:  # everything into the main file, so its bytes are its content
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    tag = digest.hexdigest()[:16]
    folder = config.backups_dir(path)
    for earlier in sorted(folder.glob(f"{path.stem}-*-{tag}.sqlite")):
        return earlier
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_database(engine, folder / f"{path.stem}-{stamp}-{tag}.sqlite")


def _pg_dump(engine: Engine, target: Path | None, light: bool = False) -> Path:
    """A PostgreSQL backup in pg_dump's custom format (restore with pg_restore); the password, if any,
    goes through the environment, never the process list. `light`: the lightest compression, for the backup
    everyone waits for before an upgrade (the national copy's: 16 s at pg_dump's default, 6 s, 24% larger)."""
    import os
    import shutil
    import subprocess

    if shutil.which("pg_dump") is None:
        raise DatabaseError("pg_dump is not installed: install the PostgreSQL client tools to back up the server.")
    url = engine.url
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = config.backups_dir() / f"{url.database}-{stamp}.dump"
    target = Path(target)
    if target.exists():
        raise DatabaseError(f"Backup file already exists: {target}")
    env = dict(os.environ, PGPASSWORD=url.password or os.environ.get("PGPASSWORD", ""))
    # a person's login is limited by row-level security: an administrator sees every row and so backs up all
    command = ["pg_dump", "-Fc", "--enable-row-security", "-h", url.host or "localhost", "-p", str(url.port or 5432),
               "-U", url.username or config.current_user(), "-d", url.database or "postgres", *(("-Z", "1") if light else ())]
    with replacing(target, overwrite=False) as partial:
        done = subprocess.run([*command, "-f", str(partial)], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise DatabaseError(f"pg_dump failed: {done.stderr.strip()}")
    return target


def backup_database(engine: Engine, target: Path | None = None) -> Path:
    """Copy a database while it may be in use (SQLite online backup; pg_dump on PostgreSQL)."""
    path = config.sqlite_path(str(engine.url))
    if engine.dialect.name == "postgresql":
        return _pg_dump(engine, target)
    if path is None:
        raise DatabaseError("Backup from here works for SQLite files and PostgreSQL servers.")
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = config.backups_dir(path) / f"{path.stem}-{stamp}.sqlite"
    target = Path(target)
    if target.exists():
        raise DatabaseError(f"Backup file already exists: {target}")
    try:
        with replacing(target, overwrite=False) as partial:  # never half a backup under the final name
            try:
                src = sqlite3.connect(path)
                try:
                    dst = sqlite3.connect(partial)
                    try:
                        src.backup(dst)
                    finally:
                        dst.close()
                finally:
                    src.close()
            finally:
                Path(f"{partial}-journal").unlink(missing_ok=True)
    except sqlite3.Error as exc:  # a full disk, a read-only folder: said plainly, nothing left behind
        raise DatabaseError(f"Cannot write the backup {target}: {exc}; nothing was saved") from None
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
    elif not problems:
        from .territory.tree import tree_problems

        with Session(engine) as session:
            problems += tree_problems(session)
    return problems


def _create_whole(url: str) -> None:
    """A brand-new SQLite database is built under a temporary name beside it (schema, seed data) and put
    in place only when complete: a kill or a full disk never leaves a half-made file under the real name."""
    path = config.sqlite_path(url)
    if path is None or (path.exists() and path.stat().st_size > 0) or not path.parent.is_dir():
        return
    from .files import PendingFile, _temp_beside, secure_file

    temp = _temp_beside(path)
    try:
        secure_file(temp)  # SQLite gives its journal and WAL files the database's own mode
        database = Database(f"sqlite:///{temp}")
        try:
            upgrade(database.engine, backup=False)
            with database.session() as session:
                _seed(session)
        finally:
            database.close()
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        PendingFile(temp, path).commit(overwrite=path.exists())  # an empty file stands for a new database
    finally:
        temp.unlink(missing_ok=True)


def _parents_first(table, rows: list[dict]) -> list[dict]:
    """Rows of a table that refers to itself (a territory's parent), each after the row it refers to."""
    own = [fk for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    column, key = own[0].parent.name, own[0].column.name
    by_key = {r[key]: r for r in rows}
    depth: dict = {}

    def level(row) -> int:
        seen = 0
        while row.get(column) is not None and row[column] in by_key and seen < len(rows):
            row, seen = by_key[row[column]], seen + 1
        return seen

    for r in rows:
        depth[id(r)] = level(r)
    return sorted(rows, key=lambda r: depth[id(r)])


def copy_rows(source: Engine, target: Engine, chunk: int = 1000) -> dict[str, int]:
    """Copy every row of every table of the models from one database to another (empty, at head) in one
    transaction; returns the rows copied per table."""
    from .models import Base

    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r) for r in src.execute(table.select()).mappings()]
            rows = _parents_first(table, rows)
            for start in range(0, len(rows), chunk):
                dst.execute(table.insert(), rows[start:start + chunk])
            counts[table.name] = len(rows)
    return counts


def _comparable(value):
    """A value as both stores give it back: datetimes in UTC without a zone (SQLite keeps no zone)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _rows(conn, table) -> list[tuple]:
    rows = [tuple(_comparable(v) for v in r) for r in conn.execute(table.select())]
    return sorted(rows, key=repr)


def differing_tables(first: Engine, second: Engine) -> list[str]:
    """Tables of the models whose rows differ between two databases (compared row for row)."""
    from .models import Base

    with first.connect() as a, second.connect() as b:
        return [t.name for t in Base.metadata.sorted_tables if _rows(a, t) != _rows(b, t)]


def copy_database(source_url: str, target_url: str) -> dict[str, int]:
    """Move an installation: the source at head, a target with no tables, every row copied, then
    compared row for row. Refuses a target that already holds tables (nothing is written there)."""
    source = Database.open(source_url)
    try:
        target = make_engine(target_url)
        try:
            if inspect(target).get_table_names():
                raise DatabaseError("The target database already has tables: copy only into an empty database.")
            upgrade(target, backup=False)
            counts = copy_rows(source.engine, target)
            differ = differing_tables(source.engine, target)
            if differ:
                raise DatabaseError(f"The copy differs from the source in: {', '.join(differ)}")
            return counts
        finally:
            target.dispose()
    finally:
        source.close()


READING = "reading"  # in a session's info: made by `Database.reading`, which must not write


@event.listens_for(Session, "before_flush")
def _refuse_writes(session: Session, _context, _instances) -> None:
    if session.info.get(READING) and (session.new or session.dirty or session.deleted):
        raise DatabaseError("a reading session was asked to write: open a session (Database.session) to write")


def install_write_hooks():
    """The mapped classes and the hooks every write needs (the audit trail, issues' registration numbers),
    before the first session: a read that needs no session (the window's start) imports none of them.
    Returns the audit module."""
    from . import audit
    from .issues import numbering  # noqa: F401  (gives every new issue its registration number)

    return audit


class Database:
    """An open AkimDesk database: an engine and short sessions over it."""

    def __init__(self, url: str, actor: str | None = None, read_only: bool = False):
        self.url = url
        self.read_only = read_only
        self.engine = make_engine(url, read_only)
        self.actor = actor or login_of(url) or config.current_user()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # on a server, a read needs no transaction: each statement reads a consistent state of its own
        reads = self.engine.execution_options(isolation_level="AUTOCOMMIT") \
            if self.engine.dialect.name == "postgresql" else self.engine
        self._reads = sessionmaker(reads, expire_on_commit=False, info={READING: True})
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, db: str | Path | None = None, upgrade_schema: bool = True) -> Database:
        """Open (creating or upgrading as needed) the database at a path or URL."""
        url = config.database_url(db)
        if read_only_location(url):
            return cls._open_read_only(url)
        if upgrade_schema:
            _create_whole(url)
        database = cls(url)
        try:
            if upgrade_schema:
                database.last_backup = upgrade(database.engine)
                _use_wal(database.engine)
                # asked of the bare table: the mapped classes (and their import) are not needed to open
                # a seeded database, and the window's start paints before it declares them
                with database.engine.connect() as conn:
                    seeded = conn.scalar(select(RULE_EDITION.c.id).limit(1)) is not None
                if not seeded:
                    with database.session() as session:
                        _seed(session)
        except Exception:
            database.engine.dispose()
            raise
        return database

    @classmethod
    def _open_read_only(cls, url: str) -> Database:
        """A file this user cannot write: read as it is when its schema is this version's; else refused."""
        database = cls(url, read_only=True)
        try:
            stored = _stored_revision(database.engine)
        except Exception:
            database.engine.dispose()
            raise
        if stored != SCHEMA_HEAD:
            database.engine.dispose()
            raise DatabaseError(f"{database.path} cannot be written by you and its schema ({stored or 'none'}) is "
                                f"not this version's ({SCHEMA_HEAD}): open it once where it can be upgraded")
        return database

    @property
    def path(self) -> Path | None:
        return config.sqlite_path(self.url)

    def describe(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session committed on success and rolled back on any error."""
        audit = install_write_hooks()
        with self._sessions() as session:
            session.info[audit.ACTOR_KEY] = self.actor
            with session.begin():
                yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short session that only reads (a flush in it is refused, nothing written). On a server its
        statements run without BEGIN and COMMIT: two of the five round trips of a page of the register."""
        audit = install_write_hooks()
        with self._reads() as session, session.begin():
            session.info[audit.ACTOR_KEY] = self.actor
            yield session

    def close(self) -> None:
        self.engine.dispose()
