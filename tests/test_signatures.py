"""Signing as state bodies do: NCA keys with IIN/BIN/organisation, authentication keys refused, RFC 3161
time-stamps that outlive the certificate, a trust store, and a verifier that names the reason of every
failure with exit codes 0 (valid, trusted), 1 (a check failed), 2 (not a package), 3 (no trusted root)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from akimdesk.cli import main
from akimdesk.services.exports import ExportRequest, export_package
from akimdesk.services.packages import REASONS
from akimdesk.services.packages import verify as verify_package
from akimdesk.services.trust import add_trusted, remove_trusted, trusted_certificates
from akimdesk.signing import SigningError
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .keys import PASSWORD, keys  # noqa: F401  (fixture)
from .nca import BIN, IIN, ORG, PERSON, nca, unchecked_signer  # noqa: F401  (fixture)
from .tsa import tsa_url  # noqa: F401  (fixture)

NOW = dt.datetime(2026, 9, 15, 10, 0)
ROOT = Path(__file__).resolve().parents[1]


def reasons(verdict) -> set[str]:
    return {c.reason for c in verdict.failures}


@pytest.fixture(scope="module")
def made(tmp_path_factory, demo_file, nca, tsa_url):  # noqa: F811
    """One database with the NCA root in its trust store, and packages signed by each kind of key."""
    from akimdesk.db import Database
    from akimdesk.models import Meeting

    folder = tmp_path_factory.mktemp("signed")
    shutil.copy(demo_file, folder / "demo.sqlite")
    database = Database.open(folder / "demo.sqlite")
    add_trusted(database, nca.root_pem)
    with database.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.meeting_date >= dt.date(2026, 7, 1),
                                                 Meeting.status == "held").limit(1))
    packages = {}
    signers = {"stamped": Pkcs12Signer.load(nca.sign, PASSWORD, tsa=tsa_url),
               "plain": Pkcs12Signer.load(nca.sign, PASSWORD), "expired": unchecked_signer(nca.expired),
               "future": unchecked_signer(nca.future), "auth": unchecked_signer(nca.auth),
               "revoked": unchecked_signer(nca.revoked)}
    for which, signer in signers.items():
        out = folder / which
        out.mkdir()
        packages[which] = export_package(database, ExportRequest("meeting", "39", "2026", "kk", out,
                                                                 meeting_id=str(meeting.id)), signer, now=NOW).path
    database.close()
    return folder / "demo.sqlite", packages


def rewrite(package: Path, dest: Path, changes: dict, extra: dict | None = None) -> Path:
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            data = changes.get(info.filename, src.read(info))
            if data is not None:
                out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return dest


def members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def verify(made, package: Path, *args: str) -> tuple[int, dict]:
    """`akimdesk verify --json` on the database with the trust store, as a person runs it."""
    db_file, _ = made
    out = io.StringIO()
    old, sys.stdout = sys.stdout, out
    try:
        code = main(["verify", str(package), "--db", str(db_file), "--json", *args])
    finally:
        sys.stdout = old
    return code, json.loads(out.getvalue())


def test_a_package_signed_with_an_nca_key_names_the_person_and_organisation(made, nca, tsa_url):  # noqa: F811
    _, packages = made
    code, report = verify(made, packages["stamped"])
    assert code == 0 and report["valid"] and report["trusted"], report
    signer = report["signer"]
    assert (signer["common_name"], signer["iin"], signer["bin"], signer["organisation"]) == (PERSON, IIN, BIN, ORG)
    manifest = json.loads(members(packages["stamped"])["manifest.json"])
    assert manifest["signer"]["iin"] == IIN and manifest["package_name"] == packages["stamped"].name
    assert report["signed_at"] is not None  # time-stamped by the TSA
    assert {c["check"] for c in report["checks"]} >= {"timestamp", "certificate", "trust", "name"}


def test_openssl_and_pdfsig_accept_the_time_stamped_signatures(made, nca, tmp_path):  # noqa: F811
    _, packages = made
    files = members(packages["stamped"])
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    openssl = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                              tmp_path / "manifest.json.p7s", "-content", tmp_path / "manifest.json", "-CAfile",
                              nca.root_pem, "-out", os.devnull], capture_output=True, text=True)
    assert openssl.returncode == 0, openssl.stderr
    pdf = next(n for n in files if n.endswith(".pdf"))
    pdfsig = subprocess.run(["pdfsig", tmp_path / pdf], capture_output=True, text=True).stdout
    assert "Signature is Valid" in pdfsig and PERSON in pdfsig and "AkimDesk Test TSA" in pdfsig
    text = subprocess.run(["pdftotext", tmp_path / pdf, "-"], capture_output=True, text=True).stdout
    assert IIN in text and ORG.split()[0] in text  # the signature block names the person and organisation


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (apt-get install faketime)")
def test_three_years_later_the_time_stamped_package_is_still_valid_the_plain_one_expired(made):
    """The signing certificate lasts one year; under a clock moved three years ahead the time-stamp proves
    the signature was made while it was valid."""
    db_file, packages = made
    later = (dt.datetime.now() + dt.timedelta(days=3 * 365)).strftime("%Y-%m-%d %H:%M:%S")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results = {}
    for which in ("stamped", "plain"):
        run = subprocess.run(["faketime", later, sys.executable, "-m", "akimdesk.cli", "verify", str(packages[which]),
                              "--db", str(db_file), "--json"], capture_output=True, text=True, env=env, cwd=ROOT)
        results[which] = (run.returncode, json.loads(run.stdout) if run.stdout else run.stderr)
    assert results["stamped"][0] == 0, results["stamped"]
    code, report = results["plain"]
    assert code == 1 and {c["reason"] for c in report["checks"] if not c["ok"]} == {"expired"}


@pytest.mark.parametrize("which,reason", [("expired", "expired"), ("future", "not_yet_valid"),
                                          ("auth", "wrong_key_usage"), ("revoked", "revoked")])
def test_a_package_signed_with_a_key_that_must_not_sign_names_why(made, nca, which, reason):  # noqa: F811
    db_file, packages = made
    if reason == "revoked":
        from akimdesk.db import Database

        database = Database.open(db_file)
        try:
            add_trusted(database, nca.crl)
            verdict = verify_package(packages[which], db=database)
        finally:
            remove_trusted(database, next(e.fingerprint for e in trusted_certificates(database) if e.kind == "crl"))
            database.close()
    else:
        code, report = verify(made, packages[which])
        assert code == 1
        verdict = verify_package(packages[which], [nca.root_pem])
    assert reasons(verdict) == {reason}, verdict.failures


def test_tampered_packages_name_the_reason(made, nca, tmp_path):  # noqa: F811
    _, packages = made
    good = packages["plain"]
    files = members(good)
    xlsx = next(n for n in files if n.endswith(".xlsx"))
    pdf = next(n for n in files if n.endswith(".pdf"))
    cases = {
        "digest_mismatch": rewrite(good, tmp_path / good.name.replace("meeting", "m1"), {xlsx: files[xlsx] + b"x"}),
        "missing_file": rewrite(good, tmp_path / "a" / good.name, {xlsx: None}) if (tmp_path / "a").mkdir() is None else None,
        "unlisted_file": rewrite(good, (tmp_path / "b").mkdir() or tmp_path / "b" / good.name, {},
                                 extra={"notes.txt": b"added later"}),
        "modified_after_signing": rewrite(good, (tmp_path / "c").mkdir() or tmp_path / "c" / good.name,
                                          {"manifest.json": files["manifest.json"].replace(b'"kk"', b'"ru"', 1)}),
    }
    cases["name_mismatch"] = tmp_path / "calendar-390000000-2026-kk-20260101-000000.zip"
    shutil.copy(good, cases["name_mismatch"])
    for reason, package in cases.items():
        verdict = verify_package(package, [nca.root_pem])
        got = reasons(verdict)
        if reason == "digest_mismatch":
            got.discard("name_mismatch")  # this copy is also renamed
        assert got == {reason}, (reason, verdict.failures)
    # a PDF with content appended after signing
    appended = files[pdf] + b"\n% appended\n"
    verdict = verify_package(rewrite(good, (tmp_path / "d").mkdir() or tmp_path / "d" / good.name, {pdf: appended}),
                             [nca.root_pem])
    assert "digest_mismatch" in reasons(verdict) and "untrusted_root" not in reasons(verdict)
    verdict = verify_package(good, [nca.folder / "tsa.pem"])  # the TSA's certificate is no root of the signer
    assert reasons(verdict) == {"untrusted_root"}
    assert set(reasons(verdict)) <= set(REASONS)


def test_exit_codes_0_1_2_3(made, nca, tmp_path, capsys):  # noqa: F811
    db_file, packages = made
    assert main(["verify", str(packages["plain"]), "--db", str(db_file)]) == 0
    assert "VALID" in capsys.readouterr().out
    empty = tmp_path / "empty.sqlite"
    assert main(["verify", str(packages["plain"]), "--db", str(empty)]) == 3  # no trusted root at hand
    assert "NOT JUDGED" in capsys.readouterr().out
    assert main(["verify", str(packages["plain"]), "--db", str(empty), "--trust", str(nca.root_pem)]) == 0
    assert main(["verify", str(packages["expired"]), "--db", str(db_file)]) == 1
    assert main(["verify", str(nca.root_pem), "--db", str(db_file)]) == 2
    assert "not a package" in capsys.readouterr().err


def test_an_authentication_key_is_refused_before_anything_is_written(demo_file, tmp_path, nca, capsys):  # noqa: F811
    with pytest.raises(SigningError, match="authentication key"):
        Pkcs12Signer.load(nca.auth, PASSWORD)
    out = tmp_path / "out"
    out.mkdir()
    os.environ["AKIMDESK_TEST_PW"] = PASSWORD
    try:
        code = main(["export", "summary", "--db", str(demo_file), "--region", "39", "--period", "2026",
                     "--lang", "ru", "--out", str(out), "--sign", str(nca.auth), "--password-env", "AKIMDESK_TEST_PW"])
    finally:
        del os.environ["AKIMDESK_TEST_PW"]
    err = capsys.readouterr().err
    assert code == 2 and "an authentication key (AUTH), not a signing key" in err and len(err.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_the_trust_store_on_the_command_line(db, nca, tmp_path, capsys):  # noqa: F811
    from akimdesk.models import TrustedCertificate

    path = str(db.engine.url.database)
    assert main(["trust", "list", "--db", path]) == 0
    assert "empty" in capsys.readouterr().out
    assert main(["trust", "add", str(nca.root_pem), "--db", path]) == 0
    assert main(["trust", "add", str(nca.crl), "--db", path]) == 0
    assert main(["trust", "add", str(nca.root_pem), "--db", path]) == 0  # twice: kept once
    capsys.readouterr()
    assert main(["trust", "list", "--json", "--db", path]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(e["kind"] for e in listed) == ["certificate", "crl"]
    root = next(e for e in listed if e["kind"] == "certificate")
    assert "ҰЛТТЫҚ" in root["subject"]
    assert main(["trust", "add", str(nca.sign), "--db", path]) == 2  # a key file is no certificate
    assert "not a certificate" in capsys.readouterr().err
    assert main(["trust", "remove", root["fingerprint"][:12], "--db", path]) == 0
    assert main(["trust", "remove", "deadbeefdeadbeef", "--db", path]) == 2
    with db.session() as s:
        assert [r.kind for r in s.scalars(select(TrustedCertificate))] == ["crl"]


def test_exchange_import_judges_the_sender_by_the_trust_store(demo_file, tmp_path, nca, keys):  # noqa: F811
    """No --trust: the receiving database's trust store decides (the "trust by default" half of exchange)."""
    from akimdesk.exchange import ExchangeRefused
    from akimdesk.services.exchange import import_package

    from .exchange_helpers import export, snapshot, two_levels

    signer = Pkcs12Signer.load(nca.sign, PASSWORD)
    oblast, district, _ = two_levels(demo_file, tmp_path, signer)
    try:
        package = export(district, tmp_path / "to-oblast", signer, since_last="oblast")
        add_trusted(oblast, keys.other_ca_pem)  # the store knows another root only
        before = snapshot(oblast)
        with pytest.raises(ExchangeRefused) as refused:
            import_package(oblast, package)
        assert refused.value.code == "untrusted" and snapshot(oblast) == before
        add_trusted(oblast, nca.root_pem)
        assert import_package(oblast, package).package == package.name
    finally:
        district.close()
        oblast.close()


def test_the_command_line_time_stamps_and_a_dead_tsa_writes_nothing(demo_file, tmp_path, nca, tsa_url, capsys):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", "summary", "--db", str(demo_file), "--region", "39", "--period", "2026-Q2", "--lang", "kk",
            "--out", str(out), "--sign", str(nca.sign), "--password-env", "AKIMDESK_TEST_PW"]
    os.environ["AKIMDESK_TEST_PW"] = PASSWORD
    try:
        assert main([*args, "--tsa", "http://127.0.0.1:9/tsa"]) == 2
        err = capsys.readouterr().err
        assert "time-stamp service http://127.0.0.1:9/tsa" in err and len(err.strip().splitlines()) == 1
        assert list(out.iterdir()) == []
        assert main([*args, "--tsa", tsa_url]) == 0
    finally:
        del os.environ["AKIMDESK_TEST_PW"]
    package = Path(capsys.readouterr().out.strip().splitlines()[-1])
    verdict = verify_package(package, [nca.root_pem])
    assert verdict.exit_code == 0 and verdict.signed_at is not None
    assert {(c.check, c.ok) for c in verdict.checks if c.file.endswith(".pdf")} >= {("timestamp", True)}
