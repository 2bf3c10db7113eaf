"""`akimdesk db upgrade|backup|check`."""

from __future__ import annotations

from pathlib import Path

from ..services import storage
from . import ArgumentParser, add_db, opened, refused_as_usage


def register(sub) -> None:
    db = sub.add_parser("db", help="database upkeep")
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=ArgumentParser)
    for name, text, handler in (
        ("upgrade", "bring the database to this version (backup first)", run_upgrade),
        ("backup", "copy the database while it may be in use", run_backup),
        ("check", "run the integrity check", run_check),
    ):
        sp = db_sub.add_parser(name, help=text)
        add_db(sp)
        sp.set_defaults(handler=handler)
        if name == "backup":
            sp.add_argument("--to", type=Path, help="backup file (default: backups/ beside the database)")
    cp = db_sub.add_parser("copy", help="copy every row into an empty database (a file to the server, or back)")
    cp.add_argument("--from", dest="source", required=True, metavar="PATH|URL", help="the database to copy")
    cp.add_argument("--to", dest="target", required=True, metavar="PATH|URL",
                    help="an empty database; a server URL without a password takes AKIMDESK_DB_PASSWORD or .pgpass")
    cp.set_defaults(handler=run_copy)


def run_upgrade(args) -> int:
    result = storage.upgrade_schema(args.db)
    if result.before == result.after:
        print(f"Database is up to date (schema {result.after}).")
    else:
        print(f"Upgraded schema {result.before or 'none'} -> {result.after}"
              + (f"; backup: {result.backup}" if result.backup else ""))
    return 0


def run_backup(args) -> int:
    with opened(args) as database:
        print(f"Backup written: {storage.backup(database, args.to)}")
    return 0


def run_check(args) -> int:
    with opened(args) as database:
        problems = storage.check(database)
    for line in problems:
        print(f"problem: {line}")
    if not problems:
        print("Database is healthy.")
    return 1 if problems else 0


def run_copy(args) -> int:
    with refused_as_usage(storage.DatabaseError):
        counts = storage.copy(args.source, args.target)
    print(f"Copied {sum(counts.values())} rows in {len(counts)} tables; the copy matches the source row for row.")
    return 0
