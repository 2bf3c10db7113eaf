"""`akimdesk territory list|import`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import ArgumentParser, UsageError, add_db, opened


def register(sub) -> None:
    terr = sub.add_parser("territory", help="the territory directory")
    t_sub = terr.add_subparsers(dest="territory_command", required=True, parser_class=ArgumentParser)
    tl = t_sub.add_parser("list", help="list units")
    add_db(tl)
    tl.add_argument("--region", help="only this region: 39 or 390000000")
    tl.add_argument("--json", action="store_true", help="print JSON")
    tl.set_defaults(handler=run_list)
    ti = t_sub.add_parser("import", help="import units from CSV/XLSX or the official KATO file")
    add_db(ti)
    ti.add_argument("file", type=Path)
    ti.set_defaults(handler=run_import)


def run_list(args) -> int:
    from ..services import directory

    with opened(args) as database:
        rows = directory.territory_rows(database, args.region)
    if args.json:
        json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            mark = " (retired)" if r.retired else ""
            print(f"{r.kato or '-':9}  {r.level:15}  {r.name_ru} / {r.name_kk}{mark}")
    return 0


def run_import(args) -> int:
    from ..services import directory

    try:
        with opened(args) as database:
            result = directory.import_territories(database, args.file)
    except directory.ImportRefused as refused:
        if refused.file_problem:
            raise UsageError(f"{args.file}: {refused.file_problem}; nothing was imported") from None
        for err in refused.errors[1:]:  # the first is in the error line, which stays one line for one bad row
            print(f"{args.file}: {err.message}", file=sys.stderr)
        more = f" (and {len(refused.errors) - 1} more bad row(s) above)" if len(refused.errors) > 1 else ""
        raise UsageError(f"{args.file}: {refused.errors[0].message}{more}; nothing was imported") from None
    print(f"Imported {args.file}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged")
    return 0
