"""A process killed (SIGKILL: no clean-up runs) at a random moment of a schema upgrade, a demo filling a new
file, or an import leaves a database that opens and is intact: all of a write or none of it.

The child processes run the real command line. Kill moments are drawn with a fixed seed across the span a
complete run takes here (measured once per command, not asserted): the test is repeatable and bounded."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from akimdesk.db import Database, check_database, head_revision

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")
ROOT = Path(__file__).resolve().parent.parent
KILLS_PER_COMMAND = 3


def _start(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "akimdesk", *map(str, args)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _span(*args) -> float:
    """How long a complete run takes on this machine (to spread the kills over it)."""
    began = time.monotonic()
    assert _start(*args).wait(timeout=300) == 0
    return time.monotonic() - began


def _kill_at(delay: float, *args) -> bool:
    """Run a command and SIGKILL it after `delay` seconds; True when it was killed before it finished."""
    child = _start(*args)
    try:
        child.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        return True


def _revision(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        return con.execute("select version_num from alembic_version").fetchone()[0]
    finally:
        con.close()


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    finally:
        con.close()


def _opens_intact(path: Path) -> None:
    database = Database.open(path)
    try:
        assert check_database(database.engine) == []
    finally:
        database.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kill-template") / "new.sqlite"
    Database.open(path).close()
    return path


def test_a_killed_schema_upgrade_leaves_the_old_schema_or_the_new_one_never_a_mix(template, tmp_path):
    from alembic import command

    from akimdesk.db import _alembic_config

    old = tmp_path / "old.sqlite"
    shutil.copy(template, old)
    database = Database.open(old)
    command.downgrade(_alembic_config(database.engine), "0002")
    database.close()
    span = _span("db", "upgrade", "--db", shutil.copy(old, tmp_path / "measure.sqlite"))
    rng = random.Random(1501)
    for n in range(KILLS_PER_COMMAND):
        path = Path(shutil.copy(old, tmp_path / f"up{n}.sqlite"))
        _kill_at(rng.uniform(0.1, span), "db", "upgrade", "--db", path)
        revision = _revision(path)
        assert revision in ("0002", head_revision())
        if revision == "0002":
            assert "saved_issue_filter" not in _tables(path), "0003 half-applied under revision 0002"
        _opens_intact(path)
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) <= KILLS_PER_COMMAND + 1


def test_a_killed_demo_on_a_new_file_leaves_no_file_or_a_whole_database(tmp_path):
    rng = random.Random(1502)  # a complete demo takes about 10 s here: the kills fall in its first half
    for n, delay in enumerate([rng.uniform(0.5, 2.5), rng.uniform(2.5, 4.5), rng.uniform(4.5, 6.5)]):
        path = tmp_path / f"demo{n}.sqlite"
        _kill_at(delay, "demo", "--db", path, "--year", "2026")
        if path.exists():  # the file appears only once its schema and seed data are complete
            assert _revision(path) == head_revision()
            _opens_intact(path)


def test_a_killed_exchange_import_merges_all_of_the_package_or_nothing(demo_file, template, tmp_path):
    from sqlalchemy import func, select

    from akimdesk.models import PackageLog, ProblemIssue
    from akimdesk.signing.pkcs12 import Pkcs12Signer

    from .exchange_helpers import export
    from .keys import PASSWORD, make_keys

    (tmp_path / "keys").mkdir()
    keys = make_keys(tmp_path / "keys")
    oblast_path = Path(shutil.copy(demo_file, tmp_path / "oblast.sqlite"))
    oblast = Database.open(oblast_path)
    package = export(oblast, tmp_path / "out", Pkcs12Signer.load(keys.good, PASSWORD))
    oblast.close()
    span = _span("exchange", "import", "--db", shutil.copy(template, tmp_path / "measure.sqlite"), package)
    rng = random.Random(1503)
    for n in range(KILLS_PER_COMMAND):
        path = Path(shutil.copy(template, tmp_path / f"district{n}.sqlite"))
        _kill_at(rng.uniform(0.1, span), "exchange", "import", "--db", path, package)
        _opens_intact(path)
        database = Database.open(path)
        with database.session() as s:
            logged = s.scalar(select(func.count()).select_from(PackageLog))
            issues = s.scalar(select(func.count()).select_from(ProblemIssue))
        database.close()
        assert (logged, issues > 0) in ((0, False), (1, True))


def test_a_killed_territory_import_adds_every_row_or_none(template, tmp_path):
    rows = ["kato,parent_kato,level,name_ru,name_kk"]
    for i in range(1, 400):
        rows.append(f"3932{i // 100 + 41:02d}{i % 100:03d},393200000,village,село {i},{i} ауылы")
    source = tmp_path / "villages.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    span = _span("territory", "import", "--db", shutil.copy(template, tmp_path / "measure.sqlite"), source)
    rng = random.Random(1504)
    for n in range(KILLS_PER_COMMAND):
        path = Path(shutil.copy(template, tmp_path / f"units{n}.sqlite"))
        _kill_at(rng.uniform(0.1, span), "territory", "import", "--db", path, source)
        _opens_intact(path)
        con = sqlite3.connect(path)
        added = con.execute("select count(*) from territory where kato like '3932%' and level = 'village'").fetchone()[0]
        con.close()
        assert added in (0, 399)
