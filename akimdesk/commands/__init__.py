"""Command groups of the command line. Each module has `register(subparsers)`; its parsers set
`handler` to the function that runs the command and returns the exit code."""

from __future__ import annotations

import argparse
from pathlib import Path


class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit code 2."""


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line instead of argparse's usage dump
        raise UsageError(message)


def add_db(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """`--db` is accepted before and after a subcommand's name."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: the user's own database)",
    )


def open_db(args):
    from ..db import Database

    return Database.open(args.db)


def existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"file not found: {text}")
    return path


def write_output(data: bytes, path: Path) -> None:
    """Write a command's file whole (temporary file, then rename), refusing to replace an existing one."""
    from ..files import write_atomically

    try:
        write_atomically(data, path)
    except FileExistsError:
        raise UsageError(f"{path} already exists; choose another file") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    print(f"Written {path}")
