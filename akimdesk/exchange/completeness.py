"""Who has sent data for which period: units x quarters, from the log of data packages received."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ..db import Database
from ..decree.periods import Period, periods_of
from ..models import TOP_LEVELS, PackageLog, Territory
from .records import KIND

# the units that send data to a region (and the regions that send to the Government)
SENDING_LEVELS = ("district", "oblast_city", "urban_district")


@dataclass
class Received:
    file_name: str
    received_at: dt.datetime
    created_at: str | None
    records: int
    conflicts: int


@dataclass
class UnitRow:
    kato: str
    name_ru: str
    name_kk: str
    cells: list[Received | None] = field(default_factory=list)
    last: Received | None = None

    @property
    def sent_nothing(self) -> bool:
        return self.last is None

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass
class Completeness:
    periods: list[Period]
    rows: list[UnitRow]

    @property
    def silent(self) -> list[UnitRow]:
        return [r for r in self.rows if r.sent_nothing]


def _covers(log: PackageLog, period: Period) -> bool:
    start = log.period_start or dt.date.min
    end = log.period_end or dt.date.max
    return start <= period.end and end >= period.start


def completeness(database: Database, region_kato: str | None, year: int) -> Completeness:
    """For a region: its districts and cities; without one: the regions. Each quarter's cell holds the
    last package received whose period overlaps it."""
    periods = periods_of(year, "quarter")
    with database.session() as session:
        if region_kato:
            region_kato = region_kato if len(region_kato) == 9 else region_kato.ljust(9, "0")
            region = session.scalar(select(Territory).where(Territory.kato == region_kato))
            units = [] if region is None else list(session.scalars(
                select(Territory).where(Territory.parent_id == region.id, Territory.level.in_(SENDING_LEVELS))))
        else:
            units = list(session.scalars(select(Territory).where(Territory.level.in_(TOP_LEVELS))))
        units.sort(key=lambda t: (t.kato or "", t.name_ru))
        logs = list(session.scalars(select(PackageLog).where(PackageLog.direction == "import", PackageLog.kind == KIND)
                                    .order_by(PackageLog.created_at)))
    by_sender: dict[str, list[PackageLog]] = {}
    for log in logs:
        by_sender.setdefault(log.sender_kato or "", []).append(log)
    rows = []
    for unit in units:
        row = UnitRow(unit.kato or "", unit.name_ru, unit.name_kk)
        mine = by_sender.get(unit.kato or "", [])
        for period in periods:
            hits = [log for log in mine if _covers(log, period)]
            row.cells.append(_received(hits[-1]) if hits else None)
        row.last = _received(mine[-1]) if mine else None
        rows.append(row)
    return Completeness(periods, rows)


def _received(log: PackageLog) -> Received:
    details = log.details or {}
    counts = details.get("counts") or {}
    from .records import TRAVELLING

    records = sum(v for k, v in counts.items() if k in TRAVELLING and isinstance(v, int))
    return Received(log.file_name, log.created_at, details.get("created_at"), records, int(details.get("conflicts") or 0))


def unit_choices(database: Database, region_id) -> list[tuple[str, str, str]]:
    """The region and the units under it that keep their own data: (KATO, Russian name, Kazakh name)."""
    with database.session() as session:
        region = session.get(Territory, region_id) if region_id else None
        if region is None:
            return []
        units = [region, *sorted(session.scalars(select(Territory).where(
            Territory.parent_id == region.id, Territory.level.in_(SENDING_LEVELS))), key=lambda t: t.kato or "")]
        return [(u.kato, u.name_ru, u.name_kk) for u in units if u.kato]
