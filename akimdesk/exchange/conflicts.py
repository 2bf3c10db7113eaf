"""Conflicts a person decides: both versions side by side, keep ours or take theirs."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from ..db import Database
from ..models import ConflictStatus, ExchangeConflict
from . import ExchangeRefused
from .records import (
    BOOKKEEPING,
    BY_NAME,
    GIVEN_ONCE,
    KEPT_AGAINST_DELETION,
    BadValue,
    content_sha256,
    from_json,
)


@dataclass
class ConflictRow:
    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    sender_kato: str | None
    created_at: dt.datetime
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None

    def differing_fields(self) -> list[str]:
        """Fields whose values differ, bookkeeping (versions, timestamps) left out."""
        local, incoming = self.local or {}, self.incoming or {}
        keys = [k for k in (local or incoming) if k not in BOOKKEEPING and k != "registration_number"]
        return [k for k in keys if local.get(k) != incoming.get(k)]


def open_conflicts(database: Database) -> list[ConflictRow]:
    with database.session() as session:
        rows = session.scalars(select(ExchangeConflict).where(ExchangeConflict.status == ConflictStatus.OPEN)
                               .order_by(ExchangeConflict.created_at))
        return [ConflictRow(c.id, c.entity, c.record_id, c.sender_kato, c.created_at, c.local, c.incoming) for c in rows]


def resolve_conflict(database: Database, conflict_id: uuid.UUID, take_incoming: bool) -> None:
    """Keep this database's version, or take the sender's (which may be a deletion). One transaction."""
    from .export import _remember

    with database.session() as session:
        session.info["allow_locked"] = True  # a version decided between two databases, not an edit here
        conflict = session.get(ExchangeConflict, conflict_id)
        if conflict is None or conflict.status != ConflictStatus.OPEN:
            raise ExchangeRefused("conflict_gone", "This conflict is already decided")
        entity = BY_NAME[conflict.entity]
        local = session.get(entity.model, conflict.record_id)
        incoming = None
        if conflict.incoming is not None:
            try:
                incoming = {c.key: from_json(c, conflict.incoming.get(c.key)) for c in entity.columns}
            except BadValue as exc:
                raise ExchangeRefused("bad_record", f"the sender's version cannot be stored ({exc})") from None
        if take_incoming and incoming is None:
            if local is not None:
                session.delete(local)
        elif take_incoming:
            digest = content_sha256(entity, incoming)
            if local is None:
                obj = entity.model(**incoming)
                session.add(obj)
                session.flush()
                version = incoming["row_version"]
                table = entity.model.__table__
                session.execute(update(table).where(table.c.id == obj.id)
                                .values(row_version=version, updated_at=incoming["updated_at"]))
            else:
                version = max(incoming["row_version"], local.row_version + 1)
                for key, value in incoming.items():
                    if key not in ("id", "created_at", *GIVEN_ONCE.get(entity.name, ())):
                        setattr(local, key, value)
                local.row_version = version
            _remember(session, [(entity, conflict.record_id, version, digest)])
        elif local is not None:
            # ours stays and is newer than theirs; their version counts as seen, so it does not come back
            seen = content_sha256(entity, incoming) if incoming is not None else KEPT_AGAINST_DELETION
            local.row_version = max(local.row_version, (incoming or {}).get("row_version") or 0) + 1
            _remember(session, [(entity, conflict.record_id, local.row_version, seen)])
        conflict.status = ConflictStatus.TOOK_INCOMING if take_incoming else ConflictStatus.KEPT_LOCAL
        conflict.resolved_by = database.actor[:200]
        conflict.resolved_at = dt.datetime.now(dt.UTC)
