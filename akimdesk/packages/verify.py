"""Offline verification of a package: every file against the manifest, files not listed, the CMS
signature of the manifest, the PDF signatures, and who signed. A failure names the file and the check."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..signing import CertificateInfo
from .container import FORMAT, FORMAT_VERSION, MANIFEST, SIGNATURE, sha256

MAX_MEMBER_BYTES = 512 * 1024 * 1024

# pyHanko logs path-building failures with tracebacks; the verdict is reported by us instead
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


class PackageUnreadable(Exception):
    """Not a package at all (no such file, not a zip): one clear line, exit code 2."""


@dataclass
class Check:
    file: str
    check: str  # manifest, missing, size, sha256, unlisted, duplicate, readable, cms_signature, pdf_signature, trust, signer_match
    ok: bool
    detail: str

    def as_dict(self) -> dict:
        return {"file": self.file, "check": self.check, "ok": self.ok, "detail": self.detail}


@dataclass
class Verification:
    package: str
    checks: list[Check] = field(default_factory=list)
    signer: CertificateInfo | None = None
    manifest: dict | None = None
    trust_checked: bool = False

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def add(self, file: str, check: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(file, check, ok, detail))

    def as_dict(self) -> dict:
        return {"package": self.package, "valid": self.ok, "trust_checked": self.trust_checked,
                "signer": self.signer.as_dict() if self.signer else None,
                "kind": (self.manifest or {}).get("kind"), "region": (self.manifest or {}).get("region"),
                "period": (self.manifest or {}).get("period"), "language": (self.manifest or {}).get("language"),
                "checks": [c.as_dict() for c in self.checks]}


def load_trust_roots(paths: list[Path]) -> list:
    """Trusted root certificates (PEM or DER files) as asn1crypto certificates."""
    from pyhanko.keys import load_certs_from_pemder

    roots = []
    for path in paths:
        try:
            roots += list(load_certs_from_pemder([str(path)]))
        except Exception as exc:
            raise PackageUnreadable(f"{path}: not a certificate file ({exc})") from None
    return roots


def _validation_context(roots: list):
    from pyhanko_certvalidator import ValidationContext

    # no fetching: verification is offline; no OS trust store: trust is what the user gave
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _cert_info(asn1_cert) -> CertificateInfo:
    from cryptography import x509

    return CertificateInfo.from_certificate(x509.load_der_x509_certificate(asn1_cert.dump()))


def verify_package(path: str | Path, trust: list[Path] | None = None) -> Verification:
    """Check a package offline; `trust` adds a chain-of-trust check against those root certificates."""
    path = Path(path)
    roots = load_trust_roots(trust) if trust else []
    result = Verification(str(path), trust_checked=bool(trust))
    if not path.is_file():
        raise PackageUnreadable(f"{path}: no such file")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageUnreadable(f"{path}: not a package (not a zip archive: {exc})") from None
    members: dict[str, bytes] = {}
    with archive:
        seen: set[str] = set()
        for info in archive.infolist():
            if info.filename in seen:
                result.add(info.filename, "duplicate", False, "the archive holds this name more than once")
                continue
            seen.add(info.filename)
            if info.file_size > MAX_MEMBER_BYTES:
                result.add(info.filename, "readable", False, "too large for a document package")
                continue
            try:
                members[info.filename] = archive.read(info)
            except Exception as exc:  # CRC error or broken compressed data
                result.add(info.filename, "readable", False, f"damaged inside the zip ({exc})")
    raw_manifest = members.get(MANIFEST)
    if raw_manifest is None:
        result.add(MANIFEST, "missing", False, "the package has no manifest")
        return result
    listed = _check_manifest(result, raw_manifest, members)
    for name in sorted(set(members) - set(listed) - {MANIFEST, SIGNATURE}):
        result.add(name, "unlisted", False, "present in the package but not listed in the manifest")
    ctx = _validation_context(roots)
    cms_cert = _check_cms(result, raw_manifest, members.get(SIGNATURE), ctx, bool(trust), roots)
    for name in listed:
        if name.lower().endswith(".pdf") and name in members:
            _check_pdf(result, name, members[name], ctx, bool(trust), cms_cert)
    return result


def _check_manifest(result: Verification, raw: bytes, members: dict[str, bytes]) -> list[str]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError("not an AkimDesk manifest")
        for key in ("region", "period", "details", "signer"):
            if manifest.get(key) is not None and not isinstance(manifest[key], dict):
                raise ValueError(f"its {key} is not an object")
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, list):
            raise ValueError("not an AkimDesk manifest")
        if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise ValueError(f"format version {manifest['format_version']} is newer than this AkimDesk reads")
        entries = [(str(f["name"]), int(f["size"]), str(f["sha256"]).lower()) for f in files]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as exc:  # nested 100k deep
        result.add(MANIFEST, "manifest", False, f"unreadable manifest ({str(exc)[:200]})")
        return []
    result.manifest = manifest
    result.add(MANIFEST, "manifest", True, f"{len(entries)} file(s) listed")
    names = []
    for name, size, digest in entries:
        names.append(name)
        data = members.get(name)
        if data is None:
            result.add(name, "missing", False, "listed in the manifest but not in the package")
            continue
        if len(data) != size:
            result.add(name, "size", False, f"{len(data)} bytes, the manifest says {size}")
        actual = sha256(data)
        if actual != digest:
            result.add(name, "sha256", False, f"SHA-256 differs from the manifest (file {actual[:16]}…, manifest {digest[:16]}…)")
        else:
            result.add(name, "sha256", True, "SHA-256 matches the manifest")
    return names


def _check_cms(result: Verification, manifest: bytes, p7s: bytes | None, ctx, with_trust: bool, roots: list):
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    if p7s is None:
        result.add(SIGNATURE, "cms_signature", False, "the package is not signed (no manifest.json.p7s)")
        return None
    try:
        content = cms.ContentInfo.load(p7s)
        signed_data = content["content"]
        if content["content_type"].native != "signed_data":
            raise ValueError("not a CMS SignedData")
        status = asyncio.run(async_validate_detached_cms(manifest, signed_data, signer_validation_context=ctx))
    except Exception as exc:
        result.add(SIGNATURE, "cms_signature", False, f"unreadable or broken signature ({type(exc).__name__}: {exc})")
        return None
    from .cms_checks import structure_problems

    cert = status.signing_cert
    if cert is not None:
        try:
            result.signer = _cert_info(cert)
        except Exception as exc:
            result.add(SIGNATURE, "cms_signature", False, f"the signer's certificate is damaged ({exc})")
            return None
    problems = structure_problems(p7s, roots)
    if problems:
        result.add(SIGNATURE, "cms_signature", False, "; ".join(problems))
    elif status.intact and status.valid:
        result.add(SIGNATURE, "cms_signature", True, "signature of manifest.json is intact and valid")
    elif not status.intact:
        result.add(SIGNATURE, "cms_signature", False, "manifest.json was changed after signing (digest mismatch)")
    else:
        result.add(SIGNATURE, "cms_signature", False, "the signature value does not verify")
    if with_trust:
        result.add(SIGNATURE, "trust", bool(status.trusted),
                   "signer's certificate chains to a trusted root" if status.trusted
                   else "signer's certificate does not chain to the given trusted root(s)")
    return cert


def _check_pdf(result: Verification, name: str, data: bytes, ctx, with_trust: bool, cms_cert) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception as exc:
        result.add(name, "pdf_signature", False, f"unreadable PDF ({type(exc).__name__}: {exc})")
        return
    if not signatures:
        result.add(name, "pdf_signature", False, "the PDF carries no signature")
        return
    for sig in signatures:
        try:
            status = validate_pdf_signature(sig, signer_validation_context=ctx)
        except Exception as exc:
            result.add(name, "pdf_signature", False, f"broken signature ({type(exc).__name__}: {exc})")
            continue
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        if status.intact and status.valid and whole:
            result.add(name, "pdf_signature", True, "PDF signature is intact and valid and covers the whole file")
        elif not status.intact:
            result.add(name, "pdf_signature", False, "the PDF was changed after signing (digest mismatch)")
        elif not status.valid:
            result.add(name, "pdf_signature", False, "the PDF signature value does not verify")
        else:
            result.add(name, "pdf_signature", False, "content was added to the PDF after signing")
        if with_trust:
            result.add(name, "trust", bool(status.trusted),
                       "signer's certificate chains to a trusted root" if status.trusted
                       else "signer's certificate does not chain to the given trusted root(s)")
        if cms_cert is not None and status.signing_cert is not None:
            same = status.signing_cert.dump() == cms_cert.dump()
            result.add(name, "signer_match", same, "signed by the same certificate as the manifest" if same
                       else "signed by a different certificate than the manifest")
