"""`akimdesk trust add|list|remove`: the trust store of NCA RK roots, intermediates and revocation lists that
`verify`, the Verify dialog and exchange import judge signers against."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import add_db, opened


def register(sub) -> None:
    tr = sub.add_parser("trust", help="the trust store: NCA RK root and intermediate certificates, CRLs")
    add_db(tr)
    tsub = tr.add_subparsers(dest="trust_command", required=True)
    add = tsub.add_parser("add", help="trust the certificates (or CRL) in a .cer/.crt/.pem/.crl file")
    add_db(add)
    add.add_argument("file", type=Path, metavar="FILE.cer|.pem|.crt|.crl")
    add.set_defaults(handler=run_add)
    ls = tsub.add_parser("list", help="list the trusted certificates and revocation lists")
    add_db(ls)
    ls.add_argument("--json", action="store_true", help="print the list as JSON")
    ls.set_defaults(handler=run_list)
    rm = tsub.add_parser("remove", help="stop trusting a certificate (SHA-256 fingerprint or a unique prefix)")
    add_db(rm)
    rm.add_argument("fingerprint")
    rm.set_defaults(handler=run_remove)


def run_add(args) -> int:
    from ..services.trust import NotATrustFile, add_trusted

    with opened(args, NotATrustFile) as database:
        entries = add_trusted(database, args.file)
    for e in entries:
        print(f"Trusted {e.kind}: {e.subject} ({e.fingerprint})")
    return 0


def run_list(args) -> int:
    from ..services.trust import trusted_certificates

    with opened(args) as database:
        entries = trusted_certificates(database)
    if args.json:
        json.dump([e.as_dict() for e in entries], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not entries:
        print("The trust store is empty: add the NCA RK root certificates with `akimdesk trust add FILE.cer`")
    for e in entries:
        until = f", until {e.not_after:%d.%m.%Y}" if e.not_after else ""
        print(f"{e.fingerprint}  {e.kind:11}  {e.subject}{until}")
    return 0


def run_remove(args) -> int:
    from ..services.trust import NotInTrustStore, remove_trusted

    with opened(args, NotInTrustStore) as database:
        entry = remove_trusted(database, args.fingerprint)
    print(f"No longer trusted: {entry.subject} ({entry.fingerprint})")
    return 0
