"""Offline verification of a package: every file against the manifest, files not listed, the CMS
signature of the manifest, the PDF signatures, and who signed. A failure names the file and the check."""

from __future__ import annotations

import datetime as dt
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


# every failed check carries one of these (docs/package-format.md explains each)
REASONS = ("digest_mismatch", "missing_file", "unlisted_file", "modified_after_signing", "untrusted_root", "expired",
           "not_yet_valid", "wrong_key_usage", "revoked", "name_mismatch", "unsigned", "bad_signature",
           "bad_timestamp", "bad_manifest", "damaged", "signer_mismatch")


@dataclass
class Check:
    file: str
    check: str  # manifest, name, missing, size, sha256, unlisted, duplicate, readable, cms_signature, pdf_signature,
    #             timestamp, certificate, trust, signer_match
    ok: bool
    detail: str
    reason: str = ""  # one of REASONS when the check failed

    def as_dict(self) -> dict:
        found = {"file": self.file, "check": self.check, "ok": self.ok, "detail": self.detail}
        if not self.ok:
            found["reason"] = self.reason
        return found


@dataclass
class Verification:
    package: str
    checks: list[Check] = field(default_factory=list)
    signer: CertificateInfo | None = None
    manifest: dict | None = None
    trust_checked: bool = False  # trusted roots were at hand: the signer was judged against them
    signed_at: dt.datetime | None = None  # the manifest signature's time-stamp, when it carries a valid one
    # the members' bytes as checked, by name, when asked for (`keep_members`): a reader of the package takes
    # these, not the file read again
    members: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def trusted(self) -> bool:
        """Intact, valid and the signer chains to a trusted root: the only plain "valid"."""
        return self.ok and self.trust_checked

    @property
    def exit_code(self) -> int:
        """0 valid and trusted; 1 a check failed; 3 intact but no trusted root was at hand to judge the signer."""
        return 1 if not self.ok else 0 if self.trust_checked else 3

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def add(self, file: str, check: str, ok: bool, detail: str, reason: str = "") -> None:
        self.checks.append(Check(file, check, ok, detail, "" if ok else reason))

    def as_dict(self) -> dict:
        m = self.manifest or {}
        return {"package": self.package, "valid": self.ok, "trusted": self.trusted, "exit_code": self.exit_code,
                "trust_checked": self.trust_checked, "signer": self.signer.as_dict() if self.signer else None,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None,
                "kind": m.get("kind"), "region": m.get("region"), "period": m.get("period"),
                "language": m.get("language"), "checks": [c.as_dict() for c in self.checks]}


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


@dataclass
class _Judge:
    """What the signatures are judged against: trusted roots and CRLs, and the time now."""

    roots: list
    crls: list
    now: dt.datetime

    def context(self):
        from pyhanko_certvalidator import ValidationContext

        # no fetching: verification is offline; no OS trust store: trust is what the user gave
        return ValidationContext(trust_roots=self.roots, allow_fetching=False)


def _cert_info(asn1_cert) -> CertificateInfo:
    from cryptography import x509

    return CertificateInfo.from_certificate(x509.load_der_x509_certificate(asn1_cert.dump()))


def verify_package(path: str | Path, trust: list[Path] | None = None, *, roots: list | None = None,
                   crls: list | None = None, now: dt.datetime | None = None,
                   keep_members: bool = False) -> Verification:
    """Check a package offline. The signer is judged against `roots` (asn1crypto certificates, e.g. the trust
    store) plus the root certificate files `trust`, at the signature's time-stamp (or `now`)."""
    path = Path(path)
    judge = _Judge([*(roots or []), *(load_trust_roots(trust) if trust else [])], list(crls or []),
                   now or dt.datetime.now(dt.UTC))
    result = Verification(str(path), trust_checked=bool(judge.roots))
    if not path.is_file():
        raise PackageUnreadable(f"{path}: no such file")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageUnreadable(f"{path}: not a package (not a zip archive: {exc})") from None
    with archive:
        members = _read_members(result, archive)
    if keep_members:
        result.members = members
    raw_manifest = members.get(MANIFEST)
    if raw_manifest is None:
        result.add(MANIFEST, "missing", False, "the package has no manifest", "missing_file")
        return result
    listed = _check_manifest(result, raw_manifest, members)
    for name in sorted(set(members) - set(listed) - {MANIFEST, SIGNATURE}):
        result.add(name, "unlisted", False, "present in the package but not listed in the manifest", "unlisted_file")
    cms_cert = _check_cms(result, raw_manifest, members.get(SIGNATURE), judge)
    for name in listed:
        if name.lower().endswith(".pdf") and name in members:
            _check_pdf(result, name, members[name], judge, cms_cert)
    _check_name(result, path)
    return result


def _read_members(result: Verification, archive: zipfile.ZipFile) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    seen: set[str] = set()
    for info in archive.infolist():
        if info.filename in seen:
            result.add(info.filename, "duplicate", False, "the archive holds this name more than once", "unlisted_file")
            continue
        seen.add(info.filename)
        if info.file_size > MAX_MEMBER_BYTES:
            result.add(info.filename, "readable", False, "too large for a document package", "damaged")
            continue
        try:
            members[info.filename] = archive.read(info)
        except Exception as exc:  # CRC error or broken compressed data
            result.add(info.filename, "readable", False, f"damaged inside the zip ({exc})", "damaged")
    return members


def _check_name(result: Verification, path: Path) -> None:
    """The manifest names the package it was made as; another name means renamed or swapped."""
    recorded = (result.manifest or {}).get("package_name")
    if not recorded:
        return  # made before packages recorded their own name
    if recorded == path.name:
        result.add(MANIFEST, "name", True, "the package carries the name it was signed as")
    else:
        result.add(MANIFEST, "name", False, f"the package was signed as {recorded}, not {path.name} "
                   "(renamed, or another package under this name)", "name_mismatch")


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
        result.add(MANIFEST, "manifest", False, f"unreadable manifest ({str(exc)[:200]})", "bad_manifest")
        return []
    result.manifest = manifest
    result.add(MANIFEST, "manifest", True, f"{len(entries)} file(s) listed")
    names = []
    for name, size, digest in entries:
        names.append(name)
        data = members.get(name)
        if data is None:
            result.add(name, "missing", False, "listed in the manifest but not in the package", "missing_file")
            continue
        if len(data) != size:
            result.add(name, "size", False, f"{len(data)} bytes, the manifest says {size}", "digest_mismatch")
        actual = sha256(data)
        if actual != digest:
            result.add(name, "sha256", False, f"SHA-256 differs from the manifest (file {actual[:16]}…, "
                       f"manifest {digest[:16]}…)", "digest_mismatch")
        else:
            result.add(name, "sha256", True, "SHA-256 matches the manifest")
    return names


def _judge_signer(result: Verification, file: str, status, certs: list, judge: _Judge) -> dt.datetime:
    """The time-stamp, then the signer's certificate at the time it proves; returns that time."""
    from .signer_checks import judge_signer, signing_moment

    moment, stamp = signing_moment(status, judge.now, bool(judge.roots))
    if stamp is not None:
        result.add(file, stamp.check, stamp.ok, stamp.detail, stamp.reason)
    cert = status.signing_cert
    others = [c for c in certs if c.dump() != cert.dump()]
    for verdict in judge_signer(cert, others, judge.roots, judge.crls, moment):
        result.add(file, verdict.check, verdict.ok, verdict.detail, verdict.reason)
    return moment


def _check_cms(result: Verification, manifest: bytes, p7s: bytes | None, judge: _Judge):
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    if p7s is None:
        result.add(SIGNATURE, "cms_signature", False, "the package is not signed (no manifest.json.p7s)", "unsigned")
        return None
    try:
        content = cms.ContentInfo.load(p7s)
        signed_data = content["content"]
        if content["content_type"].native != "signed_data":
            raise ValueError("not a CMS SignedData")
        status = asyncio.run(async_validate_detached_cms(manifest, signed_data,
                                                         signer_validation_context=judge.context()))
        certs = [c.chosen for c in signed_data["certificates"] or []]
    except Exception as exc:
        result.add(SIGNATURE, "cms_signature", False,
                   f"unreadable or broken signature ({type(exc).__name__}: {exc})", "bad_signature")
        return None
    from .cms_checks import structure_problems

    cert = status.signing_cert
    if cert is not None:
        try:
            result.signer = _cert_info(cert)
        except Exception as exc:
            result.add(SIGNATURE, "cms_signature", False, f"the signer's certificate is damaged ({exc})",
                       "modified_after_signing")
            return None
    problems = structure_problems(p7s, judge.roots)
    if problems:
        result.add(SIGNATURE, "cms_signature", False, "; ".join(problems), "modified_after_signing")
    elif status.intact and status.valid:
        result.add(SIGNATURE, "cms_signature", True, "signature of manifest.json is intact and valid")
        moment = _judge_signer(result, SIGNATURE, status, certs, judge)
        result.signed_at = moment if moment != judge.now else None
    elif not status.intact:
        result.add(SIGNATURE, "cms_signature", False, "manifest.json was changed after signing (digest mismatch)",
                   "modified_after_signing")
    else:
        result.add(SIGNATURE, "cms_signature", False, "the signature value does not verify", "bad_signature")
    return cert


def _check_pdf(result: Verification, name: str, data: bytes, judge: _Judge, cms_cert) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception as exc:
        result.add(name, "pdf_signature", False, f"unreadable PDF ({type(exc).__name__}: {exc})", "damaged")
        return
    if not signatures:
        result.add(name, "pdf_signature", False, "the PDF carries no signature", "unsigned")
        return
    for sig in signatures:
        if sig.sig_object_type == "/DocTimeStamp":
            _check_document_timestamp(result, name, sig, judge)
            continue
        try:
            status = validate_pdf_signature(sig, signer_validation_context=judge.context())
        except Exception as exc:
            result.add(name, "pdf_signature", False, f"broken signature ({type(exc).__name__}: {exc})",
                       "bad_signature")
            continue
        # after a PAdES B-LT/B-LTA signature only validation data and a document time-stamp may follow
        whole = (status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                 or status.modification_level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES))
        if status.intact and status.valid and whole:
            result.add(name, "pdf_signature", True, "PDF signature is intact and valid and covers the whole file")
            certs = [c.chosen for c in sig.signed_data["certificates"] or []]
            _judge_signer(result, name, status, certs, judge)
        elif not status.intact:
            result.add(name, "pdf_signature", False, "the PDF was changed after signing (digest mismatch)",
                       "modified_after_signing")
        elif not status.valid:
            result.add(name, "pdf_signature", False, "the PDF signature value does not verify", "bad_signature")
        else:
            result.add(name, "pdf_signature", False, "content was added to the PDF after signing",
                       "modified_after_signing")
        if cms_cert is not None and status.signing_cert is not None:
            same = status.signing_cert.dump() == cms_cert.dump()
            result.add(name, "signer_match", same, "signed by the same certificate as the manifest" if same
                       else "signed by a different certificate than the manifest", "signer_mismatch")


def _check_document_timestamp(result: Verification, name: str, sig, judge: _Judge) -> None:
    """A PAdES document time-stamp (B-LTA): intact, and from a TSA the trust store knows when it has roots."""
    from pyhanko.sign.validation import validate_pdf_timestamp

    try:
        status = validate_pdf_timestamp(sig, validation_context=judge.context())
    except Exception as exc:
        result.add(name, "timestamp", False, f"broken document time-stamp ({type(exc).__name__}: {exc})",
                   "bad_timestamp")
        return
    if not (status.intact and status.valid):
        result.add(name, "timestamp", False, "the document time-stamp does not match the PDF", "modified_after_signing")
    elif judge.roots and not status.trusted:
        result.add(name, "timestamp", False, "the document time-stamp's authority does not chain to a trusted root",
                   "untrusted_root")
    else:
        result.add(name, "timestamp", True, f"document time-stamped {status.timestamp:%d.%m.%Y %H:%M} UTC")
