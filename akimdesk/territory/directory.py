"""Reading and editing the territory directory (pure SQLAlchemy, no Qt)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import config
from ..models import TOP_LEVELS, AkimPost, Level, Meeting, PlannedMeeting, ProblemIssue, Territory
from .codes import is_kato, region_kato
from .importer import merge_rows, read_rows
from .tree import code_fits, level_fits


@dataclass(frozen=True)
class TerritoryRow:
    """A territory as the command line and the screens show it."""

    id: str
    parent_id: str | None
    kato: str | None
    parent_kato: str | None
    level: str
    name_ru: str
    name_kk: str
    retired: bool
    is_demo: bool
    row_version: int = 0  # what the screen showed; an edit checks it

    def as_dict(self) -> dict:
        return asdict(self)


class UnknownRegion(LookupError):
    pass


def reference_file() -> Path:
    return config.resources_dir() / "territory" / "kz_atu.csv"


def load_reference(session: Session) -> int:
    """Add the shipped reference units (20 regions and their districts and cities) that are missing."""
    rows = read_rows(reference_file())
    return merge_rows(session, rows, source="reference").added


def regions(session: Session) -> list[Territory]:
    """The 20 top-level units, ordered by KATO code."""
    return list(
        session.scalars(select(Territory).where(Territory.level.in_(TOP_LEVELS)).order_by(Territory.kato))
    )


def region_by_code(session: Session, code: str) -> Territory:
    kato = region_kato(code)
    region = session.scalar(select(Territory).where(Territory.kato == kato))
    if region is None:
        raise UnknownRegion(f"Region {kato} is not in the directory of this database")
    return region


def subtree(session: Session, root: Territory, include_retired: bool = True) -> list[Territory]:
    """The root and everything under it, parents before children, siblings by KATO then name."""
    # only this root's units, found in SQL: loading the whole country's directory cost most of the
    # Calendar page's first paint on the national data set
    tree = select(Territory.id).where(Territory.id == root.id).cte("subtree", recursive=True)
    # UNION, not UNION ALL: a broken tree (a cycle) ends the recursion instead of running round forever
    tree = tree.union(select(Territory.id).where(Territory.parent_id == tree.c.id))
    all_units = list(session.scalars(select(Territory).where(Territory.id.in_(select(tree.c.id)))))
    children: dict[uuid.UUID | None, list[Territory]] = {}
    for unit in all_units:
        children.setdefault(unit.parent_id, []).append(unit)
    out: list[Territory] = []
    stack, seen = [root], set()
    while stack:
        unit = stack.pop()
        if unit.id in seen:  # a broken tree (a cycle) is walked once, never round and round
            continue
        seen.add(unit.id)
        if include_retired or unit.retired_on is None:
            out.append(unit)
        kids = sorted(children.get(unit.id, []), key=lambda t: (t.kato or "~", t.name_ru), reverse=True)
        stack.extend(kids)
    return out


def as_rows(units: list[Territory]) -> list[TerritoryRow]:
    by_id = {u.id: u for u in units}
    rows = []
    for u in units:
        parent = by_id.get(u.parent_id) if u.parent_id else None
        if u.parent_id and parent is None:
            parent = u.parent
        rows.append(
            TerritoryRow(
                id=str(u.id), parent_id=str(u.parent_id) if u.parent_id else None, kato=u.kato, parent_kato=parent.kato if parent else None, level=u.level,
                name_ru=u.name_ru, name_kk=u.name_kk, retired=u.retired_on is not None, is_demo=u.is_demo,
                row_version=u.row_version,
            )
        )
    return rows


def list_territories(session: Session, region: str | None = None) -> list[TerritoryRow]:
    """Every unit, or one region's subtree when a region code is given."""
    if region:
        return as_rows(subtree(session, region_by_code(session, region)))
    out: list[Territory] = []
    for top in regions(session):
        out += subtree(session, top)
    return as_rows(out)


class DirectoryEditError(ValueError):
    def __init__(self, message: str, code: str = ""):
        super().__init__(message)
        self.code = code


def add_unit(
    session: Session, parent: Territory | None, level: str, name_ru: str, name_kk: str, kato: str | None = None
) -> Territory:
    """Add a unit by hand; a microdistrict or other meeting area may have no KATO code."""
    name_ru, name_kk = name_ru.strip(), name_kk.strip()
    if not name_ru or not name_kk:
        raise DirectoryEditError("Both the Russian and the Kazakh name are required")
    if level not in {lv.value for lv in Level}:
        raise DirectoryEditError(f"Unknown level: {level}")
    if kato:
        if not is_kato(kato):
            raise DirectoryEditError(f"A KATO code has nine digits: {kato}")
        if session.scalar(select(Territory).where(Territory.kato == kato)):
            raise DirectoryEditError(f"KATO code {kato} is already in the directory")
    elif level != Level.AREA:
        raise DirectoryEditError("Only a meeting area (microdistrict) may be added without a KATO code")
    if not level_fits(level, parent.level if parent else None):
        raise DirectoryEditError(f"A unit of level {level} cannot be under a unit of level "
                                 f"{parent.level if parent else '(none)'}")
    if parent is not None and not code_fits(kato or None, parent.kato):
        raise DirectoryEditError(f"KATO code {kato} does not belong under {parent.kato}")
    unit = Territory(kato=kato or None, parent=parent, level=level, name_ru=name_ru, name_kk=name_kk)
    session.add(unit)
    session.flush()
    return unit


def rename_unit(session: Session, unit: Territory, name_ru: str, name_kk: str) -> None:
    if not name_ru.strip() or not name_kk.strip():
        raise DirectoryEditError("Both the Russian and the Kazakh name are required")
    unit.name_ru, unit.name_kk = name_ru.strip(), name_kk.strip()


def retire_unit(session: Session, unit: Territory, on: dt.date | None = None) -> None:
    """Retire a unit: it stays in history (meetings, issues) but is no longer offered for new records."""
    unit.retired_on = on or dt.date.today()


def set_unit_dates(session: Session, unit: Territory, established_on: dt.date | None,
                   retired_on: dt.date | None) -> None:
    """A unit's first day and its retirement day (either may be unknown/None); a unit retires after it starts."""
    if established_on and retired_on and retired_on <= established_on:
        raise DirectoryEditError("A unit is retired after the day it was established")
    unit.established_on, unit.retired_on = established_on, retired_on


def restore_unit(session: Session, unit: Territory) -> None:
    unit.retired_on = None


def delete_unused_unit(session: Session, unit: Territory) -> None:
    """Delete a unit nothing refers to (undo of adding it); anything in use must be retired instead."""
    used = session.scalar(select(Territory.id).where(Territory.parent_id == unit.id).limit(1))
    for model in (AkimPost, Meeting, PlannedMeeting, ProblemIssue):
        used = used or session.scalar(select(model.id).where(model.territory_id == unit.id).limit(1))
    if used:
        raise DirectoryEditError("This unit is in use (units, akims, meetings or issues refer to it): retire it")
    session.delete(unit)
