"""Data exchange between levels as the window and the command line use it: send a unit's data as a
signed package, check and merge one received, decide conflicts, see who has sent what, trust senders."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..exchange import ExchangeRefused
from ..exchange import completeness as _completeness
from ..exchange import conflicts as _conflicts
from ..exchange.completeness import Completeness, Received, UnitRow
from ..exchange.conflicts import ConflictRow
from ..exchange.export import DataExportRequest, DataExportResult, export_data
from ..exchange.merge import MergeResult, import_data
from ..files import describe_writer, writer_note, writing_note
from ..models import TrustedSender
from ..packages.container import PackageExists, PackageWriteError
from ..progress import NO_PROGRESS, Progress
from ..signing import CertificateInfo, Signer, SigningError
from .access import Role, require, require_now


class NotACertificate(ValueError):
    """The file given as a sender's certificate is not one (or cannot be read)."""


@dataclass(frozen=True)
class TrustedSenderRow:
    unit_kato: str
    common_name: str
    issuer: str
    serial: str


def export_package(db: Database, request: DataExportRequest, signer: Signer | None,
                   progress: Progress = NO_PROGRESS) -> DataExportResult:
    """The unit's data for a period (or changed since the last package to a recipient), signed and logged.

    The signer comes from `services.signing.open_signer(SignWith(...))`, opened by the caller so a bad key
    is said at once (before the database is opened, before the work goes to the background)."""
    require_now(db, Role.EXPORTER)
    with told_when_busy(db):
        return export_data(db, request, signer, progress)


def import_package(db: Database, path: str | Path, trust: list[Path] | None = None,
                   progress: Progress = NO_PROGRESS, key: tuple[Path, str | None] | None = None) -> MergeResult:
    """Check a received package (against `trust` roots when given) and merge it, all or nothing.

    `key` (the recipient's PKCS#12 file and its password) opens a package encrypted for its holder."""
    require_now(db, Role.EXPORTER)
    with writing_note(db.path, "exchange import", db.actor), told_when_busy(db):
        return import_data(db, path, trust, progress=progress, key=key)


@contextmanager
def told_when_busy(db: Database) -> Iterator[None]:
    """A database kept busy beyond the wait by another writer: refused naming who holds it (their note)."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        detail = str(exc.orig or exc)
        if "locked" not in detail and "busy" not in detail:
            raise
        holder = writer_note(db.path)
        who = describe_writer(holder) if holder else "another AkimDesk window or command is writing"
        raise ExchangeRefused("busy", f"The database is busy: {who}; try again when it has finished",
                              **(holder or {})) from None


def preview_package(db: Database, path: str | Path, trust: list[Path] | None = None,
                    progress: Progress = NO_PROGRESS, key: tuple[Path, str | None] | None = None) -> MergeResult:
    """What merging the package would create, change and delete per kind, and the conflicts it would leave:
    the whole merge is run and rolled back, so the preview is exactly what a merge does. Nothing is written."""
    with writing_note(db.path, "exchange import --dry-run", db.actor), told_when_busy(db):
        return import_data(db, path, trust, progress=progress, key=key, dry_run=True)


def package_is_encrypted(path: str | Path) -> bool:
    """Whether a received file is a package encrypted for its recipient (it needs their key to be opened)."""
    from ..exchange.envelope import is_enveloped

    try:
        with open(path, "rb") as fh:
            return is_enveloped(fh.read(64))
    except OSError:
        return False


def open_conflicts(db: Database) -> list[ConflictRow]:
    return _conflicts.open_conflicts(db)


def resolve_conflict(db: Database, conflict_id: uuid.UUID, take_incoming: bool) -> None:
    require_now(db, Role.EXPORTER)
    _conflicts.resolve_conflict(db, conflict_id, take_incoming)


def completeness(db: Database, region_kato: str | None, year: int) -> Completeness:
    return _completeness.completeness(db, region_kato, year)


def unit_choices(db: Database, region_id) -> list[tuple[str, str, str]]:
    return _completeness.unit_choices(db, region_id)


def certificate_info(path: Path) -> CertificateInfo:
    """Who a certificate file (PEM or DER) names; `NotACertificate` when it is not one."""
    from cryptography import x509

    try:
        data = Path(path).read_bytes()
        cert = (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data))
    except (OSError, ValueError) as exc:
        raise NotACertificate(f"{path}: not a certificate ({exc})") from None
    return CertificateInfo.from_certificate(cert)


def add_trusted_sender(db: Database, unit_kato: str, info: CertificateInfo) -> None:
    """Accept this certificate for the unit's packages; from then on only listed ones are."""
    with db.session() as s:
        require(s, db, Role.ADMINISTRATOR)
        s.add(TrustedSender(unit_kato=unit_kato, common_name=info.common_name[:300], issuer=info.issuer[:500],
                            serial=info.serial))


def trusted_senders(db: Database, unit_kato: str | None = None) -> list[TrustedSenderRow]:
    with db.session() as s:
        query = select(TrustedSender).order_by(TrustedSender.unit_kato, TrustedSender.common_name)
        if unit_kato:
            query = query.where(TrustedSender.unit_kato == unit_kato)
        return [TrustedSenderRow(t.unit_kato, t.common_name, t.issuer, t.serial) for t in s.scalars(query)]


__all__ = [
    "CertificateInfo", "Completeness", "ConflictRow", "DataExportRequest", "DataExportResult", "ExchangeRefused",
    "MergeResult", "NotACertificate", "PackageExists", "PackageWriteError", "Received", "SigningError",
    "TrustedSenderRow", "UnitRow", "add_trusted_sender", "certificate_info", "completeness", "export_package",
    "import_package", "open_conflicts", "package_is_encrypted", "preview_package", "resolve_conflict", "trusted_senders", "unit_choices",
]
