"""The audit trail: every insert, update and delete is recorded with before/after values.

Installed once on the Session class, so no code path can change data without leaving a trace.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from . import config
from .bulk import insert_rows, json_objects, json_plain, json_texts, sends_plain
from .models import AuditEvent, Record, utcnow

ACTOR_KEY = "actor"


_AS_IS = frozenset({str, int, bool, float, type(None)})  # the commonest values: kept as they are


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    return value


# characters of a JSON value the trail copies whole. A longer one stays in its record alone and the trail names it
# by its digest: a data package's log entry holds its whole report (1.3 MB for a national quarterly update), and
# every opening of the Audit page read each such copy again. The digest still shows if the value ever changes.
WHOLE_UP_TO = 65_536
KEPT_IN_RECORD = "kept_in_record"


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest_of(value: Any, text: str | None = None) -> dict[str, Any]:
    """What the trail keeps of a long JSON value: the SHA-256 of its canonical JSON text (UTF-8, keys sorted,
    no spaces) and the text's length; anyone can compute the same from the record to check it."""
    text = _canonical(value) if text is None else text
    return {KEPT_IN_RECORD: True, "sha256": hashlib.sha256(text.encode()).hexdigest(), "characters": len(text)}


def is_digest(value: Any) -> bool:
    """Whether a value of the trail is a long value's digest (`digest_of`), not the value itself."""
    return isinstance(value, dict) and value.get(KEPT_IN_RECORD) is True and set(value) == {KEPT_IN_RECORD, "sha256",
                                                                                          "characters"}


def _kept(value: Any) -> Any:
    """A value as the trail keeps it: itself, or a long JSON document by its digest."""
    if type(value) in (dict, list) and len(text := _canonical(value)) > WHOLE_UP_TO:
        return digest_of(value, text)
    return value


def _columns(obj: Record) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _kept(_plain(getattr(obj, attr.key))) for attr in mapper.column_attrs}


def _changes(obj: Record) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before, after = {}, {}
    for attr in state.mapper.column_attrs:
        if attr.key in ("updated_at", "row_version"):
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before[attr.key] = _kept(_plain(hist.deleted[0])) if hist.deleted else None
            after[attr.key] = _kept(_plain(hist.added[0])) if hist.added else None
    return before, after


def last_change(session: Session, record: Record) -> tuple[str, dt.datetime | None]:
    """Who last changed a record and when (from the audit trail), to tell a second saver."""
    from sqlalchemy import select

    row = session.execute(select(AuditEvent.actor, AuditEvent.at).where(AuditEvent.entity_id == str(record.id))
                          .order_by(AuditEvent.at.desc()).limit(1)).first()
    return (row.actor, row.at) if row else ("?", None)


def stale_message(session: Session, record: Record, expected: int) -> str | None:
    """None when the record is still at the version the person opened; else who changed it and when."""
    if record.row_version == expected:
        return None
    who, when = last_change(session, record)
    stamp = when.strftime("%d.%m.%Y %H:%M") if when else "?"
    return f"{who} changed this record meanwhile ({stamp} UTC); reload it to see their version"


@event.listens_for(Session, "after_flush")
def _record_audit(session: Session, flush_context: Any) -> None:
    actor = session.info.get(ACTOR_KEY) or config.current_user()
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Record, before: dict | None, after: dict | None) -> None:
        rows.append(
            {
                "id": uuid.uuid4(), "at": now, "actor": actor, "action": action,
                "entity": obj.__tablename__, "entity_id": str(obj.id), "before": before, "after": after,
            }
        )

    for obj in session.new:
        if isinstance(obj, Record):
            add("insert", obj, None, _columns(obj))
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            audited = session.info.setdefault("audited_ids", set())  # sessions are short: one use case each
            if not after and obj.id not in audited and inspect(obj).attrs.updated_at.history.has_changes():
                # only its lists or history changed (a progress entry, a meeting's participants): still a new
                # version by this person, so who changed it last is told truly
                old = inspect(obj).attrs.updated_at.history.deleted
                before, after = {"updated_at": _plain(old[0]) if old else None}, {"updated_at": _plain(obj.updated_at)}
            if after:
                audited.add(obj.id)
                add("update", obj, before, after)
    for obj in session.deleted:
        if isinstance(obj, Record):
            add("delete", obj, _columns(obj), None)
    if rows:
        session.connection().execute(insert(AuditEvent), rows)
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            # delivered to every listening client when (and only if) the transaction commits
            session.connection().exec_driver_sql(f"NOTIFY {config.CHANGES_CHANNEL}")


def record_bulk_inserts(session: Session, model: type, rows: list[dict[str, Any]],
                        plain: dict[str, Sequence[Any]] | None = None) -> None:
    """The audit entries of records inserted by one Core executemany, the same as `_record_audit` writes for
    objects the ORM inserts: the actor, one time for the batch, and every column as the new object holds it
    after its flush (the ORM's version counter starts an inserted row at 1).

    `plain`: the rows' values column by column as JSON holds them (`bulk.json_plain`), when the caller has them;
    on SQLite each entry's JSON text is then put together from them (`bulk.json_objects`, json.dumps's text)."""
    if not rows:
        return
    actor = session.info.get(ACTOR_KEY) or config.current_user()
    now = utcnow()
    keys = [(attr.key, attr.columns[0].key) for attr in inspect(model).column_attrs]
    version = inspect(model).version_id_col
    version_key = version.key if version is not None else None
    names = [key for key, _column in keys]
    plain = dict(plain or {})
    for _key, column in keys:
        if column not in plain:
            plain[column] = json_plain([row.get(column) for row in rows], _plain)
    entity = model.__tablename__
    entity_ids = plain["id"]
    if set(map(type, entity_ids)) != {str}:
        entity_ids = [str(row["id"]) for row in rows]
    # column by column (the loops over rows in C); the version counter of every inserted row is 1
    connection = session.connection()
    if sends_plain(connection):  # the driver's text, made here
        ids: Sequence[Any] = random_uuid_hexes(len(rows))
        texts = [["1"] * len(rows) if column == version_key else json_texts(plain[column]) for _key, column in keys]
        afters: Sequence[Any] = json_objects(names, texts)
        ready: tuple[str, ...] = ("id", "after")
    else:
        ids = random_uuids(len(rows))
        values = [[1] * len(rows) if column == version_key else plain[column] for _key, column in keys]
        afters = [dict(zip(names, after, strict=True)) for after in zip(*values, strict=True)]
        ready = ()
    entries = [
        {"id": entry_id, "at": now, "actor": actor, "action": "insert", "entity": entity,
         "entity_id": entity_id, "before": None, "after": after}
        for entry_id, entity_id, after in zip(ids, entity_ids, afters, strict=True)
    ]
    insert_rows(connection, AuditEvent.__table__, entries, ready=ready,
                same=("at", "actor", "action", "entity", "before"))
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"NOTIFY {config.CHANGES_CHANNEL}")


_VERSION_4 = bytes((b & 0x0F) | 0x40 for b in range(256))  # a byte's high half set to the version, 4
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))  # its two high bits to RFC 4122's variant, 10


def random_uuids(count: int) -> list[uuid.UUID]:
    """`count` random UUIDs, each as `uuid.uuid4()` makes it, the random bytes drawn in one call."""
    data = _random_v4(count)
    make = uuid.UUID
    return [make(bytes=bytes(data[start:start + 16])) for start in range(0, 16 * count, 16)]


def random_uuid_hexes(count: int) -> list[str]:
    """The same as `random_uuids`, each as its 32 hex digits (`UUID.hex`, what SQLite stores)."""
    text = _random_v4(count).hex()
    return [text[start:start + 32] for start in range(0, 32 * count, 32)]


def _random_v4(count: int) -> bytearray:
    """16 random bytes a UUID, the version (4) and variant (RFC 4122) bits set as `uuid.uuid4()` sets them."""
    data = bytearray(os.urandom(16 * count))
    data[6::16] = data[6::16].translate(_VERSION_4)
    data[8::16] = data[8::16].translate(_VARIANT)
    return data
