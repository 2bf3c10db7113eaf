"""Signing keys as the user chooses them, for every export and data package."""

from __future__ import annotations

from ..signing import CertificateInfo, Signer, SigningError, SignWith, open_signer

__all__ = ["CertificateInfo", "SignWith", "Signer", "SigningError", "open_signer"]
