"""Which tables travel in a data package, in what order, and how a row becomes JSON and back.

Directory entries (territories, classifiers, akim posts) are matched to the receiver's own by their
natural key and added when unknown, never overwritten. Travelling records (calendars, meetings, issues and
what hangs on them) keep their UUID everywhere and merge by row version.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.types import Uuid

from ..bulk import json_objects, json_texts
from ..models import (
    AgendaItem,
    AkimHolder,
    AkimPost,
    Announcement,
    AnnualCalendar,
    Broadcast,
    CalendarVersion,
    IssueCategory,
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    Meeting,
    MeetingParticipant,
    PlannedMeeting,
    ProblemIssue,
    ResponsibleBody,
    RuleEdition,
    Territory,
)

DATA_FORMAT = "akimdesk-data"
DATA_FORMAT_VERSION = 1
DATA_FILE = "data.json"
SCHEMA_FILE = "data.schema.json"
KIND = "data"

# the baseline of a record kept here although its sender deleted it: that deletion is not asked again
KEPT_AGAINST_DELETION = "0" * 64
# columns every record has that say when and how often it changed, not what it holds
BOOKKEEPING = ("id", "created_at", "updated_at", "row_version")
# columns given once by the database that first wrote the record and never changed (an issue's registration
# number): not part of what two copies compare, and a package from a version before them may lack them
GIVEN_ONCE = {"problem_issue": ("registration_number",)}


@dataclass(frozen=True)
class Entity:
    name: str
    model: type
    directory: bool  # matched by natural key and added when unknown; never updated by a package
    references: dict[str, str] = field(default_factory=dict)  # column -> entity name

    @property
    def columns(self) -> list:
        return list(self.model.__table__.columns)


# dependency order: a record's references come before it
ENTITIES: tuple[Entity, ...] = (
    Entity("territory", Territory, True, {"parent_id": "territory"}),
    Entity("rule_edition", RuleEdition, True),
    Entity("issue_category", IssueCategory, True),
    Entity("issue_status", IssueStatus, True),
    Entity("responsible_body", ResponsibleBody, True, {"parent_id": "responsible_body", "territory_id": "territory"}),
    Entity("akim_post", AkimPost, True, {"territory_id": "territory"}),
    Entity("akim_holder", AkimHolder, False, {"post_id": "akim_post"}),
    Entity("annual_calendar", AnnualCalendar, False, {"region_id": "territory", "rule_edition_id": "rule_edition"}),
    Entity("calendar_version", CalendarVersion, False, {"calendar_id": "annual_calendar"}),
    Entity("planned_meeting", PlannedMeeting, False,
           {"version_id": "calendar_version", "akim_post_id": "akim_post", "territory_id": "territory"}),
    Entity("meeting", Meeting, False,
           {"planned_meeting_id": "planned_meeting", "akim_post_id": "akim_post", "territory_id": "territory"}),
    Entity("agenda_item", AgendaItem, False, {"meeting_id": "meeting"}),
    Entity("meeting_participant", MeetingParticipant, False, {"meeting_id": "meeting"}),
    Entity("broadcast", Broadcast, False, {"meeting_id": "meeting"}),
    Entity("announcement", Announcement, False, {"meeting_id": "meeting"}),
    Entity("problem_issue", ProblemIssue, False,
           {"meeting_id": "meeting", "territory_id": "territory", "category_id": "issue_category",
            "responsible_body_id": "responsible_body", "status_id": "issue_status"}),
    Entity("issue_progress", IssueProgress, False, {"issue_id": "problem_issue", "status_id": "issue_status"}),
    Entity("issue_deadline_change", IssueDeadlineChange, False, {"issue_id": "problem_issue"}),
)
BY_NAME = {e.name: e for e in ENTITIES}
TRAVELLING = tuple(e.name for e in ENTITIES if not e.directory)


def _constants(holder) -> set[str]:
    return {v for k, v in vars(holder).items() if k.isupper() and isinstance(v, str)}


def enumerations() -> dict[tuple[str, str], set[str]]:
    """The columns whose values come from a fixed list: a package may carry no other value in them."""
    from ..models import Level
    from ..models.calendar import CalendarStatus
    from ..models.issue import CompetenceLevel
    from ..models.meeting import MeetingStatus, ParticipantCategory

    return {("territory", "level"): {lv.value for lv in Level},
            ("meeting_participant", "category"): _constants(ParticipantCategory),
            ("meeting", "status"): _constants(MeetingStatus),
            ("calendar_version", "status"): _constants(CalendarStatus),
            ("responsible_body", "level"): _constants(CompetenceLevel),
            ("problem_issue", "competence_level"): _constants(CompetenceLevel)}


class BadValue(ValueError):
    """A field whose value does not fit its column (an invalid date, a word where a number belongs)."""

    def __init__(self, column: str, value: Any):
        super().__init__(f"field {column}: {value!r} is not a valid value")
        self.column = column
        self.value = value


_AS_IS = frozenset({str, int, bool, float, type(None)})  # the commonest values: nothing to convert


def to_json(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def row_to_json(entity: Entity, obj) -> dict[str, Any]:
    return {c.key: to_json(getattr(obj, c.key)) for c in entity.columns}


def _python_type(column) -> type:
    try:
        return _KINDS[column]
    except KeyError:
        pass
    try:
        kind = column.type.python_type
    except NotImplementedError:
        kind = object
    _KINDS[column] = kind
    return kind


_KINDS: dict[Any, type] = {}  # a column's Python type, asked once per column, not once per field


@functools.lru_cache(maxsize=8192)
def _uuid(text: str) -> uuid.UUID:
    """A UUID parsed from its text; the same references (units, statuses, meetings) recur in a package."""
    return uuid.UUID(text)


def from_json(column, value: Any) -> Any:
    """The Python value of one field, refusing values of the wrong type (BadValue)."""
    if value is None:
        if not column.nullable and column.key not in BOOKKEEPING:
            raise BadValue(column.key, value)
        return None
    kind = _python_type(column)
    if kind is str and type(value) is str:  # the commonest field first: a text within its length
        length = getattr(column.type, "length", None)
        if length and len(value) > length:
            raise BadValue(column.key, value)
        return value
    try:
        if kind is uuid.UUID:
            return _uuid(value) if type(value) is str else uuid.UUID(str(value))
        if kind is dt.datetime:
            parsed = dt.datetime.fromisoformat(str(value))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        if kind is dt.date:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        if kind is dt.time:
            return dt.time.fromisoformat(str(value))
        if kind is bool:
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(value)
            return value
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(value)
            length = getattr(column.type, "length", None)
            if length and len(value) > length:
                raise ValueError(value)
            return value
        if kind is dict:
            if not isinstance(value, dict):
                raise ValueError(value)
            return value
    except (ValueError, TypeError, OverflowError):
        raise BadValue(column.key, value) from None
    return value


def column_from_json(column, values: list[Any]) -> list[Any] | None:
    """The Python values of one column's fields in many records at once, as `from_json` gives them one by one;
    None when any of them is not plainly right (the caller then goes field by field, to name the first wrong
    one exactly as before). The loops over the fields run in C where they can."""
    kinds = set(map(type, values))
    if type(None) in kinds:
        if not column.nullable and column.key not in BOOKKEEPING:
            return None
        kinds.discard(type(None))
        if not kinds:
            return values
    if len(kinds) != 1:
        return None
    given = kinds.pop()
    kind = _python_type(column)
    try:
        if kind is str or kind is uuid.UUID or kind is dt.datetime or kind is dt.date or kind is dt.time:
            if given is not str:
                return None
            if kind is str:
                length = getattr(column.type, "length", None)
                return values if not length or max(map(len, filter(None, values)), default=0) <= length else None
            if kind is uuid.UUID:
                return [None if value is None else _uuid(value) for value in values]
            if kind is dt.date:
                if {len(value) for value in values if value is not None} != {10}:
                    return None
                return [None if value is None else dt.date.fromisoformat(value) for value in values]
            if kind is dt.time:
                return [None if value is None else dt.time.fromisoformat(value) for value in values]
            parsed = [None if value is None else dt.datetime.fromisoformat(value) for value in values]
            utc = dt.UTC
            return [value if value is None or value.tzinfo else value.replace(tzinfo=utc) for value in parsed]
        if kind is bool or kind is int or kind is dict:
            return values if given is kind else None
    except (ValueError, TypeError, OverflowError):
        return None
    return values  # a kind `from_json` passes as it is


def content(entity: Entity, values: dict[str, Any]) -> dict[str, Any]:
    """What a record holds, without when and how often it changed: two copies with the same content are
    the same record whatever their row versions say."""
    return {key: to_json(values.get(key)) for key in _content_keys(entity)}


def _content_keys(entity: Entity) -> tuple[str, ...]:
    if entity.name not in _CONTENT_KEYS:
        skipped = (*BOOKKEEPING, *GIVEN_ONCE.get(entity.name, ()))
        _CONTENT_KEYS[entity.name] = tuple(c.key for c in entity.columns if c.key not in skipped)
    return _CONTENT_KEYS[entity.name]


_CONTENT_KEYS: dict[str, tuple[str, ...]] = {}


def content_sha256(entity: Entity, values: dict[str, Any]) -> str:
    text = json.dumps(content(entity, values), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_sha256s(entity: Entity, plain: dict[str, Sequence[Any]]) -> list[str]:
    """`content_sha256` of many records at once, from their values column by column as JSON holds them
    (`bulk.json_plain` with `to_json`): the same sorted JSON text, put together a column at a time."""
    keys = _content_keys(entity)
    texts = [json_texts(plain[key], ascii=False, sort_keys=True, separators=(",", ":")) for key in keys]
    sha256 = hashlib.sha256
    return [sha256(text.encode("utf-8")).hexdigest()
            for text in json_objects(keys, texts, ascii=False, sort_keys=True, separators=(",", ":"))]


def current_values(entity: Entity, obj) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def defaulted_columns(entity) -> tuple[str, ...]:
    """The columns the ORM would fill itself when a value is missing (None): such a row keeps the ORM path. The
    bookkeeping columns are left out: the reader refuses a record without them."""
    if entity.name not in _DEFAULTED:
        _DEFAULTED[entity.name] = tuple(c.key for c in entity.columns
                                        if c.default is not None and c.key not in BOOKKEEPING)
    return _DEFAULTED[entity.name]


_DEFAULTED: dict[str, tuple[str, ...]] = {}


def uuid_columns(entity) -> list:
    """The columns stored as a UUID's 32 hex digits on SQLite (`bulk.driver_converter`)."""
    return [c for c in entity.columns if isinstance(c.type, Uuid) and c.type.as_uuid]


def _column_schema(column) -> dict[str, Any]:
    kind = _python_type(column)
    if kind is uuid.UUID:
        schema: dict[str, Any] = {"type": "string", "format": "uuid"}
    elif kind is dt.datetime:
        schema = {"type": "string", "format": "date-time"}
    elif kind is dt.date:
        schema = {"type": "string", "format": "date"}
    elif kind is dt.time:
        schema = {"type": "string", "format": "time"}
    elif kind is bool:
        schema = {"type": "boolean"}
    elif kind is int:
        schema = {"type": "integer"}
    elif kind is dict:
        schema = {"type": "object"}
    else:
        schema = {"type": "string"}
        if getattr(column.type, "length", None):
            schema["maxLength"] = column.type.length
    if column.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema of data.json, shipped in every package (data.schema.json)."""
    entities = {}
    for entity in ENTITIES:
        props = {c.key: _column_schema(c) for c in entity.columns}
        entities[entity.name] = {
            "type": "array",
            "items": {"type": "object", "properties": props,
                      "required": [c.key for c in entity.columns if c.key not in GIVEN_ONCE.get(entity.name, ())],
                      "additionalProperties": False},
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://akimdesk.kz/schemas/{DATA_FORMAT}-{DATA_FORMAT_VERSION}.json",
        "title": "AkimDesk data package, format version 1",
        "type": "object",
        "required": ["format", "format_version", "unit", "records", "tombstones"],
        "properties": {
            "format": {"const": DATA_FORMAT},
            "format_version": {"const": DATA_FORMAT_VERSION},
            "unit": {"type": "object", "required": ["kato"], "properties": {"kato": {"type": "string"}}},
            "records": {"type": "object", "properties": entities, "additionalProperties": False},
            "tombstones": {
                "type": "array",
                "items": {
                    "type": "object", "required": ["entity", "id", "deleted_at"], "additionalProperties": False,
                    "properties": {"entity": {"enum": list(TRAVELLING)}, "id": {"type": "string", "format": "uuid"},
                                   "row_version": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                                   "deleted_at": {"type": "string", "format": "date-time"}},
                },
            },
        },
        "additionalProperties": False,
    }
