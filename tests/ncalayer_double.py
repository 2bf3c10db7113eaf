"""The test double of NCALayer: NCALayer itself (the National Certification Centre's signing service) cannot
run on these machines, so the tests talk to this stand-in, which speaks NCALayer's WebSocket protocol over
TLS with its own self-signed certificate on 127.0.0.1, signs with a test PKCS#12 key, and can be told to act
as the person pressing Cancel, as a service that never answers, or as one that signs with another key."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import ssl
import tempfile
import threading
from pathlib import Path

from .keys import PASSWORD


def _self_signed_tls(folder: Path) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    (folder / "tls.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "tls.pem")
    return context


class NCALayerDouble:
    """Start with `start()`; `url` is its wss:// address; `mode` is ok, cancel, silent or other_key."""

    def __init__(self, key: Path, other_key: Path | None = None, tsa_url: str = ""):
        self.key, self.other_key, self.tsa_url = key, other_key, tsa_url
        self.mode = "ok"
        self.requests: list[dict] = []
        self._loop = asyncio.new_event_loop()
        self._runner = None
        self.url = ""

    def _signer(self, path: Path):
        from asn1crypto import keys, x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.serialization import pkcs12
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        key, cert, chain = pkcs12.load_key_and_certificates(path.read_bytes(), PASSWORD.encode("utf-8"))
        der = serialization.Encoding.DER
        return signers.SimpleSigner(
            signing_cert=x509.Certificate.load(cert.public_bytes(der)),
            signing_key=keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                    serialization.NoEncryption())),
            cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c.public_bytes(der)) for c in chain]))

    async def _answer(self, request: dict) -> dict | None:
        self.requests.append(request)
        if self.mode == "silent":
            return None
        method = f"{request.get('module')}.{request.get('method')}"
        if method == "kz.gov.pki.knca.commonUtils.getActiveTokens":
            return {"code": "200", "responseObject": []}  # no token plugged in: a key file
        if method == "kz.gov.pki.knca.commonUtils.getKeyInfo":
            pem = self._signer(self.key).signing_cert.dump()
            text = "-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(pem).decode() + "-----END CERTIFICATE-----\n"
            return {"code": "200", "responseObject": {"pem": text, "alias": "test", "algorithm": "RSA"}}
        if method != "kz.gov.pki.knca.basics.sign":
            return {"status": False, "code": "500", "message": f"unknown method {method}"}
        if self.mode == "cancel":
            return {"status": False, "code": "500", "message": "action.canceled"}
        args = request["args"]
        params = args["signingParams"]
        data = base64.b64decode(args["data"])
        signer = self._signer(self.other_key if self.mode == "other_key" else self.key)
        timestamper = None
        if params.get("tsaProfile") is not None and self.tsa_url:
            from pyhanko.sign.timestamps import HTTPTimeStamper

            timestamper = HTTPTimeStamper(self.tsa_url)
        if params.get("digested"):
            content = await signer.async_sign(data, "sha256", use_pades=True, timestamper=timestamper)
        else:
            content = await signer.async_sign_general_data(data, "sha256", detached=not params.get("encapsulate"),
                                                           timestamper=timestamper)
        return {"status": True, "body": {"result": [base64.b64encode(content.dump()).decode("ascii")]}}

    async def _websocket(self, request):
        from aiohttp import WSMsgType, web

        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"result": {"version": "1.4 (test double)"}}))
        await ws.send_str("--heartbeat--")
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            reply = await self._answer(json.loads(msg.data))
            if reply is None:
                await asyncio.sleep(3600)  # a service that never answers
            await ws.send_str("--heartbeat--")
            await ws.send_str(json.dumps(reply))
        return ws

    def start(self) -> NCALayerDouble:
        from aiohttp import web

        context = _self_signed_tls(Path(tempfile.mkdtemp(prefix="ncalayer-")))

        async def serve():
            app = web.Application()
            app.router.add_get("/", self._websocket)
            self._runner = web.AppRunner(app, shutdown_timeout=0.1)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=context)
            await site.start()
            return site._server.sockets[0].getsockname()[1]

        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        port = asyncio.run_coroutine_threadsafe(serve(), self._loop).result(10)
        self.url = f"wss://127.0.0.1:{port}/"
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
