"""The command line: `akimdesk` opens the window; subcommands work on a database without a screen."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from . import __version__, config

log = logging.getLogger("akimdesk")


class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit code 2."""


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of argparse's usage dump on stderr
        raise UsageError(message)


def _add_db(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the user's own database)",
    )


def build_parser() -> ArgumentParser:
    p = ArgumentParser(prog="akimdesk", description="AkimDesk: akims' meetings with the population")
    p.add_argument("--version", action="version", version=f"AkimDesk {__version__}")
    _add_db(p, top=True)
    p.add_argument("--lang", choices=config.LANGUAGES, help="interface language (default: the last one used)")
    p.add_argument("--demo", action="store_true", help="open a separate demo database, filled on first start")
    sub = p.add_subparsers(dest="command", parser_class=ArgumentParser)

    demo = sub.add_parser("demo", help="fill a database with demo data")
    _add_db(demo)
    demo.add_argument("--region", default=config.DEMO_REGION, help="region code: 39 or 390000000")
    demo.add_argument("--year", type=int, default=dt.date.today().year, help="current year of the demo")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")

    db = sub.add_parser("db", help="database upkeep")
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=ArgumentParser)
    for name, text in (
        ("upgrade", "bring the database to this version (backup first)"),
        ("backup", "copy the database while it may be in use"),
        ("check", "run the integrity check"),
    ):
        sp = db_sub.add_parser(name, help=text)
        _add_db(sp)
        if name == "backup":
            sp.add_argument("--to", type=Path, help="backup file (default: backups/ beside the database)")

    terr = sub.add_parser("territory", help="the territory directory")
    t_sub = terr.add_subparsers(dest="territory_command", required=True, parser_class=ArgumentParser)
    tl = t_sub.add_parser("list", help="list units")
    _add_db(tl)
    tl.add_argument("--region", help="only this region: 39 or 390000000")
    tl.add_argument("--json", action="store_true", help="print JSON")
    ti = t_sub.add_parser("import", help="import units from CSV/XLSX or the official KATO file")
    _add_db(ti)
    ti.add_argument("file", type=Path)
    return p


def _open(args):
    from .db import Database

    return Database.open(args.db)


def cmd_demo(args) -> int:
    from .demo.generator import DemoSettings, generate_demo
    from .territory.codes import region_kato

    region = region_kato(args.region)
    if not 2000 <= args.year <= 2100:
        raise UsageError(f"year {args.year} is out of range")
    database = _open(args)
    try:
        summary = generate_demo(database, DemoSettings(region_kato=region, year=args.year, seed=args.seed))
    finally:
        database.close()
    print(
        f"Demo data in {database.describe()}: {summary.territories} units, {summary.planned} planned meetings, "
        f"{summary.meetings} meetings held or logged, {summary.issues} problem issues"
    )
    return 0


def cmd_db(args) -> int:
    from .db import Database, backup_database, check_database, schema_state, upgrade

    if args.db_command == "upgrade":
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
    database = _open(args)
    try:
        if args.db_command == "backup":
            print(f"Backup written: {backup_database(database.engine, args.to)}")
            return 0
        problems = check_database(database.engine)
    finally:
        database.close()
    if problems:
        for line in problems:
            print(f"problem: {line}")
        return 1
    print("Database is healthy.")
    return 0


def cmd_territory(args) -> int:
    from .territory.directory import list_territories
    from .territory.importer import ImportRefused, import_file

    database = _open(args)
    try:
        if args.territory_command == "list":
            with database.session() as session:
                rows = list_territories(session, args.region)
            if args.json:
                json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
                print()
            else:
                for r in rows:
                    mark = " (retired)" if r.retired else ""
                    print(f"{r.kato or '-':9}  {r.level:15}  {r.name_ru} / {r.name_kk}{mark}")
            return 0
        try:
            with database.session() as session:
                result = import_file(session, args.file)
        except ImportRefused as refused:
            if refused.file_problem:
                raise UsageError(f"{args.file}: {refused.file_problem}; nothing was imported") from None
            for err in refused.errors:
                print(f"{args.file}: {err.message}", file=sys.stderr)
            raise UsageError(f"{args.file}: {len(refused.errors)} bad row(s); nothing was imported") from None
        print(f"Imported {args.file}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged")
        return 0
    finally:
        database.close()


def cmd_gui(args) -> int:
    from .app import run_gui

    return run_gui(db=args.db, lang=args.lang, demo=args.demo)


def _known_errors() -> tuple[type[Exception], ...]:
    from .db import DatabaseError
    from .demo.generator import DemoRefused
    from .rules.editions import EditionFileError
    from .territory.codes import BadRegionCode
    from .territory.directory import DirectoryEditError, UnknownRegion

    return (DatabaseError, DemoRefused, BadRegionCode, UnknownRegion, DirectoryEditError, EditionFileError)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "db":
            return cmd_db(args)
        if args.command == "territory":
            return cmd_territory(args)
        if args.db and args.demo:
            raise UsageError("--demo opens its own demo database: give --db or --demo, not both")
        return cmd_gui(args)
    except UsageError as exc:
        print(f"akimdesk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, _known_errors()):
            print(f"akimdesk: error: {exc}", file=sys.stderr)
            return 2
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, SQLAlchemyError):
            print(f"akimdesk: database error: {detail}", file=sys.stderr)
            return 1
        log_path = config.data_dir() / "akimdesk-error.log"
        logging.basicConfig(filename=log_path, level=logging.ERROR)
        log.exception("unexpected error")
        print(f"akimdesk: unexpected error: {detail} (details in {log_path})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
