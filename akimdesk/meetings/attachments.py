"""Attachments (photos, presentation, scans), each with its SHA-256 so a changed or lost file is noticed.

Beside a local SQLite file they are copied into a managed folder next to it; on a shared server (no file)
their bytes live in the database itself (`attachment_content`), so every client reads the same ones, and
opening one writes a copy into the user's own data folder."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from .. import config
from ..files import private_folder, replacing, write_atomically
from ..models import Attachment, AttachmentContent, Meeting

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
    if db_path is None:
        return _attach_in_database(session, meeting, source, kind, digest)
    folder = attachments_dir(db_path) / str(meeting.id)
    private_folder(folder)
    stored = folder / f"{digest[:12]}-{_safe_name(source)}"
    if not stored.exists():
        with replacing(stored) as partial:
            shutil.copyfile(source, partial)
    item = Attachment(kind=kind, original_name=source.name, stored_name=stored.name, sha256=digest,
                      size_bytes=source.stat().st_size)
    meeting.attachments.append(item)
    session.flush()
    return item


def _safe_name(source: Path) -> str:
    return re.sub(r"[^\w.\- ]", "_", source.name)[:120] or "file"


def _attach_in_database(session: Session, meeting: Meeting, source: Path, kind: str, digest: str) -> Attachment:
    """The bytes go into the database in the same transaction as the record: both or neither."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise AttachmentError(f"Cannot read {source}: {exc.strerror}", "unreadable") from exc
    if hashlib.sha256(data).hexdigest() != digest:
        raise AttachmentError(f"{source} changed while it was being read; try again", "unreadable")
    item = Attachment(kind=kind, original_name=source.name, stored_name=f"{digest[:12]}-{_safe_name(source)}",
                      sha256=digest, size_bytes=len(data))
    meeting.attachments.append(item)
    session.flush()
    session.add(AttachmentContent(attachment_id=item.id, data=data))
    session.flush()
    return item


def stored_path(attachment: Attachment, db_path: Path | None) -> Path:
    """Where the file is kept beside a local database (on a server: see `readable_copy`)."""
    return attachments_dir(db_path) / str(attachment.meeting_id) / attachment.stored_name


def readable_copy(attachment: Attachment | None, db_path: Path | None) -> Path:
    """A file to open: the stored copy beside a local database; else (a server, or a file copied from one)
    the database's bytes written whole into the user's data folder, refused when missing or changed."""
    if attachment is None:
        raise AttachmentError("The attachment is no longer there (deleted, or outside your territory)", "missing")
    if db_path is not None and stored_path(attachment, db_path).is_file():
        return stored_path(attachment, db_path)
    if not _intact_in_database(attachment):
        raise AttachmentError(f"The stored copy of {attachment.original_name} is missing or changed", "damaged")
    data = object_session(attachment).scalar(select(AttachmentContent.data)
                                             .where(AttachmentContent.attachment_id == attachment.id))
    folder = private_folder(config.data_dir() / "attachments" / str(attachment.id))
    return write_atomically(data, folder / attachment.stored_name, overwrite=True)


def _intact_in_database(attachment: Attachment) -> bool:
    """The database's copy is there and unchanged (PostgreSQL hashes it itself: the bytes are not fetched)."""
    session = object_session(attachment)
    where = AttachmentContent.attachment_id == attachment.id
    if session.bind.dialect.name == "postgresql":
        return session.scalar(select(func.encode(func.sha256(AttachmentContent.data), "hex")).where(where)) \
            == attachment.sha256
    data = session.scalar(select(AttachmentContent.data).where(where))
    return data is not None and hashlib.sha256(data).hexdigest() == attachment.sha256


def intact(attachment: Attachment, db_path: Path | None) -> bool:
    """The stored copy is there and unchanged: in the folder beside a local file, else in the database."""
    if db_path is not None and stored_path(attachment, db_path).is_file():
        return sha256_of(stored_path(attachment, db_path)) == attachment.sha256
    return _intact_in_database(attachment)


def carry_into_database(session: Session, folder_of: Path) -> int:
    """After a one-PC file was copied to a server: the attachments kept beside the file (`folder_of`, the
    file's path) go into the database, each only if it still matches its hash; returns how many."""
    have = set(session.scalars(select(AttachmentContent.attachment_id)))
    moved = 0
    for attachment in session.scalars(select(Attachment)).all():
        path = stored_path(attachment, folder_of)
        if attachment.id in have or not path.is_file() or sha256_of(path) != attachment.sha256:
            continue
        session.add(AttachmentContent(attachment_id=attachment.id, data=path.read_bytes()))
        session.flush()
        moved += 1
    return moved
