"""The release build, as an IT specialist receives it: the frozen program folder starts, knows its
version and makes a Kazakh PDF from its own fonts and translations; the Windows installer script
compiles; a portable program leaves nothing in the user's profile; a double-clicked package opens
Verify.

The frozen program is built once per test run (PyInstaller, about a minute and a half here). Without
PyInstaller or makensis those tests are skipped, unless AKIMDESK_RELEASE_TESTS=required (CI sets it):
then a missing tool is a failure, not a silent skip.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from akimdesk import __version__, config
from akimdesk.cli import PACKAGE_SUFFIXES, main

from .keys import PASSWORD, keys  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "installer" / "build.py"
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
REQUIRED = os.environ.get("AKIMDESK_RELEASE_TESTS") == "required"


def needs(tool_present: bool, what: str) -> None:
    if not tool_present:
        if REQUIRED:
            pytest.fail(f"{what} is missing but AKIMDESK_RELEASE_TESTS=required")
        pytest.skip(f"{what} is not installed (pip install -e '.[release]' / apt-get install nsis)")


def clean_profile(home: Path) -> dict[str, str]:
    """An environment whose user profile is an empty folder, and no AKIMDESK_DATA_DIR."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AKIMDESK_", "XDG_"))}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """The Linux one-folder build, made by installer/build.py like a release."""
    needs(importlib.util.find_spec("PyInstaller") is not None, "PyInstaller")
    base = tmp_path_factory.mktemp("release")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, str(BUILD), "bundle", "--dist", str(base / "dist"),
                           "--work", str(base / "work")], capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(f"frozen build: {time.monotonic() - started:.0f} s")
    return base / "dist" / "AkimDesk"


def run_frozen(program: Path, *args, env=None, timeout=300):
    proc = subprocess.run([str(program), *args], capture_output=True, text=True, timeout=timeout, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def start_window(program: Path, env, ready: Path, *args, timeout=60):
    """Start the windowed program offscreen, wait until `ready` exists and it is still running."""
    proc = subprocess.Popen([str(program), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None and not ready.exists():
            time.sleep(0.5)
        time.sleep(3)  # let the window settle, the demo fill run and the settings be written
        alive = proc.poll() is None
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    return alive, err.decode(errors="replace")


@pytest.mark.release
def test_the_frozen_program_and_its_command_line_twin_report_the_same_version(frozen):
    assert (frozen / "AkimDesk").is_file() and (frozen / "akimdesk-cli").is_file()
    for name in ("AkimDesk", "akimdesk-cli"):
        code, out, err = run_frozen(frozen / name, "--version")
        assert code == 0, err
        assert out.strip() == f"AkimDesk {__version__}"


@pytest.mark.release
def test_the_frozen_program_bundles_resources_migrations_and_only_the_qt_it_uses(frozen):
    inside = frozen / "_internal" / "akimdesk"
    assert (inside / "resources" / "fonts" / "PTSans-Regular.ttf").is_file()
    assert (inside / "resources" / "fonts" / "LICENSE-PTSans.txt").is_file()
    assert {p.name for p in (inside / "resources" / "translations").glob("*.qm")} >= {
        "akimdesk_ru.qm", "akimdesk_kk.qm", "akimdesk_en.qm"}
    assert (inside / "resources" / "icons" / "akimdesk.ico").is_file()
    assert (inside / "migrations" / "env.py").is_file() and list((inside / "migrations" / "versions").glob("0003*.py"))
    names = {p.name for p in frozen.rglob("*")}
    assert not any("WebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n for n in names)
    assert not any(n in {"pytest", "hypothesis", "tests"} for n in names)


@pytest.mark.release
def test_the_frozen_program_makes_a_signed_kazakh_pdf_from_a_new_database(frozen, tmp_path, keys):  # noqa: F811
    """Demo data, then a signed package in Kazakh: migrations, fonts, rules, reports, signing all inside."""
    env = clean_profile(tmp_path / "home")
    env["KEY_PASSWORD"] = PASSWORD
    cli = frozen / "akimdesk-cli"
    db, out = tmp_path / "region.sqlite", tmp_path / "out"
    out.mkdir()
    code, _, err = run_frozen(cli, "demo", "--db", str(db), "--region", "39", env=env)
    assert code == 0, err
    code, stdout, err = run_frozen(cli, "export", "summary", "--db", str(db), "--region", "39",
                                   "--period", "2026", "--lang", "kk", "--out", str(out),
                                   "--sign", str(keys.good), "--password-env", "KEY_PASSWORD", env=env)
    assert code == 0, err
    package = Path(stdout.strip().splitlines()[-1])
    shutil.unpack_archive(package, tmp_path / "unpacked", "zip")
    pdf = next((tmp_path / "unpacked").glob("*.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Қостанай облысы" in text and len(KAZAKH_LETTERS & set(text)) >= 6
    code, report, err = run_frozen(cli, "verify", str(package), "--trust", str(keys.ca_pem), env=env)
    assert code == 0, report + err  # CMS and PAdES signatures checked offline by the frozen verifier


@pytest.mark.release
def test_the_frozen_window_starts_offscreen_on_the_demo_in_kazakh(frozen, tmp_path):
    env = clean_profile(tmp_path / "home")
    env["AKIMDESK_DATA_DIR"] = str(tmp_path / "data")
    alive, err = start_window(frozen / "AkimDesk", env, tmp_path / "data" / "demo.sqlite", "--demo", "--lang", "kk")
    assert alive, err
    assert (tmp_path / "data" / "demo.sqlite").stat().st_size > 100_000
    assert not (tmp_path / "data" / "akimdesk-error.log").exists()


@pytest.mark.release
def test_a_portable_copy_on_a_usb_stick_writes_nothing_into_the_user_profile(frozen, tmp_path):
    """IT copies the folder to a stick and drops portable.txt beside the program."""
    stick = tmp_path / "usb" / "AkimDesk"
    shutil.copytree(frozen, stick, symlinks=True)
    (stick / config.PORTABLE_MARKER).write_text("portable\n")
    home = tmp_path / "home"
    env = clean_profile(home)
    code, out, err = run_frozen(stick / "akimdesk-cli", "db", "upgrade", env=env)
    assert code == 0, err
    code, out, err = run_frozen(stick / "akimdesk-cli", "db", "backup", env=env)
    assert code == 0, err
    data = stick / config.PORTABLE_DATA
    alive, err = start_window(stick / "AkimDesk", env, data / "demo.sqlite", "--demo", "--lang", "kk")
    assert alive, err
    assert (data / "akimdesk.sqlite").is_file() and (data / "demo.sqlite").is_file()
    assert list((data / "backups").glob("akimdesk-*.sqlite"))
    assert (data / config.APP_AUTHOR / f"{config.APP_NAME}.ini").is_file()  # Qt settings, INI, beside it
    for folder in ("xdg_data_home", "xdg_config_home", "xdg_state_home"):
        assert files_under(home / folder) == [], folder
    assert not [p for p in home.rglob("*") if "akimdesk" in p.name.lower()]


def test_portable_command_line_keeps_the_database_beside_the_program(tmp_path, monkeypatch):
    """Not frozen: --portable puts the default database in 'data' beside the program."""
    program = tmp_path / "stick"
    program.mkdir()
    monkeypatch.setattr(config, "program_dir", lambda: program)
    monkeypatch.setattr(config, "_portable", False)
    assert main(["--portable", "db", "upgrade"]) == 0
    assert (program / "data" / "akimdesk.sqlite").is_file()
    assert files_under(Path(os.environ["AKIMDESK_DATA_DIR"])) == []


def test_a_package_given_alone_starts_the_window_on_it(monkeypatch, tmp_path):
    """What Windows runs when an .akimpkg is double-clicked: AkimDesk.exe "C:\\...\\file.akimpkg"."""
    import akimdesk.app

    started = []
    monkeypatch.setattr(akimdesk.app, "run_gui", lambda **kw: started.append(kw) or 0)
    package = tmp_path / "summary-390000000-2026-kk.akimpkg"
    assert ".akimpkg" in PACKAGE_SUFFIXES
    assert main(["--lang", "kk", str(package)]) == 0
    assert started[-1]["package"] == package and started[-1]["lang"] == "kk"
    assert main([]) == 0 and started[-1]["package"] is None


def test_a_double_clicked_package_is_verified_at_once(qtbot, demo_file, tmp_path):
    from akimdesk.app import create_main_window
    from akimdesk.db import Database

    db = tmp_path / "d.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", "summary", "--db", str(db), "--region", "39", "--period", "2026", "--lang", "kk",
                 "--out", str(out)]) == 0
    package = next(out.glob("*.zip")).rename(out / "summary.akimpkg")
    database = Database.open(db)
    win = create_main_window(database, "ru")
    qtbot.addWidget(win)
    dialog = win.open_package(package)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=60_000)
    assert dialog.package.text() == str(package) and dialog.checks.topLevelItemCount() >= 4
    assert win.stack.currentWidget().__class__.__name__ == "ReportsPage"
    dialog.close()
    database.close()


@pytest.mark.release
def test_the_windows_installer_script_compiles_against_a_program_folder(tmp_path):
    """makensis wraps a stub of the Windows folder: every page, language and string must compile."""
    needs(shutil.which("makensis") is not None, "makensis (Debian package nsis)")
    stub = tmp_path / "AkimDesk"
    icons = stub / "_internal" / "akimdesk" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "akimdesk.ico", icons)
    (stub / "AkimDesk.exe").write_bytes(b"MZ stub")
    (stub / "akimdesk-cli.exe").write_bytes(b"MZ stub")
    proc = subprocess.run([sys.executable, str(BUILD), "installer", "--source", str(stub), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    setup = tmp_path / f"AkimDesk-Setup-{__version__}.exe"
    assert setup.read_bytes()[:2] == b"MZ" and setup.stat().st_size > 50_000


def test_the_window_carries_the_application_icon_and_about_names_the_version(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from akimdesk.app import create_main_window

    win = create_main_window(db, "en")
    qtbot.addWidget(win)
    assert not win.windowIcon().isNull() and 256 in {s.width() for s in win.windowIcon().availableSizes()}
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    win.about()
    assert f"AkimDesk {__version__}" in shown[0]
