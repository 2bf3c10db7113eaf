"""The Home page's figures for every region of a database, through the service (not a test).

    PYTHONPATH=$PWD python benchmarks/home_bench.py --db /tmp/national.sqlite [--cold] [--year 2026]

Each region's view (coverage, meetings held, issues by status and by body, the overdue trend, the next
deadlines) as the Home page asks for it, one after the other: the total, the median and the slowest. With
`--cold` the operating system's file cache is dropped first (root only, Linux: what the first Home page after
the computer starts reads from disk); a server's own cache is not: restart it first for a cold server. The
statements that took longest are listed, so a change of index shows where it acts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time


def drop_file_cache() -> None:
    subprocess.run(["sync"], check=True)
    try:
        with open("/proc/sys/vm/drop_caches", "w") as caches:
            caches.write("3\n")
    except OSError as exc:
        sys.exit(f"--cold needs root on Linux to drop the file cache ({exc})")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="a database file or URL (a server's password in AKIMDESK_DB_PASSWORD)")
    p.add_argument("--year", type=int, default=2026)
    p.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 2))
    p.add_argument("--cold", action="store_true", help="drop the file cache first (root, Linux)")
    args = p.parse_args()
    if args.cold:
        drop_file_cache()

    from sqlalchemy import event, select

    from akimdesk.db import Database
    from akimdesk.models import Territory
    from akimdesk.services.home import home_view

    database = Database.open(args.db, upgrade_schema=False)
    with database.session() as s:
        regions = s.scalars(select(Territory.id).where(Territory.parent_id.is_(None)).order_by(Territory.kato)).all()
    spent: dict[str, float] = {}

    def before(conn, _cursor, _statement, _parameters, _context, _many):
        conn.info["started"] = time.perf_counter()

    def after(conn, _cursor, statement, _parameters, _context, _many):
        key = " ".join(statement.split())[:100]
        spent[key] = spent.get(key, 0.0) + time.perf_counter() - conn.info["started"]

    event.listen(database.engine, "before_cursor_execute", before)
    event.listen(database.engine, "after_cursor_execute", after)
    times = []
    for region in regions:
        started = time.perf_counter()
        home_view(database, region, args.year, args.today)
        times.append(time.perf_counter() - started)
    ms = [1000 * t for t in times]
    print(f"{os.path.basename(str(args.db))}: {len(regions)} regions' Home pages{' from a cold file cache' if args.cold else ''}: "
          f"total {sum(ms):.0f} ms, median {statistics.median(ms):.1f} ms, slowest {max(ms):.0f} ms")
    for statement, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {1000 * seconds:8.0f} ms  {statement}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
