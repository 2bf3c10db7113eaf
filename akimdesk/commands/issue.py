"""`akimdesk issue list`: the problem-issue register from the command line."""

from __future__ import annotations

import json
import sys

from . import ArgumentParser, UsageError, add_db, opened


def register(sub) -> None:
    issue = sub.add_parser("issue", help="the problem-issue register")
    i_sub = issue.add_subparsers(dest="issue_command", required=True, parser_class=ArgumentParser)
    il = i_sub.add_parser("list", help="list problem issues, newest first")
    add_db(il)
    il.add_argument("--region", metavar="KATO", help="only this unit and everything under it: 39, 390000000, 392400000")
    il.add_argument("--status", metavar="S", help="only this status code (new, in_progress, resolved, ...)")
    il.add_argument("--overdue", action="store_true", help="only open issues past their deadline")
    il.add_argument("--search", metavar="TEXT",
                    help="words in the text, any case, Russian or Kazakh; or a registration number (39-2026-54-000123)")
    il.add_argument("--json", action="store_true", help="print JSON (personal data masked)")
    il.set_defaults(handler=run_list)


def run_list(args) -> int:
    from ..services import register as service

    with opened(args) as database:
        flt = _filter(args, database)
        rows = service.iter_issues(database, flt)
        if args.json:
            _write_json(rows)
        else:
            count = 0
            for r in rows:
                deadline = r.deadline.isoformat() if r.deadline else "-"
                text = " ".join(r.text.split())
                print(f"{r.registration_number or '-':17}  {r.raised_on.isoformat()}  {r.kato or '-':9}  "
                      f"{r.status_code:17}  {deadline:10}  {text[:90]}")
                count += 1
            print(f"{count} issue(s)", file=sys.stderr)
    return 0


def _filter(args, database):
    """The filter the options ask for; options naming nothing to find are refused."""
    from ..services import register as service

    known = {c.code for c in service.statuses(database)}
    if args.status is not None and args.status not in known:
        raise UsageError(f"unknown status '{args.status}'; known: {', '.join(sorted(known))}")
    if args.search is not None and not service.search_words(args.search):
        raise UsageError(f"--search '{args.search}' has no words to search for")
    territory_id = None
    if args.region is not None:
        try:
            territory_id = service.territory_id_by_kato(database, args.region)
        except service.FilterError as exc:
            raise UsageError(str(exc)) from None
    return service.IssueFilter(territory_id=territory_id, statuses=(args.status,) if args.status else (),
                               overdue=args.overdue, search=args.search or "")


def _write_json(rows) -> None:
    """A JSON list written as it is read, so half a million issues never sit in memory at once."""
    from ..services.register import public_record

    out = sys.stdout
    out.write("[")
    written = 0
    for row in rows:
        out.write(",\n " if written else "\n ")
        out.write(json.dumps(public_record(row), ensure_ascii=False))
        written += 1
    out.write("\n]\n" if written else "]\n")
