"""The trust store kept in the database: NCA RK root and intermediate certificates and their revocation
lists, added by IT staff from the files the certification centre publishes (.cer, .crt, .pem, .crl).
The verifier judges every signer against them unless told otherwise."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import TrustedCertificate


class NotATrustFile(ValueError):
    """The file is not a certificate or revocation list (or cannot be read); nothing was added."""


class NotInTrustStore(LookupError):
    """No trusted certificate has that fingerprint (or the prefix names more than one)."""


@dataclass(frozen=True)
class TrustEntry:
    kind: str  # certificate or crl
    fingerprint: str
    subject: str
    issuer: str
    not_after: dt.datetime | None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "fingerprint": self.fingerprint, "subject": self.subject, "issuer": self.issuer,
                "not_after": self.not_after.isoformat() if self.not_after else None}


def _pem_blocks(data: bytes) -> list[tuple[str, bytes]]:
    import base64
    import re

    blocks = re.findall(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", data, re.S)
    return [(label.decode(), base64.b64decode(b"".join(body.split()))) for label, body in blocks]


def read_trust_file(path: Path) -> list[tuple[str, bytes, object]]:
    """(kind, DER, parsed) for every certificate or CRL in a PEM or DER file."""
    from cryptography import x509

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NotATrustFile(f"{path}: cannot be read ({exc.strerror or exc})") from None
    blocks = _pem_blocks(data) if b"-----BEGIN" in data else [("", data)]
    found = []
    for label, der in blocks:
        for kind, load in (("certificate", x509.load_der_x509_certificate), ("crl", x509.load_der_x509_crl)):
            if label and (label == "X509 CRL") != (kind == "crl"):
                continue
            try:
                found.append((kind, der, load(der)))
                break
            except ValueError:
                continue
    if not found:
        raise NotATrustFile(f"{path}: not a certificate or revocation list (.cer, .crt, .pem, .crl)")
    return found


def _pem(kind: str, der: bytes) -> str:
    import base64
    import textwrap

    label = "X509 CRL" if kind == "crl" else "CERTIFICATE"
    body = "\n".join(textwrap.wrap(base64.b64encode(der).decode("ascii"), 64))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n"


def _der(row: TrustedCertificate) -> bytes:
    return _pem_blocks(row.pem.encode("ascii"))[0][1]


def _entry(row: TrustedCertificate) -> TrustEntry:
    return TrustEntry(row.kind, row.fingerprint, row.subject, row.issuer, row.not_after)


def add_file(session: Session, path: Path) -> list[TrustEntry]:
    """Add what the file holds (already trusted ones are kept as they are); returns what it holds."""
    entries = []
    for kind, der, parsed in read_trust_file(path):
        fingerprint = hashlib.sha256(der).hexdigest()
        row = session.scalar(select(TrustedCertificate).where(TrustedCertificate.fingerprint == fingerprint))
        if row is None:
            if kind == "certificate":
                subject, issuer, until = parsed.subject.rfc4514_string(), parsed.issuer.rfc4514_string(), parsed.not_valid_after_utc
            else:
                subject = issuer = parsed.issuer.rfc4514_string()
                until = parsed.next_update_utc
            row = TrustedCertificate(kind=kind, fingerprint=fingerprint, subject=subject[:500], issuer=issuer[:500],
                                     not_after=until, pem=_pem(kind, der))
            session.add(row)
        entries.append(_entry(row))
    return entries


def entries(session: Session) -> list[TrustEntry]:
    query = select(TrustedCertificate).order_by(TrustedCertificate.kind, TrustedCertificate.subject)
    return [_entry(row) for row in session.scalars(query)]


def remove(session: Session, fingerprint: str) -> TrustEntry:
    """Remove one entry by its fingerprint (a unique prefix of at least 8 characters will do)."""
    wanted = fingerprint.strip().lower().replace(":", "")
    rows = list(session.scalars(select(TrustedCertificate).where(TrustedCertificate.fingerprint.startswith(wanted))))
    if len(wanted) < 8 or len(rows) != 1:
        raise NotInTrustStore(f"no single trusted certificate has the fingerprint {fingerprint}")
    entry = _entry(rows[0])
    session.delete(rows[0])
    return entry


def anchors(session: Session) -> tuple[list, list]:
    """(certificates, revocation lists) as asn1crypto values, for the verifier."""
    from asn1crypto import crl, x509

    rows = list(session.scalars(select(TrustedCertificate)))
    return ([x509.Certificate.load(_der(r)) for r in rows if r.kind == "certificate"],
            [crl.CertificateList.load(_der(r)) for r in rows if r.kind == "crl"])
