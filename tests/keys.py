"""Test keys made with cryptography: a self-made CA, a signing certificate as PKCS#12, and two that must
be refused (an expired certificate, one without the digitalSignature key usage)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSWORD = "Құпия-сөз 2026"  # non-ASCII on purpose: Kazakh users type passwords like this


@dataclass
class TestKeys:
    ca_pem: Path
    good: Path
    expired: Path
    not_for_signing: Path
    other_ca_pem: Path
    signer_name: str = "ЖҰМАБАЕВА ӘСЕЛ"


def _name(cn: str):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"), x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _usage(**on):
    from cryptography import x509

    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                 key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)
    flags.update(on)
    return x509.KeyUsage(**flags)


def _ca(cn: str, now):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=400)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _leaf(ca_key, ca_cert, cn: str, start, end, usage):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .add_extension(usage, critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def make_keys(folder: Path) -> TestKeys:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    now = dt.datetime.now(dt.UTC)
    ca_key, ca = _ca("AkimDesk Test Root CA", now)
    _, other_ca = _ca("Someone Else's CA", now)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "other-ca.pem").write_bytes(other_ca.public_bytes(serialization.Encoding.PEM))
    signing = _usage(digital_signature=True, content_commitment=True)
    variants = {
        "good.p12": _leaf(ca_key, ca, "ЖҰМАБАЕВА ӘСЕЛ", now - dt.timedelta(days=30), now + dt.timedelta(days=365), signing),
        "expired.p12": _leaf(ca_key, ca, "ЕСКІ КІЛТ", now - dt.timedelta(days=800), now - dt.timedelta(days=35), signing),
        "auth-only.p12": _leaf(ca_key, ca, "ТЕК АУТЕНТИФИКАЦИЯ", now - dt.timedelta(days=30), now + dt.timedelta(days=365),
                               _usage(key_encipherment=True)),
    }
    for name, (key, cert) in variants.items():
        data = pkcs12.serialize_key_and_certificates(
            b"signer", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode("utf-8")))
        (folder / name).write_bytes(data)
    return TestKeys(folder / "ca.pem", folder / "good.p12", folder / "expired.p12", folder / "auth-only.p12",
                    folder / "other-ca.pem")


@pytest.fixture(scope="session")
def keys(tmp_path_factory) -> TestKeys:
    return make_keys(tmp_path_factory.mktemp("keys"))
