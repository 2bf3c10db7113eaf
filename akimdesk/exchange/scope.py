"""Jurisdiction: a data package may create, change or delete only records inside its sender's territory
subtree. Every record's unit is found through its own territory column or through the record it hangs on
(a meeting's broadcast, an issue's progress entry), as the package says and as this database says; both
must lie inside the sender's subtree. Anything else is refused with the record named, before a write."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AkimPost, Territory
from . import ExchangeRefused
from .records import BY_NAME

# records of the sender's region that travel as context of its own (added where missing, never changed)
CONTEXT = {"annual_calendar", "calendar_version"}
# the column that places a record in a unit, or the record it hangs on (entity name, column)
PLACED_BY: dict[str, tuple[str, str | None]] = {
    "annual_calendar": ("region_id", None),
    "planned_meeting": ("territory_id", None),
    "meeting": ("territory_id", None),
    "problem_issue": ("territory_id", None),
    "akim_holder": ("post_id", "akim_post"),
    "calendar_version": ("calendar_id", "annual_calendar"),
    "agenda_item": ("meeting_id", "meeting"),
    "meeting_participant": ("meeting_id", "meeting"),
    "broadcast": ("meeting_id", "meeting"),
    "announcement": ("meeting_id", "meeting"),
    "issue_progress": ("issue_id", "problem_issue"),
    "issue_deadline_change": ("issue_id", "problem_issue"),
}


def subtree_ids(session: Session, root: uuid.UUID) -> set[uuid.UUID]:
    """The unit and every unit under it (each visited once: a broken tree cannot loop)."""
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for unit_id, parent_id in session.execute(select(Territory.id, Territory.parent_id)):
        children.setdefault(parent_id, []).append(unit_id)
    out, stack = set(), [root]
    while stack:
        unit = stack.pop()
        if unit not in out:
            out.add(unit)
            stack.extend(children.get(unit, []))
    return out


def ancestor_ids(session: Session, unit: uuid.UUID) -> set[uuid.UUID]:
    parents = {r.id: r.parent_id for r in session.execute(select(Territory.id, Territory.parent_id))}
    out: set[uuid.UUID] = set()
    while unit is not None and unit not in out:
        out.add(unit)
        unit = parents.get(unit)
    return out


class Jurisdiction:
    """Where the sender may write, and the unit of any record (incoming or kept here)."""

    def __init__(self, session: Session, sender_kato: str, incoming: dict[uuid.UUID, tuple[str, dict]], translate,
                 get=None):
        self.session = session
        self.get = get or session.get  # the merge answers lookups from the rows it read ahead
        self.post_units: dict[uuid.UUID, uuid.UUID | None] = {}
        self.sender_kato = sender_kato
        self.incoming = incoming  # id -> (entity name, the sender's values)
        self.translate = translate  # the sender's directory id -> ours
        root = session.scalar(select(Territory.id).where(Territory.kato == sender_kato))
        if root is None:
            raise ExchangeRefused("unknown_territory", f"the sender's unit {sender_kato} is not in this database",
                                  unit=sender_kato)
        self.root = root
        self.allowed = subtree_ids(session, root)
        self.ancestors = ancestor_ids(session, root)

    def unit_of(self, entity: str, values: dict, depth: int = 0) -> uuid.UUID | None:
        column, parent_entity = PLACED_BY[entity]
        ref = values.get(column)
        if ref is None or depth > 8:
            return None
        if parent_entity is None:
            return self.translate(ref)
        if parent_entity == "akim_post":
            post = self.translate(ref)
            if post not in self.post_units:
                self.post_units[post] = self.session.scalar(select(AkimPost.territory_id).where(AkimPost.id == post))
            return self.post_units[post]
        return self.unit_of_record(parent_entity, ref, depth + 1, prefer_incoming=True)

    def unit_of_record(self, entity: str, record_id: uuid.UUID, depth: int = 0,
                       prefer_incoming: bool = False) -> uuid.UUID | None:
        if prefer_incoming and record_id in self.incoming:
            name, values = self.incoming[record_id]
            return self.unit_of(name, values, depth)
        local = self.get(BY_NAME[entity].model, record_id)
        if local is None:
            return None
        values = {c.key: getattr(local, c.key) for c in BY_NAME[entity].columns}
        return self.unit_of(entity, values, depth) if depth <= 8 else None

    def check_record(self, entity: str, values: dict) -> None:
        """Refuse a record the sender may not send: its unit in the package or here is outside the subtree.

        The calendar of the sender's region (its versions) travels with the district's planned meetings as
        context: it may be added where missing, never changed (`check_change`)."""
        record_id = values["id"]
        units = [self.unit_of(entity, values)]
        if self.get(BY_NAME[entity].model, record_id) is not None:
            units.append(self.unit_of_record(entity, record_id))
        context = self.ancestors if entity in CONTEXT else set()
        for unit in units:
            if unit not in self.allowed and unit not in context:
                self.refuse(entity, record_id, unit)

    def check_change(self, entity: str, values: dict) -> None:
        """Refuse changing a record kept here unless it and its new version lie inside the sender's subtree."""
        for unit in (self.unit_of(entity, values), self.unit_of_record(entity, values["id"])):
            if unit not in self.allowed:
                self.refuse(entity, values["id"], unit)

    def check_deletion(self, entity: str, record_id: uuid.UUID) -> None:
        if self.session.get(BY_NAME[entity].model, record_id) is None:
            return
        unit = self.unit_of_record(entity, record_id)
        if unit not in self.allowed:
            self.refuse(entity, record_id, unit)

    def check_new_units(self, added: list[uuid.UUID]) -> None:
        """A package may add units under its sender (and the sender's own chain up to the top), nothing else."""
        if not added:
            return
        for unit_id in added:
            if unit_id not in self.allowed and unit_id not in self.ancestors:
                unit = self.session.get(Territory, unit_id)
                raise ExchangeRefused(
                    "outside_jurisdiction", f"the package adds the unit {unit.kato or ''} {unit.name_ru} outside "
                    f"the sender's territory {self.sender_kato}; nothing was merged",
                    entity="territory", id=str(unit_id), unit=self.sender_kato)

    def refuse(self, entity: str, record_id: uuid.UUID, unit: uuid.UUID | None) -> None:
        kato = self.session.scalar(select(Territory.kato).where(Territory.id == unit)) if unit else None
        where = f"in {kato}" if kato else "in no unit it may write"
        raise ExchangeRefused(
            "outside_jurisdiction", f"{entity} {record_id} is {where}, outside the sender's territory "
            f"{self.sender_kato}; nothing was merged", entity=entity, id=str(record_id), unit=self.sender_kato)
