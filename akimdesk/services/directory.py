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
from .audit_trail import refuse_if_changed
from .storage import long_write

__all__ = ["BadRegionCode", "DirectoryEditError", "ImportRefused", "Level", "MergeResult", "RowError", "TerritoryRow",
           "UnknownRegion", "add_unit", "delete_unused_unit", "import_territories", "region_tree", "rename_unit",
           "set_retired", "set_unit_dates", "territory_rows", "unit_dates", "unit_version"]


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


def _unit_at(s, db: Database, unit_id: uuid.UUID, expected_version: int) -> Territory:
    """The unit, if it is still at the version the person saw (else who changed it and when)."""
    require(s, db, Role.ADMINISTRATOR)
    unit = s.get(Territory, unit_id)
    if unit is None:
        raise DirectoryEditError("The unit is no longer in the directory (deleted meanwhile?)", "unit_gone")
    refuse_if_changed(s, unit, expected_version, lambda message: DirectoryEditError(message, "changed_since"))
    return unit


def _saved(s, unit: Territory) -> int:
    s.flush()
    return unit.row_version


def rename_unit(db: Database, unit_id: uuid.UUID, name_ru: str, name_kk: str, expected_version: int) -> int:
    """Rename over the version the person saw; returns the new version."""
    with db.session() as s:
        unit = _unit_at(s, db, unit_id, expected_version)
        directory.rename_unit(s, unit, name_ru, name_kk)
        return _saved(s, unit)


def set_retired(db: Database, unit_id: uuid.UUID, retired: bool, expected_version: int) -> int:
    with db.session() as s:
        unit = _unit_at(s, db, unit_id, expected_version)
        if retired:
            directory.retire_unit(s, unit)
        else:
            directory.restore_unit(s, unit)
        return _saved(s, unit)


def unit_dates(db: Database, unit_id: uuid.UUID) -> tuple[dt.date | None, dt.date | None]:
    """(established_on, retired_on) of a unit; None where not known / not retired."""
    with db.session() as s:
        unit = s.get(Territory, unit_id)
        return unit.established_on, unit.retired_on


def unit_version(db: Database, unit_id: uuid.UUID) -> int:
    """The unit's version now (what a dialog opened on it shows)."""
    with db.session() as s:
        return s.get(Territory, unit_id).row_version


def set_unit_dates(db: Database, unit_id: uuid.UUID, established_on: dt.date | None,
                   retired_on: dt.date | None, expected_version: int) -> int:
    """Set both days (DirectoryEditError when the unit would retire before it starts; nothing changes)."""
    with db.session() as s:
        unit = _unit_at(s, db, unit_id, expected_version)
        directory.set_unit_dates(s, unit, established_on, retired_on)
        return _saved(s, unit)


@long_write("territory import")
def import_territories(db: Database, path: Path) -> MergeResult:
    """Import a file; raises ImportRefused (nothing written) when any row is bad."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        return import_file(s, path)


def delete_unused_unit(db: Database, unit_id: uuid.UUID, expected_version: int) -> None:
    """Delete a unit nothing refers to (undo of adding it), if nobody changed it since."""
    with db.session() as s:
        directory.delete_unused_unit(s, _unit_at(s, db, unit_id, expected_version))
