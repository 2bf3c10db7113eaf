"""The national data set on PostgreSQL: the same rows as a generated SQLite file, for the register benchmark.

    PYTHONPATH=$PWD python benchmarks/national_postgres.py /tmp/national.sqlite postgresql+psycopg://…/akimdesk
    PYTHONPATH=$PWD python benchmarks/register_bench.py --db postgresql+psycopg://…/akimdesk

The target database must hold no tables. AkimDesk's own migrations make the schema (indexes included, as a
shared server gets them); every row of every table is then sent with COPY in one transaction, as the program's
`db copy` would send it row by row (too slow for 1.1 million rows), with the triggers off while the rows come
and then run once over every issue (the units of migration 0018), and the tables are analysed. Not a test
and not shipped.
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import inspect


def copy_to_postgres(sqlite_path: str, url: str, say=print) -> dict[str, int]:
    from akimdesk.db import make_engine, upgrade
    from akimdesk.models import Base

    source = make_engine(f"sqlite:///{sqlite_path}", read_only=True)
    target = make_engine(url)
    if inspect(target).get_table_names():
        raise SystemExit("the target database already has tables: give an empty one")
    upgrade(target, backup=False)
    counts: dict[str, int] = {}
    raw = target.raw_connection()
    try:
        pg = raw.driver_connection
        with pg.cursor() as cur:
            cur.execute("SET session_replication_role = replica")  # rows come whole: no triggers, no FK checks
            with source.connect() as src:
                for table in Base.metadata.sorted_tables:
                    t0 = time.perf_counter()
                    names = [c.name for c in table.columns]
                    cur.execute("SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = %s",
                                (table.name,))
                    pg_types = dict(cur.fetchall())
                    columns = ", ".join(f'"{n}"' for n in names)
                    rows = src.execution_options(yield_per=5000).execute(table.select())
                    with cur.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
                        copy.set_types([pg_types[n] for n in names])
                        n = 0
                        for row in rows:
                            copy.write_row(tuple(row))
                            n += 1
                    counts[table.name] = n
                    if n:
                        say(f"{table.name}: {n:,} rows in {time.perf_counter() - t0:.1f} s")
            cur.execute("SET session_replication_role = DEFAULT")
            # what the skipped triggers write: each issue's units (migration 0018), by the trigger itself
            cur.execute("UPDATE problem_issue SET territory_id = territory_id")
        pg.commit()
        pg.autocommit = True
        with pg.cursor() as cur:
            cur.execute("VACUUM ANALYZE")
    finally:
        raw.close()
        source.dispose()
        target.dispose()
    return counts


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    t0 = time.perf_counter()
    counts = copy_to_postgres(sys.argv[1], sys.argv[2])
    print(f"{sum(counts.values()):,} rows in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
