"""Packages: a zip with the documents, manifest.json (what is inside, with SHA-256 of each file) and the
detached CMS signature manifest.json.p7s. Written atomically: a temporary file in the target folder,
then a link or rename into place, never over an existing file unless the user agreed.

The format is described in docs/package-format.md.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

FORMAT = "akimdesk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"


class PackageExists(FileExistsError):
    """The package file is already there; the user decides whether to replace it."""

    def __init__(self, path: Path):
        super().__init__(errno.EEXIST, f"{path} already exists; nothing was overwritten")
        self.path = Path(path)

    def __str__(self) -> str:
        return self.strerror


class PackageWriteError(OSError):
    """The package could not be written (folder missing, read-only or full); nothing was left behind."""

    def __str__(self) -> str:
        return self.strerror


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_manifest(*, kind: str, title: str, region_kato: str, region_name: str, period: dict, language: str,
                   created_at: str, app_version: str, author: str, signer: dict | None,
                   files: list[tuple[str, bytes]], details: dict | None = None) -> bytes:
    """manifest.json as bytes (UTF-8, stable key order): the exact bytes the CMS signature covers."""
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "title": title,
        "region": {"kato": region_kato, "name": region_name},
        "period": period,
        "language": language,
        "created_at": created_at,
        "app_version": app_version,
        "author": author,
        "signer": signer,
        "files": [{"name": name, "size": len(data), "sha256": sha256(data)} for name, data in files],
    }
    if details:
        manifest["details"] = details
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def zip_bytes(members: list[tuple[str, bytes]], date_time: tuple[int, int, int, int, int, int]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def _write_error(folder: Path, exc: OSError) -> PackageWriteError:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EFBIG: "the file is too large for this disk",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
    }.get(exc.errno, exc.strerror or str(exc))
    return PackageWriteError(exc.errno or 0, f"Cannot write into {folder}: {reason}; nothing was saved")


def check_folder(folder: Path) -> None:
    if not folder.exists():
        raise PackageWriteError(errno.ENOENT, f"The folder {folder} does not exist")
    if not folder.is_dir():
        raise PackageWriteError(errno.ENOTDIR, f"{folder} is not a folder")


@dataclass
class PendingFile:
    """A file fully written under a temporary name beside its destination, waiting to be put in place."""

    temp: Path
    dest: Path

    def commit(self, overwrite: bool = False) -> None:
        """Put the file in place; refuse (PackageExists) to replace an existing file unless `overwrite`."""
        if overwrite:
            os.replace(self.temp, self.dest)
            return
        try:
            os.link(self.temp, self.dest)  # fails if dest exists: no window to overwrite someone's file
        except FileExistsError:
            raise PackageExists(self.dest) from None
        except OSError:  # file systems without hard links (FAT on a USB stick)
            if self.dest.exists():
                raise PackageExists(self.dest) from None
            os.replace(self.temp, self.dest)
            return
        self.temp.unlink()

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def write_pending(dest: Path, data: bytes) -> PendingFile:
    """Write `data` under a temporary name in dest's folder and flush it to disk; nothing is left on error."""
    folder = dest.parent
    check_folder(folder)
    temp = folder / f".{dest.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        with open(temp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(folder, exc) from None
    return PendingFile(temp, dest)


def write_file_atomically(dest: Path, data: bytes, overwrite: bool = False) -> None:
    pending = write_pending(dest, data)
    try:
        pending.commit(overwrite)
    except BaseException:
        pending.discard()
        raise
