"""The trust store: root and intermediate certificates (and their revocation lists) of the national
certification centre that IT staff add, against which every signature is judged by default."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record


class TrustedCertificate(Record, Base):
    """A trusted certificate (kind "certificate") or a revocation list one of them issued (kind "crl")."""

    __tablename__ = "trusted_certificate"

    kind: Mapped[str] = mapped_column(String(20))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the DER, hexadecimal
    subject: Mapped[str] = mapped_column(String(500))
    issuer: Mapped[str] = mapped_column(String(500))
    not_after: Mapped[dt.datetime | None]
    pem: Mapped[str] = mapped_column(Text)  # text, so the audit trail records what was trusted
