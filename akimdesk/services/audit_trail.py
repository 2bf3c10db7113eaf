"""Reading the audit trail: who changed what and when, before and after, filtered by day, person and kind
of record. The trail itself is written only by the session hook (`audit.py`) and is append-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from ..db import Database
from ..models import AuditEvent

__all__ = ["AuditRow", "audit_events"]


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str  # insert, update, delete
    entity: str  # the table, e.g. meeting, problem_issue, planned_meeting
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat()}


def audit_events(db: Database, since: dt.date | None = None, user: str | None = None, entity: str | None = None,
                 limit: int = 1000) -> list[AuditRow]:
    """The newest events first (at most `limit`), from `since` (a day, UTC) on, of one login, of one kind."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id).limit(limit)
    if since is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(since, dt.time(), dt.UTC))
    if user:
        query = query.where(AuditEvent.actor == user)
    if entity:
        query = query.where(AuditEvent.entity == entity)
    with db.session() as s:
        return [AuditRow(e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after) for e in s.scalars(query)]
