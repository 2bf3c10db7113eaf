"""`akimdesk user add|list|change|disable`: the people of the apparatus (administrators only)."""

from __future__ import annotations

import json
import sys

from . import ArgumentParser, add_db, opened, secret

ROLES_HELP = "roles, comma-separated: administrator, planner, secretary, register, exporter, viewer"


def _password(args) -> str | None:
    """The new login password from `--password-env VAR` (never from the command line itself)."""
    return secret(args, None, "")


def register(sub) -> None:
    user = sub.add_parser("user", help="people, their roles and territory")
    u_sub = user.add_subparsers(dest="user_command", required=True, parser_class=ArgumentParser)
    add = u_sub.add_parser("add", help="add a person (on a server also a database login)")
    change = u_sub.add_parser("change", help="change a person's roles, territory or password")
    for sp in (add, change):
        add_db(sp)
        sp.add_argument("login")
        sp.add_argument("--role", required=sp is add, help=ROLES_HELP)
        sp.add_argument("--territory", metavar="KATO", help="the unit whose subtree the person works on "
                                                           "(default: the whole country)")
        sp.add_argument("--name", default=None, help="full name")
        sp.add_argument("--password-env", metavar="VAR", help="the login password is in this environment variable")
    for sp in (change, dis := u_sub.add_parser("disable", help="disable a person (kept in the audit trail)")):
        sp.add_argument("--if-version", type=int, metavar="N", help="refuse when the person is no longer at version "
                        "N (the row_version `user list --json` showed): someone changed them meanwhile")
    add.set_defaults(handler=run_add)
    change.set_defaults(handler=run_change)
    ls = u_sub.add_parser("list", help="list people")
    add_db(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    add_db(dis)
    dis.add_argument("login")
    dis.set_defaults(handler=run_disable)


def _roles(text: str | None) -> list[str] | None:
    return [r.strip() for r in text.split(",") if r.strip()] if text is not None else None


def _seen(database, args) -> int:
    """The version the change goes over: the one given, else the person as read just now."""
    from ..services import people

    return args.if_version if args.if_version is not None else people.person_version(database, args.login)


def run_add(args) -> int:
    from ..services import people

    with opened(args) as database:
        people.add_person(database, args.login, _roles(args.role), args.territory, args.name or "", _password(args))
    print(f"Added {args.login}.")
    return 0


def run_change(args) -> int:
    from ..services import people

    with opened(args) as database:
        people.change_person(database, args.login, _roles(args.role), args.territory, _password(args),
                             expected_version=_seen(database, args))
    print(f"Changed {args.login}.")
    return 0


def run_disable(args) -> int:
    from ..services import people

    with opened(args) as database:
        people.disable_person(database, args.login, _seen(database, args))
    print(f"Disabled {args.login}.")
    return 0


def run_list(args) -> int:
    from ..services import people

    with opened(args) as database:
        rows = people.people(database)
    if args.json:
        json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in rows:
        state = "" if r.active else "  (disabled)"
        print(f"{r.login:20}  {','.join(r.roles):30}  {r.territory_kato or 'all':9}  {r.full_name}{state}")
    return 0
