"""The register's rows: what one line shows, and how a page's result becomes rows cheaply.

A screen may hold 100,000 rows. Names, codes, dates and unit ids repeat from row to row: each distinct
value is converted and kept once, and a page's result is converted a column at a time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class RegisterRow:
    """One line of the register as the screens and the command line show it; read, never changed.

    Not frozen: a frozen dataclass sets each of its 28 fields through object.__setattr__, which made a page
    of 200 rows cost 1.1 ms to build instead of 0.13 (a fifth of a page's time in a long scroll)."""

    id: uuid.UUID
    registration_number: str | None
    raised_on: dt.date
    text: str
    territory_id: uuid.UUID
    kato: str | None
    unit_ru: str
    unit_kk: str
    category_ru: str
    category_kk: str
    category_en: str
    body_code: str | None
    body_ru: str
    body_kk: str
    competence_level: str
    deadline: dt.date | None
    original_deadline: dt.date | None
    status_code: str
    status_ru: str
    status_kk: str
    status_en: str
    closed: bool
    closed_on: dt.date | None
    meeting_id: uuid.UUID | None
    citizen_name: str | None
    citizen_contact: str | None
    row_version: int  # the version the list showed: a bulk change over it refuses one changed meanwhile
    sort_value: Any = field(default=None, compare=False)

    @property
    def extended(self) -> bool:
        return self.original_deadline is not None and self.deadline != self.original_deadline

    def overdue(self, today: dt.date) -> bool:
        return not self.closed and self.deadline is not None and self.deadline < today


# A screen may hold 100,000 rows: equal names, codes, dates and unit ids, which every row repeats, are kept
# once (the driver makes a new object for each row's each value), so loaded rows cost about half the memory.
_SHARED: dict[Any, Any] = {}
_SHARED_LIMIT = 200_000
_OWN = {"id", "registration_number", "text", "citizen_name", "citizen_contact", "sort_value"}  # unique to a row, or added apart
_SHARE_AT = tuple(i for i, f in enumerate(fields(RegisterRow)) if f.name not in _OWN)


def _share(value: Any) -> Any:
    if value is None or value is True or value is False:
        return value
    kept = _SHARED.get((type(value), value))
    if kept is None:
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        kept = _SHARED[(type(value), value)] = value
    return kept


# SQLite stores ids as 32 hex digits, dates as ISO text and flags as 0/1: a page reads them as stored and
# converts each distinct unit id, meeting id and date once (they repeat from row to row), the row's own id per row
class _Kept(dict):
    """Each distinct stored value of one field, converted once (None stays None)."""

    def __init__(self, make):
        super().__init__({None: None})
        self.make = make

    def __missing__(self, stored):
        kept = self[stored] = self.make(stored)
        return kept


_FIELDS = [f.name for f in fields(RegisterRow)][:-1]
_MAKE = {"territory_id": lambda v: uuid.UUID(hex=v), "meeting_id": lambda v: uuid.UUID(hex=v), "closed": bool,
         "raised_on": dt.date.fromisoformat, "deadline": dt.date.fromisoformat,
         "original_deadline": dt.date.fromisoformat, "closed_on": dt.date.fromisoformat}
_KEPT = tuple((i, _Kept(_MAKE.get(_FIELDS[i], lambda v: v))) for i in _SHARE_AT)
# a server's driver gives values already converted: each distinct one is kept as it came, looked up a column at
# a time in C (a Python call per value made a page of 200 rows cost a millisecond more on PostgreSQL)
_KEPT_SERVER = tuple((i, _Kept(lambda v: v)) for i in _SHARE_AT)
_ID = _FIELDS.index("id")


def page_rows(result: Sequence[Sequence[Any]], stored: bool) -> list[RegisterRow]:
    """RegisterRows of a page's result, converted a column at a time (`stored`: SQLite's stored values)."""
    if not result:
        return []
    columns: list[Iterable[Any]] = list(zip(*result, strict=True))
    if stored:
        columns[_ID] = [uuid.UUID(hex=v) for v in columns[_ID]]
    for i, kept in _KEPT if stored else _KEPT_SERVER:
        columns[i] = map(kept.__getitem__, columns[i])
    columns[-1] = map(_share, columns[-1])  # the sort value, which SQLAlchemy converts
    return list(map(RegisterRow, *columns))


def forget_converted() -> None:
    """Let the kept conversions go once they hold too many values (a long session of many filters)."""
    for converted in (_KEPT, _KEPT_SERVER):
        if sum(len(kept) for _i, kept in converted) >= _SHARED_LIMIT:
            for _i, kept in converted:
                kept.clear()
                kept[None] = None
