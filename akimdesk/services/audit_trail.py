"""Reading the audit trail: who changed what and when, before and after, filtered by day, person and kind
of record. The trail itself is written only by the session hook (`audit.py`) and is append-only."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import select

from ..audit import is_digest, last_change, stale_message
from ..db import Database
from ..models import (
    AkimPost,
    AuditEvent,
    IssueCategory,
    IssueStatus,
    Meeting,
    PlannedMeeting,
    ProblemIssue,
    Record,
    ResponsibleBody,
    Territory,
)

__all__ = ["CUT", "AuditRow", "Conflict", "audit_events", "conflict_of", "cut", "is_digest", "names_of",
           "refuse_if_changed", "value_text"]

# the records an id in a trail or a form may point at, with their names in Russian and Kazakh
_NAMED = ((Territory, Territory.name_ru, Territory.name_kk), (ResponsibleBody, ResponsibleBody.name_ru,
          ResponsibleBody.name_kk), (IssueCategory, IssueCategory.name_ru, IssueCategory.name_kk),
          (IssueStatus, IssueStatus.name_ru, IssueStatus.name_kk), (AkimPost, AkimPost.title_ru, AkimPost.title_kk),
          (PlannedMeeting, PlannedMeeting.topic, PlannedMeeting.topic),
          (ProblemIssue, ProblemIssue.registration_number, ProblemIssue.registration_number))


def _as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        return None


def names_of(s, values, lang: str = "ru") -> dict[str, str]:
    """The names of the records the ids among `values` point at (territory, body, category, status, akim,
    planned meeting's topic, meeting's day and akim): a few statements for any number of ids."""
    missing = {u for u in map(_as_uuid, values) if u is not None}
    found: dict[uuid.UUID, str] = {}
    kk = lang == "kk"
    for model, ru_column, kk_column in _NAMED:
        if not missing:
            break
        for id_, name in s.execute(select(model.id, kk_column if kk else ru_column).where(model.id.in_(missing))):
            if name:
                found[id_] = name
        missing -= found.keys()
    if missing:
        query = (select(Meeting.id, Meeting.meeting_date, AkimPost.title_kk if kk else AkimPost.title_ru)
                 .join(AkimPost, Meeting.akim_post_id == AkimPost.id).where(Meeting.id.in_(missing)))
        for id_, day, akim in s.execute(query):
            found[id_] = f"{day:%d.%m.%Y}, {akim}"
    return {str(id_): name for id_, name in found.items()}


CUT = "…"


def value_text(value: Any, names: dict[str, str] | None = None, limit: int | None = None) -> str:
    """A value as a person reads it: dates as 16.03.2026, ids as the names they point at, lists line by line.

    `limit`: at most that many characters, and "…" where the rest is cut. A data package's log entry holds a
    whole report (a megabyte of values): what a list's line or a detail shows of it is read only as far as
    it shows."""
    return cut(_text(value, names, limit), limit)


def cut(text: str, limit: int | None) -> str:
    """The text, or its first `limit` characters and "…"."""
    return text if limit is None or len(text) <= limit else text[:limit] + CUT


def _joined(separator: str, parts: Iterator[str], limit: int | None) -> str:
    """The parts joined, asked for only while the text is within `limit` (cut with "…" when parts are left)."""
    if limit is None:
        return separator.join(parts)
    kept, size = [], 0
    for part in parts:
        if size > limit:
            return separator.join(kept) + CUT
        kept.append(part)
        size += len(part) + len(separator)
    return separator.join(kept)


def _text(value: Any, names: dict[str, str] | None, limit: int | None) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dict):
        return _joined("; ", (f"{k}: {value_text(v, names, limit)}" for k, v in value.items()), limit)
    if isinstance(value, list) and any(isinstance(v, (list, tuple)) for v in value):
        # one item a line (agenda, broadcasts)
        return _joined("\n", (value_text(tuple(v), names, limit) for v in value), limit)
    if isinstance(value, tuple):  # one item: its parts, the empty ones left out
        return _joined(" — ", (text for v in value if (text := value_text(v, names, limit)) != "—"), limit)
    if isinstance(value, list):
        return _joined("; ", (value_text(v, names, limit) for v in value), limit)
    if isinstance(value, str) and len(value) in (10, 19, 25, 26, 32) and value[4:5] == "-":
        try:  # an ISO day as the trail stores it
            return value_text(dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value))
        except ValueError:
            pass
    text = str(value)
    return (names or {}).get(text, text)


@dataclass(frozen=True)
class Conflict:
    """A save met a newer version: who saved it and when, the version to keep one's own over, and the fields
    where their values and yours differ (field, theirs, yours; ids as names)."""

    who: str
    when: dt.datetime | None
    version: int
    fields: tuple[tuple[str, str, str], ...]


def conflict_of(s, record: Record, theirs: Any, mine: Any, lang: str = "ru") -> Conflict:
    """The conflict between two values of one dataclass (what is saved now, what the person typed)."""
    who, when = last_change(s, record)
    pairs = [(f.name, getattr(theirs, f.name), getattr(mine, f.name)) for f in fields(mine)]
    differ = [(name, a, b) for name, a, b in pairs if a != b]
    names = names_of(s, [v for _n, a, b in differ for v in (a, b)], lang)
    return Conflict(who, when, record.row_version,
                    tuple((name, value_text(a, names), value_text(b, names)) for name, a, b in differ))


def refuse_if_changed(s, record: Record, expected: int | None, refusal: Callable[[str], Exception]) -> None:
    """Every save names the version of the record the person saw (`row_version`); a record changed meanwhile is
    refused with `refusal(message)`, the exception carrying `who` changed it and `when` (UTC) for the window."""
    if expected is None:
        raise TypeError(f"a save of {record.__tablename__} needs the version the person saw")
    message = stale_message(s, record, expected)
    if message is None:
        return
    error = refusal(message)
    error.who, error.when = last_change(s, record)
    raise error


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str  # insert, update, delete
    entity: str  # the table, e.g. meeting, problem_issue, planned_meeting
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    names: dict[str, str] = field(default_factory=dict, compare=False)  # ids in before/after -> names

    def as_dict(self) -> dict[str, Any]:
        row = {**asdict(self), "at": self.at.isoformat()}
        del row["names"]
        return row


def audit_events(db: Database, since: dt.date | None = None, user: str | None = None, entity: str | None = None,
                 limit: int = 1000, lang: str | None = None) -> list[AuditRow]:
    """The newest events first (at most `limit`), from `since` (a day, UTC) on, of one login, of one kind;
    with `lang`, the ids in before/after are named (territory, body, meeting...) in a few statements."""
    query = (select(AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                    AuditEvent.before, AuditEvent.after)  # as rows: no object per event
             .order_by(AuditEvent.at.desc(), AuditEvent.id).limit(limit))
    if since is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(since, dt.time(), dt.UTC))
    if user:
        query = query.where(AuditEvent.actor == user)
    if entity:
        query = query.where(AuditEvent.entity == entity)
    with db.session() as s:
        rows = [AuditRow(*event) for event in s.execute(query)]
        if lang is None:
            return rows
        ids_of = [_ids_of(r) for r in rows]
        names = names_of(s, set().union(*ids_of), lang)
        return [AuditRow(r.at, r.actor, r.action, r.entity, r.entity_id, r.before, r.after,
                         {k: names[k] for k in ids if k in names}) for r, ids in zip(rows, ids_of, strict=True)]


# ids that name no record: a planned meeting's lineage follows it from version to version (a calendar's planning
# writes one per meeting, and each was looked for in every table of names)
_UNNAMED = frozenset({"lineage_id"})


def _ids_of(row: AuditRow) -> set[str]:
    return {str(v) for side in (row.before, row.after) for k, v in (side or {}).items()
            if k.endswith("_id") and v and k not in _UNNAMED}
