"""Who may do what where: people, their roles and their territory, checked at the one door.

Every service that writes calls `require(s, db, Role.X, territory_id)` inside its session before it
writes. The acting person is `db.actor` (on PostgreSQL the login of the URL). On a local SQLite file
the single user is the administrator; on a server the database's owner (IT staff) is, and until the first
person is added whoever connects sets it up as administrator.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from ..db import Database
from ..start_tables import PERSON, TERRITORY

__all__ = ["AccessRefused", "Role", "acting_roles", "may", "require", "require_now", "require_record_sight",
           "require_sight"]


class Role(StrEnum):
    ADMINISTRATOR = "administrator"  # people, editions, directory, trust store, backups
    PLANNER = "planner"  # the calendar and its workflow
    SECRETARY = "secretary"  # meetings and the print kit
    REGISTER = "register"  # issues and their progress
    EXPORTER = "exporter"  # signing, sending, exchange
    VIEWER = "viewer"  # reads only


class AccessRefused(PermissionError):
    """The acting person may not do this (`code`: no_role, outside_territory, outside_sight, unknown_person,
    disabled)."""

    def __init__(self, code: str, message: str, role: str = ""):
        super().__init__(message)
        self.code, self.role = code, role


@dataclass(frozen=True)
class Acting:
    login: str
    roles: frozenset[str]
    territory_id: uuid.UUID | None  # None: the whole country


def _acting(s: Session | Connection, db: Database) -> Acting:
    # read through the bare table: the window asks before its first paint, which declares no mapped class
    t = PERSON
    person = s.execute(select(t.c.login, t.c.active, t.c.roles, t.c.territory_id).where(t.c.login == db.actor)).first()
    if person is None:
        if db.engine.dialect.name == "sqlite" or not s.scalar(select(func.count()).select_from(t)) \
                or _owns_the_database(s, db):
            return Acting(db.actor, frozenset({Role.ADMINISTRATOR}), None)
        raise AccessRefused("unknown_person", f"{db.actor} is not a person of this apparatus; ask the administrator")
    if not person.active:
        raise AccessRefused("disabled", f"{db.actor} is disabled; ask the administrator")
    return Acting(person.login, frozenset(r for r in person.roles.split(",") if r), person.territory_id)


def _owns_the_database(s: Session | Connection, db: Database) -> bool:
    """On a server, the database's owner (or a superuser) is IT staff: the administrator."""
    if db.engine.dialect.name != "postgresql":
        return False
    return bool(s.scalar(text(
        "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()")))


def _within(s: Session, unit_id: uuid.UUID | None, root_id: uuid.UUID | None) -> bool:
    """Whether a unit lies in the subtree of root (walking up its parents; a few statements at most)."""
    if root_id is None:
        return True
    while unit_id is not None:
        if unit_id == root_id:
            return True
        unit_id = s.scalar(select(TERRITORY.c.parent_id).where(TERRITORY.c.id == unit_id))
    return False


def may(s: Session, db: Database, role: Role, territory_id: uuid.UUID | None = None) -> AccessRefused | None:
    """None when the acting person may act as `role` on the territory; else the refusal (not raised)."""
    try:
        acting = _acting(s, db)
    except AccessRefused as refused:
        return refused
    if Role.ADMINISTRATOR in acting.roles and acting.territory_id is None:
        return None
    if role not in acting.roles and Role.ADMINISTRATOR not in acting.roles:
        return AccessRefused("no_role", f"{acting.login} does not have the role '{role}' needed for this", role)
    if territory_id is not None and not _within(s, territory_id, acting.territory_id):
        return AccessRefused("outside_territory", f"{acting.login} may change only their own territory", role)
    return None


def require(s: Session, db: Database, role: Role, territory_id: uuid.UUID | None = None) -> None:
    """Refuse (AccessRefused, nothing written) unless the acting person has `role` over the territory."""
    refused = may(s, db, role, territory_id)
    if refused is not None:
        raise refused


def require_now(db: Database, role: Role, territory_id: uuid.UUID | None = None) -> None:
    """`require` in a short session of its own, for a service whose work opens its own sessions."""
    with db.session() as s:
        require(s, db, role, territory_id)


def _out_of_sight(acting: Acting) -> AccessRefused:
    return AccessRefused("outside_sight", f"{acting.login} may see only the records of their own territory")


def require_sight(s: Session, db: Database, root_id: uuid.UUID | None) -> None:
    """Refuse (AccessRefused `outside_sight`) a list of another territory's records: the list's root must
    lie in the acting person's subtree, or contain it (a district's person looking at their region's list
    sees their district's part: on a server row-level security narrows it, as it does a list of all)."""
    acting = _acting(s, db)
    if acting.territory_id is None or root_id is None:
        return
    if not (_within(s, root_id, acting.territory_id) or _within(s, acting.territory_id, root_id)):
        raise _out_of_sight(acting)


def require_record_sight(s: Session, db: Database, record) -> None:
    """Refuse (AccessRefused `outside_sight`) a record outside the acting person's subtree, and, for a person
    of a territory, a record not found (on a server row-level security hides another territory's rows, so
    absent and forbidden look alike). `record` has a `territory_id`; None when not found."""
    acting = _acting(s, db)
    if acting.territory_id is None:
        return
    if record is None or not _within(s, record.territory_id, acting.territory_id):
        raise _out_of_sight(acting)


def acting_roles(db: Database) -> tuple[set[str], str | None]:
    """The acting person's roles and the KATO of their territory (None: all), for the window's menus (asked
    before the window's first paint: on a connection, without the mapped classes)."""
    with db.engine.connect() as conn:
        acting = _acting(conn, db)
        t = TERRITORY
        kato = conn.scalar(select(t.c.kato).where(t.c.id == acting.territory_id)) if acting.territory_id else None
        return set(acting.roles), kato
