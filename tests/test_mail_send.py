"""`akimdesk mail send` sends with the e-mail settings the window saved, flags overriding them, to a real
SMTP conversation over TLS: a small mail server on 127.0.0.1 stands in for the akimat's (the only stand-in
here; the client is the program's own, checking the server's certificate)."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import ipaddress
import os
import socket
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from akimdesk.services.packages import SmtpSettings, save_smtp_settings, saved_smtp_settings

from .test_packages import export


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1: the server's, and the only root the client trusts."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.akimat.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "mail-cert.pem", folder / "mail-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


class MailServer:
    """SMTP over implicit TLS (port 465 style) that keeps what it is sent: the login and the message."""

    def __init__(self, folder: Path):
        self.cert, key = _certificate(folder)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(self.cert, key)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.login: tuple[str, str] | None = None
        self.recipients: list[str] = []
        self.message: bytes | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
            with self.context.wrap_socket(conn, server_side=True) as tls, tls.makefile("rwb") as f:
                self._talk(f)
        except (OSError, ssl.SSLError):
            pass

    def _talk(self, f) -> None:
        def say(line: str) -> None:
            f.write(line.encode() + b"\r\n")
            f.flush()

        say("220 mail.akimat.test ESMTP")
        while line := f.readline():
            command = line.decode().strip()
            upper = command.upper()
            if upper.startswith("EHLO"):
                say("250-mail.akimat.test")
                say("250 AUTH PLAIN")
            elif upper.startswith("AUTH PLAIN "):
                _, user, password = base64.b64decode(command.split()[2]).decode().split("\0")
                self.login = (user, password)
                say("235 2.7.0 Authentication successful")
            elif upper.startswith("RCPT TO:"):
                self.recipients.append(command[8:].strip("<> "))
                say("250 OK")
            elif upper == "DATA":
                say("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while (data := f.readline()) != b".\r\n":
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.message = b"".join(lines)
                say("250 OK queued")
            elif upper == "QUIT":
                say("221 Bye")
                return
            else:
                say("250 OK")

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def mail_server(tmp_path):
    server = MailServer(tmp_path)
    yield server
    server.close()


def send(*args, cert: Path | None = None):
    env = {**os.environ, "MAIL_PASSWORD": "пароль-1"}
    if cert is not None:
        env["SSL_CERT_FILE"] = str(cert)  # the client trusts the stand-in's certificate, and nothing else
    return subprocess.run([sys.executable, "-m", "akimdesk", "mail", "send", *map(str, args),
                           "--password-env", "MAIL_PASSWORD"], capture_output=True, text=True, env=env, timeout=120)


def test_mail_send_uses_the_windows_saved_settings(demo_db, tmp_path, mail_server):
    package = export(demo_db, tmp_path, kind="summary", period="2026-H1", lang="ru").path
    save_smtp_settings(SmtpSettings(host="127.0.0.1", port=mail_server.port, security="ssl",
                                    user="clerk@akimat.kz", sender="akimat@kostanay.kz", recipients="other@gov.kz"))
    assert saved_smtp_settings().port == mail_server.port  # as the window reads them back
    done = send(package, "--to", "gov@example.kz", cert=mail_server.cert)
    assert done.returncode == 0, done.stderr
    mail_server.thread.join(10)
    assert mail_server.login == ("clerk@akimat.kz", "пароль-1")
    assert mail_server.recipients == ["gov@example.kz"]  # --to, not the window's default recipients
    msg = email.message_from_bytes(mail_server.message, policy=email.policy.default)
    assert msg["From"] == "akimat@kostanay.kz" and msg["To"] == "gov@example.kz"
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [package.name]
    assert attachments[0].get_content() == package.read_bytes()


def test_flags_override_the_saved_settings(demo_db, tmp_path, mail_server):
    package = export(demo_db, tmp_path, kind="summary", period="2026-H1", lang="ru").path
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    save_smtp_settings(SmtpSettings(host="127.0.0.1", port=dead, security="ssl", user="old@akimat.kz"))
    done = send(package, "--to", "gov@example.kz", "--smtp-port", mail_server.port, "--user", "new@akimat.kz",
                "--from", "office@akimat.kz", cert=mail_server.cert)
    assert done.returncode == 0, done.stderr
    mail_server.thread.join(10)
    assert mail_server.login == ("new@akimat.kz", "пароль-1")
    assert email.message_from_bytes(mail_server.message, policy=email.policy.default)["From"] == "office@akimat.kz"


def test_without_saved_settings_or_a_server_flag_it_says_what_to_do(demo_db, tmp_path):
    package = export(demo_db, tmp_path, kind="summary", period="2026-H1", lang="ru").path
    refused = send(package, "--to", "gov@example.kz")
    assert refused.returncode == 2
    assert refused.stderr.startswith("akimdesk: error:") and "no mail server is set" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
