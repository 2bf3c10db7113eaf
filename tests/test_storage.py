"""Opening, upgrading, backing up and checking databases."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, select, text

from akimdesk.db import (
    Database,
    DatabaseError,
    DatabaseTooNew,
    backup_database,
    check_database,
    described_by_models,
    head_revision,
)
from akimdesk.models import Base


def test_an_empty_file_is_migrated_to_head_and_matches_the_models(tmp_path):
    database = Database.open(tmp_path / "new.sqlite")
    with database.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
        context = MigrationContext.configure(conn, opts={"include_name": described_by_models})
        diff = compare_metadata(context, Base.metadata)
    database.close()
    assert diff == [], "the migrations and the models disagree: add a migration"


@pytest.mark.sqlite_only
def test_sqlite_runs_with_foreign_keys_wal_and_a_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    Database.open(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("update alembic_version set version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Database.open(path)
    assert _digest(path) == before


@pytest.mark.sqlite_only
def test_a_foreign_sqlite_file_is_not_taken_for_ours(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table notes (x text)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not an AkimDesk database"):
        Database.open(path)


@pytest.mark.sqlite_only
def test_backup_is_a_complete_healthy_copy(db, tmp_path):
    target = backup_database(db.engine, tmp_path / "copy.sqlite")
    copy = Database.open(target)
    assert check_database(copy.engine) == []
    with copy.session() as s:
        assert s.execute(text("select count(*) from territory")).scalar() >= 248
    copy.close()
    assert not list(tmp_path.glob("*.part"))


def test_backup_never_overwrites_an_existing_file(db, tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="already exists"):
        backup_database(db.engine, target)
    assert target.read_bytes() == b"keep me"


def test_check_reports_a_healthy_database(db):
    assert check_database(db.engine) == []


def test_an_older_database_is_upgraded_on_open_after_a_backup(tmp_path):
    from alembic import command

    from akimdesk.db import _alembic_config

    path = tmp_path / "old.sqlite"
    database = Database.open(path)
    command.downgrade(_alembic_config(database.engine), "0001")  # as an earlier AkimDesk left it
    with database.engine.begin() as conn:
        conn.execute(text("update territory set name_ru = 'до обновления' where kato = '390000000'"))
    database.close()

    reopened = Database.open(path)
    try:
        assert reopened.last_backup is not None and reopened.last_backup.exists()
        with reopened.engine.connect() as conn:
            assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
            assert conn.execute(text("select name_ru from territory where kato = '390000000'")).scalar() == "до обновления"
        backup = sqlite3.connect(reopened.last_backup)
        assert backup.execute("select version_num from alembic_version").fetchone()[0] == "0001"
        backup.close()
    finally:
        reopened.close()


def _older(path, revision: str):
    """A database as an earlier AkimDesk left it (rollback journal, so its bytes are its content)."""
    from alembic import command

    from akimdesk.db import _alembic_config

    database = Database.open(path)
    command.downgrade(_alembic_config(database.engine), revision)
    database.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def test_a_failed_upgrade_leaves_the_file_as_it_was_and_a_second_start_writes_no_second_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    _older(path, "0002")
    con = sqlite3.connect(path)  # 0004 will fail half-way: a table of that name is already there
    con.execute("create table trusted_sender (x text)")
    con.commit()
    con.close()
    before = _digest(path)
    for _ in range(2):
        with pytest.raises(Exception, match="trusted_sender"):
            Database.open(path)
        con = sqlite3.connect(path)
        tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        assert con.execute("select version_num from alembic_version").fetchone()[0] == "0002"
        con.close()
        assert "saved_issue_filter" not in tables, "0003 ran although the upgrade as a whole failed"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    assert _digest(path) == before
    assert len(list((tmp_path / "backups").glob("old-*.sqlite"))) == 1


def test_a_new_database_appears_only_complete_and_readable_by_its_owner_only(tmp_path):
    import os
    import stat

    path = tmp_path / "new.sqlite"
    database = Database.open(path)
    target = backup_database(database.engine)  # into backups/ beside the database
    database.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
    if os.name == "posix":
        for file in (path, target):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700


def test_an_installation_moves_to_another_database_and_back_row_for_row(demo_file, backend, tmp_path):
    """A one-PC file to the shared server (on --backend postgresql) and back to a file: every row the same."""
    from akimdesk.cli import main
    from akimdesk.db import differing_tables, make_engine

    source = backend.copy(demo_file, tmp_path / "one-pc.sqlite")
    server = backend.fresh(tmp_path / "server.sqlite")
    if str(server) == str(tmp_path / "server.sqlite"):
        server = str(tmp_path / "server.sqlite")
    assert main(["db", "copy", "--from", str(source), "--to", str(server)]) == 0
    back = tmp_path / "back.sqlite"
    assert main(["db", "copy", "--from", str(server), "--to", str(back)]) == 0
    engines = [make_engine(Database.open(p).url) for p in (source, back)]
    try:
        assert differing_tables(*engines) == []
        with engines[1].connect() as conn:
            assert conn.execute(text("select count(*) from meeting")).scalar() > 100
    finally:
        for e in engines:
            e.dispose()
    assert main(["db", "copy", "--from", str(source), "--to", str(back)]) == 2  # never over existing data


@pytest.mark.postgresql_only
def test_on_the_server_an_older_schema_is_upgraded_after_a_pg_dump_backup_that_restores(backend, tmp_path):
    import subprocess

    from alembic import command
    from sqlalchemy.engine import make_url

    from akimdesk.db import _alembic_config

    url = backend.fresh(tmp_path / "unused")
    database = Database.open(url)  # migrations from an empty server database
    command.downgrade(_alembic_config(database.engine), "0001")
    with database.engine.begin() as conn:
        conn.execute(text("update territory set name_ru = 'до обновления' where kato = '390000000'"))
    database.close()
    reopened = Database.open(url)
    try:
        assert reopened.last_backup is not None and reopened.last_backup.suffix == ".dump"
        with reopened.engine.connect() as conn:
            assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
    finally:
        reopened.close()
    restored = make_url(backend.fresh(tmp_path / "unused"))
    done = subprocess.run(["pg_restore", "-h", restored.host, "-p", str(restored.port), "-U", restored.username,
                           "-d", restored.database, str(reopened.last_backup)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from akimdesk.db import make_engine

    engine = make_engine(restored.render_as_string(hide_password=False))
    with engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0001"
        assert conn.execute(text("select name_ru from territory where kato = '390000000'")).scalar() == "до обновления"
    engine.dispose()


def test_a_reading_session_refuses_a_write_and_leaves_the_record_as_it_was(db):
    from akimdesk.models import ResponsibleBody

    with db.session() as s:
        body = s.scalars(select(ResponsibleBody).order_by(ResponsibleBody.code).limit(1)).one()
        name = body.name_ru
    with pytest.raises(DatabaseError, match="asked to write"), db.reading() as s:
        s.get(ResponsibleBody, body.id).name_ru = "Переименован по ошибке"
    with db.reading() as s:
        assert s.get(ResponsibleBody, body.id).name_ru == name


@pytest.mark.postgresql_only
def test_on_a_server_a_page_of_the_register_and_its_count_are_read_outside_a_transaction(db):
    """Each statement of a page reads a consistent state of its own: no BEGIN and COMMIT around them, two of a
    page's five round trips to the server (a person scrolling the register waits for every one of them)."""
    from psycopg.pq import TransactionStatus

    from akimdesk.services import register as reg

    states = []

    def after(conn, _cursor, _statement, _parameters, _context, _many):
        states.append(conn.connection.dbapi_connection.info.transaction_status)

    event.listen(db.engine, "after_cursor_execute", after)
    try:
        page = reg.issue_page(db, reg.IssueFilter(), limit=5)
        reg.issue_page(db, reg.IssueFilter(), page.next_key, limit=5)
        reg.issue_count(db, reg.IssueFilter())
        with db.session() as s:  # a session that may write still works in a transaction
            s.execute(text("SELECT 1"))
    finally:
        event.remove(db.engine, "after_cursor_execute", after)
    assert len(states) >= 4 and set(states[:-1]) == {TransactionStatus.IDLE}, states
    assert states[-1] == TransactionStatus.INTRANS
