"""`akimdesk mail draft PACKAGE --to ADDR --out FILE.eml` writes the covering letter with the package attached
for a mail program; `akimdesk mail send PACKAGE --to ADDR` sends it over SMTP with TLS (the window's settings:
server, port, SSL/TLS or STARTTLS, user, sender). The password comes from --password-env or the terminal."""

from __future__ import annotations

from pathlib import Path

from . import UsageError, refused_as_usage, secret


def register(sub) -> None:
    mail = sub.add_parser("mail", help="hand a package over by e-mail: a draft (.eml) or sending over SMTP")
    actions = mail.add_subparsers(dest="mail_action", required=True)
    draft = actions.add_parser("draft", help="write the covering letter with the package attached (.eml)")
    draft.add_argument("package", type=Path)
    draft.add_argument("--to", required=True, metavar="ADDR", help="recipient's address")
    draft.add_argument("--from", dest="sender", default="", metavar="ADDR", help="sender's address")
    draft.add_argument("--name", default="", help="who signs the letter (default: the package's author)")
    draft.add_argument("--lang", choices=("ru", "kk"), help="language of the letter (default: the documents')")
    draft.add_argument("--out", required=True, type=Path, metavar="FILE.eml", help="the draft to write")
    draft.set_defaults(handler=run_draft)
    send = actions.add_parser("send", help="send the package with its covering letter over SMTP with TLS")
    send.add_argument("package", type=Path)
    send.add_argument("--to", required=True, metavar="ADDR", help="recipient's address (comma-separated for several)")
    send.add_argument("--from", dest="sender", default="", metavar="ADDR", help="sender's address (default: --user)")
    send.add_argument("--name", default="", help="who signs the letter (default: the package's author)")
    send.add_argument("--lang", choices=("ru", "kk"), help="language of the letter (default: the documents')")
    send.add_argument("--smtp-host", required=True, metavar="HOST", help="mail server")
    send.add_argument("--smtp-port", type=int, default=465, metavar="PORT", help="465 for SSL/TLS, 587 for STARTTLS")
    send.add_argument("--smtp-security", choices=("ssl", "starttls"), default="ssl", help="encrypted connection kind")
    send.add_argument("--user", default="", help="login at the mail server")
    send.add_argument("--password-env", metavar="VAR", help="environment variable holding the mail password")
    send.set_defaults(handler=run_send)


def _package(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such package")
    return path


def run_draft(args) -> int:
    from ..services.packages import MailError, write_mail_draft

    try:
        with refused_as_usage(MailError):
            out = write_mail_draft(_package(args.package), to=args.to, sender=args.sender, sender_name=args.name,
                                   lang=args.lang, out=args.out)
    except FileExistsError:
        raise UsageError(f"{args.out} already exists; choose another file") from None
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror}") from None
    print(f"Written {out}")
    return 0


def _password(args) -> str:
    prompt = f"Mail password for {args.user}: " if args.user else None  # no login, no password
    return secret(args, prompt, "the mail password is needed: give --password-env VAR") or ""


def run_send(args) -> int:
    from ..services.packages import MailError, SmtpSettings, send_by_mail

    settings = SmtpSettings(host=args.smtp_host, port=args.smtp_port, security=args.smtp_security, user=args.user,
                            sender=args.sender, recipients=args.to)
    package = _package(args.package)
    with refused_as_usage(MailError):
        send_by_mail(settings, _password(args), package, sender_name=args.name, lang=args.lang)
    print(f"Sent {package.name} to {args.to}")
    return 0
