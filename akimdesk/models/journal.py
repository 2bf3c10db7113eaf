"""What the program keeps about itself: the audit trail and the log of packages sent and received."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Record, utcnow


class AuditEvent(Base):
    """Who changed what and when, with before/after values. Written by a session hook, never by hand."""

    __tablename__ = "audit_event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]


class PackageLog(Record, Base):
    """A document or data package this database exported or imported."""

    __tablename__ = "package_log"

    direction: Mapped[str] = mapped_column(String(10))  # export | import
    kind: Mapped[str] = mapped_column(String(40))  # calendar, central_issues, quarterly_update, data, ...
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territory.id"))
    sender_kato: Mapped[str | None] = mapped_column(String(9))
    recipient: Mapped[str | None] = mapped_column(String(300))
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    language: Mapped[str | None] = mapped_column(String(5))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str | None] = mapped_column(String(64))
    signer: Mapped[str | None] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any] | None]
