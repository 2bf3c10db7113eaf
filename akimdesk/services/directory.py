"""Directory use cases for the screens: tree rows, hand edits and file import, each in one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from ..db import Database
from ..models import Level, Territory
from ..territory import directory
from ..territory.codes import BadRegionCode
from ..territory.directory import DirectoryEditError, TerritoryRow, UnknownRegion, list_territories
from ..territory.importer import ImportRefused, MergeResult, RowError, import_file
from .access import Role, require
from .storage import long_write

__all__ = ["BadRegionCode", "DirectoryEditError", "ImportRefused", "Level", "MergeResult", "RowError", "TerritoryRow",
           "UnknownRegion", "add_unit", "delete_unused_unit", "import_territories", "region_tree", "rename_unit",
           "set_retired", "set_unit_dates", "territory_rows", "unit_dates"]


def territory_rows(db: Database, region: str | None = None) -> list[TerritoryRow]:
    """Every unit (or one region's, by its 2- or 9-digit code), parents first."""
    with db.session() as s:
        return list_territories(s, region)


def region_tree(db: Database, region_id: uuid.UUID) -> list[TerritoryRow]:
    """The region and everything under it, parents first."""
    with db.session() as s:
        return directory.as_rows(directory.subtree(s, s.get(Territory, region_id)))


def add_unit(db: Database, parent_id: uuid.UUID, level: str, name_ru: str, name_kk: str,
             kato: str | None) -> uuid.UUID:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        unit = directory.add_unit(s, s.get(Territory, parent_id), level, name_ru, name_kk, kato or None)
        return unit.id


def rename_unit(db: Database, unit_id: uuid.UUID, name_ru: str, name_kk: str) -> None:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        directory.rename_unit(s, s.get(Territory, unit_id), name_ru, name_kk)


def set_retired(db: Database, unit_id: uuid.UUID, retired: bool) -> None:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        unit = s.get(Territory, unit_id)
        if retired:
            directory.retire_unit(s, unit)
        else:
            directory.restore_unit(s, unit)


def unit_dates(db: Database, unit_id: uuid.UUID) -> tuple[dt.date | None, dt.date | None]:
    """(established_on, retired_on) of a unit; None where not known / not retired."""
    with db.session() as s:
        unit = s.get(Territory, unit_id)
        return unit.established_on, unit.retired_on


def set_unit_dates(db: Database, unit_id: uuid.UUID, established_on: dt.date | None,
                   retired_on: dt.date | None) -> None:
    """Set both days (DirectoryEditError when the unit would retire before it starts; nothing changes)."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        directory.set_unit_dates(s, s.get(Territory, unit_id), established_on, retired_on)


@long_write("territory import")
def import_territories(db: Database, path: Path) -> MergeResult:
    """Import a file; raises ImportRefused (nothing written) when any row is bad."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        return import_file(s, path)


def delete_unused_unit(db: Database, unit_id: uuid.UUID) -> None:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        directory.delete_unused_unit(s, s.get(Territory, unit_id))
