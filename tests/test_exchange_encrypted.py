"""Encrypted data packages and the preview before a merge: personal data travels as CMS EnvelopedData
(AES-256) that only the recipient's key opens, and a person sees what a package will change first."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.exchange import ExchangeRefused
from akimdesk.exchange.merge import import_data
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import DISTRICT, export, snapshot
from .keys import PASSWORD, make_keys


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file):
    tmp = tmp_path_factory.mktemp("encrypted")
    keys = make_keys(tmp_path_factory.mktemp("encrypted-keys"))
    recipient_key, recipient_cert, _ = pkcs12.load_key_and_certificates(keys.not_for_signing.read_bytes(),
                                                                        PASSWORD.encode("utf-8"))
    cer = tmp / "oblast.cer"
    cer.write_bytes(recipient_cert.public_bytes(serialization.Encoding.DER))
    pem = tmp / "oblast-key.pem"
    pem.write_bytes(recipient_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption()))
    shutil.copy(demo_file, tmp / "source.sqlite")
    source = Database.open(tmp / "source.sqlite")
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    sealed = export(source, tmp / "sealed", signer, to_cert=cer)
    source.close()
    yield {"tmp": tmp, "keys": keys, "cer": cer, "pem": pem, "sealed": sealed}


def _fresh(world, name: str) -> Database:
    return Database.open(world["tmp"] / name)


def test_an_encrypted_package_is_cms_enveloped_data_with_aes_256_and_no_citizen_text_in_clear(world):
    sealed = world["sealed"]
    assert sealed.name.endswith(".zip.p7m") and not zipfile.is_zipfile(sealed)
    printed = subprocess.run(["openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", str(sealed)],
                             capture_output=True, text=True, check=True).stdout
    assert "envelopedData" in printed and "aes-256-cbc" in printed
    plain = subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(sealed),
                            "-inkey", str(world["pem"]), "-recip", str(world["cer"])], capture_output=True, check=True)
    with zipfile.ZipFile(io.BytesIO(plain.stdout)) as opened:  # openssl opens it with the recipient's key
        assert opened.testzip() is None and "data.json" in opened.namelist()
    assert b"data.json" not in sealed.read_bytes()


def test_the_recipients_key_opens_and_merges_it(world):
    database = _fresh(world, "recipient.sqlite")
    result = import_data(database, world["sealed"], key=(world["keys"].not_for_signing, PASSWORD))
    assert sum(result.inserted.values()) > 0 and result.sender_kato == DISTRICT
    database.close()


def test_another_key_cannot_read_it_and_nothing_is_written(world):
    database = _fresh(world, "intruder.sqlite")
    before = snapshot(database)
    with pytest.raises(ExchangeRefused) as refused:
        import_data(database, world["sealed"], key=(world["keys"].good, PASSWORD))
    assert refused.value.code == "not_for_this_key"
    with pytest.raises(ExchangeRefused) as no_key:
        import_data(database, world["sealed"])
    assert no_key.value.code == "encrypted"
    assert snapshot(database) == before
    database.close()


def test_the_command_line_encrypts_and_decrypts(world, monkeypatch, capsys):
    monkeypatch.setenv("KEY_PASSWORD", PASSWORD)
    source = world["tmp"] / "source.sqlite"
    out = world["tmp"] / "cli-out"
    out.mkdir()
    assert main(["exchange", "export", "--db", str(source), "--unit", DISTRICT, "--period", "2026", "--out", str(out),
                 "--sign", str(world["keys"].good), "--password-env", "KEY_PASSWORD", "--to-cert", str(world["cer"])]) == 0
    sealed = Path(capsys.readouterr().out.strip())
    assert sealed.suffix == ".p7m"
    target = world["tmp"] / "cli-target.sqlite"
    Database.open(target).close()
    assert main(["exchange", "import", "--db", str(target), str(sealed), "--key", str(world["keys"].good),
                 "--password-env", "KEY_PASSWORD"]) == 1
    assert "not encrypted for the key" in capsys.readouterr().err
    assert main(["exchange", "import", "--db", str(target), str(sealed), "--key", str(world["keys"].not_for_signing),
                 "--password-env", "KEY_PASSWORD"]) == 0


def test_a_dry_run_prints_what_the_merge_would_do_as_json_and_writes_nothing(world, monkeypatch, capsys):
    monkeypatch.setenv("KEY_PASSWORD", PASSWORD)
    target = world["tmp"] / "preview.sqlite"
    Database.open(target).close()
    database = Database.open(target)
    before = snapshot(database)
    database.close()
    assert main(["exchange", "import", "--db", str(target), str(world["sealed"]), "--dry-run",
                 "--key", str(world["keys"].not_for_signing), "--password-env", "KEY_PASSWORD"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] is True and preview["merged"] is False
    assert preview["inserted"]["problem_issue"] > 0 and preview["deleted"] == {}
    database = Database.open(target)
    assert snapshot(database) == before
    result = import_data(database, world["sealed"], key=(world["keys"].not_for_signing, PASSWORD))
    assert result.inserted == preview["inserted"], "the preview is exactly what the merge does"
    database.close()


def _cli_export(world, out: Path, *extra: str) -> int:
    out.mkdir(exist_ok=True)
    return main(["exchange", "export", "--db", str(world["tmp"] / "source.sqlite"), "--unit", DISTRICT, "--period",
                 "2026", "--out", str(out), "--sign", str(world["keys"].good), "--password-env", "KEY_PASSWORD",
                 *extra])


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("manifest.json"))


def test_personal_data_does_not_leave_in_clear_unless_the_sender_says_so(world, monkeypatch, capsys):
    monkeypatch.setenv("KEY_PASSWORD", PASSWORD)
    database = Database.open(world["tmp"] / "source.sqlite")
    before = snapshot(database)
    database.close()
    out = world["tmp"] / "clear-refused"
    assert _cli_export(world, out) == 2  # the demo district's issues name citizens and their phones
    err = capsys.readouterr().err
    assert err.startswith("akimdesk: error:") and err.count("\n") == 1
    assert "personal data" in err and "--to-cert" in err and "--in-clear" in err
    assert list(out.iterdir()) == []
    database = Database.open(world["tmp"] / "source.sqlite")
    assert snapshot(database) == before  # nothing logged either
    database.close()

    assert _cli_export(world, out, "--in-clear") == 0
    printed = capsys.readouterr()
    package = Path(printed.out.strip())
    assert package.suffix == ".zip" and "personal data unencrypted" in printed.err
    details = _manifest(package)["details"]
    assert details["personal_data"] is True and details["sent_in_clear_on_purpose"] is True
    assert details["encrypted"] is False


def test_in_clear_and_a_recipient_certificate_exclude_each_other(world, monkeypatch, capsys):
    monkeypatch.setenv("KEY_PASSWORD", PASSWORD)
    out = world["tmp"] / "both"
    assert _cli_export(world, out, "--in-clear", "--to-cert", str(world["cer"])) == 2
    assert "not allowed with argument" in capsys.readouterr().err and list(out.iterdir()) == []


def test_a_package_without_personal_data_may_travel_unencrypted(world, tmp_path):
    from akimdesk.exchange.export import DataExportRequest, export_data

    signer = Pkcs12Signer.load(world["keys"].good, PASSWORD)
    shutil.copy(world["tmp"] / "source.sqlite", tmp_path / "plain.sqlite")
    database = Database.open(tmp_path / "plain.sqlite")
    with database.engine.begin() as conn:  # the same data with every citizen's name, phone and list removed
        conn.exec_driver_sql("UPDATE problem_issue SET citizen_name = NULL, citizen_contact = NULL")
        conn.exec_driver_sql("UPDATE meeting_participant SET names = NULL")
    (tmp_path / "out").mkdir()
    result = export_data(database, DataExportRequest(unit=DISTRICT, out_dir=tmp_path / "out", period="2026"), signer)
    database.close()
    assert result.personal_data is False
    details = _manifest(result.path)["details"]
    assert details["personal_data"] is False and details["sent_in_clear_on_purpose"] is False
