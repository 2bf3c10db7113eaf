"""The covering letter of a document package: subject and body in the language of its documents,
read from its manifest. The mail itself (draft, SMTP) is the packages' business."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from ..packages.container import MANIFEST, SIGNATURE
from ..packages.mail import Letter, MailError
from .texts import T, t


def letter_for_package(package: Path, sender_name: str = "", lang: str | None = None) -> Letter:
    """Subject and letter for a package, in the language of its documents (read from its manifest) unless
    `lang` is given; the body names the files the package really holds and says whether it is signed."""
    try:
        with zipfile.ZipFile(package) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            signed = SIGNATURE in zf.namelist()
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise MailError(f"{package.name} is not an AkimDesk package ({exc})") from None
    lang = lang or manifest.get("language", "ru")
    lang = lang if lang in ("ru", "kk") else "ru"
    region = (manifest.get("region") or {}).get("name", "")
    period = (manifest.get("period") or {}).get("label") or (manifest.get("period") or {}).get("code", "")
    kind = manifest.get("kind", "")
    short = t(f"{kind}.short", lang) if f"{kind}.short" in T else kind
    title = manifest.get("title") or short
    files = ", ".join(f.get("name", "") for f in manifest.get("files") or []) or "—"
    subject = t("mail.subject", lang, doc=short, region=region, period=period)
    body = t("mail.body", lang, title=title, region=region, period=period, package=package.name, files=files)
    if signed:
        signer = manifest.get("signer") or {}
        who = signer.get("common_name") if isinstance(signer, dict) else str(signer)
        body += t("mail.signed", lang, signer=who or manifest.get("author", ""))
    else:
        body += t("mail.unsigned", lang)
    figures = (manifest.get("details") or {}).get("figures") or {}
    if manifest.get("personal_data") or (isinstance(figures, dict) and figures.get("personal_data")):
        body += t("mail.personal", lang)
    body += t("mail.regards", lang, sender=sender_name or manifest.get("author", ""))
    return Letter(subject, body, package)
