"""`akimdesk demo`: fill a new database with the demo region."""

from __future__ import annotations

import datetime as dt

from .. import config
from . import UsageError, add_db, opened


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill a database with demo data")
    add_db(p)
    p.add_argument("--region", default=config.DEMO_REGION, help="region code: 39 or 390000000")
    p.add_argument("--year", type=int, default=dt.date.today().year, help="current year of the demo")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..services import demo

    settings = demo.demo_settings(args.region, args.year, args.seed)
    if not 2000 <= args.year <= 2100:
        raise UsageError(f"year {args.year} is out of range")
    with opened(args) as database:
        summary = demo.fill_demo(database, settings)
    print(
        f"Demo data in {database.describe()}: {summary.territories} units, {summary.planned} planned meetings, "
        f"{summary.meetings} meetings held or logged, {summary.issues} problem issues"
    )
    return 0
