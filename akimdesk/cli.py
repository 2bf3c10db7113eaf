"""The command line: `akimdesk` opens the window; subcommands work on a database without a screen."""

from __future__ import annotations

import logging
import sys

from . import __version__, config
from .commands import ArgumentParser, UsageError, add_db
from .commands import calendar as calendar_commands
from .commands import database as database_commands
from .commands import demo as demo_commands
from .commands import exchange as exchange_commands
from .commands import export as export_commands
from .commands import issue as issue_commands
from .commands import meeting as meeting_commands
from .commands import spreadsheet as spreadsheet_commands
from .commands import territory as territory_commands

COMMAND_GROUPS = (demo_commands, database_commands, territory_commands, calendar_commands, meeting_commands,
                  issue_commands, export_commands, exchange_commands,
                  spreadsheet_commands)

log = logging.getLogger("akimdesk")


def build_parser() -> ArgumentParser:
    p = ArgumentParser(prog="akimdesk", description="AkimDesk: akims' meetings with the population")
    p.add_argument("--version", action="version", version=f"AkimDesk {__version__}")
    add_db(p, top=True)
    p.add_argument("--lang", choices=config.LANGUAGES, help="interface language (default: the last one used)")
    p.add_argument("--demo", action="store_true", help="open a separate demo database, filled on first start")
    sub = p.add_subparsers(dest="command", parser_class=ArgumentParser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    p.set_defaults(handler=run_gui)
    return p


def run_gui(args) -> int:
    if args.db and args.demo:
        raise UsageError("--demo opens its own demo database: give --db or --demo, not both")
    from .app import run_gui as start

    return start(db=args.db, lang=args.lang, demo=args.demo)


def _known_errors() -> tuple[type[Exception], ...]:
    from .db import DatabaseError
    from .demo.generator import DemoRefused
    from .meetings.records import MeetingError
    from .planning.calendars import WorkflowError
    from .registry.rules import RegisterError
    from .rules.editions import EditionFileError
    from .rules.periods import BadPeriod
    from .services.register import FilterError
    from .territory.codes import BadRegionCode
    from .territory.directory import DirectoryEditError, UnknownRegion

    return (DatabaseError, DemoRefused, BadRegionCode, UnknownRegion, DirectoryEditError, EditionFileError,
            WorkflowError, BadPeriod, MeetingError, RegisterError, FilterError)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
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
