"""Judging who signed, at the time the signature was made: the signature time-stamp (RFC 3161) when the
signature carries a valid one, otherwise now. The certificate must have been valid then, be a signing key
(not an authentication key), chain to a trusted root and not be revoked by a CRL at hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    ok: bool
    check: str  # certificate, trust, timestamp
    reason: str  # "" when ok
    detail: str


def signing_moment(status, now: dt.datetime, with_roots: bool) -> tuple[dt.datetime, Verdict | None]:
    """When the signature was made as far as can be proven, and a failed timestamp check if there is one."""
    ts = getattr(status, "timestamp_validity", None)
    if ts is None:
        return now, None
    if not (ts.intact and ts.valid):
        return now, Verdict(False, "timestamp", "bad_timestamp", "the signature's time-stamp is damaged")
    if with_roots and not ts.trusted:
        return now, Verdict(False, "timestamp", "untrusted_root",
                            "the time-stamp authority does not chain to a trusted root")
    return ts.timestamp, Verdict(True, "timestamp", "", f"time-stamped {ts.timestamp:%d.%m.%Y %H:%M} UTC")


def judge_signer(cert, others: list, roots: list, crls: list, moment: dt.datetime) -> list[Verdict]:
    """The signer's certificate (asn1crypto) judged at `moment`; trust only when roots are at hand."""
    from cryptography import x509

    from ..signing.profile import usage_problem

    crypto = x509.load_der_x509_certificate(cert.dump())
    when = f"{moment:%d.%m.%Y %H:%M} UTC"
    if moment < crypto.not_valid_before_utc:
        return [Verdict(False, "certificate", "not_yet_valid",
                        f"the certificate was not yet valid at {when} (valid from {crypto.not_valid_before_utc:%d.%m.%Y})")]
    if moment > crypto.not_valid_after_utc:
        return [Verdict(False, "certificate", "expired",
                        f"the certificate had expired at {when} (valid until {crypto.not_valid_after_utc:%d.%m.%Y}); "
                        "the signature carries no time-stamp from before that")]
    problem = usage_problem(crypto)
    if problem:
        return [Verdict(False, "certificate", "wrong_key_usage",
                        "signed with an authentication key, not a signing key" if problem == "authentication"
                        else "the certificate is not for signing (no digitalSignature key usage)")]
    verdicts = [Verdict(True, "certificate", "", f"the certificate was valid and for signing at {when}")]
    if roots:
        verdicts.append(_trust(cert, others, roots, crls, moment))
    return verdicts


def _trust(cert, others: list, roots: list, crls: list, moment: dt.datetime) -> Verdict:
    import asyncio

    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, RevokedError

    def validate(mode: str) -> None:
        ctx = ValidationContext(trust_roots=roots, other_certs=others, crls=crls, moment=moment,
                                allow_fetching=False, revocation_mode=mode)
        validator = CertificateValidator(cert, intermediate_certs=others, validation_context=ctx)
        asyncio.run(validator.async_validate_usage(set()))

    try:
        validate("soft-fail")
        if crls:  # a CRL at hand counts even when the certificate names no distribution point
            try:
                validate("require")
            except RevokedError:
                raise
            except Exception:  # no CRL for this issuer: nothing more to learn
                pass
    except RevokedError:
        return Verdict(False, "trust", "revoked", "the signer's certificate was revoked before the signature was made")
    except PathBuildingError:
        return Verdict(False, "trust", "untrusted_root", "the signer's certificate does not chain to a trusted root")
    except Exception as exc:  # a damaged or mis-issued chain
        return Verdict(False, "trust", "untrusted_root", f"the signer's chain does not validate ({exc})")
    return Verdict(True, "trust", "", "the signer's certificate chains to a trusted root")
