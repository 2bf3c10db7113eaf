"""Keys as the National Certification Centre (NCA RK) issues them, made with cryptography for the tests:
a root, a signing key with IIN/BIN/organisation in the subject, the authentication key of the same person,
keys that must be judged expired, not yet valid and revoked (with the CRL that revokes it), and a
time-stamp authority's certificate (critical extended key usage timeStamping)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from .keys import PASSWORD

IIN = "850101400123"
BIN = "990240001234"
ORG = "ҚОСТАНАЙ ОБЛЫСЫ ӘКІМІНІҢ АППАРАТЫ"
PERSON = "ЖҰМАБАЕВА ӘСЕЛ"
SIGN_EKU = "1.3.6.1.5.5.7.3.4"  # emailProtection, as NCA signing keys carry
AUTH_EKU = "1.3.6.1.5.5.7.3.2"  # clientAuth, as NCA authentication keys carry


@dataclass
class NcaKeys:
    folder: Path
    root_pem: Path
    sign: Path  # RSA signing key (PKCS#12) of an organisation's employee
    auth: Path  # the same person's authentication key
    expired: Path
    future: Path  # valid only from next month
    revoked: Path
    crl: Path  # the root's CRL, listing `revoked`
    tsa_cert: Path  # PEM, for `openssl ts -reply`
    tsa_key: Path  # PEM, unencrypted


def _subject(cn: str, person: bool = True):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if person:
        attrs += [x509.NameAttribute(NameOID.SURNAME, cn.split()[0]),
                  x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{IIN}"),
                  x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
                  x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{BIN}")]
    else:
        attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"))
    return x509.Name(attrs)


def _usage(**on):
    from cryptography import x509

    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
                 key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)
    flags.update(on)
    return x509.KeyUsage(**flags)


def _issue(ca_key, ca_cert, subject, start, end, usage, eku: list[str], eku_critical=False):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ObjectIdentifier

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_cert.subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end).add_extension(usage, critical=True)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False))
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ObjectIdentifier(o) for o in eku]), critical=eku_critical)
    return key, builder.sign(ca_key, hashes.SHA256())


def make_nca_keys(folder: Path) -> NcaKeys:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _subject("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST", person=False)
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=400)).not_valid_after(now + dt.timedelta(days=7300))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (folder / "nca-root.pem").write_bytes(ca.public_bytes(pem))
    signing = _usage(digital_signature=True, content_commitment=True)
    auth = _usage(digital_signature=True, key_encipherment=True)
    year = dt.timedelta(days=365)
    person = _subject(PERSON)
    made = {
        "sign.p12": _issue(ca_key, ca, person, now - dt.timedelta(days=30), now + year, signing, [SIGN_EKU]),
        "auth.p12": _issue(ca_key, ca, person, now - dt.timedelta(days=30), now + year, auth, [AUTH_EKU]),
        "expired.p12": _issue(ca_key, ca, person, now - 2 * year, now - dt.timedelta(days=35), signing, [SIGN_EKU]),
        "future.p12": _issue(ca_key, ca, person, now + dt.timedelta(days=30), now + year, signing, [SIGN_EKU]),
        "revoked.p12": _issue(ca_key, ca, person, now - dt.timedelta(days=30), now + year, signing, [SIGN_EKU]),
    }
    for name, (key, cert) in made.items():
        (folder / name).write_bytes(pkcs12.serialize_key_and_certificates(
            b"signer", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode("utf-8"))))
    revoked_cert = made["revoked.p12"][1]
    crl = (x509.CertificateRevocationListBuilder().issuer_name(ca.subject).last_update(now - dt.timedelta(days=1))
           .next_update(now + dt.timedelta(days=7))
           .add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(revoked_cert.serial_number)
                                    .revocation_date(now - dt.timedelta(days=2)).build())
           .sign(ca_key, hashes.SHA256()))
    (folder / "nca-root.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    tsa_key, tsa_cert = _issue(ca_key, ca, _subject("AkimDesk Test TSA", person=False), now - dt.timedelta(days=30),
                               now + 10 * year, _usage(digital_signature=True, content_commitment=True),
                               ["1.3.6.1.5.5.7.3.8"], eku_critical=True)
    (folder / "tsa.pem").write_bytes(tsa_cert.public_bytes(pem))
    (folder / "tsa.key").write_bytes(tsa_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))
    return NcaKeys(folder, folder / "nca-root.pem", folder / "sign.p12", folder / "auth.p12", folder / "expired.p12",
                   folder / "future.p12", folder / "revoked.p12", folder / "nca-root.crl", folder / "tsa.pem",
                   folder / "tsa.key")


def unchecked_signer(path: Path):
    """A signer over any key, without AkimDesk's checks: what another program might sign a package with."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from akimdesk.signing.pkcs12 import Pkcs12Signer

    key, cert, chain = pkcs12.load_key_and_certificates(path.read_bytes(), PASSWORD.encode("utf-8"))
    return Pkcs12Signer(key, cert, list(chain or []))


@pytest.fixture(scope="session")
def nca(tmp_path_factory) -> NcaKeys:
    return make_nca_keys(tmp_path_factory.mktemp("nca"))
