"""The e-mail hand-off: an .eml draft with the package attached, subject and letter in the document's
language, for the system's mail program; and optional sending over SMTP with TLS.

The SMTP password is never stored: it is asked for each time a package is sent.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from ..documents.texts import t
from ..files import write_atomically
from .container import MANIFEST, SIGNATURE


class MailError(Exception):
    """The letter could not be made or sent; the message says why in one line."""


@dataclass
class Letter:
    subject: str
    body: str
    attachment: Path


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
    short = t(f"{kind}.short", lang) if f"{kind}.short" in _texts() else kind
    title = manifest.get("title") or short
    subject = t("mail.subject", lang, doc=short, region=region, period=period)
    body = t("mail.body", lang, title=title, region=region, period=period, package=package.name,
             sender=sender_name or manifest.get("author", ""))
    if not signed:
        body += "\n" + t("mail.unsigned", lang) + "\n"
    return Letter(subject, body, package)


def _texts() -> dict:
    from ..documents.texts import T

    return T


def build_message(letter: Letter, to: str = "", sender: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = letter.subject
    if to:
        msg["To"] = to
    if sender:
        msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="akimdesk.local")
    msg.set_content(letter.body)
    try:
        data = letter.attachment.read_bytes()
    except OSError as exc:
        raise MailError(f"Cannot read {letter.attachment}: {exc.strerror or exc}") from None
    msg.add_attachment(data, maintype="application", subtype="zip", filename=letter.attachment.name)
    return msg


def write_draft(package: Path, to: str = "", sender: str = "", sender_name: str = "") -> Path:
    """An .eml draft beside the package (same name, .eml), ready to open in the mail program."""
    msg = build_message(letter_for_package(package, sender_name), to, sender)
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send, not as a received letter
    dest = package.with_suffix(".eml")
    write_atomically(bytes(msg), dest, overwrite=True)  # derived from the package, safe to refresh
    return dest


@dataclass
class SmtpSettings:
    host: str
    port: int = 465
    security: str = "ssl"  # ssl (implicit TLS) or starttls; plain connections are not offered
    user: str = ""
    sender: str = ""
    recipients: str = ""  # comma-separated


def send_package(settings: SmtpSettings, password: str, package: Path, sender_name: str = "",
                 timeout: float = 30) -> None:
    """Send the package over SMTP with TLS, certificate checked; the password is used once, not kept."""
    import smtplib
    import ssl

    if not settings.host:
        raise MailError("No mail server is set")
    if not settings.recipients.strip():
        raise MailError("No recipient is set")
    if settings.security not in ("ssl", "starttls"):
        raise MailError("Only encrypted connections (SSL/TLS or STARTTLS) are used")
    msg = build_message(letter_for_package(package, sender_name), settings.recipients, settings.sender or settings.user)
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, context=context, timeout=timeout)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.user:
                server.login(settings.user, password)
            server.send_message(msg)
    except smtplib.SMTPAuthenticationError:
        raise MailError("The mail server refused the user name or password") from None
    except ssl.SSLError as exc:
        raise MailError(f"Secure connection to {settings.host} failed: {exc.reason or exc}") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"The mail server refused the letter: {exc}") from None
    except OSError as exc:
        raise MailError(f"Cannot reach {settings.host}:{settings.port}: {exc.strerror or exc}") from None
