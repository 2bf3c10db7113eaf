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
from collections.abc import Callable
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


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT every row (dicts by column key) in one executemany, as `connection.execute(insert(table), rows)`."""
    if not rows:
        return
    keys = tuple(rows[0])
    columns = {c.key for c in table.columns}
    defaulted = {c.key for c in table.columns if c.default is not None}  # filled by Core when missing
    plain = (connection.dialect.name == "sqlite" and connection.dialect.paramstyle == "qmark"
             and set(keys) <= columns and defaulted <= set(keys)
             and all(len(row) == len(keys) and row.keys() == rows[0].keys() for row in rows))
    if not plain:
        connection.execute(insert(table), rows)
        return
    sql, plan = _plan(connection, table, keys)
    # column by column: the loops over rows run in C, a converter is called only where the type has one
    columns = [list(map(itemgetter(key), rows)) if convert is None else list(map(convert, map(itemgetter(key), rows)))
               for key, convert in plan]
    values = list(zip(*columns, strict=True))
    connection.exec_driver_sql(sql, values)
