"""Plain, database-free views of a region and its calendar that the check and the planner work on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..territory.names import REGION_EN, akim_title_kk, akim_title_ru


@dataclass(frozen=True)
class Unit:
    id: str
    kato: str | None
    level: str
    parent_id: str | None
    name_ru: str
    name_kk: str
    retired_on: dt.date | None = None
    established_on: dt.date | None = None

    @property
    def ref(self) -> str:
        """How the command line and files name a unit: its KATO code, or its id for a meeting area."""
        return self.kato or self.id

    def active_on(self, day: dt.date) -> bool:
        """The unit exists on that day: established on or before it, not yet retired."""
        if self.established_on is not None and day < self.established_on:
            return False
        return self.retired_on is None or day < self.retired_on

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def akim_title(self, lang: str) -> str:
        if lang == "kk":
            return akim_title_kk(self.name_kk)
        if lang == "en":
            english = REGION_EN.get(self.kato[:2]) if self.kato and self.kato.endswith("0000000") else None
            return f"Akim of {english or self.name_ru}"
        return akim_title_ru(self.name_ru)


@dataclass(frozen=True)
class PlannedItem:
    """A planned field meeting: the organizing akim's unit, the unit visited, the day and time."""

    organizer_id: str
    target_id: str
    day: dt.date
    start: dt.time | None = None
    minutes: int = 120
    is_field: bool = True
    id: str = ""

    def interval(self) -> tuple[dt.datetime, dt.datetime]:
        if self.start is None:  # no time given: the whole day
            begin = dt.datetime.combine(self.day, dt.time(0, 0))
            return begin, begin + dt.timedelta(days=1)
        begin = dt.datetime.combine(self.day, self.start)
        return begin, begin + dt.timedelta(minutes=self.minutes)


@dataclass
class RegionTree:
    """The region's units, indexed for the check and the planner."""

    units: list[Unit]
    by_id: dict[str, Unit] = field(init=False)
    children: dict[str, list[Unit]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {u.id: u for u in self.units}
        self.children = {}
        for u in self.units:
            if u.parent_id:
                self.children.setdefault(u.parent_id, []).append(u)
        for kids in self.children.values():
            kids.sort(key=lambda u: (u.kato or "~", u.name_ru, u.id))

    @property
    def root(self) -> Unit:
        return next(u for u in self.units if u.parent_id not in self.by_id)

    def counted_for(self, organizer_id: str, unit_id: str) -> str | None:
        """The organizer's direct sub-unit that contains `unit_id` (or is it): where a meeting there counts.

        None when the unit is the organizer's own or lies outside its territory.
        """
        node, seen = self.by_id.get(unit_id), set()
        while node is not None and node.id not in seen:
            if node.parent_id == organizer_id:
                return node.id
            seen.add(node.id)
            node = self.by_id.get(node.parent_id) if node.parent_id else None
        return None

    def ordered(self) -> list[Unit]:
        """Parents before children, siblings by KATO code then name: a stable order for reports and plans."""
        out, stack = [], [self.root]
        while stack:
            unit = stack.pop()
            out.append(unit)
            stack.extend(reversed(self.children.get(unit.id, [])))
        return out
