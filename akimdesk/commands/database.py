"""`akimdesk db upgrade|backup|check`."""

from __future__ import annotations

from pathlib import Path

from . import ArgumentParser, add_db, open_db


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


def run_upgrade(args) -> int:
    from ..db import Database, schema_state, upgrade

    database = Database.open(args.db, upgrade_schema=False)
    try:
        before = schema_state(database.engine).current
        backup = upgrade(database.engine)
        after = schema_state(database.engine).current
    finally:
        database.close()
    if before == after:
        print(f"Database is up to date (schema {after}).")
    else:
        print(f"Upgraded schema {before or 'none'} -> {after}" + (f"; backup: {backup}" if backup else ""))
    return 0


def run_backup(args) -> int:
    from ..db import backup_database

    database = open_db(args)
    try:
        print(f"Backup written: {backup_database(database.engine, args.to)}")
    finally:
        database.close()
    return 0


def run_check(args) -> int:
    from ..db import check_database

    database = open_db(args)
    try:
        problems = check_database(database.engine)
    finally:
        database.close()
    for line in problems:
        print(f"problem: {line}")
    if not problems:
        print("Database is healthy.")
    return 1 if problems else 0
