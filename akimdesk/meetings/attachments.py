"""Attachments (photos, presentation, scans) copied into a managed folder beside the database, each
with its SHA-256 so a changed or lost file is noticed."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from sqlalchemy.orm import Session

from ..files import private_folder, replacing
from ..models import Attachment, Meeting

KINDS = ("photo", "presentation", "scan", "other")


class AttachmentError(ValueError):
    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def attachments_dir(db_path: Path | None) -> Path:
    if db_path is None:
        raise AttachmentError("Attachments are kept beside an SQLite database file", "no_folder")
    return db_path.parent / f"{db_path.stem}-attachments"


def attach(session: Session, meeting: Meeting, source: Path, kind: str, db_path: Path | None) -> Attachment:
    """Copy a file into the managed folder (whole, or not at all) and record it."""
    source = Path(source)
    if kind not in KINDS:
        raise AttachmentError(f"Unknown kind of attachment: {kind}", "bad_kind")
    if not source.is_file():
        raise AttachmentError(f"File not found: {source}", "missing")
    try:
        digest = sha256_of(source)
    except OSError as exc:
        raise AttachmentError(f"Cannot read {source}: {exc.strerror}", "unreadable") from exc
    folder = attachments_dir(db_path) / str(meeting.id)
    private_folder(folder)
    safe = re.sub(r"[^\w.\- ]", "_", source.name)[:120] or "file"
    stored = folder / f"{digest[:12]}-{safe}"
    if not stored.exists():
        with replacing(stored) as partial:
            shutil.copyfile(source, partial)
    item = Attachment(kind=kind, original_name=source.name, stored_name=stored.name, sha256=digest,
                      size_bytes=source.stat().st_size)
    meeting.attachments.append(item)
    session.flush()
    return item


def stored_path(attachment: Attachment, db_path: Path | None) -> Path:
    return attachments_dir(db_path) / str(attachment.meeting_id) / attachment.stored_name


def intact(attachment: Attachment, db_path: Path | None) -> bool:
    """The stored copy is there and unchanged."""
    path = stored_path(attachment, db_path)
    return path.is_file() and sha256_of(path) == attachment.sha256
