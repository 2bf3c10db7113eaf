"""Signed packages: verified by openssl, pdfsig and AkimDesk itself; any changed byte is caught and named;
bad keys, bad folders and cancelled exports leave nothing behind."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from akimdesk.cli import main
from akimdesk.files import write_atomically
from akimdesk.models import PackageLog
from akimdesk.packages.container import PackageExists
from akimdesk.progress import Cancelled, Progress
from akimdesk.services.exports import ExportRequest, export_package
from akimdesk.services.packages import (
    MailError,
    PackageUnreadable,
    SmtpSettings,
    send_by_mail,
    write_mail_draft,
)
from akimdesk.services.packages import verify as verify_package
from akimdesk.signing import SigningError
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .conftest import DEMO_DAY
from .keys import PASSWORD, keys  # noqa: F401  (fixture)

NOW = dt.datetime.combine(DEMO_DAY, dt.time(10, 0))


def export(db, out: Path, signer=None, kind="central-issues", period="2026-H1", lang="kk", now=NOW, **kw):
    return export_package(db, ExportRequest(kind, "39", period, lang, out, **kw), signer, now=now)


def unzip(package: Path, folder: Path) -> dict[str, Path]:
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
        return {n: folder / n for n in zf.namelist()}


def rewrite(package: Path, dest: Path, changes: dict[str, bytes | None], extra: dict[str, bytes] | None = None) -> Path:
    """A copy of the package with some members changed (None removes one) and some added."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            data = changes.get(info.filename, src.read(info))
            if data is not None:
                out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return dest


@pytest.fixture
def out(tmp_path) -> Path:
    """The folder packages go to (the test database lives beside it, in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def signer(keys):  # noqa: F811
    return Pkcs12Signer.load(keys.good, PASSWORD)


def test_a_signed_package_verifies_with_openssl_pdfsig_and_akimdesk(demo_db, tmp_path, keys, signer):  # noqa: F811
    result = export(demo_db, tmp_path, signer)
    assert result.path.parent == tmp_path and result.path.name.startswith("central-issues-390000000-2026-H1-kk-")
    files = unzip(result.path, tmp_path / "x")
    assert sorted(files) == sorted(result.files) and "manifest.json.p7s" in files
    manifest = json.loads(files["manifest.json"].read_text(encoding="utf-8"))
    assert (manifest["kind"], manifest["language"], manifest["period"]["code"]) == ("central_issues", "kk", "2026-H1")
    assert manifest["region"] == {"kato": "390000000", "name": "Қостанай облысы"}
    assert manifest["signer"]["common_name"] == keys.signer_name
    openssl = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", files["manifest.json.p7s"],
         "-content", files["manifest.json"], "-CAfile", keys.ca_pem, "-out", os.devnull],
        capture_output=True, text=True)
    assert openssl.returncode == 0, openssl.stderr
    assert "Verification successful" in openssl.stderr
    pdf = next(p for n, p in files.items() if n.endswith(".pdf"))
    pdfsig = subprocess.run(["pdfsig", pdf], capture_output=True, text=True).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig and keys.signer_name in pdfsig
    verdict = verify_package(result.path, [keys.ca_pem])
    assert verdict.ok, [c for c in verdict.failures]
    assert verdict.signer.common_name == keys.signer_name
    checks = {(c.file, c.check) for c in verdict.checks}
    assert (pdf.name, "pdf_signature") in checks and ("manifest.json.p7s", "cms_signature") in checks
    assert (pdf.name, "signer_match") in checks
    with demo_db.session() as s:
        log = s.get(PackageLog, result.log_id)
        assert (log.kind, log.sha256, log.language, log.file_name) == ("central_issues", result.sha256, "kk", result.path.name)
        assert log.signer == keys.signer_name and log.author == demo_db.actor
        assert log.details["signer"]["serial"] == verdict.signer.serial


def test_openssl_refuses_a_signature_from_an_untrusted_root_and_so_does_akimdesk(demo_db, tmp_path, keys, signer):  # noqa: F811
    result = export(demo_db, tmp_path, signer)
    files = unzip(result.path, tmp_path / "x")
    openssl = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", files["manifest.json.p7s"],
         "-content", files["manifest.json"], "-CAfile", keys.other_ca_pem, "-out", os.devnull], capture_output=True)
    assert openssl.returncode != 0
    verdict = verify_package(result.path, [keys.other_ca_pem])
    assert not verdict.ok and {c.check for c in verdict.failures} == {"trust"}


@pytest.fixture(scope="module")
def signed_package(tmp_path_factory, keys, demo_file):  # noqa: F811
    """One small signed package (a meeting's report) shared by the tampering property test."""
    import shutil

    from akimdesk.db import Database
    from akimdesk.models import Meeting

    folder = tmp_path_factory.mktemp("tamper")
    shutil.copy(demo_file, folder / "demo.sqlite")
    database = Database.open(folder / "demo.sqlite")
    with database.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.meeting_date >= dt.date(2026, 7, 1), Meeting.status == "held").limit(1))
    result = export_package(database, ExportRequest("meeting", "39", "2026", "ru", folder, meeting_id=str(meeting.id)),
                            Pkcs12Signer.load(keys.good, PASSWORD), now=NOW)
    database.close()
    with zipfile.ZipFile(result.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    return SignedPackage(result.path, members)


class SignedPackage(tuple):
    """(path, members) with a short repr, so a failing example prints readably."""

    def __new__(cls, path, members):
        return super().__new__(cls, (path, members))

    def __repr__(self) -> str:
        return f"<package {self[0].name}>"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_flipping_any_byte_of_any_file_is_caught_and_named(signed_package, keys, data):  # noqa: F811
    package, members = signed_package
    name = data.draw(st.sampled_from(sorted(members)), label="file")
    offset = data.draw(st.integers(0, len(members[name]) - 1), label="offset")
    flip = data.draw(st.integers(1, 255), label="xor")
    changed = bytearray(members[name])
    changed[offset] ^= flip
    with tempfile.TemporaryDirectory() as tmp:
        tampered = rewrite(package, Path(tmp) / "tampered.zip", {name: bytes(changed)})
        verdict = verify_package(tampered, [keys.ca_pem])
    assert not verdict.ok
    named = {c.file for c in verdict.failures}
    if name == "manifest.json":
        assert named & {"manifest.json", "manifest.json.p7s"}
    else:
        assert name in named, (name, offset, verdict.failures)
    if name.endswith((".xlsx", ".pdf")):
        assert any(c.file == name and c.check == "sha256" for c in verdict.failures)


def test_a_missing_an_extra_and_an_altered_file_are_each_named(demo_db, tmp_path, keys, signer):  # noqa: F811
    result = export(demo_db, tmp_path, signer, kind="summary", period="2026-Q2", lang="ru")
    xlsx, pdf = (n for n in result.files if n.endswith((".xlsx", ".pdf")))
    broken = rewrite(result.path, tmp_path / "broken.zip", {xlsx: None, pdf: b"%PDF-1.7 not the signed one"},
                     extra={"notes.txt": b"added later"})
    verdict = verify_package(broken, [keys.ca_pem])
    failures = {(c.file, c.check) for c in verdict.failures}
    assert (xlsx, "missing") in failures
    assert ("notes.txt", "unlisted") in failures
    assert (pdf, "sha256") in failures and (pdf, "pdf_signature") in failures
    assert ("manifest.json.p7s", "cms_signature") not in failures  # the manifest itself is untouched
    code = main(["verify", str(broken), "--trust", str(keys.ca_pem)])
    assert code == 1
    assert main(["verify", str(result.path), "--trust", str(keys.ca_pem)]) == 0


def test_verify_reports_json_and_refuses_what_is_not_a_package(demo_db, tmp_path, keys, signer, capsys):  # noqa: F811
    result = export(demo_db, tmp_path, signer, kind="calendar", period="2026-Q1", lang="ru")
    # intact, but with no trusted root at hand the signer is not judged: exit 3, never plain "valid"
    assert main(["verify", str(result.path), "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True and report["trust_checked"] is False and report["trusted"] is False
    assert report["signer"]["common_name"] == keys.signer_name and report["kind"] == "calendar"
    assert main(["verify", str(keys.ca_pem)]) == 2
    assert "not a package" in capsys.readouterr().err
    with pytest.raises(PackageUnreadable):
        verify_package(tmp_path / "nothing.zip")


def test_an_unsigned_package_does_not_pass_verification(demo_db, tmp_path, capsys):
    result = export(demo_db, tmp_path, None, kind="summary", period="2026-H1", lang="kk")
    assert "manifest.json.p7s" not in result.files
    verdict = verify_package(result.path)
    failures = {(c.file, c.check): c.detail for c in verdict.failures}
    pdf = next(n for n in result.files if n.endswith(".pdf"))
    assert set(failures) == {("manifest.json.p7s", "cms_signature"), (pdf, "pdf_signature")}
    assert "not signed" in failures[("manifest.json.p7s", "cms_signature")]
    assert all(c.ok for c in verdict.checks if c.check == "sha256")  # the files themselves are whole
    assert main(["verify", str(result.path)]) == 1
    assert "NOT VALID" in capsys.readouterr().out


@pytest.mark.parametrize("which,message", [
    ("expired", "expired on"), ("not_for_signing", "not for signing"), ("wrong_password", "password is wrong")])
def test_keys_that_cannot_sign_are_refused_before_anything_is_written(demo_file, tmp_path, keys, which, message, capsys):  # noqa: F811
    path = {"expired": keys.expired, "not_for_signing": keys.not_for_signing, "wrong_password": keys.good}[which]
    password = "wrong" if which == "wrong_password" else PASSWORD
    with pytest.raises(SigningError, match=message):
        Pkcs12Signer.load(path, password)
    out = tmp_path / "out"
    out.mkdir()
    os.environ["AKIMDESK_TEST_PW"] = password
    try:
        code = main(["export", "summary", "--db", str(demo_file), "--region", "39", "--period", "2026", "--lang", "ru",
                     "--out", str(out), "--sign", str(path), "--password-env", "AKIMDESK_TEST_PW"])
    finally:
        del os.environ["AKIMDESK_TEST_PW"]
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_the_command_line_prints_the_package_path(demo_file, tmp_path, keys, capsys):  # noqa: F811
    import shutil

    db = tmp_path / "copy.sqlite"
    shutil.copy(demo_file, db)
    os.environ["AKIMDESK_TEST_PW"] = PASSWORD
    try:
        code = main(["export", "quarterly", "--db", str(db), "--region", "390000000", "--period", "2026-Q3",
                     "--lang", "kk", "--out", str(tmp_path), "--sign", str(keys.good), "--password-env", "AKIMDESK_TEST_PW"])
    finally:
        del os.environ["AKIMDESK_TEST_PW"]
    assert code == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.is_file() and printed.parent == tmp_path and printed.suffix == ".zip"
    assert verify_package(printed, [keys.ca_pem]).ok


@pytest.mark.parametrize("args,message", [
    (["--period", "2030"], "no "),
    (["--period", "2026-Q7"], "is not a period"),
    (["--region", "99"], "not in the directory"),
    (["--out", "/nonexistent/folder"], "does not exist"),
])
def test_bad_input_on_the_command_line_is_one_line_and_exit_2(demo_file, tmp_path, args, message, capsys):
    base = {"--region": "39", "--period": "2026", "--out": str(tmp_path)}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    argv = ["export", "summary", "--db", str(demo_file), "--lang", "ru"] + [x for kv in base.items() for x in kv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_no_partial_package(demo_file, tmp_path):
    """The export runs in a child process limited to files of 64 KB: writing the package fails like a full disk."""
    import shutil

    db = tmp_path / "copy.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "out"
    out.mkdir()

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    before = db.stat().st_size
    assert before > 64 * 1024  # the database is only read until the package is written
    proc = subprocess.run(
        [sys.executable, "-m", "akimdesk", "export", "calendar", "--db", str(db), "--region", "39", "--period", "2026",
         "--lang", "ru", "--out", str(out)], capture_output=True, text=True, preexec_fn=limit,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert proc.returncode == 2, proc.stderr
    assert "Cannot write" in proc.stderr and "nothing was saved" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_no_log(demo_db, out, tmp_path, signer):
    asked = 0

    def count() -> bool:
        nonlocal asked
        asked += 1
        return False

    (tmp_path / "count").mkdir()
    export_package(demo_db, ExportRequest("calendar", "39", "2026", "ru", tmp_path / "count"), signer,
                   progress=Progress(is_cancelled=count), now=NOW)
    with demo_db.session() as s:
        logs = s.scalar(select(func.count()).select_from(PackageLog))
    # Cancel at every point where the export asks, from the first to the last before the package is in place
    for cancel_after in range(asked - 1):
        calls = 0

        def cancelled(limit=cancel_after) -> bool:
            nonlocal calls
            calls += 1
            return calls > limit

        with pytest.raises(Cancelled):
            export_package(demo_db, ExportRequest("calendar", "39", "2026", "ru", out), signer,
                           progress=Progress(is_cancelled=cancelled), now=NOW)
        assert list(out.iterdir()) == [], cancel_after
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(PackageLog)) == logs


def test_a_package_is_never_overwritten_without_asking(demo_db, out):
    first = export(demo_db, out)
    original = first.path.read_bytes()
    with pytest.raises(PackageExists):
        export(demo_db, out, lang="kk")
    assert first.path.read_bytes() == original and len(list(out.iterdir())) == 1
    again = export_package(demo_db, ExportRequest("central-issues", "39", "2026-H1", "kk", out), None,
                           overwrite=True, now=NOW)
    assert again.path == first.path and len(list(out.iterdir())) == 1
    with pytest.raises(PackageExists):
        write_atomically(b"x", first.path)
    assert len(list(out.iterdir())) == 1


def test_the_next_quarter_shows_what_changed_since_the_frozen_figures(demo_db, tmp_path):
    from openpyxl import load_workbook

    q2 = export(demo_db, tmp_path, kind="quarterly", period="2026-Q2", lang="ru")
    with demo_db.session() as s:
        frozen = s.get(PackageLog, q2.log_id).details
    assert frozen["total"] == len(frozen["issues"]) > 0 and sum(frozen["counts"].values()) == frozen["total"]
    q3 = export(demo_db, tmp_path, kind="quarterly", period="2026-Q3", lang="ru", now=NOW + dt.timedelta(minutes=1))
    with zipfile.ZipFile(q3.path) as zf:
        xlsx = next(n for n in zf.namelist() if n.endswith(".xlsx"))
        wb = load_workbook(io.BytesIO(zf.read(xlsx)))
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["details"]["figures"]["previous_package"] == str(q2.log_id)
    changes = [row[-1] for row in wb.worksheets[0].iter_rows(values_only=True) if isinstance(row[0], int)]
    assert "новый вопрос" in changes and "без изменений" in changes
    assert any(c and c.startswith("статус:") for c in changes)
    facts = " ".join(str(r[0]) for r in wb.worksheets[0].iter_rows(values_only=True) if r[0])
    assert "Изменения за квартал: новых" in facts and "II квартал 2026 года" in " ".join(
        str(r[0]) for r in wb.worksheets[0].iter_rows(values_only=True) if r[0])


def test_the_email_draft_carries_the_package_with_a_kazakh_subject(demo_db, tmp_path, signer):
    result = export(demo_db, tmp_path, signer, kind="summary", period="2026-H1", lang="kk")
    draft = write_mail_draft(result.path, to="gov@example.kz", sender="akimat@example.kz")
    assert draft == result.path.with_suffix(".eml")
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "Жиынтық ақпарат: Қостанай облысы, 2026 жылғы I жартыжылдық"
    assert msg["To"] == "gov@example.kz" and msg["X-Unsent"] == "1"
    body = msg.get_body(("plain",)).get_content()
    assert "Қайырлы күн" in body and result.path.name in body and "openssl cms -verify" in body
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [result.path.name]
    assert attachments[0].get_content() == result.path.read_bytes()


def test_sending_to_an_unreachable_mail_server_says_so(demo_db, tmp_path):
    import socket

    result = export(demo_db, tmp_path, kind="summary", period="2026-H1", lang="ru")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings_ = SmtpSettings(host="127.0.0.1", port=port, security="starttls", user="u", recipients="gov@example.kz")
    with pytest.raises(MailError, match="Cannot reach 127.0.0.1"):
        send_by_mail(settings_, "secret", result.path, timeout=5)
    with pytest.raises(MailError, match="encrypted"):
        send_by_mail(SmtpSettings(host="x", security="plain", recipients="a@b"), "", result.path)


def test_mail_commands_draft_what_the_package_really_holds(demo_db, tmp_path, signer):
    unsigned = export(demo_db, tmp_path, kind="summary", period="2026-H1", lang="ru")
    out = tmp_path / "letter.eml"
    proc = subprocess.run([sys.executable, "-m", "akimdesk", "mail", "draft", str(unsigned.path), "--to",
                           "gov@example.kz", "--lang", "kk", "--out", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    msg = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    body = msg.get_body(("plain",)).get_content()
    assert msg["To"] == "gov@example.kz" and "Қайырлы күн" in body
    assert "p7s" not in body and "openssl" not in body and "қолтаңба қойылмаған" in body  # nothing signed
    names = [f["name"] for f in json.loads(zipfile.ZipFile(unsigned.path).read("manifest.json"))["files"]]
    assert names and all(name in body for name in names)
    again = subprocess.run([sys.executable, "-m", "akimdesk", "mail", "draft", str(unsigned.path), "--to", "a@b",
                            "--out", str(out)], capture_output=True, text=True)
    assert again.returncode == 2 and again.stderr.startswith("akimdesk: error:") and "already exists" in again.stderr
    (tmp_path / "s").mkdir()
    signed = export(demo_db, tmp_path / "s", signer, kind="summary", period="2026-H1", lang="ru")
    draft = write_mail_draft(signed.path, to="gov@example.kz")
    body = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default).get_body(("plain",)).get_content()
    assert "manifest.json.p7s" in body and "openssl cms -verify" in body and "не подписан" not in body
    bad = subprocess.run([sys.executable, "-m", "akimdesk", "mail", "send", str(unsigned.path), "--to", "a@b",
                          "--smtp-host", "127.0.0.1", "--smtp-port", "1", "--smtp-security", "starttls"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "Cannot reach 127.0.0.1" in bad.stderr


def test_one_bodys_quarterly_list_is_a_file_set_with_open_data(demo_db, tmp_path):
    import csv

    from akimdesk.models import CompetenceLevel, ProblemIssue, ResponsibleBody

    with demo_db.session() as s:
        code, count = next(
            (b.code, n) for b, n in s.execute(
                select(ResponsibleBody, func.count(ProblemIssue.id)).join(
                    ProblemIssue, ProblemIssue.responsible_body_id == ResponsibleBody.id)
                .where(ResponsibleBody.code.is_not(None), ProblemIssue.meeting_id.is_not(None),
                       ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS))
                .group_by(ResponsibleBody.id).order_by(func.count(ProblemIssue.id).desc())))
    proc = subprocess.run([sys.executable, "-m", "akimdesk", "export", "quarterly", "--db", str(demo_db.path),
                           "--region", "39", "--period", "2026-Q3", "--lang", "ru", "--out", str(tmp_path),
                           "--body", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    package = Path(proc.stdout.strip())
    assert f"-{code.replace('_', '-')}-" in package.name
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        rows = list(csv.DictReader(io.StringIO(zf.read(next(n for n in names if n.endswith(".csv"))).decode("utf-8-sig"))))
    assert {n.rsplit(".", 1)[1] for n in names} == {"xlsx", "pdf", "csv", "json"}
    assert rows and len({r["group"] for r in rows}) == 1 and {"number", "kato", "overdue", "deadline"} <= set(rows[0])
    assert manifest["details"]["personal_data"] is False and manifest["details"]["figures"]["body"] == code
    hashes = [c for c in verify_package(package).checks if c.check == "sha256"]
    assert len(hashes) == 3 and all(c.ok for c in hashes)  # the CSV is listed and checked like the others


def test_an_unmasked_document_says_it_holds_personal_data(demo_db, tmp_path):
    from akimdesk.models import ProblemIssue

    with demo_db.session() as s:
        meeting_id = str(s.scalar(select(ProblemIssue.meeting_id).where(
            ProblemIssue.citizen_name.is_not(None), ProblemIssue.meeting_id.is_not(None),
            ProblemIssue.raised_on >= dt.date(2026, 1, 1)).limit(1)))
    open_ = export(demo_db, tmp_path, kind="meeting", period="2026", lang="ru", meeting_id=meeting_id,
                   include_personal_data=True)
    with zipfile.ZipFile(open_.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        pdf = zf.read(next(n for n in zf.namelist() if n.endswith(".pdf")))
    assert manifest["details"]["personal_data"] is True
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "содержит персональные данные" in text
