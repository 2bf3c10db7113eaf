"""The command line, as an administrator or a script uses it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from akimdesk import __version__
from akimdesk.cli import main


def run(*args):
    """Run the real program in a child process: exit code, stdout, stderr."""
    proc = subprocess.run([sys.executable, "-m", "akimdesk", *args], capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_territory_list_gives_kostanay_districts_and_cities_as_json(tmp_path):
    code, out, err = run("territory", "list", "--region", "39", "--json", "--db", str(tmp_path / "a.sqlite"))
    assert code == 0, err
    units = json.loads(out)
    assert units[0]["kato"] == "390000000" and units[0]["name_kk"] == "Қостанай облысы"
    children = units[1:]
    assert len(children) == 20 and all(u["parent_kato"] == "390000000" for u in children)
    assert {"kato", "parent_kato", "level", "name_ru", "name_kk"} <= set(children[0])
    assert {"Рудный қаласы", "Жітіқара ауданы"} <= {u["name_kk"] for u in children}


def test_full_and_short_region_codes_give_the_same_list(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite")
    assert main(["territory", "list", "--region", "39", "--db", db]) == 0
    short = capsys.readouterr().out
    assert main(["territory", "list", "--region", "390000000", "--db", db]) == 0
    assert capsys.readouterr().out == short and "Житикаринский район" in short


@pytest.mark.parametrize(
    "args, says",
    [
        (["territory", "list", "--region", "3"], "is not a region code"),
        (["territory", "list", "--region", "98"], "not in the directory"),
        (["territory", "import", "missing.csv"], "file not found"),
        (["demo", "--year", "1999"], "out of range"),
        (["db", "frobnicate"], "invalid choice"),
        (["--lang", "de"], "invalid choice"),
    ],
)
def test_bad_input_gets_one_clear_line_and_a_nonzero_exit(tmp_path, args, says):
    code, out, err = run(*args, "--db", str(tmp_path / "a.sqlite"))
    assert code == 2
    assert says in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_territory_file_lists_its_rows_and_writes_nothing(tmp_path):
    db = str(tmp_path / "a.sqlite")
    bad = tmp_path / "bad.csv"
    bad.write_text("kato,parent_kato,level,name_ru,name_kk\n393241000,393200000,rural_okrug,Ок,\n", encoding="utf-8")
    code, _, err = run("territory", "import", str(bad), "--db", db)
    assert code == 2 and "row 2" in err and "nothing was imported" in err
    _, out, _ = run("territory", "list", "--region", "39", "--db", db)
    assert "393241000" not in out


def test_version_backup_and_check(tmp_path):
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out
    db = tmp_path / "a.sqlite"
    assert run("db", "upgrade", "--db", str(db))[0] == 0
    code, out, _ = run("db", "backup", "--db", str(db), "--to", str(tmp_path / "b.sqlite"))
    assert code == 0 and (tmp_path / "b.sqlite").exists()
    code, out, _ = run("db", "check", "--db", str(tmp_path / "b.sqlite"))
    assert code == 0 and "healthy" in out


def test_demo_fills_a_new_database_and_refuses_one_in_use(tmp_path):
    db = str(tmp_path / "demo.sqlite")
    code, out, err = run("demo", "--db", db, "--region", "39", "--year", "2025", "--seed", "3")
    assert code == 0, err
    assert "problem issues" in out
    code, _, err = run("demo", "--db", db)
    assert code == 2 and "already holds" in err
