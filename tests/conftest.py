"""Shared fixtures: real SQLite files in a temporary folder, an offscreen Qt, isolated settings."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_DAY = dt.date(2026, 11, 27)  # "today" inside the demo, so results never depend on the real date


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """Every test gets its own data folder and Qt settings, so nothing touches a real user profile."""
    monkeypatch.setenv("AKIMDESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield


@pytest.fixture(scope="session")
def template_file(tmp_path_factory) -> Path:
    """One new, migrated and seeded database per test run: copying it costs a hundredth of making one."""
    from akimdesk.db import Database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def new_database(template_file):
    """Open a new AkimDesk database at a path, as `Database.open` makes one, from the run's template."""
    from akimdesk.db import Database

    opened = []

    def make(path: Path):
        shutil.copy(template_file, path)
        opened.append(Database.open(path))
        return opened[-1]

    yield make
    for database in opened:
        database.close()


@pytest.fixture
def db(new_database, tmp_path):
    """A new AkimDesk database file with the shipped reference data."""
    return new_database(tmp_path / "akimdesk.sqlite")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """One demo database per test run (Kostanay oblast, 2025-2026, seed 1); copy it before writing."""
    from akimdesk.db import Database
    from akimdesk.demo.generator import DemoSettings, generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database.open(path)
    generate_demo(database, DemoSettings(region_kato="390000000", year=2026, seed=1, as_of=DEMO_DAY))
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    """A private copy of the demo database."""
    from akimdesk.db import Database

    copy = tmp_path / "demo-copy.sqlite"
    shutil.copy(demo_file, copy)
    database = Database.open(copy)
    yield database
    database.close()
