"""`akimdesk calendar plan|import|check|ics|maslikhat|approve|submit|correct|status`: the annual calendar
from the command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from . import ArgumentParser, UsageError, add_db, opened, write_output


def register(sub) -> None:
    cal = sub.add_parser("calendar", help="the annual calendar of meetings")
    c_sub = cal.add_subparsers(dest="calendar_command", required=True, parser_class=ArgumentParser)

    def common(name: str, text: str, handler):
        p = c_sub.add_parser(name, help=text)
        add_db(p)
        p.add_argument("--region", required=True, help="region: 39 or 390000000")
        p.add_argument("--year", type=int, required=True)
        p.set_defaults(handler=handler)
        return p

    plan = common("plan", "add to the draft what the decree still requires", run_plan)
    plan.add_argument("--edition", help="decree edition code (default: the one in force for the year)")
    plan.add_argument("--max-per-day", type=int, default=1, help="field meetings per akim per day (default 1)")
    plan.add_argument("--correction", metavar="REASON",
                      help="the calendar is approved: open a correction with this reason and plan into it")
    imp = common("import", "add meetings from a CSV/XLSX file (date, organizer, target[, time, venue, topic])",
                 run_import)
    imp.add_argument("file", type=Path)
    chk = common("check", "check the calendar against the decree (exit 0 compliant, 1 not, 2 bad input)", run_check)
    chk.add_argument("--json", action="store_true")
    chk.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="language of the messages")
    ics = common("ics", "export the calendar (or one akim's meetings) as an .ics file", run_ics)
    ics.add_argument("--out", type=Path, required=True)
    ics.add_argument("--akim", help="only the meetings of the akim of this unit (KATO code)")
    ics.add_argument("--lang", choices=("ru", "kk"), default="ru")
    _register_steps(common)
    gov = c_sub.add_parser("government", help="the Government's step: which regions' approved calendars arrived "
                           "by 20 January, and their submission by 1 February (exit 0 done, 1 findings)")
    add_db(gov)
    gov.add_argument("--year", type=int, required=True)
    gov.add_argument("--json", action="store_true")
    gov.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="language of the messages")
    gov.set_defaults(handler=run_government)
    adm = c_sub.add_parser("administration", help="record that the regions' approved calendars went to the "
                           "Presidential Administration")
    add_db(adm)
    adm.add_argument("--year", type=int, required=True)
    adm.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD or DD.MM.YYYY")
    adm.add_argument("--number", required=True, help="the outgoing number of the letter")
    adm.set_defaults(handler=run_administration)


def _register_steps(common) -> None:
    mas = common("maslikhat", "record the maslikhat's agreement or notice for the latest version", run_maslikhat)
    mas.add_argument("--kind", choices=("agreement", "notice"), required=True)
    mas.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD or DD.MM.YYYY")
    mas.add_argument("--number", required=True, help="the number of the maslikhat's decision or notice")
    app = common("approve", "approve the latest version", run_approve)
    app.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD or DD.MM.YYYY")
    app.add_argument("--by", required=True, help="who approved it")
    sub = common("submit", "record that the approved calendar was sent to the Government", run_submit)
    sub.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD or DD.MM.YYYY")
    sub.add_argument("--number", required=True, help="the outgoing number of the letter")
    cor = common("correct", "open a correction: a new draft version with its reason", run_correct)
    cor.add_argument("--reason", required=True)
    for step in (mas, app, sub, cor):
        step.add_argument("--if-version", type=_seen, metavar="N:R", help="refuse when the latest version is no longer "
                          "N at row version R (the if_version `calendar status --json` printed): someone took a step "
                          "or opened a correction meanwhile")
    sta = common("status", "the calendar's versions, their state, dates and edition", run_status)
    sta.add_argument("--json", action="store_true")


def _seen(text: str) -> tuple[int, int]:
    number, _, row_version = text.partition(":")
    if not (number.strip().isdigit() and row_version.strip().isdigit()):
        raise UsageError(f"'{text}' is not a version: write NUMBER:ROW_VERSION as `calendar status --json` prints it")
    return int(number), int(row_version)


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UsageError(f"'{text}' is not a date: write YYYY-MM-DD or DD.MM.YYYY")


def run_plan(args) -> int:
    from ..services import calendar as service

    if not 1 <= args.max_per_day <= 4:
        raise UsageError("--max-per-day must be from 1 to 4")
    with opened(args, service.WorkflowError) as database:
        outcome = service.plan(database, args.region, args.year, args.edition, args.max_per_day, args.correction)
    print(f"Calendar {args.year}, version {outcome.version} (draft): {outcome.added} meetings added, "
          f"{outcome.total} in all")
    for organizer, _, target, _, period in outcome.unplaceable:
        print(f"could not place: {organizer} -> {target}, {period}", file=sys.stderr)
    return 1 if outcome.unplaceable else 0


def run_import(args) -> int:
    from ..services import calendar as service

    try:
        with opened(args, service.WorkflowError) as database:
            added = service.import_file(database, args.region, args.year, args.file)
    except service.CalendarImportRefused as refused:
        if refused.file_problem:
            raise UsageError(f"{args.file}: {refused.file_problem}; nothing was imported") from None
        for err in refused.errors[1:]:  # the first is in the error line, which stays one line for one bad row
            print(f"{args.file}: {err.message}", file=sys.stderr)
        more = f" (and {len(refused.errors) - 1} more bad row(s) above)" if len(refused.errors) > 1 else ""
        raise UsageError(f"{args.file}: {refused.errors[0].message}{more}; nothing was imported") from None
    print(f"Imported {added} meetings into the {args.year} calendar")
    return 0


def run_check(args) -> int:
    from ..services import calendar as service

    with opened(args, service.WorkflowError) as database:
        report = service.check(database, args.region, args.year)
    if args.json:
        json.dump(report.as_json(args.lang), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for v in report.violations:
            print(f"[{v.kind}] {v.message(args.lang)}")
        for v in report.draft_violations:  # a correction waiting for the maslikhat, judged apart
            print(f"[draft {report.draft_version}: {v.kind}] {v.message(args.lang)}")
        print("compliant" if report.compliant else f"{len(report.violations)} problem(s)")
    return 0 if report.compliant else 1


def run_ics(args) -> int:
    from ..services import calendar as service

    with opened(args, service.WorkflowError) as database:
        data = service.ics_data(database, args.region, args.year, args.lang, args.akim)
    write_output(data, args.out)
    return 0


def _step(args, action, done: str) -> int:
    from ..services import calendar_steps as steps

    with opened(args, steps.WorkflowError) as database:
        number = action(steps, database)
    print(f"Calendar {args.year}, version {number}: {done}")
    return 0


def run_maslikhat(args) -> int:
    return _step(args, lambda st, d: st.record_maslikhat(d, args.region, args.year, args.kind, args.date, args.number,
                                                         args.if_version),
                 f"maslikhat's {args.kind} {args.number} of {args.date.isoformat()} recorded")


def run_approve(args) -> int:
    return _step(args, lambda st, d: st.approve(d, args.region, args.year, args.date, args.by, args.if_version),
                 f"approved on {args.date.isoformat()}")


def run_submit(args) -> int:
    return _step(args, lambda st, d: st.submit(d, args.region, args.year, args.date, args.number, args.if_version),
                 f"sent to the Government on {args.date.isoformat()}, No. {args.number}")


def run_correct(args) -> int:
    return _step(args, lambda st, d: st.correct(d, args.region, args.year, args.reason, args.if_version),
                 "correction opened (draft)")


def run_status(args) -> int:
    from ..services import calendar_steps as steps

    with opened(args, steps.WorkflowError) as database:
        state = steps.status(database, args.region, args.year)
    if args.json:
        json.dump(state, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"Calendar {state['year']} of {state['region']}, edition {state['edition']}")
    for v in state["versions"]:
        print(f"version {v['number']}: {v['state']}, {v['meetings']} meetings"
              + (f", approved {v['approved_on']} by {v['approved_by']}" if v["approved_on"] else "")
              + (f", submitted {v['submitted_on']} No. {v['submission_reference']}" if v["submitted_on"] else ""))
    return 0


def run_government(args) -> int:
    from ..services import calendar_government as service

    with opened(args, service.WorkflowError) as database:
        view = service.government_view(database, args.year)
    if args.json:
        json.dump(view.as_json(args.lang), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in view.regions:
            sent = r.sent_on.isoformat() if r.sent_on else "not arrived"
            print(f"{r.kato} {r.name_ru}: {sent}{'' if r.in_time or not r.sent_on else ' (late)'}")
        for v in view.violations:
            print(f"[{v.kind}] {v.message(args.lang)}")
    return 0 if not view.violations else 1


def run_administration(args) -> int:
    from ..services import calendar_government as service

    with opened(args, service.WorkflowError) as database:
        sent = service.record_administration_submission(database, args.year, args.date, args.number)
    print(f"Calendars {args.year} of {len(sent)} region(s) submitted to the Presidential Administration on "
          f"{args.date.isoformat()}, No. {args.number}")
    return 0
