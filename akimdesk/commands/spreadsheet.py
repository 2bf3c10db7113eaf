"""`akimdesk import xlsx ...`: calendars, meetings and issues from the sheets people already keep."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from . import UsageError, add_db, opened, refused_as_usage


def register(sub) -> None:
    imp = sub.add_parser("import", help="import data from files people already keep")
    kinds = imp.add_subparsers(dest="import_kind", required=True, parser_class=type(imp))
    x = kinds.add_parser("xlsx", help="import a calendar, meetings or issues from an Excel sheet (all rows or none)")
    add_db(x)
    x.add_argument("--kind", required=True, choices=("calendar", "meetings", "issues"))
    x.add_argument("file", type=Path, metavar="FILE")
    x.add_argument("--mapping", type=Path, metavar="FILE", help="lines `field = column` (header text, letter or number)")
    x.add_argument("--sheet", help="the sheet's name (default: the first)")
    x.add_argument("--region", default=None, help="region code (default: the region of the only calendar's region)")
    x.add_argument("--year", type=int, default=dt.date.today().year, help="the calendar's year")
    x.add_argument("--template", choices=("ru", "kk"), help="write a blank template into FILE instead of importing")
    x.set_defaults(handler=run_xlsx)


def run_xlsx(args) -> int:
    from ..services.spreadsheet import (
        BadRegionCode,
        RowsRefused,
        SheetRefused,
        import_sheet,
        mapping_from_file,
        region_kato,
        write_template,
    )

    if args.template:
        write_template(args.kind, args.template, args.file)
        print(args.file)
        return 0
    with refused_as_usage(BadRegionCode):
        region = region_kato(args.region or "39") if args.region else None
    with opened(args) as database, refused_as_usage(SheetRefused, OSError):
        if region is None:
            region = _only_region(database)
        mapping = mapping_from_file(args.mapping, args.file, args.sheet) if args.mapping else None
        try:
            count = import_sheet(database, args.kind, region, args.year, args.file, args.sheet, mapping)
        except RowsRefused as exc:
            _refuse_rows(args.file, exc)
        except SheetRefused as exc:  # every refusal names the file it is about
            name = Path(args.file).name
            raise UsageError(str(exc) if name in str(exc) else f"{name}: {exc}") from None
    print(f"Imported {count} row(s)")
    return 0


def _refuse_rows(file: Path, exc) -> None:
    """Bad cells: each named by row and column; the first in the error line, any others listed above it."""
    name = Path(file).name
    for p in exc.problems[1:]:  # the first is in the error line, which stays one line for one bad cell
        print(f"{name}: {p.message}", file=sys.stderr)
    more = f" (and {len(exc.problems) - 1} more bad cell(s) above)" if len(exc.problems) > 1 else ""
    raise UsageError(f"{name}: {exc.problems[0].message}{more}; nothing was imported") from None


def _only_region(database) -> str:
    """The region of a database that keeps one; several need `--region`."""
    from ..services.overview import region_choices

    choices = [c for c in region_choices(database) if c.kato]
    if len(choices) != 1:
        raise UsageError("give --region (this database keeps several regions)")
    return choices[0].kato
