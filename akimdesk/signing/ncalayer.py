"""Signing through NCALayer, the National Certification Centre's signing service every state-body computer
runs: a WebSocket server (by default wss://127.0.0.1:13579 with its own self-signed certificate, accepted on
the loopback address only). The key never leaves NCALayer: it asks the person for the key and its PIN and
returns a CMS. GOST keys, Kaztoken and ID cards sign this way.

Protocol as NCALayer's public clients use it: on connecting NCALayer says `{"result": {"version": ...}}`
and may send `--heartbeat--` frames. `kz.gov.pki.knca.commonUtils` / `getKeyInfo` (positional args, reply
`{"code": "200", "responseObject": {"pem": ...}}`, after `getActiveTokens` names a plugged-in token) tells whose key the person chose, so an authentication
key is refused before anything is signed. `kz.gov.pki.knca.basics` / `sign` (named args) signs: success
`{"status": true, "body": {"result": ["<base64 CMS>"]}}`, refusal `{"status": false, "code", "message"}`.
"""

from __future__ import annotations

import base64
import ipaddress
import json
from urllib.parse import urlsplit

from . import CertificateInfo, SigningError
from .profile import EMAIL_PROTECTION, check_can_sign

STORAGES = ["PKCS12", "AKKaztokenStore", "AKKZIDCardStore", "AKEToken72KStore", "AKJaCartaStore"]
HEARTBEAT = "--heartbeat--"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NCALayerSigner:
    """A signer whose key lives in NCALayer; `info` is read from the certificate the person chose."""

    def __init__(self, url: str, tsa: str = "", timeout: float = 180, locale: str = "ru"):
        parts = urlsplit(url)
        if parts.scheme not in ("ws", "wss") or not parts.hostname:
            raise SigningError(f"Not a WebSocket address of NCALayer: {url}", "ncalayer_unavailable", url=url)
        if parts.scheme == "ws" and not _loopback(parts.hostname):
            raise SigningError(f"NCALayer on another computer must be reached over wss://, not {url}",
                               "ncalayer_unavailable", url=url)
        self.url = url
        self.tsa = tsa  # NCALayer time-stamps with its own TSA profile when one is wanted
        self.timeout = timeout
        self.locale = locale
        self._certificate = None
        self.info: CertificateInfo | None = None

    @classmethod
    def connect(cls, url: str, tsa: str = "", timeout: float = 180, locale: str = "ru") -> NCALayerSigner:
        """Reach NCALayer, let the person choose the key, and refuse one that must not sign."""
        from cryptography import x509

        signer = cls(url, tsa, timeout, locale)
        tokens = signer._call({"module": "kz.gov.pki.knca.commonUtils", "method": "getActiveTokens"})
        # a plugged-in token (Kaztoken, ID card) first, otherwise a key file
        storages = tokens.get("responseObject") if isinstance(tokens.get("responseObject"), list) else []
        reply = signer._call({"module": "kz.gov.pki.knca.commonUtils", "method": "getKeyInfo",
                              "args": [storages[0] if storages else "PKCS12"]})
        try:
            pem = reply["responseObject"]["pem"]
            signer._certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
        except (KeyError, TypeError, ValueError):
            raise SigningError("NCALayer did not say which key was chosen", "ncalayer_refused", url=url,
                               message="getKeyInfo") from None
        signer.info = check_can_sign(signer._certificate)
        return signer

    # --- the WebSocket exchange -------------------------------------------------------------------
    def _ssl(self):
        import ssl

        context = ssl.create_default_context()
        if _loopback(urlsplit(self.url).hostname or ""):
            # NCALayer's own self-signed certificate: nothing to check it against, and only on this computer
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def _call(self, request: dict) -> dict:
        import asyncio

        try:
            return asyncio.run(asyncio.wait_for(self._exchange(request), self.timeout))
        except TimeoutError:
            raise SigningError(f"NCALayer did not answer within {self.timeout:.0f} seconds; nothing was signed",
                               "timeout", url=self.url) from None
        except SigningError:
            raise
        except Exception as exc:  # refused connection, TLS failure, closed socket
            raise SigningError(f"NCALayer is not running or cannot be reached at {self.url} ({exc}); start NCALayer "
                               "and try again", "ncalayer_unavailable", url=self.url) from None

    async def _exchange(self, request: dict) -> dict:
        import aiohttp

        ssl = self._ssl() if self.url.startswith("wss:") else False
        async with aiohttp.ClientSession() as session, session.ws_connect(self.url, ssl=ssl, heartbeat=None) as ws:
            greeting = await self._message(ws)
            if "result" not in greeting:
                raise SigningError("The service at this address is not NCALayer", "ncalayer_unavailable",
                                   url=self.url)
            await ws.send_str(json.dumps(request))
            return await self._message(ws)

    async def _message(self, ws) -> dict:
        import aiohttp

        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.TEXT and msg.data.strip() != HEARTBEAT:
                return json.loads(msg.data)
            if msg.type in (aiohttp.WSMsgType.ERROR, aiohttp.WSMsgType.CLOSE):
                break
        raise ConnectionError("NCALayer closed the connection")

    def _sign(self, data: bytes, digested: bool) -> bytes:
        """The CMS NCALayer makes over `data` (or over the digest `data` when `digested`), detached."""
        from asn1crypto import cms

        args = {"allowedStorages": STORAGES, "format": "cms", "data": base64.b64encode(data).decode("ascii"),
                "signingParams": {"decode": True, "encapsulate": False, "digested": digested,
                                  "tsaProfile": {} if self.tsa else None},
                "signerParams": {"extKeyUsageOids": [EMAIL_PROTECTION], "iin": self.info.iin or None,
                                 "bin": self.info.bin or None, "chain": []},
                "locale": self.locale}
        reply = self._call({"module": "kz.gov.pki.knca.basics", "method": "sign", "args": args})
        if not reply.get("status"):
            raise _refusal(reply, self.url)
        try:
            der = base64.b64decode(reply["body"]["result"][0])
            content = cms.ContentInfo.load(der)
            signed = content["content"]
            serial = signed["signer_infos"][0]["sid"].chosen["serial_number"].native
        except Exception:
            raise SigningError("NCALayer's answer is not a CMS signature", "ncalayer_refused", url=self.url,
                               message="result") from None
        if serial != self._certificate.serial_number:
            raise SigningError("NCALayer signed with another key than the one chosen first; nothing was saved",
                               "wrong_key", who=self.info.common_name)
        return der

    def sign_detached(self, data: bytes) -> bytes:
        return self._sign(data, digested=False)

    def sign_pdf(self, pdf: bytes, reason: str, location: str) -> bytes:
        """PAdES through pyHanko's external signing: NCALayer signs the byte-range digest (`digested`)."""
        import asyncio
        import io

        from asn1crypto import x509
        from cryptography.hazmat.primitives.serialization import Encoding
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko.sign.signers.pdf_signer import PdfTBSDocument

        from .pkcs12 import pdf_metadata

        cert = x509.Certificate.load(self._certificate.public_bytes(Encoding.DER))
        placeholder = signers.ExternalSigner(signing_cert=cert, cert_registry=None, signature_value=bytes(512))
        pdf_signer = signers.PdfSigner(pdf_metadata(reason, location, "", []), signer=placeholder)

        async def prepare():
            return await pdf_signer.async_digest_doc_for_signing(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                                                                 bytes_reserved=32768)

        prepared, _tbs, output = asyncio.run(prepare())
        cms_der = self._sign(prepared.document_digest, digested=True)
        asyncio.run(PdfTBSDocument.async_finish_signing(output, prepared, signature_cms=cms_der))
        return output.getvalue()


def _refusal(reply: dict, url: str) -> SigningError:
    code, message = str(reply.get("code", "")), str(reply.get("message", ""))
    if "cancel" in f"{code} {message}".lower():
        return SigningError("Signing was cancelled in NCALayer; nothing was saved", "cancelled")
    if "keyusage" in message.lower().replace(" ", "") or "auth" in message.lower():
        return SigningError(f"NCALayer refused the key: {message}; choose your signing key (not AUTH)",
                            "wrong_key", who="")
    return SigningError(f"NCALayer refused to sign ({code}: {message})", "ncalayer_refused", url=url, message=message)
