"""Signing through NCALayer. NCALayer cannot run here: these tests talk to its test double
(tests/ncalayer_double.py), a stand-in WebSocket server that speaks NCALayer's protocol with a test key."""

from __future__ import annotations

import os
import subprocess
import zipfile

import pytest

from akimdesk.cli import main
from akimdesk.services.exports import ExportRequest, export_package
from akimdesk.services.packages import verify
from akimdesk.signing import SigningError, SignWith, open_signer
from akimdesk.signing.ncalayer import NCALayerSigner

from .nca import BIN, IIN, ORG, PERSON, nca  # noqa: F401  (fixture)
from .ncalayer_double import NCALayerDouble
from .tsa import tsa_url  # noqa: F401  (fixture)


@pytest.fixture
def ncalayer(nca, tsa_url):  # noqa: F811
    """The test double of NCALayer, holding the NCA test signing key."""
    double = NCALayerDouble(nca.sign, other_key=nca.revoked, tsa_url=tsa_url).start()
    yield double
    double.stop()


def test_a_package_signed_through_ncalayer_passes_openssl_pdfsig_and_akimdesk(demo_db, tmp_path, nca, ncalayer):  # noqa: F811
    signer = open_signer(SignWith(kind="ncalayer", url=ncalayer.url, tsa="nca"))
    assert (signer.info.common_name, signer.info.iin, signer.info.bin, signer.info.organisation) == (PERSON, IIN, BIN, ORG)
    result = export_package(demo_db, ExportRequest("summary", "39", "2026-Q2", "ru", tmp_path), signer)
    sign_calls = [r["args"] for r in ncalayer.requests if r["method"] == "sign"]
    assert [a["signingParams"]["digested"] for a in sign_calls] == [True, False]  # the PDF's digest, the manifest
    assert all(a["format"] == "cms" and "PKCS12" in a["allowedStorages"] for a in sign_calls)
    assert sign_calls[0]["signerParams"]["iin"] == IIN
    folder = tmp_path / "x"
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(folder)
    openssl = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                              folder / "manifest.json.p7s", "-content", folder / "manifest.json", "-CAfile",
                              nca.root_pem, "-out", os.devnull], capture_output=True, text=True)
    assert openssl.returncode == 0, openssl.stderr
    pdf = next(folder.glob("*.pdf"))
    pdfsig = subprocess.run(["pdfsig", pdf], capture_output=True, text=True).stdout
    assert "Signature is Valid" in pdfsig and "Total document signed" in pdfsig and PERSON in pdfsig
    verdict = verify(result.path, [nca.root_pem])
    assert verdict.ok and verdict.exit_code == 0, verdict.failures
    assert verdict.signed_at is not None  # NCALayer's time-stamp


@pytest.mark.parametrize("mode,reason,words", [
    ("cancel", "cancelled", "cancelled"), ("silent", "timeout", "did not answer"),
    ("other_key", "wrong_key", "another key")])
def test_ncalayer_refusals_each_say_why_and_nothing_is_written(demo_db, tmp_path, ncalayer, mode, reason, words):
    signer = NCALayerSigner.connect(ncalayer.url, timeout=3)
    ncalayer.mode = mode
    with pytest.raises(SigningError, match=words) as caught:
        export_package(demo_db, ExportRequest("summary", "39", "2026-Q2", "ru", tmp_path), signer)
    assert caught.value.reason == reason
    assert list(tmp_path.glob("*.zip")) == []


def test_ncalayer_not_running_and_an_authentication_key_are_refused_before_signing(
        demo_file, tmp_path, nca, tsa_url, capsys):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", "summary", "--db", str(demo_file), "--region", "39", "--period", "2026", "--lang", "ru",
            "--out", str(out), "--sign", "ncalayer"]
    assert main([*args, "--ncalayer-url", "wss://127.0.0.1:9"]) == 2
    assert "NCALayer is not running" in capsys.readouterr().err
    double = NCALayerDouble(nca.auth).start()
    try:
        os.environ["AKIMDESK_NCALAYER_URL"] = double.url
        assert main(args) == 2
    finally:
        del os.environ["AKIMDESK_NCALAYER_URL"]
        double.stop()
    err = capsys.readouterr().err
    assert "authentication key" in err and len(err.strip().splitlines()) == 1
    assert [r["method"] for r in double.requests] == ["getActiveTokens", "getKeyInfo"]  # nothing sent to be signed
    assert double.requests[1]["args"] == ["PKCS12"]
    assert list(out.iterdir()) == []
