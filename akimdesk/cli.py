"""The command line: `akimdesk` opens the window; subcommands work on a database without a screen."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from . import __version__, config
from .commands import ArgumentParser, UsageError, add_db

# The command groups, in the order of `akimdesk --help`; imported only when a command (or --help) is
# parsed: the window's start parses its few options without them
COMMAND_MODULES = ("demo", "database", "territory", "calendar", "meeting", "issue", "export", "mail", "exchange",
                   "spreadsheet", "trust", "audit", "user", "tour")
# the window's own options: a start with nothing else parses them alone
WINDOW_OPTIONS, WINDOW_FLAGS = ("--db", "--lang"), ("--demo", "--portable")


def command_groups() -> list:
    import importlib

    return [importlib.import_module(f"{__package__}.commands.{name}") for name in COMMAND_MODULES]


log = logging.getLogger("akimdesk")

# A package given alone (`akimdesk FILE`, as Windows passes a double-clicked file) opens Verify in the
# window. .akimpkg is the installer's registered extension for packages; a .zip package works too.
PACKAGE_SUFFIXES = (".akimpkg", ".zip")


def build_parser(window_only: bool = False) -> ArgumentParser:
    """The command line's parser; `window_only`: the window's options alone, without the commands."""
    p = ArgumentParser(prog="akimdesk", description="AkimDesk: akims' meetings with the population")
    p.add_argument("--version", action="version", version=f"AkimDesk {__version__}")
    add_db(p, top=True)
    p.add_argument("--lang", choices=config.LANGUAGES, help="interface language (default: the last one used)")
    p.add_argument("--demo", action="store_true", help="open a separate demo database, filled on first start")
    p.add_argument("--portable", action="store_true",
                   help=f"keep database, settings and backups in '{config.PORTABLE_DATA}' beside the program "
                        f"(also on when '{config.PORTABLE_MARKER}' lies beside it)")
    p.set_defaults(handler=run_gui)
    if window_only:
        p.set_defaults(command=None)
        p.command_names = set()
        return p
    sub = p.add_subparsers(dest="command", parser_class=ArgumentParser)
    for group in command_groups():
        group.register(sub)
    p.command_names = set(sub.choices)
    return p


def window_start(argv: list[str]) -> bool:
    """Whether the arguments only start the window: its own options written out in full, and perhaps a
    package to open last. Anything else (a command, --help, an abbreviation) goes to the whole parser."""
    words = argv[:-1] if argv and Path(argv[-1]).suffix.lower() in PACKAGE_SUFFIXES else argv
    i = 0
    while i < len(words):
        word = words[i]
        if word in WINDOW_OPTIONS:
            i += 2
        elif word in WINDOW_FLAGS or word.startswith(tuple(f"{o}=" for o in WINDOW_OPTIONS)):
            i += 1
        else:
            return False
    return i == len(words)


def collect_garbage_again() -> None:
    """Cyclic garbage collection back on after a start that ran without it (see `akimdesk/__init__`); the
    objects made so far live as long as the program and are frozen out of the collector's sight."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(args) -> int:
    if args.db and args.demo:
        raise UsageError("--demo opens its own demo database: give --db or --demo, not both")
    from .app import run_gui as start

    return start(db=args.db, lang=args.lang, demo=args.demo, package=getattr(args, "open_package", None))


def _split_package(argv: list[str], commands: set[str]) -> tuple[list[str], Path | None]:
    """Take a trailing package path off a window start (`akimdesk [options] FILE`)."""
    if argv and Path(argv[-1]).suffix.lower() in PACKAGE_SUFFIXES and not commands & set(argv):
        return argv[:-1], Path(argv[-1])
    return argv, None


def _lock_holder(args, exc: Exception | None = None) -> str:
    """Who holds the database's lock: as found when the write was refused (the server's session, or the
    note beside the file), else as the long writer's note beside the file says now."""
    from .files import describe_writer, writer_note

    try:
        holder = getattr(exc, "lock_holder", None) or writer_note(
            config.sqlite_path(config.database_url(getattr(args, "db", None))))
    except Exception:  # naming the holder must never hide the error itself
        holder = None
    return describe_writer(holder) if holder else "another AkimDesk window or command is writing"


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        argv = list(sys.argv[1:] if argv is None else argv)
        parser = build_parser(window_only=window_start(argv))
        argv, package = _split_package(argv, parser.command_names)
        args = parser.parse_args(argv)
        args.open_package = package
        if args.portable:
            config.use_portable()
        if args.handler is not run_gui:  # the window turns collection back on after its first paint
            collect_garbage_again()
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
        from .services.refusals import is_database_failure, user_refusals

        if isinstance(exc, user_refusals()):
            print(f"akimdesk: error: {exc}", file=sys.stderr)
            return 2
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if is_database_failure(exc):
            # the driver's own first line only: SQLAlchemy's text carries the statement and its values
            # (a citizen's name or phone), which never belong in a message
            cause = getattr(exc, "orig", None) or exc
            detail = (str(cause).splitlines() or [type(cause).__name__])[0][:200]
            if "locked" in detail or "busy" in detail or getattr(cause, "sqlstate", None) in ("55P03", "40001"):
                detail += f" ({_lock_holder(args, exc)}; try again when it has finished)"
            print(f"akimdesk: database error: {detail}", file=sys.stderr)
            return 1
        log_path = config.data_dir() / "akimdesk-error.log"
        logging.basicConfig(filename=log_path, level=logging.ERROR)
        log.exception("unexpected error")
        print(f"akimdesk: unexpected error: {detail} (details in {log_path})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
