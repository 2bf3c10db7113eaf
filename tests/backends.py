"""The two stores the tests run on: SQLite files, and databases on a real PostgreSQL server.

`fresh(path)` gives the location of a new empty database, `copy(source, path)` the location of a copy of
another; a location is what `Database.open` and the command line's `--db` take (a path or a URL). On
PostgreSQL a copy is `CREATE DATABASE ... TEMPLATE`, as cheap as copying a file.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest

SERVER_ENV = "AKIMDESK_TEST_POSTGRES"


class Backend:
    name = "sqlite"

    def fresh(self, path: Path) -> Path | str:
        return path

    def copy(self, source: Path | str, path: Path) -> Path | str:
        shutil.copy(source, path)
        return path

    def close(self) -> None:
        pass


class PostgresBackend(Backend):
    """Databases named t<pid>_<n> on the server of AKIMDESK_TEST_POSTGRES, dropped at the end of the run."""

    name = "postgresql"

    def __init__(self, server_url: str):
        import psycopg
        from sqlalchemy.engine import make_url

        self.server = make_url(server_url)
        self._names = (f"t{os.getpid()}_{n}" for n in itertools.count())
        self._made: list[str] = []
        self._admin = psycopg.connect(self.dsn(self.server.database or "postgres"), autocommit=True)

    def dsn(self, database: str) -> str:
        return self.server.set(drivername="postgresql", database=database).render_as_string(hide_password=False)

    def url(self, database: str) -> str:
        return self.server.set(database=database).render_as_string(hide_password=False)

    def _create(self, template: str | None = None) -> str:
        name = next(self._names)
        self._admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._made.append(name)
        return self.url(name)

    def fresh(self, path: Path) -> str:
        return self._create()

    def copy(self, source: Path | str, path: Path) -> str:
        from sqlalchemy.engine import make_url

        return self._create(make_url(str(source)).database)

    def close(self) -> None:
        for name in reversed(self._made):
            self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin.close()


def backend_from_options(name: str) -> Backend:
    if name == "sqlite":
        return Backend()
    server = os.environ.get(SERVER_ENV)
    if not server:
        pytest.exit(f"--backend postgresql needs {SERVER_ENV}: the URL of a server where the tests may create "
                    "databases (scripts/pg_cluster.sh start DIR prints one)", returncode=2)
    return PostgresBackend(server)
