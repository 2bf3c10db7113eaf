"""`akimdesk issue list`: the problem-issue register from the command line."""

from __future__ import annotations

import json
import sys

from . import ArgumentParser, UsageError, add_db, open_db


def register(sub) -> None:
    issue = sub.add_parser("issue", help="the problem-issue register")
    i_sub = issue.add_subparsers(dest="issue_command", required=True, parser_class=ArgumentParser)
    il = i_sub.add_parser("list", help="list problem issues, newest first")
    add_db(il)
    il.add_argument("--region", metavar="KATO", help="only this unit and everything under it: 39, 390000000, 392400000")
    il.add_argument("--status", metavar="S", help="only this status code (new, in_progress, resolved, ...)")
    il.add_argument("--overdue", action="store_true", help="only open issues past their deadline")
    il.add_argument("--search", metavar="TEXT", help="words in the text, any case, Russian or Kazakh")
    il.add_argument("--json", action="store_true", help="print JSON (personal data masked)")
    il.set_defaults(handler=run_list)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def as_json(row) -> dict:
    """One issue for scripts; the citizen's name and contact are masked."""
    from ..issues.privacy import citizen_fields

    name, contact = citizen_fields(row.citizen_name, row.citizen_contact)
    return {
        "id": str(row.id),
        "text": row.text,
        "status": row.status_code,
        "closed": row.closed,
        "raised_on": _iso(row.raised_on),
        "deadline": _iso(row.deadline),
        "original_deadline": _iso(row.original_deadline),
        "closed_on": _iso(row.closed_on),
        "territory": row.kato,
        "territory_id": str(row.territory_id),
        "area_id": None if row.kato else str(row.territory_id),  # meeting areas have no KATO code
        "territory_name_ru": row.unit_ru,
        "territory_name_kk": row.unit_kk,
        "category": row.category_en or None,
        "competence_level": row.competence_level,
        "responsible_body": row.body_ru or None,
        "responsible_body_code": row.body_code,
        "meeting_id": str(row.meeting_id) if row.meeting_id else None,
        "citizen_name": name,
        "citizen_contact": contact,
    }


def run_list(args) -> int:
    from ..issues.search import words
    from ..services import register as service

    database = open_db(args)
    try:
        known = {c.code for c in service.statuses(database)}
        if args.status is not None and args.status not in known:
            raise UsageError(f"unknown status '{args.status}'; known: {', '.join(sorted(known))}")
        if args.search is not None and not words(args.search):
            raise UsageError(f"--search '{args.search}' has no words to search for")
        territory_id = None
        if args.region is not None:
            try:
                territory_id = service.territory_by_kato(database, args.region).id
            except service.FilterError as exc:
                raise UsageError(str(exc)) from None
        flt = service.IssueFilter(territory_id=territory_id, statuses=(args.status,) if args.status else (),
                                  overdue=args.overdue, search=args.search or "")
        rows = service.iter_issues(database, flt)
        if args.json:
            _write_json(rows)
        else:
            count = 0
            for r in rows:
                deadline = r.deadline.isoformat() if r.deadline else "-"
                text = " ".join(r.text.split())
                print(f"{r.raised_on.isoformat()}  {r.kato or '-':9}  {r.status_code:17}  {deadline:10}  {text[:90]}")
                count += 1
            print(f"{count} issue(s)", file=sys.stderr)
    finally:
        database.close()
    return 0


def _write_json(rows) -> None:
    """A JSON list written as it is read, so half a million issues never sit in memory at once."""
    out = sys.stdout
    out.write("[")
    written = 0
    for row in rows:
        out.write(",\n " if written else "\n ")
        out.write(json.dumps(as_json(row), ensure_ascii=False))
        written += 1
    out.write("\n]\n" if written else "]\n")
