"""Signing behind one interface: a PKCS#12 key file, or the national NCALayer service (`ncalayer`).

A `Signer` signs bytes as a detached CMS (for manifest.json.p7s) and signs a PDF (PAdES). The key's
password is asked for each time and kept only in memory for the duration of one export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

DEFAULT_NCALAYER_URL = "wss://127.0.0.1:13579"


class SigningError(Exception):
    """The key cannot sign: wrong password, expired or non-signing certificate, unsupported key.

    `reason` (password, expired, not_yet_valid, not_for_signing, authentication_key, unsupported, unreadable,
    ncalayer_unavailable, cancelled, timeout, wrong_key, ncalayer_refused, tsa) and `values`
    let the interface say it in the user's language; str() is the English line for the command line.
    """

    def __init__(self, message: str, reason: str = "other", **values):
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class CertificateInfo:
    """Who a certificate names, as documents and the verifier report it."""

    common_name: str
    subject: str
    issuer: str
    serial: str  # hexadecimal
    not_before: dt.datetime
    not_after: dt.datetime
    # the NCA profile: subject serialNumber "IIN<12 digits>", OU "BIN<12 digits>", O the organisation
    iin: str = ""
    bin: str = ""
    organisation: str = ""

    def describe(self) -> str:
        who = self.common_name + (f", IIN {self.iin}" if self.iin else "")
        if self.organisation or self.bin:
            who += f", on behalf of {self.organisation}" + (f" (BIN {self.bin})" if self.bin else "")
        return f"{who} (serial {self.serial}, valid until {self.not_after:%d.%m.%Y})"

    def as_dict(self) -> dict:
        return {"common_name": self.common_name, "subject": self.subject, "issuer": self.issuer,
                "serial": self.serial, "not_before": self.not_before.isoformat(),
                "not_after": self.not_after.isoformat(), "iin": self.iin, "bin": self.bin,
                "organisation": self.organisation}

    @classmethod
    def from_certificate(cls, cert) -> CertificateInfo:
        """From a `cryptography` x509 certificate."""
        from cryptography.x509.oid import NameOID

        def cn(name) -> str:
            attrs = name.get_attributes_for_oid(NameOID.COMMON_NAME)
            return str(attrs[0].value) if attrs else name.rfc4514_string()

        def tagged(oid, prefix: str) -> str:
            for attr in cert.subject.get_attributes_for_oid(oid):
                value = str(attr.value)
                if value.upper().startswith(prefix) and value[len(prefix):].isdigit():
                    return value[len(prefix):]
            return ""

        orgs = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
        return cls(common_name=cn(cert.subject), subject=cert.subject.rfc4514_string(),
                   issuer=cert.issuer.rfc4514_string(), serial=f"{cert.serial_number:X}",
                   not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
                   iin=tagged(NameOID.SERIAL_NUMBER, "IIN"), bin=tagged(NameOID.ORGANIZATIONAL_UNIT_NAME, "BIN"),
                   organisation=str(orgs[0].value) if orgs else "")


class Signer(Protocol):
    """What an export needs from a signing key, wherever the key lives."""

    info: CertificateInfo

    def sign_detached(self, data: bytes) -> bytes:
        """A detached CMS signature (DER) over `data`, SHA-256, with the signer's certificate inside."""
        ...

    def sign_pdf(self, pdf: bytes, reason: str, location: str) -> bytes:
        """The PDF with an embedded PAdES signature covering the whole file."""
        ...


@dataclass(frozen=True)
class SignWith:
    """What the user chose to sign with: a key file and its password (kind "pkcs12"), or the NCALayer
    service (kind "ncalayer", `url` its WebSocket address); `tsa` an RFC 3161 time-stamp service."""

    key_file: str = ""
    password: str = ""
    kind: str = "pkcs12"
    url: str = ""
    tsa: str = ""


def open_signer(choice: SignWith | None) -> Signer | None:
    """The one place a signer is built from what the user chose; None means the package is unsigned."""
    if choice is None:
        return None
    if choice.kind == "pkcs12":
        from .pkcs12 import Pkcs12Signer

        return Pkcs12Signer.load(choice.key_file, choice.password, tsa=choice.tsa)
    if choice.kind == "ncalayer":
        from .ncalayer import NCALayerSigner

        return NCALayerSigner.connect(choice.url or DEFAULT_NCALAYER_URL, tsa=choice.tsa)
    raise SigningError(f"unknown kind of signer '{choice.kind}'", "unsupported")
