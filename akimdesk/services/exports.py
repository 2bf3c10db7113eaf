"""Export one document as a package: build the report, render Excel and PDF, sign, write the zip
atomically and log it. A cancelled or failed export leaves no file and no log entry. Also the list of
documents there are, and the secretary's print kit as PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..db import Database
from ..documents import (
    DOCUMENTS,
    BadPeriod,
    NoData,
    Period,
    ReportError,
    build_report,
    document,
    parse_period,
)
from ..documents.common import ALL_REGIONS, COUNTRY_CODE, is_country
from ..documents.print_kit import build_print
from ..documents.texts import t
from ..files import write_pending
from ..models import PackageLog
from ..packages.container import (
    MANIFEST,
    SIGNATURE,
    PackageExists,
    PackageWriteError,
    build_manifest,
    sha256,
    zip_bytes,
)
from ..progress import NO_PROGRESS, Progress
from ..signing import CertificateInfo, Signer
from ..territory.directory import region_by_code
from .access import Role, require

SCALE = 1000


@dataclass(frozen=True)
class DocumentChoice:
    code: str  # stored in the manifest and the export log; the window's name for it
    cli: str  # the command line's name for it


def document_kinds() -> tuple[DocumentChoice, ...]:
    """The documents there are, in the order people see them."""
    return tuple(DocumentChoice(d.code, d.cli) for d in DOCUMENTS)


# the documents the Government consolidates across regions (`region="all"`), and those made for one body
NATIONAL_KINDS = ("calendar", "central_issues", "quarterly_update")
BODY_KINDS = ("central_issues", "quarterly_update")


@dataclass(frozen=True)
class BodyChoice:
    code: str  # what `ExportRequest.body` and `export --body` take
    name_ru: str
    name_kk: str
    level: str  # central, holding or company


def body_choices(db: Database) -> list[BodyChoice]:
    """The bodies a per-body list can be made for: central executive bodies, national holdings and companies
    (the seed's «центральных исполнительных органов, национальных холдингов и компаний»), in the lists' order."""
    from sqlalchemy import select

    from ..models import CompetenceLevel, ResponsibleBody

    levels = CompetenceLevel.CENTRAL_LEVELS
    with db.session() as s:
        rows = s.scalars(select(ResponsibleBody).where(ResponsibleBody.level.in_(levels),
                                                       ResponsibleBody.retired.is_(False),
                                                       ResponsibleBody.code.is_not(None)))
        out = [BodyChoice(b.code, b.name_ru, b.name_kk, b.level) for b in rows]
    order = {lvl: i for i, lvl in enumerate(levels)}
    return sorted(out, key=lambda b: (order.get(b.level, 9), b.name_ru))


def regions_with_records(db: Database) -> int:
    """How many regions hold calendars or issues here: more than one at the Government (a database that took
    in the regions' data packages), where the consolidated documents are offered."""
    from sqlalchemy import select

    from ..models import AnnualCalendar, ProblemIssue, Territory

    with db.session() as s:
        with_calendars = set(s.scalars(select(AnnualCalendar.region_id).distinct()))
        if len(with_calendars) > 1:
            return len(with_calendars)
        katos = s.scalars(select(Territory.kato).where(Territory.kato.is_not(None),
                                                       Territory.id.in_(select(ProblemIssue.territory_id))).distinct())
        prefixes = {k[:2] for k in katos}
        return max(len(with_calendars), len(prefixes))


class ExportError(Exception):
    """An export refused or failed for a reason the user can act on; nothing was written."""


@dataclass
class ExportRequest:
    kind: str  # a document code or command-line name: calendar, central-issues, quarterly, summary, meeting
    region: str  # 39 or 390000000; ALL_REGIONS ("all"): the Government's consolidation of every region
    period: str  # 2026, 2026-H1, 2026-Q3
    lang: str  # ru or kk
    out_dir: Path
    meeting_id: str | None = None
    include_personal_data: bool = False
    body: str | None = None  # the Government's issue lists of one responsible body (code or name)


@dataclass
class ExportResult:
    path: Path
    sha256: str
    files: list[str]
    kind: str
    title: str
    region_name: str
    period: Period
    lang: str
    signer: CertificateInfo | None
    log_id: uuid.UUID
    figures: dict = field(default_factory=dict)


def _part(progress: Progress, start: int, end: int) -> Progress:
    """A progress for one stage, mapped into [start, end] of the whole export."""
    return Progress(report=lambda done, total, message: progress.step(
        start + (end - start) * min(done, total) // max(total, 1), SCALE, message))


def _render(render, report, progress: Progress) -> bytes:
    """Run a writer; a disk that cannot take its temporary files becomes one clear message."""
    import tempfile

    try:
        return render(report, progress)
    except OSError as exc:
        raise ExportError(f"Cannot write temporary files in {tempfile.gettempdir()}: "
                          f"{exc.strerror or exc}; nothing was saved") from None
    except Exception as exc:
        if type(exc).__name__ == "SerialisationError":  # lxml's report of a failed temporary-file write
            raise ExportError(f"Cannot write temporary files in {tempfile.gettempdir()} ({exc}); "
                              "nothing was saved") from None
        raise


def _body_part(body: str | None) -> str:
    """One responsible body's file set is named after it: «-MZ» for the code MZ."""
    import re

    return "" if not body else "-" + (re.sub(r"[^0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", "_", body).strip("_")[:40] or "body")


def package_name(kind_code: str, kato: str, period: Period, lang: str, now: dt.datetime) -> str:
    return f"{kind_code.replace('_', '-')}-{kato}-{period.code}-{lang}-{now:%Y%m%d-%H%M%S}.zip"


def electronic_line(info: CertificateInfo, lang: str) -> str:
    """"Signed electronically by NAME (IIN ...) on behalf of ORGANISATION (BIN ...), certificate ..."."""
    who = info.common_name + (f" ({t('signer_iin', lang, iin=info.iin)})" if info.iin else "")
    if info.organisation or info.bin:
        who += " " + t("on_behalf", lang, org=info.organisation, bin=info.bin or "—")
    who += ", " + t("certificate", lang, serial=info.serial, until=info.not_after.strftime("%d.%m.%Y"))
    return t("signed_electronically", lang, who=who)


def _report(database: Database, request: ExportRequest, doc, period: Period, now: dt.datetime, electronic):
    """(region id, KATO code, the report): of one region, or of every region (no id, the country's code)."""
    if is_country(request.region) and doc.code not in NATIONAL_KINDS:
        raise ExportError(f"{doc.cli} is made for one region: give its code, not '{request.region}'")
    if request.body and doc.code not in BODY_KINDS:
        raise ExportError(f"{doc.cli} is not made per responsible body: --body is for central-issues and quarterly")
    with database.session() as session:
        require(session, database, Role.EXPORTER)  # exports are signed and sent: the exporter's work
        if is_country(request.region):
            region_id, kato = None, COUNTRY_CODE
        else:
            region = region_by_code(session, request.region)
            region_id, kato = region.id, region.kato
        report = build_report(doc.code, session, kato if region_id else ALL_REGIONS, period, request.lang, now,
                              signer=electronic, meeting_id=request.meeting_id,
                              include_personal_data=request.include_personal_data, body=request.body)
    return region_id, kato, report


def export_package(database: Database, request: ExportRequest, signer: Signer | None = None,
                   progress: Progress = NO_PROGRESS, overwrite: bool = False,
                   now: dt.datetime | None = None) -> ExportResult:
    """Make the signed package of one document; returns where it is and what it holds."""
    from ..documents.pdf import render_pdf
    from ..documents.xlsx import render_xlsx

    now = (now or dt.datetime.now()).astimezone().replace(microsecond=0)
    doc = document(request.kind)
    period = parse_period(request.period)
    out_dir = Path(request.out_dir)
    if not out_dir.is_dir():
        raise ExportError(f"The output folder {out_dir} does not exist" if not out_dir.exists()
                          else f"{out_dir} is not a folder")
    progress.step(0, SCALE, "reading")
    electronic = {lang: electronic_line(signer.info, lang) for lang in ("ru", "kk")} if signer else {}
    region_id, kato, report = _report(database, request, doc, period, now, electronic.get(request.lang))
    progress.step(100, SCALE, "excel")
    stem = f"{doc.code.replace('_', '-')}-{period.code}-{request.lang}" + _body_part(request.body)
    xlsx = _render(render_xlsx, report, _part(progress, 100, 450))
    progress.step(450, SCALE, "pdf")
    pdf = _render(render_pdf, report, _part(progress, 450, 800))
    if signer is not None:
        progress.step(800, SCALE, "signing")
        pdf = signer.sign_pdf(pdf, reason=report.title[:200], location=report.region)
    files = [(f"{stem}.xlsx", xlsx), (f"{stem}.pdf", pdf)]
    if report.open_data:
        from ..documents.open_data import render_csv

        files.append((f"{stem}.csv", render_csv(report)))
    dest = out_dir / package_name(doc.code + _body_part(request.body), kato, period, request.lang, now)
    manifest = build_manifest(
        kind=doc.code, title=report.title, region_kato=kato, region_name=report.region,
        period={"code": period.code, "start": period.start.isoformat(), "end": period.end.isoformat(),
                "label": period.label(request.lang)},
        language=request.lang, created_at=now.isoformat(), app_version=__version__, author=database.actor,
        signer=signer.info.as_dict() if signer else None, files=files,
        details={"figures": report.frozen, "personal_data": report.personal_data}, package_name=dest.name)
    members = [*files, (MANIFEST, manifest)]
    if signer is not None:
        members.append((SIGNATURE, signer.sign_detached(manifest)))
    progress.step(850, SCALE, "writing")
    data = zip_bytes(members, now.timetuple()[:6])
    if dest.exists() and not overwrite:
        raise PackageExists(dest)
    pending = write_pending(dest, data)
    placed = False
    try:
        progress.step(950, SCALE, "logging")  # the last moment Cancel is honoured
        digest = sha256(data)
        with database.session() as session:
            log = PackageLog(
                direction="export", kind=doc.code, region_id=region_id,
                sender_kato=None if region_id is None else kato,
                period_start=period.start, period_end=period.end, language=request.lang, file_name=dest.name,
                sha256=digest, signer=signer.info.common_name[:300] if signer else None, author=database.actor,
                details={**report.frozen, "path": str(dest), "files": [n for n, _ in members], "period": period.code,
                         "signer": signer.info.as_dict() if signer else None},
            )
            session.add(log)
            session.flush()
            log_id = log.id
            pending.commit(overwrite)
            placed = True
    except BaseException:
        if placed:
            dest.unlink(missing_ok=True)  # the log could not be saved: do not keep an unlogged package
        pending.discard()
        raise
    progress.step(SCALE, SCALE, "done")
    return ExportResult(path=dest, sha256=digest, files=[n for n, _ in members], kind=doc.code, title=report.title,
                        region_name=report.region, period=period, lang=request.lang,
                        signer=signer.info if signer else None, log_id=log_id, figures=report.frozen)


def print_document(db: Database, meeting_or_plan_id: str, document: str, lang: str) -> bytes:
    """The agenda, attendance sheet or minutes of a meeting (or planned meeting) as PDF bytes;
    refused with ReportError when not possible (e.g. minutes before the meeting is recorded)."""
    from ..documents.pdf import render_pdf

    with db.session() as s:
        require(s, db, Role.SECRETARY)
        report = build_print(s, meeting_or_plan_id, document, lang)
    return render_pdf(report)


USER_ERRORS = (ExportError, ReportError, PackageWriteError, PackageExists)
__all__ = ["ALL_REGIONS", "BODY_KINDS", "NATIONAL_KINDS", "USER_ERRORS", "BadPeriod", "BodyChoice", "DocumentChoice", "ExportError", "ExportRequest", "ExportResult",
           "NoData", "PackageExists", "PackageWriteError", "Period", "ReportError", "body_choices",
           "document_kinds", "export_package", "print_document", "regions_with_records"]
