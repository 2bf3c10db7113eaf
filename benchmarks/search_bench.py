"""Full-text search of the register on a national data set, through the services (not a test).

    PYTHONPATH=$PWD python benchmarks/search_bench.py --db /tmp/national.sqlite [--repeat 5]

For each query: the first page (what the register shows first) and the exact count (what it counts in
the background), median of the runs after one warm-up. Compare two databases (before and after a
change of the search index) by running it on each, one after the other, on a quiet machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

QUERIES = [
    ("ru 'газ' (region)", "region", "газ"),
    ("kk 'ҚЫСЫМЫ' (region)", "region", "ҚЫСЫМЫ"),
    ("ru 'освещ' (country)", None, "освещ"),
    ("kk 'ауылының' (country)", None, "ауылының"),
    ("ru 'дорог' 'ремонт' (country)", None, "дорог ремонт"),
]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--region", default="390000000", help="KATO code of the region of the regional searches")
    args = p.parse_args()

    from akimdesk.db import Database
    from akimdesk.services.register import IssueFilter, issue_count, issue_page, territory_id_by_kato

    db = Database.open(args.db)
    region = territory_id_by_kato(db, args.region)
    print("| search | first page, ms | count, ms | found |\n|---|---:|---:|---:|")
    for name, scope, words in QUERIES:
        flt = IssueFilter(territory_id=region if scope else None, search=words)
        page_t, count_t = [], []
        for i in range(args.repeat + 1):
            t0 = time.perf_counter()
            issue_page(db, flt)
            t1 = time.perf_counter()
            found = issue_count(db, flt)
            t2 = time.perf_counter()
            if i:
                page_t.append(t1 - t0)
                count_t.append(t2 - t1)
        print(f"| {name} | {statistics.median(page_t) * 1000:,.1f} | {statistics.median(count_t) * 1000:,.1f} "
              f"| {found:,} |")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
