"""Packages already made: the ones exported before, verifying one offline, handing one over by e-mail;
and the meetings a report can be made of."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from .. import config
from ..db import Database
from ..decree.periods import Period
from ..documents.letter import letter_for_package
from ..meetings.document_checks import HELD
from ..models import AkimPost, Meeting, PackageLog, Territory
from ..packages import mail
from ..packages.mail import MailError, SmtpSettings
from ..packages.verify import REASONS, Check, PackageUnreadable, Verification, verify_package
from ..territory.directory import subtree
from .access import Role, require_now

__all__ = ["REASONS", "Check", "MailError", "MeetingChoice", "PackageRow", "PackageUnreadable", "SmtpSettings", "Verification",
           "exported_packages", "meeting_choices", "save_smtp_settings", "saved_smtp_settings", "send_by_mail", "verify",
           "write_mail_draft"]


@dataclass(frozen=True)
class PackageRow:
    id: uuid.UUID
    created_at: dt.datetime
    kind: str
    period: str
    language: str
    file_name: str
    path: Path | None
    sha256: str
    signer: str
    author: str

    @property
    def exists(self) -> bool:
        return self.path is not None and self.path.is_file()


@dataclass(frozen=True)
class MeetingChoice:
    id: uuid.UUID
    date: dt.date
    akim_ru: str
    akim_kk: str
    unit_ru: str
    unit_kk: str


def exported_packages(db: Database, region_id: uuid.UUID | None = None, limit: int = 500) -> list[PackageRow]:
    """Packages this database exported, newest first (optionally only the region's, with the Government's
    documents of every region, which name no region)."""
    # two of the details only: a quarterly update's log keeps the whole report it sent (a national one: a megabyte)
    details = PackageLog.details
    with db.session() as s:
        q = select(PackageLog.id, PackageLog.created_at, PackageLog.kind, details["period"].as_string(),
                   PackageLog.language, PackageLog.file_name, details["path"].as_string(), PackageLog.sha256,
                   PackageLog.signer, PackageLog.author).where(PackageLog.direction == "export")
        if region_id is not None:
            q = q.where(or_(PackageLog.region_id == region_id, PackageLog.region_id.is_(None)))
        return [PackageRow(id_, at, kind, period or "", language or "", file_name, Path(path) if path else None,
                           sha256 or "", signer or "", author or "")
                for id_, at, kind, period, language, file_name, path, sha256, signer, author
                in s.execute(q.order_by(PackageLog.created_at.desc()).limit(limit))]


def meeting_choices(db: Database, region_id: uuid.UUID, period: Period) -> list[MeetingChoice]:
    """Meetings held in the region in the period, newest first, for the meeting report."""
    with db.session() as s:
        units = [u.id for u in subtree(s, s.get(Territory, region_id))]
        q = (select(Meeting.id, Meeting.meeting_date, AkimPost.title_ru, AkimPost.title_kk, Territory.name_ru,
                    Territory.name_kk)
             .join(AkimPost, Meeting.akim_post_id == AkimPost.id).join(Territory, Meeting.territory_id == Territory.id)
             .where(Meeting.territory_id.in_(units), Meeting.status.in_(HELD),
                    Meeting.meeting_date.between(period.start, period.end))
             .order_by(Meeting.meeting_date.desc(), AkimPost.title_ru))
        return [MeetingChoice(*row) for row in s.execute(q)]


def verify(package: str | Path, trust: list[Path] | None = None, db: Database | None = None,
           now: dt.datetime | None = None) -> Verification:
    """Check a package offline. The signer is judged against the trust store of `db` (when given) plus the
    root certificate files `trust`, at the time of the signature's time-stamp (or `now`). Not a package at
    all (no such file, not a zip, a bad certificate file) is refused with PackageUnreadable."""
    from .trust import trust_anchors

    roots, crls = trust_anchors(db)
    return verify_package(package, trust, roots=roots, crls=crls, now=now)


def write_mail_draft(package: Path, to: str = "", sender: str = "", sender_name: str = "",
                     lang: str | None = None, out: Path | None = None, overwrite: bool = False,
                     db: Database | None = None) -> Path:
    """An .eml draft with the package and its covering letter, for the mail program: beside the package
    (same name, .eml) or at `out` (refused if it exists, unless `overwrite`). Sending is the exporter's
    work: with the open database (the window's) the acting person must be one."""
    if db is not None:
        require_now(db, Role.EXPORTER)
    return mail.write_draft(letter_for_package(package, sender_name, lang), to, sender, out, overwrite)


def saved_smtp_settings() -> SmtpSettings | None:
    """The e-mail settings saved in the window (the user's data folder), or None when none were saved."""
    saved = config.load_mail_settings()
    if not saved:
        return None
    try:
        port = int(saved.get("port") or 465)
    except (TypeError, ValueError):
        port = 465
    return SmtpSettings(host=str(saved.get("host") or ""), port=port, security=str(saved.get("security") or "ssl"),
                        user=str(saved.get("user") or ""), sender=str(saved.get("sender") or ""),
                        recipients=str(saved.get("recipients") or ""))


def save_smtp_settings(settings: SmtpSettings) -> None:
    """Keep the e-mail settings (never the password) for the window and `akimdesk mail send`."""
    config.save_mail_settings({"host": settings.host, "port": settings.port, "security": settings.security,
                               "user": settings.user, "sender": settings.sender, "recipients": settings.recipients})


def send_by_mail(settings: SmtpSettings, password: str, package: Path, sender_name: str = "",
                 timeout: float = 30, lang: str | None = None, db: Database | None = None) -> None:
    """Send the package with its covering letter over SMTP with TLS; the password is used once, not kept.
    With the open database (the window's) the acting person must be an exporter."""
    if db is not None:
        require_now(db, Role.EXPORTER)
    mail.check_settings(settings)  # settings that cannot send are refused before the package is read
    mail.send_letter(settings, password, letter_for_package(package, sender_name, lang), timeout)
