"""`akimdesk audit list [--since D] [--user LOGIN] [--entity KIND] [--json]`."""

from __future__ import annotations

import datetime as dt
import json
import sys

from . import ArgumentParser, UsageError, add_db, opened


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--since: not a date (YYYY-MM-DD): {text}") from None


def register(sub) -> None:
    audit = sub.add_parser("audit", help="the audit trail: who changed what and when")
    a_sub = audit.add_subparsers(dest="audit_command", required=True, parser_class=ArgumentParser)
    al = a_sub.add_parser("list", help="events, newest first")
    add_db(al)
    al.add_argument("--since", help="from this day on (YYYY-MM-DD)")
    al.add_argument("--user", metavar="LOGIN", help="only this person's changes")
    al.add_argument("--entity", metavar="KIND", help="only this kind of record, e.g. meeting, problem_issue")
    al.add_argument("--limit", type=int, default=1000, help="at most this many events (default 1000)")
    al.add_argument("--json", action="store_true", help="print JSON with before and after values")
    al.set_defaults(handler=run_list)


def run_list(args) -> int:
    from ..services import audit_trail

    since = _day(args.since) if args.since else None
    with opened(args) as database:
        rows = audit_trail.audit_events(database, since, args.user, args.entity, args.limit)
    if args.json:
        json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
        return 0
    for r in rows:
        changed = ", ".join(f"{k}: {(r.before or {}).get(k)!r} -> {v!r}" for k, v in (r.after or {}).items()) \
            if r.action == "update" else ""
        print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.actor:16}  {r.action:6}  {r.entity:18}  {r.entity_id}  {changed}")
    return 0
