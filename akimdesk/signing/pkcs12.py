"""Signing with a PKCS#12 key file (.p12/.pfx), as the national certification centre issues RSA keys."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from . import CertificateInfo, SigningError


class Pkcs12Signer:
    """A signing key read from a PKCS#12 file; refused at once if it cannot make a valid signature."""

    def __init__(self, key, certificate, chain: list, tsa: str = ""):
        self._key = key
        self._certificate = certificate
        self._chain = chain
        self.tsa = tsa
        self.info = CertificateInfo.from_certificate(certificate)

    @classmethod
    def load(cls, path: str | Path, password: str | bytes | None, now: dt.datetime | None = None,
             tsa: str = "") -> Pkcs12Signer:
        """Open the key file with its password and check the certificate can sign today."""
        from cryptography.hazmat.primitives.asymmetric import ec, rsa
        from cryptography.hazmat.primitives.serialization import pkcs12

        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SigningError(f"Cannot read the key file {path}: {exc.strerror or exc}", "unreadable",
                               key=path.name) from None
        secret = password.encode("utf-8") if isinstance(password, str) else password
        try:
            key, cert, chain = pkcs12.load_key_and_certificates(data, secret or None)
        except ValueError:
            raise SigningError(
                f"Cannot open the key file {path.name}: the password is wrong, or it is not a PKCS#12 key "
                "(GOST keys sign through NCALayer)", "password", key=path.name) from None
        except Exception as exc:  # unsupported algorithms surface as various errors
            raise SigningError(f"Cannot open the key file {path.name}: {exc}", "password", key=path.name) from None
        if key is None or cert is None:
            raise SigningError(f"The key file {path.name} holds no private key with its certificate", "unsupported",
                               key=path.name)
        if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
            raise SigningError(f"The key in {path.name} is not RSA or EC; GOST keys sign through NCALayer",
                               "unsupported", key=path.name)
        signer = cls(key, cert, list(chain or []), tsa)
        signer.check_usable(now or dt.datetime.now(dt.UTC))
        return signer

    def check_usable(self, now: dt.datetime) -> None:
        """Refuse an expired, not yet valid, authentication or non-signing certificate, naming the reason."""
        from .profile import check_can_sign

        check_can_sign(self._certificate, now)

    def sign_detached(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.serialization import pkcs7

        if self.tsa:
            return self._sign_detached_timestamped(data)
        builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(self._certificate, self._key, hashes.SHA256())
        for cert in self._chain:
            builder = builder.add_certificate(cert)
        # Binary: sign the bytes as they are; without it line ends are canonicalized and the signature breaks
        return builder.sign(serialization.Encoding.DER,
                            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])

    def _sign_detached_timestamped(self, data: bytes) -> bytes:
        """A detached CMS with the TSA's signature time-stamp token among the unsigned attributes."""
        import asyncio

        from .timestamps import timestamper, tsa_failed

        try:
            content = asyncio.run(self._pyhanko_signer().async_sign_general_data(
                data, "sha256", detached=True, timestamper=timestamper(self.tsa)))
        except SigningError:
            raise
        except Exception as exc:
            raise tsa_failed(self.tsa, exc) from None
        return content.dump()

    def _pyhanko_signer(self):
        from asn1crypto import keys, x509
        from cryptography.hazmat.primitives import serialization
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der = serialization.Encoding.DER
        key_info = keys.PrivateKeyInfo.load(self._key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        cert = x509.Certificate.load(self._certificate.public_bytes(der))
        others = [x509.Certificate.load(c.public_bytes(der)) for c in self._chain]
        return signers.SimpleSigner(signing_cert=cert, signing_key=key_info,
                                    cert_registry=SimpleCertificateStore.from_certs(others))

    def sign_pdf(self, pdf: bytes, reason: str, location: str) -> bytes:
        from cryptography.hazmat.primitives import serialization
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers

        from .timestamps import timestamper, tsa_failed

        meta = pdf_metadata(reason, location, self.tsa,
                            [c.public_bytes(serialization.Encoding.DER) for c in [self._certificate, *self._chain]])
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        try:
            return signers.sign_pdf(writer, meta, signer=self._pyhanko_signer(),
                                    timestamper=timestamper(self.tsa)).getvalue()
        except Exception as exc:
            if self.tsa:
                raise tsa_failed(self.tsa, exc) from None
            raise


def pdf_metadata(reason: str, location: str, tsa: str, chain_der: list[bytes]):
    """PAdES B-B without a TSA; with one, B-LT (validation data embedded) plus a document time-stamp."""
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    from .timestamps import validation_context

    extra = dict(embed_validation_info=True, use_pades_lta=True,
                 validation_context=validation_context(chain_der)) if tsa else {}
    return signers.PdfSignatureMetadata(field_name="AkimDeskSignature", md_algorithm="sha256",
                                        subfilter=SigSeedSubFilter.PADES, reason=reason, location=location, **extra)
