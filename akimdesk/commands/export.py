"""`akimdesk export KIND ...` makes a signed package; `akimdesk verify PACKAGE.zip` checks one offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..config import default_db_path
from . import UsageError, add_db, add_signing, opened, refused_as_usage, sign_with


class DocumentNames:
    """The command-line names of the documents, looked up only when an export is parsed or its help shown:
    listing them imports every document builder, which a start of the window does not need."""

    def _names(self) -> list[str]:
        from ..services.exports import document_kinds

        return [k.cli for k in document_kinds()]

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


def register(sub) -> None:
    ex = sub.add_parser("export", help="export a document as a signed package (zip: xlsx, pdf, manifest, signature)",
                        description="At the Government (a database that took in the regions' data packages), "
                                    "`--region all` makes the consolidated documents of every region with the "
                                    "region as a column: the calendars for the Presidential Administration "
                                    "(calendar), the central-issues list (central-issues) and the quarterly "
                                    "update (quarterly), the last two also for one body with --body CODE.")
    ex.add_argument("kind", choices=DocumentNames(), metavar="KIND", help="the document: %(choices)s")
    add_db(ex)
    ex.add_argument("--region", required=True, help="region code: 39 or 390000000; `all`: every region "
                    "(calendar, central-issues, quarterly)")
    ex.add_argument("--period", required=True, help="2026, 2026-H1 or 2026-Q3")
    ex.add_argument("--lang", required=True, choices=("ru", "kk"), help="language of the documents")
    ex.add_argument("--out", required=True, type=Path, help="folder the package is written into")
    add_signing(ex)
    ex.add_argument("--meeting", metavar="ID", help="the meeting (for `meeting`)")
    ex.add_argument("--body", metavar="CODE", help="the central-issues or quarterly list of one responsible body "
                    "(its code or name): one file set per body")
    ex.add_argument("--include-personal-data", action="store_true",
                    help="show applicants' names and contacts unmasked (masked by default)")
    ex.set_defaults(handler=run_export)
    ve = sub.add_parser("verify", help="verify a package offline: hashes, unlisted files, signatures, signer",
                        description="Exit codes: 0 valid and the signer chains to a trusted root; 1 a check failed "
                                    "(each failure names its reason); 2 not a package or unreadable input; "
                                    "3 intact, but no trusted root was at hand to judge the signer.")
    ve.add_argument("package", type=Path)
    add_db(ve)
    ve.add_argument("--trust", type=Path, action="append", metavar="CERT.pem",
                    help="also trust this root certificate (repeatable); the trust store is always used")
    ve.add_argument("--json", action="store_true", help="print the result as JSON")
    ve.set_defaults(handler=run_verify)


def run_export(args) -> int:
    from ..services.exports import USER_ERRORS, BadPeriod, ExportRequest, export_package
    from ..services.signing import SigningError, open_signer

    if args.kind == "meeting" and not args.meeting:
        raise UsageError("the meeting report needs --meeting ID")
    choice = sign_with(args)
    with refused_as_usage(SigningError):
        signer = open_signer(choice)
    with opened(args, *USER_ERRORS, SigningError, BadPeriod) as database:
        result = export_package(database, ExportRequest(
            kind=args.kind, region=args.region, period=args.period, lang=args.lang, out_dir=args.out,
            meeting_id=args.meeting, include_personal_data=args.include_personal_data, body=args.body), signer)
    print(result.path)
    return 0


def run_verify(args) -> int:
    """Exit 0 valid and trusted, 1 a check failed, 2 not a package, 3 intact but no trusted root at hand."""
    from ..files import regular_input
    from ..services.packages import PackageUnreadable, verify

    try:  # a FIFO or a device would make the reader wait forever
        for path in [args.package, *(args.trust or [])]:
            regular_input(path)
    except OSError as exc:
        raise UsageError(exc.strerror or str(exc)) from None
    with refused_as_usage(PackageUnreadable):
        if args.db is None and not default_db_path().exists():
            result = verify(args.package, args.trust)  # no database yet: only the roots given here
        else:
            with opened(args) as database:
                result = verify(args.package, args.trust, database)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return result.exit_code
    print(f"Package: {result.package}")
    m = result.manifest or {}
    if m:
        region = m.get("region") or {}
        period = (m.get("period") or {}).get("code", "")
        print(f"Document: {m.get('kind')}, {region.get('kato', '')} {region.get('name', '')}, {period}, {m.get('language')}")
    if result.signer:
        print(f"Signed by: {result.signer.describe()}, issued by {result.signer.issuer}")
    if result.signed_at:
        print(f"Time-stamped: {result.signed_at:%d.%m.%Y %H:%M:%S} UTC")
    width = max((len(c.file) for c in result.checks), default=10)
    for c in result.checks:
        reason = f" [{c.reason}]" if c.reason else ""
        print(f"{'ok' if c.ok else 'FAIL':5} {c.file:{width}}  {c.check}: {c.detail}{reason}")
    if result.exit_code == 0:
        print("Result: VALID (the signer chains to a trusted root)")
    elif result.exit_code == 3:
        print("Result: INTACT, SIGNER NOT JUDGED: no trusted root is at hand "
              "(add the NCA roots with `akimdesk trust add`, or give --trust ROOT.pem)")
    else:
        print(f"Result: NOT VALID ({len(result.failures)} check(s) failed: "
              f"{', '.join(sorted({c.reason for c in result.failures}))})")
    return result.exit_code
