"""RFC 3161 time-stamps from a time-stamp authority (TSA) chosen by the administrator: a signature with
one proves it was made while the certificate was valid, so it still verifies after the certificate
expires (NCA certificates last one year)."""

from __future__ import annotations

from . import SigningError


def timestamper(url: str):
    """pyHanko's HTTP time-stamp client for the TSA at `url`, or None without one."""
    if not url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=30)


def tsa_failed(url: str, exc: Exception) -> SigningError:
    """The TSA could not be reached or refused: nothing is written, the user is told which service."""
    return SigningError(f"The time-stamp service {url} did not give a time-stamp ({type(exc).__name__}: {exc}); "
                        "nothing was saved", "tsa", url=url)


def validation_context(chain_der: list[bytes]):
    """What pyHanko needs to embed validation data (PAdES B-LT): the chain's self-signed roots, offline."""
    import logging

    from asn1crypto import x509
    from pyhanko_certvalidator import ValidationContext

    # offline on purpose: the chain is embedded as it is, revocation data when the TSA's chain brings it
    logging.getLogger("pyhanko.sign.signers.pdf_signer").setLevel(logging.ERROR)
    certs = [x509.Certificate.load(d) for d in chain_der]
    roots = [c for c in certs if c.self_signed]
    return ValidationContext(trust_roots=roots, other_certs=certs, allow_fetching=False, revocation_mode="soft-fail")
