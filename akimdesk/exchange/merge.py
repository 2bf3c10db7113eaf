"""Merging a checked data package in one transaction: directory entries matched or added, travelling
records upserted by UUID (the newer row version wins), records changed on both sides since the last
exchange kept out as conflicts for a person, deletions applied. Any error: nothing is written."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from itertools import repeat
from operator import is_, itemgetter
from pathlib import Path

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from .. import collector
from ..audit import record_bulk_inserts
from ..bulk import insert_rows, json_plain, uuid_hexes
from ..db import Database
from ..issues.numbering import reserve_numbers
from ..models import ExchangeBaseline, ExchangeConflict, PackageLog, ProblemIssue, Territory, TrustedSender
from ..progress import NO_PROGRESS, Progress
from . import ExchangeRefused
from .directory import keys_of, natural_key
from .envelope import opened_package
from .reader import DataPackage, IncomingRecord, read_package
from .records import (
    BY_NAME,
    ENTITIES,
    GIVEN_ONCE,
    KEPT_AGAINST_DELETION,
    KIND,
    content_sha256,
    content_sha256s,
    current_values,
    defaulted_columns,
    to_json,
    uuid_columns,
)
from .scope import Jurisdiction


@dataclass
class MergeResult:
    package: str
    package_id: str
    sender_kato: str
    already_imported: bool = False
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_newer: int = 0
    added_directory: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    log_id: uuid.UUID | None = None
    signer: str | None = None

    @property
    def changed(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    def as_receipt(self) -> dict:
        """What a receiver sends back: what merged, what waits for a decision, the counts."""
        return {"package": self.package, "package_id": self.package_id, "sender": self.sender_kato,
                "signer": self.signer, "already_imported": self.already_imported,
                "received_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
                "inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged, "kept_newer_here": self.kept_newer,
                "added_to_directory": self.added_directory, "conflicts": self.conflicts}


def _bump(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1


# new records that keep the ORM's unit of work: a calendar (its region and year are checked against the ones
# added before it, a handful a package)
ORM_ONLY = frozenset({"annual_calendar"})


class _Merge:
    def __init__(self, session: Session, package: DataPackage, result: MergeResult, progress: Progress):
        self.session = session
        self.package = package
        self.result = result
        self.progress = progress
        self.idmap: dict[uuid.UUID, uuid.UUID] = {}  # sender's directory ids -> ours
        # the package's records by id: (entity name, the sender's values), for references and the jurisdiction
        self.incoming_ids = {r.values["id"]: (r.entity, r.values) for r in package.records}
        self.versions: list[tuple[object, int]] = []  # inserted records whose sender's row version is kept
        self.added_units: list[uuid.UUID] = []
        self.units: set[uuid.UUID] = set()  # every unit here, read once (`territories`), the added ones too
        self.scope: Jurisdiction | None = None
        # rows kept here, read for a whole entity at once (None: not here) and every directory row looked up,
        # so that a record costs no statement of its own (and no autoflush of the ones added before it)
        self.known: dict[tuple[type, uuid.UUID], object | None] = {}
        self.bases: dict[uuid.UUID, ExchangeBaseline | None] = {}
        self.baselines_before: bool | None = None  # whether this database kept any baseline when the merge began
        # new records and new baselines written per entity by one Core executemany each (`write_new`)
        self.new_rows: list[dict] = []
        self.new_row_bases: list[int] = []  # those of them whose baseline is new, their content hashed at once
        self.new_bases: list[dict] = []
        self.numbers: dict[str, uuid.UUID] = {}  # registration numbers of the package's issues held here

    bulk = True  # False: every new record through the ORM's unit of work, as before the bulk path (kept to compare)

    def refuse(self, code: str, message: str, **values):
        raise ExchangeRefused(code, message, **values)

    def get(self, model, key: uuid.UUID):
        """`session.get`, answered from the rows read ahead (`prefetch`) or looked up before."""
        try:
            return self.known[(model, key)]
        except KeyError:
            found = self.session.get(model, key)
            if found is not None:  # a row once here stays for the merge; a missing one may still be added
                self.known[(model, key)] = found
            return found

    def base(self, record_id: uuid.UUID) -> ExchangeBaseline | None:
        found = self.bases.get(record_id, self)
        return self.session.get(ExchangeBaseline, record_id) if found is self else found

    def prefetch(self, model, ids: list[uuid.UUID]) -> None:
        """The rows kept here and their exchange baselines for these incoming ids, 500 ids a statement; none at all
        when the table is empty and this database kept no baselines before the merge (a first merge: the package's
        baselines written meanwhile are those of other entities' records, other ids)."""
        if self.baselines_before is None:  # asked before the merge writes any
            self.baselines_before = self.session.scalar(select(ExchangeBaseline.record_id).limit(1)) is not None
        if not self.baselines_before and self.session.scalar(select(model.id).limit(1)) is None:
            self.known.update(zip(zip(repeat(model), ids), repeat(None)))
            self.bases.update(dict.fromkeys(ids))
            return
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = {o.id: o for o in self.session.scalars(select(model).where(model.id.in_(chunk)))}
            bases = {b.record_id: b for b in self.session.scalars(
                select(ExchangeBaseline).where(ExchangeBaseline.record_id.in_(chunk)))}
            for key in chunk:
                self.known[(model, key)] = found.get(key)
                self.bases[key] = bases.get(key)

    # -- directory ---------------------------------------------------------------------------------
    def territories(self, rows: list[IncomingRecord]) -> None:
        # the units kept here by id and by KATO code, read once (and the ones added below put in): no statement
        # and no flush per unit
        here = self.units = set(self.session.scalars(select(Territory.id)))
        by_kato = {kato: unit for kato, unit in self.session.execute(
            select(Territory.kato, Territory.id).where(Territory.kato.is_not(None)))}
        pending = list(rows)
        while pending:
            left = []
            for rec in pending:
                v = rec.values
                local = v["id"] if v["id"] in here else by_kato.get(v["kato"]) if v["kato"] else None
                if local is not None:
                    self.idmap[v["id"]] = local
                    continue
                parent = v["parent_id"]
                if parent is None or (parent not in self.idmap and parent not in self.incoming_ids
                                      and parent not in here):
                    self.refuse("unknown_territory",
                                f"the unit {v['kato'] or ''} {v['name_ru']} is not in this database and the package "
                                "does not say where it belongs", unit=f"{v['kato'] or ''} {v['name_ru']}".strip())
                if parent not in self.idmap and parent not in here:
                    left.append(rec)  # its parent is added first
                    continue
                unit = Territory(**{**v, "parent_id": self.idmap.get(parent, parent)})
                self.session.add(unit)
                if unit.id is None:
                    self.session.flush()  # its id is given by the database's default
                here.add(unit.id)
                if unit.kato:
                    by_kato[unit.kato] = unit.id
                self.idmap[v["id"]] = unit.id
                self.added_units.append(unit.id)
                _bump(self.result.added_directory, "territory")
            if len(left) == len(pending):
                v = left[0].values
                self.refuse("unknown_territory", f"the unit {v['name_ru']} has no known parent",
                            unit=f"{v['kato'] or ''} {v['name_ru']}".strip())
            pending = left
        self.session.flush()  # the added units in the order added: a parent before its children

    def directory(self, entity_name: str, rows: list[IncomingRecord]) -> None:
        """Each entry matched by id, else by its natural key, against the entries here read for the whole package
        at once; an unknown one is added (and matches the package's later entries, as a row here would), all
        added with one flush: no statement and no flush per entry."""
        entity = BY_NAME[entity_name]
        model = entity.model
        by_key = self._directory_here(entity_name, model, rows)
        for rec in sorted(rows, key=lambda r: r.values.get("parent_id") is not None):
            v = self.translated(entity, rec.values)
            local = by_key.get(("id", v["id"]))
            if local is None:
                local = by_key.get(natural_key(entity_name, model, v))
            if local is not None:
                self.idmap[rec.values["id"]] = local.id
                continue
            added = model(**v)
            self.session.add(added)
            self.known[(model, v["id"])] = added
            for key in keys_of(entity_name, model, added):
                by_key.setdefault(key, added)  # an entry already here is found first, as by a query
            self.idmap[rec.values["id"]] = v["id"]
            _bump(self.result.added_directory, entity_name)
        self.session.flush()

    def _directory_here(self, name: str, model, rows: list[IncomingRecord]) -> dict:
        """The entries here a package entry may match (by id or natural key), 500 values a statement."""
        asked: dict = {model.id: [r.values["id"] for r in rows]}
        if name == "akim_post":
            asked[model.territory_id] = [self.idmap.get(r.values["territory_id"], r.values["territory_id"])
                                         for r in rows]
        if getattr(model, "code", None) is not None:
            asked[model.code] = [r.values.get("code") for r in rows if r.values.get("code")]
        if name == "responsible_body":
            asked[model.name_ru] = [r.values["name_ru"] for r in rows]
        found: dict = {}
        for column, values in asked.items():
            values = sorted(set(values), key=str)
            for start in range(0, len(values), 500):
                for row in self.session.scalars(select(model).where(column.in_(values[start:start + 500]))
                                                .order_by(model.created_at, model.id)):
                    found[row.id] = row
        by_key: dict = {}
        for row in sorted(found.values(), key=lambda r: (_utc(r.created_at), str(r.id))):
            self.known[(model, row.id)] = row
            for key in keys_of(name, model, row):
                by_key.setdefault(key, row)
        return by_key

    def translated(self, entity, values: dict) -> dict:
        out = dict(values)
        for column, target in entity.references.items():
            ref = values.get(column)
            if ref is None:
                continue
            if BY_NAME[target].directory:
                local = self.idmap.get(ref)
                if local is not None:
                    out[column] = local
                    continue
                if not (target == "territory" and ref in self.units) and self.get(BY_NAME[target].model, ref) is None:
                    if target == "territory":
                        self.refuse("unknown_territory", f"{entity.name} {values['id']} is in a unit that is neither "
                                    "in this database's directory nor in the package", unit=str(ref))
                    self.refuse("missing_reference", f"{entity.name} {values['id']} refers to a {target} that is "
                                "neither in this database nor in the package", entity=entity.name, id=str(values["id"]))
            elif ref not in self.incoming_ids and self.get(BY_NAME[target].model, ref) is None:
                self.refuse("missing_reference", f"{entity.name} {values['id']} refers to a {target} that is "
                            "neither in this database nor in the package", entity=entity.name, id=str(values["id"]))
        return out

    # -- travelling records ------------------------------------------------------------------------
    def record(self, rec: IncomingRecord) -> None:
        entity = BY_NAME[rec.entity]
        model = entity.model
        v = self.translated(entity, rec.values)
        if rec.entity == "annual_calendar":
            self.session.flush()  # the package's own calendars added before this one count too
            other = self.session.scalar(select(model).where(model.region_id == v["region_id"], model.year == v["year"],
                                                            model.id != v["id"]))
            if other is not None:
                self.refuse("calendar_clash", f"this database keeps another calendar of {v['year']} for the same region",
                            year=str(v["year"]))
        self.scope.check_record(rec.entity, rec.values)
        local = self.get(model, v["id"])
        base = self.base(v["id"])
        if local is None:
            if rec.entity == "problem_issue":
                self.keep_free_number(v)
            if self.bulk_ready(entity, v):
                self.new_rows.append(v)
                _bump(self.result.inserted, rec.entity)
                if base is not None:
                    self.remember(entity, v["id"], v["row_version"], content_sha256(entity, v))
                else:  # its content hash and baseline made with the others' (`write_new`)
                    self.new_row_bases.append(len(self.new_rows) - 1)
                return
        incoming_sha = content_sha256(entity, v)
        if local is None:
            obj = model(**v)
            self.session.add(obj)
            self.known[(model, v["id"])] = obj
            if v["row_version"] != 1:  # an insert always starts the version counter at 1
                self.versions.append((obj, v["row_version"]))
            _bump(self.result.inserted, rec.entity)
            self.remember(entity, v["id"], v["row_version"], incoming_sha)
            return
        local_values = current_values(entity, local)
        local_sha = content_sha256(entity, local_values)
        if local_sha == incoming_sha:
            self.result.unchanged += 1
            self.remember(entity, v["id"], max(local.row_version, v["row_version"]), incoming_sha)
            return
        if base is not None:
            local_changed, incoming_changed = local_sha != base.content_sha256, incoming_sha != base.content_sha256
        else:  # never exchanged before: only the row versions can tell
            local_changed = local.row_version >= v["row_version"]
            incoming_changed = local.row_version <= v["row_version"]
        if incoming_changed and not local_changed and v["row_version"] <= local.row_version \
                and _utc(v["updated_at"]) <= _utc(local.updated_at):
            incoming_changed = False  # an older package arriving late
        if not incoming_changed:
            self.result.kept_newer += 1
            return
        if local_changed:
            self.conflict(entity, v["id"], local_values, v)
            return
        self.scope.check_change(rec.entity, rec.values)
        for key, value in v.items():
            if key not in ("id", "created_at", *GIVEN_ONCE.get(rec.entity, ())):
                setattr(local, key, value)
        local.row_version = max(v["row_version"], local_values["row_version"] + 1)
        _bump(self.result.updated, rec.entity)
        self.remember(entity, v["id"], local.row_version, incoming_sha)

    def bulk_ready(self, entity, values: dict) -> bool:
        """Whether a new record may skip the ORM: nothing for the ORM's hooks to fill in (a default, an issue's
        next registration number) and no check that needs the records added before it in the database."""
        if not self.bulk or entity.name in ORM_ONLY:
            return False
        if entity.name == "problem_issue" and not values.get("registration_number"):
            return False  # numbered by issues.numbering when flushed
        return not any(map(is_, map(values.get, defaulted_columns(entity)), repeat(None)))  # the loop in C

    def write_new(self, entity) -> None:
        """The entity's new records, their audit entries and the new baselines: one executemany each. The records'
        values are turned into JSON's form once, column by column, for both their audit entries and the content
        hashes of their baselines."""
        connection = self.session.connection()
        if self.new_rows:
            rows = self.new_rows
            given = {c.key: list(map(itemgetter(c.key), rows)) for c in entity.columns}
            plain = {key: json_plain(values, to_json) for key, values in given.items()}
            digests = content_sha256s(entity, plain)
            for at in self.new_row_bases:
                self.remember(entity, rows[at]["id"], rows[at]["row_version"], digests[at])
            # their UUID columns stored from the text made just now, not turned into hex digits once more
            hexes = {c.key: uuid_hexes(plain[c.key]) for c in uuid_columns(entity)
                     if set(map(type, given[c.key])) <= {uuid.UUID, type(None)}}
            insert_rows(connection, entity.model.__table__, rows, given=hexes)
            record_bulk_inserts(self.session, entity.model, rows, plain)
            self.new_rows, self.new_row_bases = [], []
        if self.new_bases:
            now = dt.datetime.now(dt.UTC)
            insert_rows(connection, ExchangeBaseline.__table__, [{**b, "at": now} for b in self.new_bases])
            self.new_bases = []

    def held_numbers(self, rows: list[IncomingRecord]) -> None:
        """Which of the package's registration numbers issues here already hold, 500 numbers a statement."""
        numbers = sorted({r.values["registration_number"] for r in rows if r.values.get("registration_number")})
        reserve_numbers(self.session, numbers)  # an issue renumbered here passes over the package's own
        column = ProblemIssue.registration_number
        for start in range(0, len(numbers), 500):
            held = self.session.execute(select(column, ProblemIssue.id).where(column.in_(numbers[start:start + 500])))
            self.numbers.update({number: issue_id for number, issue_id in held})

    def keep_free_number(self, values: dict) -> None:
        """A new issue keeps the sender's registration number; only when another issue here already holds it
        (two databases numbering the same region on their own) does it get the next number of this one."""
        number = values.get("registration_number")
        if number and self.numbers.get(number, values["id"]) != values["id"]:
            values["registration_number"] = None

    def _keep_versions(self, entity) -> None:
        """Give inserted records their sender's row version and time (an ORM update would stamp now)."""
        table = entity.model.__table__
        if self.versions:  # one executemany
            self.session.connection().execute(
                update(table).where(table.c.id == bindparam("record_id"))
                .values(row_version=bindparam("version"), updated_at=bindparam("stamp")),
                [{"record_id": obj.id, "version": version, "stamp": obj.updated_at} for obj, version in self.versions])
        for obj, version in self.versions:
            set_committed_value(obj, "row_version", version)
        self.versions.clear()

    def tombstone(self, item: dict) -> None:
        entity = BY_NAME[item["entity"]]
        local = self.session.get(entity.model, item["id"])
        if local is None:
            return
        self.scope.check_deletion(item["entity"], item["id"])
        base = self.session.get(ExchangeBaseline, item["id"])
        local_values = current_values(entity, local)
        if base is not None and base.content_sha256 == KEPT_AGAINST_DELETION:
            self.result.kept_newer += 1
            return
        if base is not None:
            local_changed = content_sha256(entity, local_values) != base.content_sha256
        else:
            local_changed = item["row_version"] is None or local.row_version > item["row_version"]
        if local_changed:
            self.conflict(entity, item["id"], local_values, None)
            return
        self.session.delete(local)
        self.known[(entity.model, item["id"])] = None
        if base is not None:
            self.session.delete(base)
            self.bases[item["id"]] = None
        _bump(self.result.deleted, item["entity"])

    def conflict(self, entity, record_id: uuid.UUID, local: dict, incoming: dict | None) -> None:
        existing = self.session.scalar(select(ExchangeConflict).where(
            ExchangeConflict.record_id == record_id, ExchangeConflict.status == "open"))
        plain_in = {k: to_json(x) for k, x in incoming.items()} if incoming is not None else None
        plain_local = {k: to_json(x) for k, x in local.items()}
        if existing is not None and existing.incoming == plain_in:
            return  # the same disagreement is already waiting for a person
        if existing is not None:
            existing.status = "superseded"
        self.session.add(ExchangeConflict(entity=entity.name, record_id=record_id, sender_kato=self.result.sender_kato,
                                          local=plain_local, incoming=plain_in))
        self.result.conflicts.append({"entity": entity.name, "id": str(record_id),
                                      "deleted_by_sender": incoming is None})

    def remember(self, entity, record_id: uuid.UUID, row_version: int, digest: str) -> None:
        base = self.base(record_id)
        if base is None and self.bulk:
            self.new_bases.append({"record_id": record_id, "entity": entity.name, "row_version": row_version,
                                   "content_sha256": digest})
        elif base is None:
            self.bases[record_id] = ExchangeBaseline(record_id=record_id, entity=entity.name, row_version=row_version,
                                                     content_sha256=digest)
            self.session.add(self.bases[record_id])
        else:
            base.row_version, base.content_sha256, base.at = row_version, digest, dt.datetime.now(dt.UTC)

    def open_scope(self) -> None:
        """Once the directory is merged: where the sender may write (its unit and everything under it)."""
        self.scope = Jurisdiction(self.session, self.result.sender_kato, self.incoming_ids,
                                  lambda ref: self.idmap.get(ref, ref), get=self.get)
        self.scope.check_new_units(self.added_units)

    def run(self) -> None:
        by_entity: dict[str, list[IncomingRecord]] = {e.name: [] for e in ENTITIES}
        for rec in self.package.records:
            by_entity[rec.entity].append(rec)
        total = len(self.package.records) + len(self.package.tombstones) or 1
        done = 0
        for entity in ENTITIES:
            rows = by_entity[entity.name]
            if entity.name == "territory":
                self.territories(rows)
            elif entity.directory:
                self.directory(entity.name, rows)
            else:
                if self.scope is None:
                    self.open_scope()
                self.prefetch(entity.model, [rec.values["id"] for rec in rows])
                if entity.name == "problem_issue":
                    self.held_numbers(rows)
                for rec in rows:
                    self.record(rec)
                    done += 1
                    if done % 200 == 0:
                        self.progress.step(done, total, "merging")
                self.session.flush()
                self._keep_versions(entity)
                self.write_new(entity)
            done += len(rows) if entity.directory else 0
        if self.scope is None:
            self.open_scope()
        order = {e.name: i for i, e in enumerate(ENTITIES)}
        for item in sorted(self.package.tombstones, key=lambda t: -order[t["entity"]]):
            self.tombstone(item)
            self.session.flush()


def check_trusted_sender(session: Session, package: DataPackage) -> None:
    """When the receiver lists trusted certificates for the sender's unit, only they may send its data."""
    kato = package.unit.get("kato")
    trusted = list(session.scalars(select(TrustedSender).where(TrustedSender.unit_kato == kato)))
    if not trusted:
        return
    signer = package.signer
    if signer is None or not any(t.serial == signer.serial and t.issuer == signer.issuer for t in trusted):
        who = signer.common_name if signer else "?"
        raise ExchangeRefused("not_trusted_sender", f"{who} is not on the list of trusted senders for {kato}",
                              who=who, unit=kato)


def already_imported(session: Session, package: DataPackage) -> PackageLog | None:
    for log in session.scalars(select(PackageLog).where(PackageLog.direction == "import", PackageLog.kind == KIND,
                                                        PackageLog.sender_kato == package.unit.get("kato"))):
        if (log.details or {}).get("package_id") == package.package_id:
            return log
    return None


def import_data(database: Database, path: str | Path, trust: list[Path] | None = None,
                progress: Progress = NO_PROGRESS, key: tuple[Path, str | None] | None = None,
                dry_run: bool = False) -> MergeResult:
    """Check and merge a data package; all or nothing. Conflicts are kept for a person to decide.

    `key` (PKCS#12 file, password) opens a package encrypted for its holder; `dry_run` merges, counts and
    rolls back: what the merge would create, change and delete, nothing written."""
    from ..packages.trust_store import anchors

    progress.step(0, 100, "checking")
    with database.session() as session:
        roots, crls = anchors(session)  # the trust store judges the sender by default; `trust` adds roots
    with collector.paused():  # what the package read and the merge held is freed before the collector runs again
        return _read_and_merge(database, path, trust, roots, crls, progress, key, dry_run)


def _read_and_merge(database: Database, path, trust, roots, crls, progress: Progress, key, dry_run: bool):
    with opened_package(path, key) as plain:
        package = read_package(plain, trust, roots=roots, crls=crls)
    try:
        return _merge(database, package, path, progress, dry_run)
    except _DryRun as done:
        return done.result


class _DryRun(Exception):
    def __init__(self, result: MergeResult):
        self.result = result


def _merge(database: Database, package: DataPackage, path, progress: Progress, dry_run: bool) -> MergeResult:
    result = MergeResult(package=Path(path).name, package_id=package.package_id,
                         sender_kato=str(package.unit.get("kato")),
                         signer=package.signer.common_name if package.signer else None)
    try:
        with database.session() as session:
            # the sender's calendar versions travel as they are, approved or not: its rules already applied
            session.info["allow_locked"] = True
            check_trusted_sender(session, package)
            previous = already_imported(session, package)
            if previous is not None:
                result.already_imported = True
                result.log_id = previous.id
                return result
            merger = _Merge(session, package, result, progress)
            try:
                merger.run()
            finally:  # its jurisdiction asks it for rows: without that cycle what it read is freed at once, not
                merger.scope = None  # by a pass of the garbage collector over every row it kept
            period = package.period
            log = PackageLog(direction="import", kind=KIND, sender_kato=result.sender_kato,
                             region_id=session.scalar(select(Territory.id).where(Territory.kato == result.sender_kato)),
                             period_start=_date(period.get("start")), period_end=_date(period.get("end")),
                             file_name=result.package[:300], sha256=package.sha256, signer=result.signer,
                             author=database.actor,
                             details={"package_id": package.package_id, "period": period.get("code"),
                                      "created_at": package.manifest.get("created_at"),
                                      "counts": (package.manifest.get("details") or {}).get("counts", {}),
                                      "inserted": result.inserted, "updated": result.updated,
                                      "deleted": result.deleted, "unchanged": result.unchanged,
                                      "conflicts": len(result.conflicts)})
            session.add(log)
            session.flush()
            for conflict in session.scalars(select(ExchangeConflict).where(ExchangeConflict.package_id.is_(None))):
                conflict.package_id = log.id
            result.log_id = log.id
            session.flush()
            if dry_run:
                result.log_id = None
                raise _DryRun(result)  # the session rolls back: nothing is written
    except IntegrityError as exc:
        detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise ExchangeRefused("integrity", f"the package does not fit this database ({detail}); nothing was merged",
                              detail=detail) from None
    progress.step(100, 100, "done")
    return result


def _utc(stamp: dt.datetime) -> dt.datetime:
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _date(text):
    try:
        return dt.date.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None
