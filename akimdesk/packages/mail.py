"""The e-mail hand-off: an .eml draft with the package attached, for the system's mail program; and
optional sending over SMTP with TLS. The letter's words come from whoever made the package.

The SMTP password is never stored: it is asked for each time a package is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from ..files import write_atomically


class MailError(Exception):
    """The letter could not be made or sent; the message says why in one line."""


@dataclass
class Letter:
    subject: str
    body: str
    attachment: Path


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


def write_draft(letter: Letter, to: str = "", sender: str = "", dest: Path | None = None,
                overwrite: bool = True) -> Path:
    """An .eml draft, ready to open in the mail program: beside the attached package (same name, .eml,
    derived from the package and safe to refresh) unless `dest` is given."""
    msg = build_message(letter, to, sender)
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send, not as a received letter
    target = dest or letter.attachment.with_suffix(".eml")
    write_atomically(bytes(msg), target, overwrite=overwrite if dest else True)
    return target


@dataclass
class SmtpSettings:
    host: str
    port: int = 465
    security: str = "ssl"  # ssl (implicit TLS) or starttls; plain connections are not offered
    user: str = ""
    sender: str = ""
    recipients: str = ""  # comma-separated


def check_settings(settings: SmtpSettings) -> None:
    """Refuse settings that cannot send: no server, no recipient, or an unencrypted connection."""
    if not settings.host:
        raise MailError("No mail server is set")
    if not settings.recipients.strip():
        raise MailError("No recipient is set")
    if settings.security not in ("ssl", "starttls"):
        raise MailError("Only encrypted connections (SSL/TLS or STARTTLS) are used")


def _login(server, user: str, password: str) -> None:
    """Log in; smtplib carries only ASCII, so a login with other letters (a Cyrillic password) goes as SASL
    PLAIN in UTF-8 (RFC 4616)."""
    import base64
    import smtplib

    try:
        server.login(user, password)
    except UnicodeEncodeError:
        if "PLAIN" not in server.esmtp_features.get("auth", "").upper().split():
            raise MailError("The mail server cannot take a user name or password with non-Latin letters") from None
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        code, reply = server.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply) from None


def send_letter(settings: SmtpSettings, password: str, letter: Letter, timeout: float = 30) -> None:
    """Send the letter over SMTP with TLS, certificate checked; the password is used once, not kept."""
    import smtplib
    import ssl

    check_settings(settings)
    msg = build_message(letter, settings.recipients, settings.sender or settings.user)
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
                _login(server, settings.user, password)
            server.send_message(msg)
    except smtplib.SMTPAuthenticationError:
        raise MailError("The mail server refused the user name or password") from None
    except ssl.SSLError as exc:
        raise MailError(f"Secure connection to {settings.host} failed: {exc.reason or exc}") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"The mail server refused the letter: {exc}") from None
    except OSError as exc:
        raise MailError(f"Cannot reach {settings.host}:{settings.port}: {exc.strerror or exc}") from None
