"""`akimdesk tour`: a PNG of every page and dialog and an index of their visible texts."""

from __future__ import annotations

import re
from pathlib import Path

from .. import config
from . import UsageError


def register(sub) -> None:
    p = sub.add_parser("tour", help="save a screenshot of every page and dialog and an index of their texts")
    p.add_argument("--out", type=Path, required=True, help="folder for the PNG files and index.json")
    p.add_argument("--lang", choices=config.LANGUAGES, default="ru", help="interface language (default: ru)")
    p.add_argument("--size", default="1366x768", help="screen size WIDTHxHEIGHT (default: 1366x768)")
    p.add_argument("--db", type=Path, help="database file to show (default: fresh demo data)")
    p.set_defaults(handler=run)


def run(args) -> int:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if match is None:
        raise UsageError(f"--size '{args.size}' is not WIDTHxHEIGHT, for example 1366x768")
    if args.db is not None and not args.db.is_file():
        raise UsageError(f"database file not found: {args.db}")
    from ..ui.tour import run_tour  # Qt only when the tour runs

    entries = run_tour(args.out, args.lang, (int(match[1]), int(match[2])), args.db)
    print(f"{len(entries)} screenshots and index.json in {args.out}")
    return 0
