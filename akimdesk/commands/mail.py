"""`akimdesk mail draft PACKAGE --to ADDR --out FILE.eml` writes the covering letter with the package attached
for a mail program; `akimdesk mail send PACKAGE --to ADDR` sends it over SMTP with TLS with the e-mail settings saved in the
window (server, port, SSL/TLS or STARTTLS, user, sender), any flag overriding its setting. The password
comes from --password-env or the terminal.

Handing a package over is the exporter's work: with `--db` (a shared server's URL: the person is the login of
the URL) the acting person must be an exporter, checked before the draft is written or the password asked
for. Without `--db` no database is opened: the only default is the user's own local file, whose single user
is the administrator, so a check there could never refuse (and opening it would create or upgrade it)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from . import UsageError, add_db, opened, refused_as_usage, secret


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
    add_db(draft)
    draft.set_defaults(handler=run_draft)
    send = actions.add_parser("send", help="send the package with its covering letter over SMTP with TLS")
    send.add_argument("package", type=Path)
    send.add_argument("--to", required=True, metavar="ADDR", help="recipient's address (comma-separated for several)")
    send.add_argument("--from", dest="sender", metavar="ADDR",
                      help="sender's address (default: the saved one, else --user)")
    send.add_argument("--name", default="", help="who signs the letter (default: the package's author)")
    send.add_argument("--lang", choices=("ru", "kk"), help="language of the letter (default: the documents')")
    send.add_argument("--smtp-host", metavar="HOST", help="mail server (default: the one saved in the window)")
    send.add_argument("--smtp-port", type=int, metavar="PORT",
                      help="465 for SSL/TLS, 587 for STARTTLS (default: the saved port)")
    send.add_argument("--smtp-security", choices=("ssl", "starttls"),
                      help="encrypted connection kind (default: the saved one, else ssl)")
    send.add_argument("--user", help="login at the mail server (default: the saved one)")
    send.add_argument("--password-env", metavar="VAR", help="environment variable holding the mail password")
    add_db(send)
    send.set_defaults(handler=run_send)


def _package(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such package")
    return path


@contextmanager
def _exporter(args):
    """The database of `--db` with the acting person checked to be an exporter; None without `--db`."""
    if getattr(args, "db", None) is None:
        yield None
        return
    from ..services.access import Role, require_now

    with opened(args) as database:
        require_now(database, Role.EXPORTER)  # before a password is asked for
        yield database


def run_draft(args) -> int:
    from ..services.packages import MailError, write_mail_draft

    package = _package(args.package)
    with _exporter(args) as database:  # a refusal (a PermissionError) is not taken for a file that cannot be written
        try:
            with refused_as_usage(MailError):
                out = write_mail_draft(package, to=args.to, sender=args.sender, sender_name=args.name,
                                       lang=args.lang, out=args.out, db=database)
        except FileExistsError:
            raise UsageError(f"{args.out} already exists; choose another file") from None
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror}") from None
    print(f"Written {out}")
    return 0


def _password(args) -> str:
    prompt = f"Mail password for {args.user}: " if args.user else None  # no login, no password
    return secret(args, prompt, "the mail password is needed: give --password-env VAR") or ""


def _settings(args):
    """The window's saved settings with the flags given on top; refused when no mail server is known."""
    from ..services.packages import SmtpSettings, saved_smtp_settings

    saved = saved_smtp_settings() or SmtpSettings(host="")
    host = args.smtp_host if args.smtp_host is not None else saved.host
    if not (host or "").strip():
        raise UsageError("no mail server is set: save it in the window (Reports, E-mail settings…) "
                         "or give --smtp-host")
    security = args.smtp_security or saved.security or "ssl"
    if args.smtp_port is not None:
        port = args.smtp_port
    elif saved.host and security == saved.security:
        port = saved.port
    else:  # nothing saved, or another encryption than the saved one: its usual port
        port = 465 if security == "ssl" else 587
    return SmtpSettings(host=host.strip(), port=port, security=security,
                        user=args.user if args.user is not None else saved.user,
                        sender=args.sender if args.sender is not None else saved.sender, recipients=args.to)


def run_send(args) -> int:
    from ..services.packages import MailError, send_by_mail

    package = _package(args.package)
    settings = _settings(args)
    args.user = settings.user
    with _exporter(args) as database, refused_as_usage(MailError):
        send_by_mail(settings, _password(args), package, sender_name=args.name, lang=args.lang, db=database)
    print(f"Sent {package.name} to {args.to}")
    return 0
