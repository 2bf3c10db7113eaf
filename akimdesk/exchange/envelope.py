"""Encrypted data packages: the whole signed package wrapped in CMS EnvelopedData (RFC 5652) with AES-256,
its key wrapped for the recipient's certificate (RSA), so citizens' names and phones never travel in clear
on a USB stick or in an e-mail. Only the holder of the recipient's private key can open it; `openssl cms
-decrypt -inform DER -in X.zip.p7m -inkey KEY.pem` opens it too."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from . import ExchangeRefused

SUFFIX = ".p7m"
# DER of the OID 1.2.840.113549.1.7.3 (envelopedData)
_ENVELOPED_OID = bytes.fromhex("06092a864886f70d010703")
ZIP_MAGIC = b"PK\x03\x04"


def recipient_certificate(path: Path):
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        data = Path(path).read_bytes()
        cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except (OSError, ValueError) as exc:
        raise ExchangeRefused("bad_recipient", f"{Path(path).name}: not a certificate ({exc})", bad_input=True,
                              file=str(path)) from None
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise ExchangeRefused("bad_recipient", f"{Path(path).name}: packages can be encrypted for RSA certificates "
                              "only", bad_input=True, file=str(path))
    return cert


def encrypt_for(data: bytes, certificate) -> bytes:
    """The bytes as CMS EnvelopedData (DER), AES-256-CBC, the key wrapped for the certificate's RSA key."""
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    return (pkcs7.PKCS7EnvelopeBuilder().set_data(data).add_recipient(certificate)
            .set_content_encryption_algorithm(algorithms.AES256)
            .encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary]))  # without Binary line ends become CRLF


def is_enveloped(head: bytes) -> bool:
    """Whether the first bytes of a file are those of CMS EnvelopedData (and not a zip)."""
    return head[:1] == b"\x30" and _ENVELOPED_OID in head[:40]


def decrypt(path: Path, key_file: Path | None, password: str | None) -> bytes:
    """The package inside an encrypted one, opened with the recipient's PKCS#12 key; refused with a reason
    when no key is given, the key is not the recipient's or the envelope is damaged."""
    from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

    name = Path(path).name
    if key_file is None:
        raise ExchangeRefused("encrypted", f"{name} is encrypted: give the recipient's key (--key KEY.p12)",
                              bad_input=True, file=name)
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(Path(key_file).read_bytes(),
                                                        password.encode("utf-8") if password else None)
    except (OSError, ValueError) as exc:
        raise ExchangeRefused("bad_key", f"{Path(key_file).name}: the key cannot be opened ({exc})", bad_input=True,
                              file=str(key_file)) from None
    if key is None or cert is None:
        raise ExchangeRefused("bad_key", f"{Path(key_file).name} holds no key and certificate", bad_input=True,
                              file=str(key_file))
    try:
        return pkcs7.pkcs7_decrypt_der(Path(path).read_bytes(), cert, key, [])
    except (ValueError, TypeError) as exc:
        raise ExchangeRefused("not_for_this_key", f"{name} was not encrypted for the key in {Path(key_file).name} "
                              f"or is damaged ({exc})", file=name) from None


@contextmanager
def opened_package(path: str | Path, key: tuple[Path, str | None] | None):
    """The package as a zip file: itself, or decrypted into a private temporary folder (removed after)."""
    import tempfile

    from ..files import write_atomically

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        head = b""
    if not is_enveloped(head):
        yield path
        return
    plain = decrypt(path, key[0] if key else None, key[1] if key else None)
    with tempfile.TemporaryDirectory(prefix="akimdesk-") as folder:  # 0700: only its owner may look in
        yield write_atomically(plain, Path(folder) / path.name.removesuffix(".p7m"))
