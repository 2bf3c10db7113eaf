"""`akimdesk meeting list|print`: meetings from the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from . import ArgumentParser, UsageError, add_db, opened, write_output

DOCUMENTS = ("agenda", "attendance", "minutes")


def register(sub) -> None:
    meeting = sub.add_parser("meeting", help="meetings held and planned")
    m_sub = meeting.add_subparsers(dest="meeting_command", required=True, parser_class=ArgumentParser)
    ls = m_sub.add_parser("list", help="the region's meetings of a year (and the calendar's not logged yet)")
    add_db(ls)
    ls.add_argument("--region", required=True, help="region: 39 or 390000000")
    ls.add_argument("--year", type=int, default=dt.date.today().year)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    pr = m_sub.add_parser("print", help="print the agenda, attendance sheet or minutes to PDF")
    add_db(pr)
    pr.add_argument("document", choices=DOCUMENTS)
    pr.add_argument("--id", required=True, help="the meeting's id (from `meeting list --json`)")
    pr.add_argument("--lang", choices=("ru", "kk"), default="ru")
    pr.add_argument("--out", type=Path, required=True)
    pr.set_defaults(handler=run_print)


def run_list(args) -> int:
    from ..services.meetings import meeting_rows, region_id

    if not 2000 <= args.year <= 2100:
        raise UsageError(f"year {args.year} is out of range")
    with opened(args) as database:
        rows = meeting_rows(database, region_id(database, args.region), args.year)
    if args.json:
        out = [{"id": r.meeting_id, "planned_id": r.planned_id, "date": r.date.isoformat(), "status": r.status,
                "organizer": r.organizer_kato, "target": r.target_ref, "off_calendar": r.off_calendar_reason is not None,
                "off_calendar_reason": r.off_calendar_reason, "venue": r.venue, "attendance": r.attendance,
                "failed_checks": r.failed_checks} for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            kind = "off-calendar" if r.off_calendar_reason else "calendar"
            print(f"{r.date:%d.%m.%Y}  {r.status:17}  {kind:12}  {r.akim_ru} — {r.unit_ru}")
    return 0


def run_print(args) -> int:
    from ..services.exports import print_document

    with opened(args) as database:
        data = print_document(database, args.id, args.document, args.lang)
    write_output(data, args.out)
    return 0
