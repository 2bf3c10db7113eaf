"""One INSERT executemany of many plain rows, the values converted for the driver once per column.

A Core `insert(table)` executemany hands every value of every row through SQLAlchemy's parameter machinery
(building each row's parameters, then the column type's bind processor): for a region's data package that
is a third of the merge's writing. On SQLite the same statement is sent here with the values already in the
form the column types would give the driver — each column's own bind processor, and for the commonest types
(UUIDs as 32 hex digits, times and dates as SQLAlchemy's SQLite storage text) an equal but quicker
conversion (`tests/test_exchange_bulk.py` checks they give the same text). Elsewhere (PostgreSQL), and for
rows the plain path cannot take (a missing value that a column default would fill), Core's executemany.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring, encode_basestring_ascii
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.types import JSON, Uuid

Convert = Callable[[Any], Any]


def _hex(value):
    return None if value is None else value.hex


def _datetime_text(fallback: Convert) -> Convert:
    datetime = dt.datetime

    def convert(value):
        if type(value) is datetime:  # the storage format keeps the wall time and drops the offset (after 26)
            return value.isoformat(" ", "microseconds")[:26]
        return fallback(value)

    return convert


def _date_text(fallback: Convert) -> Convert:
    date = dt.date

    def convert(value):
        if type(value) is date:
            return value.isoformat()
        return fallback(value)

    return convert


def _json_text(fallback: Convert) -> Convert:
    dumps = json.dumps

    def convert(value):
        if value is None:  # SQL NULL only with none_as_null; else JSON's null, as the type writes it
            return "null"
        if type(value) is dict:
            return dumps(value)
        return fallback(value)

    return convert


_DEFAULT_DATETIME = SQLITE_DATETIME()._storage_format
_DEFAULT_DATE = SQLITE_DATE()._storage_format


def driver_converter(column, dialect) -> Convert | None:
    """What the column's type does to a value before the driver gets it (None: nothing), quicker where it can."""
    impl = column.type.dialect_impl(dialect)
    process = impl.bind_processor(dialect)
    if process is None or dialect.name != "sqlite":
        return process
    if isinstance(column.type, Uuid) and column.type.as_uuid:
        return _hex
    if isinstance(impl, SQLITE_DATETIME) and impl._storage_format == _DEFAULT_DATETIME:
        return _datetime_text(process)
    if isinstance(impl, SQLITE_DATE) and impl._storage_format == _DEFAULT_DATE:
        return _date_text(process)
    if isinstance(impl, JSON) and not impl.none_as_null and dialect._json_serializer is None \
            and impl._str_impl.bind_processor(dialect) is None:
        return _json_text(process)  # the type's serializer is json.dumps then, its text passed as it is
    return process


_PLANS: dict[tuple[str, Table, tuple[str, ...]], tuple[str, list[tuple[str, Convert | None]]]] = {}


def _plan(connection: Connection, table: Table, keys: tuple[str, ...]):
    dialect = connection.dialect
    cache_key = (dialect.name, table, keys)
    if cache_key not in _PLANS:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        order = compiled.positiontup or []
        columns = {c.key: c for c in table.columns}
        _PLANS[cache_key] = (str(compiled), [(key, driver_converter(columns[key], dialect)) for key in order])
    return _PLANS[cache_key]


def sends_plain(connection: Connection) -> bool:
    """Whether `insert_rows` hands this connection's driver the values itself (SQLite), not through Core."""
    return connection.dialect.name == "sqlite" and connection.dialect.paramstyle == "qmark"


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]], ready: Iterable[str] = (),
                same: Iterable[str] = (), given: dict[str, Sequence[Any]] | None = None) -> None:
    """INSERT every row (dicts by column key) in one executemany, as `connection.execute(insert(table), rows)`.

    `ready`: columns whose values are given already as the driver gets them (a JSON column's text, made by
    `json_objects`); only on the plain path (SQLite), never through Core, which would convert them again.
    `same`: columns with one value in every row (converted once). `given`: columns' driver values made by the
    caller (one list each, in the rows' order), used in place of the rows' own on the plain path."""
    if not rows:
        return
    ready = frozenset(ready)
    same = frozenset(same)
    given = given or {}
    keys = tuple(rows[0])
    columns = {c.key for c in table.columns}
    defaulted = {c.key for c in table.columns if c.default is not None}  # filled by Core when missing
    plain = (sends_plain(connection) and set(keys) <= columns and defaulted <= set(keys)
             and all(map(rows[0].keys().__eq__, map(dict.keys, rows))))  # the same keys in every row (in C)
    if not plain:
        if ready:
            raise ValueError(f"{table.name}: values given as the driver's can only be sent to SQLite as they are")
        connection.execute(insert(table), rows)
        return
    sql, plan = _plan(connection, table, keys)
    if ready:
        plan = [(key, None if key in ready else convert) for key, convert in plan]
    # column by column: the loops over rows run in C, a converter is called only where the type has one
    count = len(rows)
    columns = [given[key] if key in given
               else [rows[0][key] if convert is None else convert(rows[0][key])] * count if key in same
               else list(map(itemgetter(key), rows)) if convert is None
               else list(map(convert, map(itemgetter(key), rows)))
               for key, convert in plan]
    values = list(zip(*columns, strict=True))
    connection.exec_driver_sql(sql, values)


# -- JSON text of many rows at once ---------------------------------------------------------------------------
# An audit entry holds its record's every column as a JSON object, a baseline the SHA-256 of the record's
# content as sorted JSON. Made row by row (a dict of converted values, then `json.dumps`) that is a Python call per
# field twice over; here each column is converted once (`json_plain`) and turned into JSON text once per use
# (`json_texts`), and each row's object is put together by one format string (`json_objects`). The text is
# json.dumps's own: strings by its encoder, anything but the commonest values by json.dumps itself
# (`tests/test_exchange_bulk.py` compares them).

_NONE = type(None)
_AS_IS = frozenset({str, int, bool, float, _NONE})  # values JSON holds as they are
_ISO = (dt.datetime, dt.date, dt.time)


def uuid_hexes(texts: Sequence[str | None]) -> list[str | None]:
    """UUIDs' 32 hex digits (`UUID.hex`, what SQLite stores) from their text (`str(UUID)`), without parsing."""
    return [None if text is None else text.replace("-", "") for text in texts]


def json_plain(values: Sequence[Any], fallback: Convert) -> Sequence[Any]:
    """Each value as JSON holds it: times and dates as ISO text, UUIDs as their text (what `fallback`, the
    caller's per-value conversion, gives them; it converts any other kind)."""
    kinds = set(map(type, values)) - {_NONE}
    if kinds <= _AS_IS:
        return values
    if len(kinds) == 1:
        kind = next(iter(kinds))
        if kind is uuid.UUID:
            return [None if value is None else str(value) for value in values]
        if kind in _ISO:
            return [None if value is None else value.isoformat() for value in values]
    return list(map(fallback, values))


def json_texts(values: Sequence[Any], *, ascii: bool = True, sort_keys: bool = False,
               separators: tuple[str, str] | None = None) -> list[str]:
    """Each value's JSON text as `json.dumps(value, ensure_ascii=ascii, sort_keys=..., separators=...)` writes
    it, alone or inside an object written with the same settings."""
    kinds = set(map(type, values))
    quote = encode_basestring_ascii if ascii else encode_basestring
    if kinds == {str}:
        return list(map(quote, values))
    if kinds <= {str, _NONE}:
        return ["null" if value is None else quote(value) for value in values]
    if kinds <= {int, _NONE}:
        return ["null" if value is None else int.__repr__(value) for value in values]
    if kinds <= {bool, _NONE}:
        return ["null" if value is None else "true" if value else "false" for value in values]
    return [json.dumps(value, ensure_ascii=ascii, sort_keys=sort_keys, separators=separators) for value in values]


def json_objects(names: Sequence[str], texts: Sequence[Sequence[str]], *, ascii: bool = True,
                 sort_keys: bool = False, separators: tuple[str, str] | None = None) -> list[str]:
    """Per row, the JSON object of `names` with the values whose texts (`json_texts`, one list per name) are
    given: `json.dumps(dict(zip(names, row)), ...)` with the same settings."""
    if not names:
        raise ValueError("an object of no names: its rows cannot be counted")
    item, key = separators or (", ", ": ")
    order = sorted(range(len(names)), key=names.__getitem__) if sort_keys else range(len(names))
    template = "{" + item.join(json.dumps(names[i], ensure_ascii=ascii).replace("%", "%%") + key + "%s"
                               for i in order) + "}"
    return list(map(template.__mod__, zip(*(texts[i] for i in order), strict=True)))
