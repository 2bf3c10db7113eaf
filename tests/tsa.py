"""A local RFC 3161 time-stamp authority for the tests: `openssl ts -reply` behind a tiny HTTP server, with
the test TSA certificate of tests/nca.py (critical extended key usage timeStamping)."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .nca import NcaKeys, nca  # noqa: F401  (fixture)

CONFIG = """
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {folder}
serial = {folder}/tsaserial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.398.3.3.2.6.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def serve_tsa(keys: NcaKeys) -> tuple[ThreadingHTTPServer, str]:
    folder = Path(tempfile.mkdtemp(prefix="tsa-"))
    (folder / "tsaserial").write_text("01\n")
    (folder / "tsa.cnf").write_text(CONFIG.format(folder=folder))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            query = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with tempfile.TemporaryDirectory(dir=folder) as tmp:
                (Path(tmp) / "q.tsq").write_bytes(query)
                made = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"), "-queryfile", f"{tmp}/q.tsq",
                     "-signer", str(keys.tsa_cert), "-inkey", str(keys.tsa_key), "-chain", str(keys.root_pem),
                     "-out", f"{tmp}/r.tsr"], capture_output=True)
                reply = (Path(tmp) / "r.tsr").read_bytes() if made.returncode == 0 else b""
            self.send_response(200 if reply else 500)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/tsa"


@pytest.fixture(scope="session")
def tsa_url(nca) -> str:  # noqa: F811
    server, url = serve_tsa(nca)
    yield url
    server.shutdown()
