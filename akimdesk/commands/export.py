"""`akimdesk export KIND ...` makes a signed package; `akimdesk verify PACKAGE.zip` checks one offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import UsageError, add_db, opened, refused_as_usage, sign_with

# commands.exchange still imports the password prompt from here; drop once it uses sign_with(args)


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
    ex = sub.add_parser("export", help="export a document as a signed package (zip: xlsx, pdf, manifest, signature)")
    ex.add_argument("kind", choices=DocumentNames(), metavar="KIND", help="the document: %(choices)s")
    add_db(ex)
    ex.add_argument("--region", required=True, help="region code: 39 or 390000000")
    ex.add_argument("--period", required=True, help="2026, 2026-H1 or 2026-Q3")
    ex.add_argument("--lang", required=True, choices=("ru", "kk"), help="language of the documents")
    ex.add_argument("--out", required=True, type=Path, help="folder the package is written into")
    ex.add_argument("--sign", type=Path, metavar="KEY.p12", help="sign with this PKCS#12 key file")
    ex.add_argument("--password-env", metavar="VAR", help="environment variable holding the key's password")
    ex.add_argument("--meeting", metavar="ID", help="the meeting (for `meeting`)")
    ex.add_argument("--include-personal-data", action="store_true",
                    help="show applicants' names and contacts unmasked (masked by default)")
    ex.set_defaults(handler=run_export)
    ve = sub.add_parser("verify", help="verify a package offline: hashes, unlisted files, signatures, signer")
    ve.add_argument("package", type=Path)
    ve.add_argument("--trust", type=Path, action="append", metavar="CERT.pem",
                    help="trusted root certificate (repeatable); without it the chain of trust is not checked")
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
            meeting_id=args.meeting, include_personal_data=args.include_personal_data), signer)
    print(result.path)
    return 0


def run_verify(args) -> int:
    from ..services.packages import PackageUnreadable, verify

    with refused_as_usage(PackageUnreadable):
        result = verify(args.package, args.trust)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0 if result.ok else 1
    print(f"Package: {result.package}")
    m = result.manifest or {}
    if m:
        region = m.get("region") or {}
        period = (m.get("period") or {}).get("code", "")
        print(f"Document: {m.get('kind')}, {region.get('kato', '')} {region.get('name', '')}, {period}, {m.get('language')}")
    if result.signer:
        print(f"Signed by: {result.signer.describe()}, issued by {result.signer.issuer}")
    width = max((len(c.file) for c in result.checks), default=10)
    for c in result.checks:
        print(f"{'ok' if c.ok else 'FAIL':5} {c.file:{width}}  {c.check}: {c.detail}")
    if result.ok:
        print("Result: VALID")
        if not result.trust_checked:
            print("(the signer's certificate was not checked against a trusted root: give --trust ROOT.pem)")
        return 0
    print(f"Result: NOT VALID ({len(result.failures)} check(s) failed)")
    return 1
