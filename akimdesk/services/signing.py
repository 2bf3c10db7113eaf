"""Signing keys as the user chooses them, for every export and data package."""

from __future__ import annotations

from ..signing import DEFAULT_NCALAYER_URL, CertificateInfo, Signer, SigningError, SignWith, open_signer

__all__ = ["DEFAULT_NCALAYER_URL", "CertificateInfo", "SignWith", "Signer", "SigningError", "open_signer"]
