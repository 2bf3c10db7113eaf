"""Declarative base and the columns every travelling record carries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, String, Uuid
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.functions import FunctionElement

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON(),
    }


class id_text(FunctionElement):  # noqa: N801 - used as an SQL function
    """A UUID column as the text `str(uuid)` gives, written by the database: a list of thousands of rows needs
    no UUID object per id (SQLite keeps 32 hex digits, PostgreSQL a uuid: each is cast its own way)."""

    type = String()
    inherit_cache = True


@compiles(id_text)
def _id_text_sqlite(element, compiler, **kw) -> str:
    column = compiler.process(element.clauses, **kw)
    parts = (f"substr({column}, {start}, {length})" for start, length in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12)))
    return "(" + " || '-' || ".join(parts) + ")"  # NULL stays NULL


@compiles(id_text, "postgresql")
def _id_text_postgresql(element, compiler, **kw) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


def _per_dialect(function: type[FunctionElement], sqlite: str, postgresql: str) -> None:
    """Compile `function(column)` from a template per dialect, `{}` standing for the column."""

    @compiles(function)
    def _on_sqlite(element, compiler, **kw) -> str:
        return sqlite.format(compiler.process(element.clauses, **kw))

    @compiles(function, "postgresql")
    def _on_postgresql(element, compiler, **kw) -> str:
        return postgresql.format(compiler.process(element.clauses, **kw))


class folded(FunctionElement):  # noqa: N801 - used as an SQL function
    """A text in one case for a search that ignores case in every alphabet (SQLite's own lower() folds only
    ASCII: the program gives each connection `akimdesk_fold`, Python's casefold, `db.fold`; PostgreSQL's lower())."""

    type = String()
    inherit_cache = True


class date_text(FunctionElement):  # noqa: N801 - used as an SQL function
    """A date column as the program shows it, 31.12.2026, written by the database."""

    type = String()
    inherit_cache = True


_per_dialect(folded, "akimdesk_fold({})", "lower({})")
_per_dialect(date_text, "strftime('%d.%m.%Y', {})", "to_char({}, 'DD.MM.YYYY')")


class Record:
    """UUID key, timestamps and a row version for optimistic locking.

    Records travel between district, oblast and Government databases, so keys are UUIDs,
    never local counters.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}


class Named:
    """A reference entry with a name in each interface language."""

    name_ru: Mapped[str]
    name_kk: Mapped[str]

    def name(self, lang: str) -> str:
        """The name in `lang`, falling back to Russian where no other exists."""
        return getattr(self, f"name_{lang}", None) or self.name_ru
