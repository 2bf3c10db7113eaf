"""Packages: a zip with the documents, manifest.json (what is inside, with SHA-256 of each file) and the
detached CMS signature manifest.json.p7s. Written atomically: a temporary file in the target folder,
then a link or rename into place, never over an existing file unless the user agreed.

The format is described in docs/package-format.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from ..files import TargetExists, WriteFailed

FORMAT = "akimdesk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"


# the package's refusals are the file writer's: a package already there, a folder that cannot take it
PackageExists = TargetExists
PackageWriteError = WriteFailed


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_manifest(*, kind: str, title: str, region_kato: str, region_name: str, period: dict, language: str,
                   created_at: str, app_version: str, author: str, signer: dict | None,
                   files: list[tuple[str, bytes]], details: dict | None = None, package_name: str = "") -> bytes:
    """manifest.json as bytes (UTF-8, stable key order): the exact bytes the CMS signature covers.
    `package_name` is the zip's own file name, so a renamed or swapped package is caught."""
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
    if package_name:
        manifest["package_name"] = package_name
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
