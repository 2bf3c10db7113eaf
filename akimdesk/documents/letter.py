"""The covering letter of a document package: subject and body in the language of its documents,
read from its manifest. The mail itself (draft, SMTP) is the packages' business."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from ..packages.container import MANIFEST, SIGNATURE
from ..packages.mail import Letter, MailError
from .texts import T, t


def letter_for_package(package: Path, sender_name: str = "") -> Letter:
    """Subject and letter for a package, in the language of its documents (read from its manifest)."""
    try:
        with zipfile.ZipFile(package) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            signed = SIGNATURE in zf.namelist()
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise MailError(f"{package.name} is not an AkimDesk package ({exc})") from None
    lang = manifest.get("language", "ru")
    lang = lang if lang in ("ru", "kk") else "ru"
    region = (manifest.get("region") or {}).get("name", "")
    period = (manifest.get("period") or {}).get("label") or (manifest.get("period") or {}).get("code", "")
    kind = manifest.get("kind", "")
    short = t(f"{kind}.short", lang) if f"{kind}.short" in T else kind
    title = manifest.get("title") or short
    subject = t("mail.subject", lang, doc=short, region=region, period=period)
    body = t("mail.body", lang, title=title, region=region, period=period, package=package.name,
             sender=sender_name or manifest.get("author", ""))
    if not signed:
        body += "\n" + t("mail.unsigned", lang) + "\n"
    return Letter(subject, body, package)
