"""What a signing certificate must be, as the National Certification Centre (NCA RK) issues them.

NCA issues each person two keys: a signing key (keyUsage digitalSignature + nonRepudiation, extended key
usage emailProtection) and an authentication key (digitalSignature + keyEncipherment, extended key usage
clientAuth). A package signed with the authentication key is not a legally signed document, so it is
refused before signing and named `wrong_key_usage` by the verifier.
"""

from __future__ import annotations

import datetime as dt

from . import CertificateInfo, SigningError

CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"
EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4"


def usage_problem(cert) -> str | None:
    """"authentication" for an authentication key, "no_signing" for a key that cannot sign at all, else None
    (`cert` is a `cryptography` certificate)."""
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    try:
        purposes = {oid.dotted_string for oid in cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value}
    except x509.ExtensionNotFound:
        purposes = set()
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        return "no_signing"
    if CLIENT_AUTH in purposes and (usage is None or not usage.content_commitment):
        return "authentication"
    return None


def check_can_sign(cert, now: dt.datetime | None = None) -> CertificateInfo:
    """The certificate's owner, or SigningError naming why this key must not sign today."""
    info = CertificateInfo.from_certificate(cert)
    now = now or dt.datetime.now(dt.UTC)
    if now < info.not_before:
        raise SigningError(f"The certificate of {info.common_name} is valid only from {info.not_before:%d.%m.%Y}",
                           "not_yet_valid", who=info.common_name, date=f"{info.not_before:%d.%m.%Y}")
    if now > info.not_after:
        raise SigningError(f"The certificate of {info.common_name} expired on {info.not_after:%d.%m.%Y}",
                           "expired", who=info.common_name, date=f"{info.not_after:%d.%m.%Y}")
    problem = usage_problem(cert)
    if problem == "authentication":
        raise SigningError(
            f"The key of {info.common_name} is an authentication key (AUTH), not a signing key: "
            "choose the signing key (RSA or GOST, not AUTH)", "authentication_key", who=info.common_name)
    if problem == "no_signing":
        raise SigningError(
            f"The certificate of {info.common_name} is not for signing (no digitalSignature key usage); "
            "choose your signing key (RSA…), not the authentication one", "not_for_signing", who=info.common_name)
    return info
