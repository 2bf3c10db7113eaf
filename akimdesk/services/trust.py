"""The trust store as people use it: IT staff add the NCA RK root and intermediate certificates (and
revocation lists), list and remove them; `verify`, the Verify dialog and exchange import use them."""

from __future__ import annotations

from pathlib import Path

from ..db import Database
from ..packages import trust_store
from ..packages.trust_store import NotATrustFile, NotInTrustStore, TrustEntry
from .access import Role, require

__all__ = ["NotATrustFile", "NotInTrustStore", "TrustEntry", "add_trusted", "remove_trusted", "trust_anchors",
           "trusted_certificates"]


def add_trusted(db: Database, path: str | Path) -> list[TrustEntry]:
    """Trust the certificates (or revocation lists) in a .cer/.crt/.pem/.crl file; returns what it held."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        return trust_store.add_file(s, Path(path))


def trusted_certificates(db: Database) -> list[TrustEntry]:
    with db.session() as s:
        return trust_store.entries(s)


def remove_trusted(db: Database, fingerprint: str) -> TrustEntry:
    """Stop trusting one certificate (or drop one revocation list), named by its SHA-256 fingerprint."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        return trust_store.remove(s, fingerprint)


def trust_anchors(db: Database | None) -> tuple[list, list]:
    """(root and intermediate certificates, revocation lists) of the trust store; empty without a database."""
    if db is None:
        return [], []
    with db.session() as s:
        return trust_store.anchors(s)
