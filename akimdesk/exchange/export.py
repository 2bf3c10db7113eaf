"""Export a unit's data as a signed data package: for a period, everything, or everything changed since
the last package sent to a recipient. What travels is chosen here; how it is written is package.py's."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from .. import __version__
from ..db import Database
from ..decree.periods import Period, parse_period
from ..files import write_pending
from ..models import AuditEvent, ExchangeBaseline, PackageLog, Territory
from ..packages.container import (
    MANIFEST,
    SIGNATURE,
    PackageExists,
    build_manifest,
    sha256,
    zip_bytes,
)
from ..progress import NO_PROGRESS, Progress
from ..signing import Signer
from ..territory.codes import BadRegionCode
from ..territory.directory import subtree
from . import ExchangeRefused
from .records import (
    BY_NAME,
    DATA_FILE,
    DATA_FORMAT,
    DATA_FORMAT_VERSION,
    ENTITIES,
    KIND,
    SCHEMA_FILE,
    TRAVELLING,
    content_sha256,
    current_values,
    json_schema,
    row_to_json,
)

# columns by which a travelling record belongs to its parent (a deleted child follows its parent)
PARENT_KEYS = ("meeting_id", "issue_id", "version_id", "calendar_id", "post_id")
# the columns that name or reach a citizen: a package carrying any of them is encrypted unless the sender
# says, on purpose, to send it in clear
PERSONAL_FIELDS = {"problem_issue": ("citizen_name", "citizen_contact"), "meeting_participant": ("names",)}


@dataclass
class DataExportRequest:
    unit: str  # the unit's KATO code
    out_dir: Path
    period: str | None = None  # 2026, 2026-H1, 2026-Q3; None: everything
    since_last: str | None = None  # recipient: everything changed since the last package sent to them
    to_cert: Path | None = None  # the recipient's certificate: the package is encrypted for it (.zip.p7m)
    in_clear: bool = False  # the sender's explicit choice to send personal data unencrypted


@dataclass
class DataExportResult:
    path: Path
    sha256: str
    counts: dict[str, int]
    tombstones: int
    since: dt.datetime | None
    log_id: uuid.UUID
    signer: str | None = None
    files: list[str] = field(default_factory=list)
    personal_data: bool = False  # whether it carries citizens' personal data (then encrypted unless said)


def find_unit(session: Session, kato: str) -> Territory:
    code = (kato or "").strip()
    if not (code.isascii() and code.isdigit() and len(code) in (2, 9)):
        raise ExchangeRefused("bad_unit", f"{kato!r} is not a KATO code (9 digits, or 2 for a region)", unit=kato)
    if len(code) == 2:
        code += "0000000"
    unit = session.scalar(select(Territory).where(Territory.kato == code))
    if unit is None:
        raise ExchangeRefused("unknown_unit", f"Unit {code} is not in the directory of this database", unit=code)
    return unit


def last_sent(session: Session, unit_kato: str, recipient: str) -> PackageLog | None:
    return session.scalar(
        select(PackageLog).where(PackageLog.direction == "export", PackageLog.kind == KIND,
                                 PackageLog.sender_kato == unit_kato, PackageLog.recipient == recipient)
        .order_by(PackageLog.created_at.desc()).limit(1))


def _changed(obj, since: dt.datetime | None) -> bool:
    if since is None:
        return True
    stamp = obj.updated_at if obj.updated_at.tzinfo else obj.updated_at.replace(tzinfo=dt.UTC)
    return stamp > since


def _select(session: Session, unit_ids: set, period: Period | None, since: dt.datetime | None) -> dict[str, dict]:
    """The unit's travelling records, then everything they reference (the receiver may not know it)."""
    from ..models import AkimPost, AnnualCalendar, CalendarVersion, IssueProgress, Meeting, ProblemIssue

    chosen: dict[str, dict] = {e.name: {} for e in ENTITIES}

    def take(name: str, objs) -> None:
        for obj in objs:
            chosen[name][obj.id] = obj

    # each kind of record is read with its parts, a few statements per 500 records (selectinload), not one
    # per record: on a national PostgreSQL database a region's package sent 77,800 statements
    posts = {p.id: p for p in session.scalars(select(AkimPost).options(selectinload(AkimPost.holders)))}
    units = list(unit_ids)
    meetings = select(Meeting).where(or_(
        Meeting.territory_id.in_(units),  # a meeting here, or held by an akim of here elsewhere
        Meeting.akim_post_id.in_([p.id for p in posts.values() if p.territory_id in unit_ids])))
    if period is not None:
        meetings = meetings.where(Meeting.meeting_date.between(period.start, period.end))
    for m in session.scalars(meetings.options(*(selectinload(parts) for parts in (
            Meeting.agenda_items, Meeting.participants, Meeting.broadcasts, Meeting.announcements)))):
        parts = [*m.agenda_items, *m.participants, *m.broadcasts, *m.announcements]
        if _changed(m, since) or any(_changed(p, since) for p in parts):
            take("meeting", [m])
            take("agenda_item", m.agenda_items)
            take("meeting_participant", m.participants)
            take("broadcast", m.broadcasts)
            take("announcement", m.announcements)
    issues = select(ProblemIssue).where(ProblemIssue.territory_id.in_(units)).options(
        selectinload(ProblemIssue.progress), selectinload(ProblemIssue.deadline_changes))
    if period is not None:  # raised in the period or worked on in it (checked below as well)
        issues = issues.where(or_(ProblemIssue.raised_on.between(period.start, period.end),
                                  ProblemIssue.progress.any(IssueProgress.entry_date.between(period.start, period.end))))
    for issue in session.scalars(issues):
        if period is not None and not (period.contains(issue.raised_on)
                                       or any(period.contains(p.entry_date) for p in issue.progress)):
            continue
        if _changed(issue, since) or any(_changed(p, since) for p in [*issue.progress, *issue.deadline_changes]):
            take("problem_issue", [issue])
            take("issue_progress", issue.progress)
            take("issue_deadline_change", issue.deadline_changes)
    calendars = select(AnnualCalendar).where(AnnualCalendar.region_id.in_(units)).options(
        selectinload(AnnualCalendar.versions).selectinload(CalendarVersion.planned_meetings))
    for cal in session.scalars(calendars):
        if period is not None and cal.year not in (period.start.year, period.end.year):
            continue
        parts = [p for v in cal.versions for p in v.planned_meetings]
        if _changed(cal, since) or any(_changed(v, since) for v in cal.versions) or any(_changed(p, since) for p in parts):
            take("annual_calendar", [cal])
            take("calendar_version", cal.versions)
            take("planned_meeting", parts)
    for post in posts.values():
        if post.territory_id in unit_ids:
            take("akim_holder", [h for h in post.holders if _changed(h, since)])
    _close_references(session, chosen)
    return chosen


def _close_references(session: Session, chosen: dict[str, dict]) -> None:
    """Add every record the chosen ones point at (territories up to the root, classifiers, posts, the
    planned meeting a meeting was held for), until nothing new is found."""
    while True:
        wanted: dict[str, set] = {}
        for entity in ENTITIES:
            for obj in chosen[entity.name].values():
                for column, target in entity.references.items():
                    ref = getattr(obj, column)
                    if ref is not None and ref not in chosen[target]:
                        wanted.setdefault(target, set()).add(ref)
        if not wanted:
            return
        for name, ids in wanted.items():
            model = BY_NAME[name].model
            for some in _in_sets(list(ids)):
                for obj in session.scalars(select(model).where(model.id.in_(some))):
                    chosen[name][obj.id] = obj


def _in_sets(ids: list, size: int = 500):
    """`ids` a few hundred at a time, for `IN (...)`: one statement per set, not per record."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _tombstones(session: Session, chosen: dict[str, dict], unit_ids: set, since: dt.datetime | None) -> list[dict]:
    """Deletions of the unit's travelling records, from the audit trail."""
    query = select(AuditEvent).where(AuditEvent.action == "delete", AuditEvent.entity.in_(TRAVELLING))
    if since is not None:
        query = query.where(AuditEvent.at > since)
    events = list(session.scalars(query.order_by(AuditEvent.at)))
    known = {str(i) for records in chosen.values() for i in records}
    unit_text = {str(i) for i in unit_ids}
    mine: dict[str, AuditEvent] = {}
    for _ in range(3):  # children may be deleted with (and listed after) their parents
        for event in events:
            before = event.before or {}
            if (before.get("territory_id") in unit_text or before.get("region_id") in unit_text
                    or any(before.get(k) in known or before.get(k) in mine for k in PARENT_KEYS)):
                mine[event.entity_id] = event
    gone: dict[str, list[uuid.UUID]] = {}
    for entity_id, event in mine.items():
        gone.setdefault(event.entity, []).append(uuid.UUID(entity_id))
    alive: set[uuid.UUID] = set()  # deleted, and then (restored or merged back) here again
    for name, ids in gone.items():
        model = BY_NAME[name].model
        for some in _in_sets(ids):
            alive.update(session.scalars(select(model.id).where(model.id.in_(some))))
    out = []
    for entity_id, event in mine.items():
        if uuid.UUID(entity_id) in alive:
            continue
        out.append({"entity": event.entity, "id": entity_id, "row_version": (event.before or {}).get("row_version"),
                    "deleted_at": event.at.isoformat() if event.at.tzinfo else event.at.replace(tzinfo=dt.UTC).isoformat()})
    return out


def carries_personal_data(records: dict[str, list]) -> bool:
    """Whether any record of the package names or reaches a citizen (a name, a phone, a participant list)."""
    return any(row.get(column) for name, columns in PERSONAL_FIELDS.items() for row in records.get(name, ())
               for column in columns)


def package_file_name(kato: str, period: Period | None, since: bool, now: dt.datetime) -> str:
    what = period.code if period else ("changes" if since else "all")
    return f"data-{kato}-{what}-{now:%Y%m%d-%H%M%S}.zip"


@dataclass
class _Gathered:
    """What the package carries, read in one session (plain values, the session closed)."""

    unit: dict
    unit_id: uuid.UUID
    since: dt.datetime | None
    records: dict[str, list]
    tombstones: list[dict]
    baselines: list  # (entity, record id, row version, content hash) remembered once the package is placed


def _checked_request(request: DataExportRequest, signer: Signer | None) -> tuple[Path, Period | None]:
    """The output folder and the period, or a refusal before anything is read."""
    if signer is None:
        raise ExchangeRefused("unsigned", "A data package must be signed: give a signing key")
    if request.in_clear and request.to_cert is not None:
        raise ExchangeRefused("clear_and_encrypted", "Give the recipient's certificate or send in clear, not both")
    if request.period and request.since_last:
        raise ExchangeRefused("period_and_since", "Give a period or a recipient for changes since the last package, not both")
    out_dir = Path(request.out_dir)
    if request.to_cert is not None:
        from .envelope import recipient_certificate

        recipient_certificate(request.to_cert)  # a wrong certificate is said before anything is read
    if not out_dir.is_dir():
        raise ExchangeRefused("no_folder", f"The output folder {out_dir} does not exist", folder=str(out_dir))
    return out_dir, _period(request.period)


def _period(code: str | None) -> Period | None:
    if not code:
        return None
    from ..decree.periods import BadPeriod

    try:
        return parse_period(code)
    except BadPeriod as exc:
        raise ExchangeRefused("bad_period", str(exc), period=code) from None


def _gather(database: Database, request: DataExportRequest, period: Period | None, progress: Progress) -> _Gathered:
    with database.session() as session:
        try:
            unit = find_unit(session, request.unit)
        except BadRegionCode as exc:
            raise ExchangeRefused("bad_unit", str(exc), unit=request.unit) from None
        since = None
        if request.since_last:
            previous = last_sent(session, unit.kato, request.since_last)
            if previous is not None:
                since = dt.datetime.fromisoformat(previous.details["created_at"])
        unit_ids = {t.id for t in subtree(session, unit)}
        chosen = _select(session, unit_ids, period, since)
        progress.step(40, 100, "writing")
        records = {e.name: [row_to_json(e, obj) for obj in sorted(chosen[e.name].values(), key=lambda o: str(o.id))]
                   for e in ENTITIES}
        tombstones = _tombstones(session, chosen, unit_ids, since)
        baselines = [(e, obj.id, obj.row_version, content_sha256(e, current_values(e, obj)))
                     for e in ENTITIES if not e.directory for obj in chosen[e.name].values()]
        unit_info = {"kato": unit.kato, "name_ru": unit.name_ru, "name_kk": unit.name_kk, "level": unit.level}
        return _Gathered(unit_info, unit.id, since, records, tombstones, baselines)


def export_data(database: Database, request: DataExportRequest, signer: Signer | None,
                progress: Progress = NO_PROGRESS, now: dt.datetime | None = None) -> DataExportResult:
    """Write the signed data package of a unit and log it; nothing is left behind on error or Cancel."""
    out_dir, period = _checked_request(request, signer)
    now = (now or dt.datetime.now()).astimezone().replace(microsecond=0)
    progress.step(0, 100, "reading")
    got = _gather(database, request, period, progress)
    since, unit_info = got.since, got.unit
    counts = {name: len(rows) for name, rows in got.records.items() if rows}
    personal = carries_personal_data(got.records)
    if personal and request.to_cert is None and not request.in_clear:
        raise ExchangeRefused("personal_data_in_clear", "The package would carry citizens' personal data: give the "
                              "recipient's certificate (--to-cert RECIPIENT.cer) to encrypt it, or --in-clear to "
                              "send it unencrypted on purpose", bad_input=True, unit=got.unit["kato"])
    data = {"format": DATA_FORMAT, "format_version": DATA_FORMAT_VERSION, "unit": unit_info,
            "records": got.records, "tombstones": got.tombstones}
    data_bytes = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    schema_bytes = (json.dumps(json_schema(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files = [(DATA_FILE, data_bytes), (SCHEMA_FILE, schema_bytes)]
    period_info = ({"code": period.code, "start": period.start.isoformat(), "end": period.end.isoformat()} if period
                   else {"code": None, "start": since.date().isoformat() if since else None, "end": now.date().isoformat()})
    details = {"package_id": str(uuid.uuid4()), "data_format": DATA_FORMAT, "data_format_version": DATA_FORMAT_VERSION,
               "recipient": request.since_last, "since": since.isoformat() if since else None,
               "counts": counts, "tombstones": len(got.tombstones), "created_at": now.isoformat(),
               "personal_data": personal, "encrypted": request.to_cert is not None,
               "sent_in_clear_on_purpose": request.to_cert is None and request.in_clear}
    dest = out_dir / package_file_name(unit_info["kato"], period, bool(request.since_last), now)
    manifest = build_manifest(
        kind=KIND, title=f"{unit_info['name_ru']} / {unit_info['name_kk']}", region_kato=unit_info["kato"],
        region_name=unit_info["name_kk"], period=period_info, language="kk", created_at=now.isoformat(),
        app_version=__version__, author=database.actor, signer=signer.info.as_dict(), files=files, details=details,
        package_name=dest.name)
    progress.step(70, 100, "signing")
    members = [*files, (MANIFEST, manifest), (SIGNATURE, signer.sign_detached(manifest))]
    zipped = zip_bytes(members, now.timetuple()[:6])
    if request.to_cert is not None:
        from .envelope import SUFFIX, encrypt_for, recipient_certificate

        zipped = encrypt_for(zipped, recipient_certificate(request.to_cert))
        dest = dest.with_name(dest.name + SUFFIX)
    if dest.exists():
        raise PackageExists(dest)
    digest = sha256(zipped)
    log = PackageLog(direction="export", kind=KIND, region_id=got.unit_id, sender_kato=unit_info["kato"],
                     recipient=request.since_last, period_start=dt.date.fromisoformat(period_info["start"])
                     if period_info["start"] else None, period_end=dt.date.fromisoformat(period_info["end"]),
                     file_name=dest.name, sha256=digest, signer=signer.info.common_name[:300],
                     author=database.actor, details={**details, "path": str(dest)})
    log_id = _place_and_log(database, dest, zipped, log, got.baselines, progress)
    progress.step(100, 100, "done")
    return DataExportResult(dest, digest, counts, len(got.tombstones), since, log_id, signer.info.common_name,
                            [n for n, _ in members], personal)


def _place_and_log(database: Database, dest: Path, zipped: bytes, log: PackageLog, baselines: list,
                   progress: Progress) -> uuid.UUID:
    """Put the package under its name and log it with the baselines, both or neither."""
    pending = write_pending(dest, zipped)
    placed = False
    try:
        progress.step(90, 100, "logging")  # the last moment Cancel is honoured
        with database.session() as session:
            session.add(log)
            _remember(session, baselines)
            session.flush()
            log_id = log.id
            pending.commit()
            placed = True
    except BaseException:
        if placed:
            dest.unlink(missing_ok=True)
        pending.discard()
        raise
    return log_id


def _remember(session: Session, baselines: list) -> None:
    """What was sent of each record, as the baseline of the next package (the ones kept read 500 at a time)."""
    kept: dict[uuid.UUID, ExchangeBaseline] = {}
    for some in _in_sets([record_id for _e, record_id, _v, _d in baselines]):
        kept.update((b.record_id, b) for b in session.scalars(
            select(ExchangeBaseline).where(ExchangeBaseline.record_id.in_(some))))
    for entity, record_id, row_version, digest in baselines:
        base = kept.get(record_id)
        if base is None:
            session.add(ExchangeBaseline(record_id=record_id, entity=entity.name, row_version=row_version,
                                         content_sha256=digest))
        else:
            base.row_version, base.content_sha256 = row_version, digest
