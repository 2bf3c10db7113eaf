"""The auto-planner: a draft calendar in which every akim meets every required unit in every period.

Working days only, at most `max_per_day` field meetings per akim per day, spread across each period
instead of bunched at its start, existing meetings kept and counted. The same input gives the same plan.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ..progress import NO_PROGRESS, Progress
from .compliance import count_key, required_pairs
from .editions import Edition
from .plan_model import PlannedItem, RegionTree, Unit
from .workdays import WorkingDays

START_TIMES = (dt.time(10, 0), dt.time(14, 30), dt.time(17, 30), dt.time(8, 30))


@dataclass(frozen=True)
class PlannerOptions:
    max_per_day: int = 1
    minutes: int = 120
    earliest: dt.date | None = None  # default: the day after the submission deadline (never before entry into force)


DEFAULT_OPTIONS = PlannerOptions()


@dataclass
class PlanResult:
    new: list[PlannedItem] = field(default_factory=list)
    unplaceable: list[tuple[Unit, Unit, str]] = field(default_factory=list)  # organizer, target, period label


def _free_start(taken: list[tuple[dt.datetime, dt.datetime]], day: dt.date, minutes: int) -> dt.time | None:
    for start in START_TIMES:
        begin = dt.datetime.combine(day, start)
        end = begin + dt.timedelta(minutes=minutes)
        if all(end <= a or begin >= b for a, b in taken):
            return start
    return None


def propose(tree: RegionTree, existing: list[PlannedItem], edition: Edition, year: int, workdays: WorkingDays,
            options: PlannerOptions = DEFAULT_OPTIONS, progress: Progress = NO_PROGRESS) -> PlanResult:
    """New meetings to add to `existing` so that the region meets the edition's norms for the year."""
    earliest = max(options.earliest or edition.submission_date(year) + dt.timedelta(days=1), edition.effective_from)
    result = PlanResult()
    field_items = [p for p in existing if p.is_field]
    taken: dict[tuple[str, dt.date], list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    have: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for item in field_items:
        taken[(item.organizer_id, item.day)].append(item.interval())
        counted = count_key(tree, item)
        if counted is not None:
            have[(item.organizer_id, counted)].append(item.day)

    # group the requirements by (organizer, period) so each akim's meetings spread over the period
    groups: dict[tuple[str, str], list] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for norm, organizer, target, period in required_pairs(tree, edition, year):
        key = (organizer.id, period.code)
        if key not in groups:
            order.append(key)
        groups[key].append((norm, organizer, target, period))

    for step, key in enumerate(order):
        progress.step(step, len(order), "")
        needs = []
        for norm, organizer, target, period in groups[key]:
            count = sum(1 for d in have[(organizer.id, target.id)] if period.contains(d))
            needs += [(organizer, target, period)] * max(0, norm.minimum - count)
        if not needs:
            continue
        period = needs[0][2]
        days = (workdays.between(max(period.start, earliest), period.end)
                or workdays.between(max(period.start, edition.effective_from), period.end))
        for k, (organizer, target, _) in enumerate(needs):
            ideal = int((k + 0.5) * len(days) / len(needs)) if days else 0
            placed = False
            # look outward from the ideal day: ideal, ideal+1, ideal-1, ideal+2, ...
            for offset in range(2 * len(days)):
                i = ideal + (offset + 1) // 2 * (1 if offset % 2 else -1)
                if not 0 <= i < len(days):
                    continue
                day = days[i]
                slots = taken[(organizer.id, day)]
                if len(slots) >= options.max_per_day or not target.active_on(day):
                    continue
                start = _free_start(slots, day, options.minutes)
                if start is None:
                    continue
                item = PlannedItem(organizer.id, target.id, day, start, options.minutes)
                slots.append(item.interval())
                have[(organizer.id, target.id)].append(day)
                result.new.append(item)
                placed = True
                break
            if not placed:
                result.unplaceable.append((organizer, target, period.code))
    progress.step(len(order), len(order), "")
    return result
