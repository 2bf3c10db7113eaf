"""People of the apparatus: add, list, change, disable (administrators only). On PostgreSQL each person is
also a database login role with the password given (never on a command line)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select, text

from ..db import Database
from ..models import Person, Territory, utcnow
from .access import AccessRefused, Role, require
from .audit_trail import refuse_if_changed

__all__ = ["AccessRefused", "PersonError", "PersonRow", "Role", "add_person", "change_person", "disable_person",
           "people", "person_version"]


class PersonError(ValueError):
    """A refused change of a person: `code` names the case."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PersonRow:
    login: str
    full_name: str
    roles: list[str]
    territory_kato: str | None
    active: bool
    row_version: int = 0  # what the list showed; a change checks it

    def as_dict(self) -> dict:
        return asdict(self)


def _roles(roles: list[str]) -> str:
    bad = [r for r in roles if r not in set(Role)]
    if bad or not roles:
        raise PersonError("bad_role", f"Unknown role {', '.join(bad) or '(none)'}; roles: {', '.join(Role)}")
    return ",".join(dict.fromkeys(roles))


def _territory(s, kato: str | None):
    if not kato:
        return None
    unit = s.scalar(select(Territory).where(Territory.kato == kato))
    if unit is None:
        raise PersonError("bad_territory", f"No unit with KATO {kato}")
    return unit.id


def _login_role(s, login: str, password: str | None, roles: str) -> None:
    """On PostgreSQL the person is a login role (created, or given a new password) with the table rights of
    their roles: a viewer reads only, the audit trail and the schema version are never rewritten, people
    are written by administrators only; row-level security (migration 0013) limits the rows to the person's
    territory. The owner's function `akimdesk_set_login` does it, so an administrator who is not the
    database's owner may add people too (the owner needs CREATEROLE, docs/INSTALL.md)."""
    if s.bind.dialect.name != "postgresql":
        return
    secret = None
    if password is not None:  # only a SCRAM verifier made here travels: the password itself never reaches
        # the server, its statement log or its catalog
        pgconn = s.connection().connection.driver_connection.pgconn
        secret = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    s.execute(text("SELECT akimdesk_set_login(:who, :secret, :roles)"),
              {"who": login, "secret": secret, "roles": roles})


def add_person(db: Database, login: str, roles: list[str], territory_kato: str | None, full_name: str = "",
               password: str | None = None) -> None:
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        if s.scalar(select(Person.id).where(Person.login == login)) is not None:
            raise PersonError("exists", f"{login} already exists; use 'user change'")
        person = Person(login=login, full_name=full_name, roles=_roles(roles), territory_id=_territory(s, territory_kato))
        s.add(person)
        _login_role(s, login, password, person.roles)


def change_person(db: Database, login: str, roles: list[str] | None = None, territory_kato: str | None = None,
                  password: str | None = None, active: bool | None = None, *, expected_version: int) -> int:
    """Change a person over the version the administrator saw (one changed meanwhile is refused with who
    changed it and when); returns the new version."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        person = s.scalar(select(Person).where(Person.login == login))
        if person is None:
            raise PersonError("unknown", f"No person {login}")
        refuse_if_changed(s, person, expected_version, lambda message: PersonError("changed_since", message))
        if roles is not None:
            person.roles = _roles(roles)
        if territory_kato is not None:
            person.territory_id = _territory(s, territory_kato)
        if active is not None:
            person.active = active
        _login_role(s, login, password, person.roles if person.active else "viewer")
        if password is not None and roles is None and territory_kato is None and active is None:
            person.updated_at = utcnow()  # a new password alone is a new version of the person too
        s.flush()
        return person.row_version


def disable_person(db: Database, login: str, expected_version: int) -> int:
    return change_person(db, login, active=False, expected_version=expected_version)


def person_version(db: Database, login: str) -> int:
    """The person's version now (what a command that shows nothing first acts over)."""
    with db.session() as s:
        version = s.scalar(select(Person.row_version).where(Person.login == login))
        if version is None:
            raise PersonError("unknown", f"No person {login}")
        return version


def people(db: Database) -> list[PersonRow]:
    with db.session() as s:
        rows = s.execute(select(Person, Territory.kato).outerjoin(Territory, Person.territory_id == Territory.id)
                         .order_by(Person.login)).all()
        return [PersonRow(p.login, p.full_name, p.roles.split(","), kato, p.active, p.row_version) for p, kato in rows]
