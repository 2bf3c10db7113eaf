"""Where AkimDesk keeps its files, and how a --db argument becomes a database URL."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs

from .files import data_folder, private_folder, write_atomically

APP_NAME = "AkimDesk"
APP_AUTHOR = "AkimDesk"
LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
DEMO_REGION = "39"  # Kostanay oblast
PORTABLE_MARKER = "portable.txt"  # beside the executable: the build runs portable without --portable
PORTABLE_DATA = "data"  # the portable build's data folder, beside the executable
MAIL_SETTINGS_FILE = "mail.json"  # the e-mail settings the window saves and `akimdesk mail send` reads
MAIL_KEYS = ("host", "port", "security", "user", "sender", "recipients")
# PostgreSQL LISTEN/NOTIFY: a commit notifies it, other clients' windows refresh their lists (named here, not in
# the audit trail that sends it, so a window can listen before it imports the mapped classes)
CHANGES_CHANNEL = "akimdesk_changes"

_portable = False


def program_dir() -> Path:
    """The folder of the program: the executable's folder in a frozen build, else the launcher's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def use_portable(on: bool = True) -> None:
    """Keep everything (database, settings, backups, attachments, logs) beside the program."""
    global _portable
    _portable = on


def portable_dir() -> Path | None:
    """The portable data folder when the program runs portable (--portable or the marker file)."""
    if _portable or (getattr(sys, "frozen", False) and (program_dir() / PORTABLE_MARKER).is_file()):
        return program_dir() / PORTABLE_DATA
    return None


def resources_dir() -> Path:
    """The folder with fonts, translations, rule editions and reference data.

    Found the same way in a source checkout, an installed wheel and a frozen build.
    """
    here = Path(__file__).resolve().parent
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", here)) / "akimdesk" / "resources")
    candidates += [here / "resources", here.parent / "resources"]
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError("AkimDesk resources folder not found next to the program")


def data_dir() -> Path:
    """The user's data folder (database, backups, attachments); created on first use.

    A portable program keeps it beside itself; otherwise AKIMDESK_DATA_DIR, else the platform's place.
    """
    override = portable_dir() or os.environ.get("AKIMDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return data_folder(path)


def default_db_path() -> Path:
    return data_dir() / "akimdesk.sqlite"


def demo_db_path() -> Path:
    """The demo database lives apart from the user's own so a demo never touches real data."""
    return data_dir() / "demo.sqlite"


def backups_dir(db_path: Path | None = None) -> Path:
    base = db_path.parent if db_path else data_dir()
    return private_folder(base / "backups")


def database_url(db: str | os.PathLike | None) -> str:
    """Turn a file path or an SQLAlchemy URL into a URL; None means the default database."""
    if db is None:
        return f"sqlite:///{default_db_path()}"
    text = os.fspath(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def current_user() -> str:
    """Who is recorded as the author of changes when nobody has logged in by name."""
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def mail_settings_path() -> Path:
    return data_dir() / MAIL_SETTINGS_FILE


def load_mail_settings() -> dict:
    """The saved e-mail settings (server, port, encryption, user, sender, recipients; never a password):
    only the known keys; empty when none were saved or the file cannot be read."""
    import json

    try:
        saved = json.loads(mail_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: saved[k] for k in MAIL_KEYS if isinstance(saved, dict) and k in saved}


def save_mail_settings(values: dict) -> None:
    import json

    known = {k: values[k] for k in MAIL_KEYS if k in values}
    write_atomically((json.dumps(known, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                     mail_settings_path(), overwrite=True)
