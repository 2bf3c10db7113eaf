"""The territory directory is a tree: every rule a unit's place in it must follow, checked before an import
or an edit writes, and looked for again by `db check`.

A unit's parent must exist, must not be the unit itself or one of its descendants (no cycle), must be of a
level that may hold the unit's level, and when both carry KATO codes the parent's code must be one the
child's code structure implies (AB CD EF HIJ); a unit never moves to another region. Every walk here is
bounded by the number of units, so a broken tree already in a database cannot make it loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Level, Territory
from .codes import is_kato, kato_parent

TOP = {Level.OBLAST.value, Level.CAPITAL.value, Level.REPUBLICAN_CITY.value}
_CITY_TOPS = {Level.CAPITAL.value, Level.REPUBLICAN_CITY.value}
_LOCAL = {Level.DISTRICT.value, Level.OBLAST_CITY.value, Level.DISTRICT_CITY.value, Level.RURAL_OKRUG.value,
          Level.URBAN_DISTRICT.value, *_CITY_TOPS}
# which levels may hold a unit of each level (None: a unit at the top has no parent)
PARENT_LEVELS: dict[str, set[str | None]] = {
    Level.OBLAST.value: {None},
    Level.CAPITAL.value: {None},
    Level.REPUBLICAN_CITY.value: {None},
    Level.DISTRICT.value: {Level.OBLAST.value},
    Level.OBLAST_CITY.value: {Level.OBLAST.value},
    Level.URBAN_DISTRICT.value: {Level.OBLAST_CITY.value, *_CITY_TOPS},
    Level.DISTRICT_CITY.value: {Level.DISTRICT.value, Level.OBLAST_CITY.value},
    Level.RURAL_OKRUG.value: {Level.DISTRICT.value, Level.OBLAST_CITY.value, Level.DISTRICT_CITY.value},
    Level.SETTLEMENT.value: _LOCAL,
    Level.VILLAGE.value: _LOCAL,
    Level.AREA.value: {level.value for level in Level},
}


@dataclass(frozen=True)
class Node:
    """A unit as the tree rules see it."""

    key: object  # a KATO code in a file, an id in the database
    parent: object | None
    level: str
    kato: str | None


def level_fits(level: str, parent_level: str | None) -> bool:
    return parent_level in PARENT_LEVELS.get(level, set())


def code_fits(kato: str | None, parent_kato: str | None) -> bool:
    """True when the parent's code is one the child's KATO structure implies (or either has no code)."""
    if not kato or not parent_kato:
        return True
    if not is_kato(kato) or not is_kato(parent_kato):
        return False
    code, steps = kato_parent(kato), 0
    while code is not None and steps < 4:
        if code == parent_kato:
            return True
        code, steps = kato_parent(code), steps + 1
    return False


def in_cycle(nodes: dict[object, Node], start: object) -> bool:
    """Whether following parents from `start` comes back round (bounded by the number of nodes)."""
    seen, key = set(), start
    for _ in range(len(nodes) + 1):
        node = nodes.get(key)
        if node is None or node.parent is None:
            return False
        if key in seen:
            return True
        seen.add(key)
        key = node.parent
    return True


def root_of(nodes: dict[object, Node], start: object) -> object | None:
    """The top unit above `start`, or None when the walk does not end at a top (a cycle, a missing parent)."""
    key = start
    for _ in range(len(nodes) + 1):
        node = nodes.get(key)
        if node is None:
            return None
        if node.parent is None:
            return key
        key = node.parent
    return None


def problems_of(nodes: dict[object, Node], key: object) -> list[str]:
    """The rules the unit `key` breaks in the tree `nodes`: cycle, bad_level, code_mismatch, unknown_parent."""
    node = nodes[key]
    parent = nodes.get(node.parent) if node.parent is not None else None
    if node.parent is not None and parent is None:
        return ["unknown_parent"]
    out = []
    if node.parent is not None and in_cycle(nodes, key):
        out.append("cycle")
    if not level_fits(node.level, parent.level if parent else None):
        out.append("bad_parent_level")
    if parent is not None and not code_fits(node.kato, parent.kato):
        out.append("code_mismatch")
    return out


def database_nodes(session: Session) -> dict[object, Node]:
    rows = session.execute(select(Territory.id, Territory.parent_id, Territory.level, Territory.kato))
    return {r.id: Node(r.id, r.parent_id, r.level, r.kato) for r in rows}


def tree_problems(session: Session) -> list[str]:
    """Every unit that breaks the tree's rules, as `db check` lists them."""
    nodes = database_nodes(session)
    out = []
    for key, node in nodes.items():
        for problem in problems_of(nodes, key):
            out.append(f"territory {node.kato or key}: {problem.replace('_', ' ')}")
    return sorted(out)


def check_move(nodes: dict[object, Node], key: object, new_parent: object | None) -> str | None:
    """Why the unit `key` may not get `new_parent` (a cycle, another region), or None when it may."""
    if key not in nodes or nodes[key].parent == new_parent:
        return None
    old_root = root_of(nodes, key)
    moved = dict(nodes)
    moved[key] = Node(key, new_parent, nodes[key].level, nodes[key].kato)
    if new_parent is not None and in_cycle(moved, key):
        return "cycle"
    if old_root is not None and old_root != key and root_of(moved, key) != old_root:
        return "other_region"
    return None


def bounded_ancestors(unit: Territory, limit: int = 64) -> list[Territory]:
    """The unit and its parents up to the top; stops after `limit` steps (a broken tree cannot loop)."""
    out, seen = [], set()
    while unit is not None and unit.id not in seen and len(out) < limit:
        out.append(unit)
        seen.add(unit.id)
        unit = unit.parent
    return out


def top_of(unit: Territory | None) -> Territory | None:
    return bounded_ancestors(unit)[-1] if unit is not None else None


__all__ = ["Node", "check_move", "code_fits", "database_nodes", "level_fits", "problems_of", "root_of", "top_of",
           "tree_problems"]
