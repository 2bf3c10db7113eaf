"""Shared fixtures: real databases (SQLite files in a temporary folder, or databases on a real PostgreSQL
server with `--backend postgresql`), an offscreen Qt, isolated settings."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.backends import Backend, backend_from_options

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_DAY = dt.date(2026, 11, 27)  # "today" inside the demo, so results never depend on the real date


def pytest_addoption(parser):
    parser.addoption("--backend", choices=("sqlite", "postgresql"), default=os.environ.get("AKIMDESK_TEST_BACKEND",
                     "sqlite"), help="where the test databases live; postgresql needs AKIMDESK_TEST_POSTGRES, "
                     "the URL of a server where the tests may create databases (scripts/pg_cluster.sh makes one)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about SQLite files themselves; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only: about PostgreSQL itself; runs with --backend postgresql")


def pytest_collection_modifyitems(config, items):
    name = config.getoption("--backend")
    for item in items:
        if name == "postgresql" and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="about SQLite files"))
        if name == "sqlite" and item.get_closest_marker("postgresql_only"):
            item.add_marker(pytest.mark.skip(reason="runs with --backend postgresql"))


@pytest.fixture(scope="session")
def backend(request, tmp_path_factory) -> Backend:
    """Where test databases are made: `backend.fresh(path)` a new empty one, `backend.copy(source, path)` a
    copy; both return a location for `Database.open` and `--db` (a file path or a URL)."""
    chosen = backend_from_options(request.config.getoption("--backend"))
    yield chosen
    chosen.close()


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """Every test gets its own data folder and Qt settings, so nothing touches a real user profile."""
    monkeypatch.setenv("AKIMDESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
    _forget_languages()


def _forget_languages() -> None:
    """A window left in Russian or Kazakh by one test must not translate the next test's texts: the
    translators a window installed on the application (its children) are removed after each test."""
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture(scope="session")
def template_file(tmp_path_factory, backend) -> Path | str:
    """One new, migrated and seeded database per test run: copying it costs a hundredth of making one."""
    from akimdesk.db import Database

    path = backend.fresh(tmp_path_factory.mktemp("template") / "template.sqlite")
    Database.open(path).close()
    return path


@pytest.fixture
def new_database(template_file, backend):
    """Open a new AkimDesk database at a path, as `Database.open` makes one, from the run's template."""
    from akimdesk.db import Database

    opened = []

    def make(path: Path):
        opened.append(Database.open(backend.copy(template_file, path)))
        return opened[-1]

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def db(new_database, tmp_path):
    """A new AkimDesk database file with the shipped reference data."""
    return new_database(tmp_path / "akimdesk.sqlite")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory, backend) -> Path | str:
    """One demo database per test run (Kostanay oblast, 2025-2026, seed 1); copy it before writing."""
    from akimdesk.db import Database
    from akimdesk.demo.generator import DemoSettings, generate_demo

    path = backend.fresh(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    database = Database.open(path)
    generate_demo(database, DemoSettings(region_kato="390000000", year=2026, seed=1, as_of=DEMO_DAY))
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path, backend):
    """A private copy of the demo database."""
    from akimdesk.db import Database

    database = Database.open(backend.copy(demo_file, tmp_path / "demo-copy.sqlite"))
    yield database
    database.close()
