"""Opening, upgrading, backing up and checking databases."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

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


def test_sqlite_runs_with_foreign_keys_wal_and_a_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def test_a_foreign_sqlite_file_is_not_taken_for_ours(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("create table notes (x text)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not an AkimDesk database"):
        Database.open(path)


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
