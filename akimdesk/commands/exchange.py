"""`akimdesk exchange export|import|completeness|conflicts|resolve|trust`: data packages between levels."""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from . import UsageError, add_db, add_signing, key_password, opened, refused_as_usage, sign_with


def register(sub) -> None:
    ex = sub.add_parser("exchange", help="signed data packages between district, oblast and Government")
    cmds = ex.add_subparsers(dest="exchange_command", required=True, parser_class=type(ex))
    out = cmds.add_parser("export", help="export a unit's data (a period, or what changed since the last package)")
    add_db(out)
    out.add_argument("--unit", required=True, metavar="KATO", help="the unit whose data is sent (9 digits)")
    what = out.add_mutually_exclusive_group()
    what.add_argument("--since-last", metavar="RECIPIENT",
                      help="everything changed since the last package sent to this recipient")
    what.add_argument("--period", metavar="P", help="2026, 2026-H1 or 2026-Q3")
    out.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder the package is written into")
    add_signing(out)  # data packages are signed
    sealed = out.add_mutually_exclusive_group()
    sealed.add_argument("--to-cert", type=Path, metavar="RECIPIENT.cer",
                        help="encrypt the package for the recipient's certificate (CMS, AES-256); written as .zip.p7m")
    sealed.add_argument("--in-clear", action="store_true",
                        help="send citizens' personal data unencrypted, on purpose (recorded in the manifest); "
                             "without it a package carrying personal data needs --to-cert")
    out.set_defaults(handler=run_export)
    imp = cmds.add_parser("import", help="check and merge a data package (exit 0 merged, 1 refused or conflicts, 2 bad input)")
    add_db(imp)
    imp.add_argument("package", type=Path, metavar="PACKAGE.zip")
    imp.add_argument("--trust", type=Path, action="append", metavar="CERT.pem",
                     help="also trust this root certificate (repeatable); the trust store (`akimdesk trust`) "
                          "is always used")
    imp.add_argument("--receipt", type=Path, metavar="FILE.json", help="save the receipt (what merged, conflicts)")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.add_argument("--dry-run", action="store_true",
                     help="print what the merge would create, change and delete (JSON); write nothing")
    imp.add_argument("--key", type=Path, metavar="KEY.p12", help="the recipient's key, to open an encrypted package")
    imp.add_argument("--password-env", metavar="VAR", help="environment variable holding the key's password")
    imp.set_defaults(handler=run_import)
    comp = cmds.add_parser("completeness", help="which units sent data for which quarter")
    add_db(comp)
    comp.add_argument("--region", metavar="KATO", help="the region whose districts send (default: the regions)")
    comp.add_argument("--year", type=int, required=True)
    comp.set_defaults(handler=run_completeness)
    con = cmds.add_parser("conflicts", help="list records changed on both sides, waiting for a decision")
    add_db(con)
    con.set_defaults(handler=run_conflicts)
    res = cmds.add_parser("resolve", help="decide a conflict: keep this database's version or take the sender's")
    add_db(res)
    res.add_argument("conflict", metavar="ID")
    res.add_argument("--keep", required=True, choices=("local", "incoming"))
    res.set_defaults(handler=run_resolve)
    tr = cmds.add_parser("trust", help="accept a signing certificate for a unit's packages (then only listed ones)")
    add_db(tr)
    tr.add_argument("--unit", required=True, metavar="KATO")
    tr.add_argument("certificate", type=Path, metavar="CERT.pem")
    tr.set_defaults(handler=run_trust)


def run_export(args) -> int:
    from ..services.exchange import (
        DataExportRequest,
        ExchangeRefused,
        PackageExists,
        PackageWriteError,
        SigningError,
        export_package,
    )
    from ..services.signing import open_signer

    if not args.sign:
        raise UsageError("data packages are signed: give --sign KEY.p12 or --sign ncalayer")
    with refused_as_usage(SigningError):
        signer = open_signer(sign_with(args))  # a bad key is said before the database is opened
    with opened(args, ExchangeRefused, SigningError, PackageExists, PackageWriteError) as database:
        result = export_package(database, DataExportRequest(unit=args.unit, out_dir=args.out, period=args.period,
                                                            since_last=args.since_last, to_cert=args.to_cert,
                                                            in_clear=args.in_clear), signer)
    if args.to_cert is None and result.personal_data:
        print("warning: the package carries citizens' personal data unencrypted (--in-clear)", file=sys.stderr)
    elif args.to_cert is None:
        print("note: the package is not encrypted (it carries no personal data)", file=sys.stderr)
    print(result.path)
    return 0


def _checked_import_args(args) -> tuple | None:
    """Refuse unusable inputs before the database is opened: a package that is not a regular file (a FIFO,
    a device), a receipt whose folder is missing or that already exists as a folder; the key and password."""
    from ..files import regular_input

    try:
        for path in [args.package, *(args.trust or []), *([args.key] if args.key else [])]:
            regular_input(path)
    except OSError as exc:
        raise UsageError(exc.strerror or str(exc)) from None
    if args.receipt and (not args.receipt.parent.is_dir() or args.receipt.is_dir()):
        raise UsageError(f"cannot write the receipt {args.receipt}: its folder does not exist or it is a folder")
    if args.password_env and not args.key:
        raise UsageError("--password-env is for --key KEY.p12")
    if not args.key:
        return None
    args.sign = args.key  # the password prompt names the key file
    return (args.key, key_password(args))


def run_import(args) -> int:
    from ..services.exchange import ExchangeRefused, import_package, preview_package

    key = _checked_import_args(args)
    with opened(args) as database:
        try:
            if args.dry_run:
                result = preview_package(database, args.package, args.trust, key=key)
                preview = {k: v for k, v in result.as_receipt().items() if k != "received_at"}
                json.dump({**preview, "dry_run": True, "merged": False}, sys.stdout, ensure_ascii=False, indent=1)
                print()
                return 0
            result = import_package(database, args.package, args.trust, key=key)
        except ExchangeRefused as exc:
            if args.json:
                json.dump({"package": str(args.package), "merged": False, "refused": exc.code, "reason": str(exc)},
                          sys.stdout, ensure_ascii=False, indent=1)
                print()
            else:
                print(f"Refused: {exc}", file=sys.stderr)
                print("Nothing was written.", file=sys.stderr)
            return 2 if exc.bad_input else 1
    receipt = result.as_receipt()
    if args.receipt:
        from ..files import write_atomically

        write_atomically((json.dumps(receipt, ensure_ascii=False, indent=1) + "\n").encode("utf-8"), args.receipt,
                         overwrite=True)
    if args.json:
        json.dump({**receipt, "merged": True}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif result.already_imported:
        print(f"{result.package}: already imported; nothing changed")
    else:
        _print_merge(result)
    return 1 if result.conflicts else 0


def _print_merge(result) -> None:
    print(f"{result.package} from {result.sender_kato}, signed by {result.signer}")
    print(f"inserted {sum(result.inserted.values())}, updated {sum(result.updated.values())}, "
          f"deleted {sum(result.deleted.values())}, unchanged {result.unchanged}, "
          f"kept newer here {result.kept_newer}, conflicts {len(result.conflicts)}")
    for c in result.conflicts:
        print(f"CONFLICT {c['entity']} {c['id']}" + (" (deleted by the sender)" if c["deleted_by_sender"] else ""))


def run_completeness(args) -> int:
    from ..services.exchange import completeness

    with opened(args) as database:
        table = completeness(database, args.region, args.year)
    print("unit       " + "  ".join(f"{p.code:>10}" for p in table.periods) + "  name")
    for row in table.rows:
        cells = [f"{c.received_at:%d.%m.%Y}" if c else "-" for c in row.cells]
        print(f"{row.kato:10} " + "  ".join(f"{c:>10}" for c in cells) + f"  {row.name_ru}"
              + ("  (sent nothing)" if row.sent_nothing else ""))
    return 0


def run_conflicts(args) -> int:
    from ..services.exchange import open_conflicts

    with opened(args) as database:
        rows = open_conflicts(database)
    for row in rows:
        print(f"{row.id}  {row.entity} {row.record_id} from {row.sender_kato}: "
              + (", ".join(row.differing_fields()) if row.incoming is not None else "deleted by the sender"))
    if not rows:
        print("No conflicts wait for a decision.")
    return 0


def run_resolve(args) -> int:
    from ..services.exchange import ExchangeRefused, resolve_conflict

    try:
        conflict_id = uuid.UUID(args.conflict)
    except ValueError:
        raise UsageError(f"{args.conflict!r} is not a conflict id") from None
    with opened(args, ExchangeRefused) as database:
        resolve_conflict(database, conflict_id, take_incoming=args.keep == "incoming")
    return 0


def run_trust(args) -> int:
    from ..services.exchange import NotACertificate, add_trusted_sender, certificate_info

    with refused_as_usage(NotACertificate):
        info = certificate_info(args.certificate)
    with opened(args) as database:
        add_trusted_sender(database, args.unit, info)
    print(f"{info.common_name} is trusted for {args.unit}")
    return 0
