"""What the offline exchange keeps: the version each record was last exchanged at, conflicts waiting for a
person, and the certificates trusted to send data for a unit."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record, utcnow


class ExchangeBaseline(Base):
    """The state of a record when it last travelled (exported or imported): a change on this side since
    then plus a change in an incoming package is a conflict. Bookkeeping, not data: not audited."""

    __tablename__ = "exchange_baseline"

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    row_version: Mapped[int]
    content_sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ConflictStatus:
    OPEN = "open"
    KEPT_LOCAL = "kept_local"
    TOOK_INCOMING = "took_incoming"


class ExchangeConflict(Record, Base):
    """A record changed both here and by the sender since the last exchange: kept out of the merge until a
    person chooses one version. `incoming` is already translated to this database's references."""

    __tablename__ = "exchange_conflict"

    package_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("package_log.id"), index=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    sender_kato: Mapped[str | None] = mapped_column(String(9))
    local: Mapped[dict[str, Any] | None]
    incoming: Mapped[dict[str, Any] | None]  # None: the sender deleted the record
    status: Mapped[str] = mapped_column(String(20), default=ConflictStatus.OPEN, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[dt.datetime | None]


class TrustedSender(Record, Base):
    """A signing certificate accepted for a unit's data packages; when a unit has any, only they are."""

    __tablename__ = "trusted_sender"

    unit_kato: Mapped[str] = mapped_column(String(9), index=True)
    common_name: Mapped[str] = mapped_column(String(300))
    issuer: Mapped[str] = mapped_column(String(500))
    serial: Mapped[str] = mapped_column(String(80))
