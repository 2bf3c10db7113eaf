"""Command groups of the command line. Each module has `register(subparsers)`; its parsers set
`handler` to the function that runs the command and returns the exit code.

Commands call services only (`akimdesk.services`), like the window: parse, call, print.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def opened(args, *refusals: type[Exception]) -> Iterator:
    """The database named by `--db`, closed afterwards; `refusals` become one `akimdesk: error:` line."""
    from ..services.storage import open_database

    try:
        database = open_database(args.db)
        try:
            yield database
        finally:
            database.close()
    except refusals as exc:
        raise UsageError(str(exc)) from None


@contextmanager
def refused_as_usage(*refusals: type[Exception]) -> Iterator[None]:
    """Errors the user can act on (without a database) become one `akimdesk: error:` line."""
    try:
        yield
    except refusals as exc:
        raise UsageError(str(exc)) from None


def add_signing(parser: argparse.ArgumentParser) -> None:
    """`--sign KEY.p12|ncalayer`, `--password-env VAR`, `--ncalayer-url URL`, `--tsa URL`."""
    parser.add_argument("--sign", metavar="KEY.p12|ncalayer",
                        help="sign with this PKCS#12 key file, or 'ncalayer' to sign through NCALayer")
    parser.add_argument("--password-env", metavar="VAR", help="environment variable holding the key's password")
    parser.add_argument("--ncalayer-url", metavar="URL",
                        help="NCALayer's address (default: AKIMDESK_NCALAYER_URL or wss://127.0.0.1:13579)")
    parser.add_argument("--tsa", metavar="URL", help="RFC 3161 time-stamp service: signatures outlive the certificate")


def secret(args, prompt: str | None, needed: str) -> str | None:
    """A password from `--password-env VAR` (never from the command line itself), else asked for on a
    terminal with `prompt`; None when there is no prompt (nothing to ask); refused with `needed` otherwise."""
    if args.password_env:
        value = os.environ.get(args.password_env)
        if value is None:
            raise UsageError(f"environment variable {args.password_env} is not set")
        return value
    if prompt is None:
        return None
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise UsageError(needed)


def key_password(args) -> str:
    """The password of `--sign KEY.p12`: from `--password-env VAR`, or asked for on a terminal."""
    return secret(args, f"Password for {Path(args.sign).name}: ",
                  "the key's password is needed: give --password-env VAR")


def sign_with(args):
    """What `--sign KEY.p12|ncalayer [--password-env VAR] [--tsa URL]` chose, or None for no signature."""
    from ..services.signing import DEFAULT_NCALAYER_URL, SignWith

    tsa = getattr(args, "tsa", None) or ""
    if args.password_env and (not args.sign or args.sign == "ncalayer"):
        raise UsageError("--password-env is for --sign KEY.p12")
    if getattr(args, "ncalayer_url", None) and args.sign != "ncalayer":
        raise UsageError("--ncalayer-url is for --sign ncalayer")
    if tsa and not args.sign:
        raise UsageError("--tsa is for signed packages: give --sign")
    if args.sign == "ncalayer":
        url = args.ncalayer_url or os.environ.get("AKIMDESK_NCALAYER_URL") or DEFAULT_NCALAYER_URL
        return SignWith(kind="ncalayer", url=url, tsa=tsa)
    return SignWith(str(args.sign), key_password(args), tsa=tsa) if args.sign else None


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
