"""Local servers and network guards for the ingest tests.

Every server listens on 127.0.0.1 and is started by the test that uses it; nothing here sends
traffic anywhere else.
"""

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest


class LocalServer:
    """A raw TCP server on 127.0.0.1 whose answer a test scripts as ``handler(conn, request)``.

    Raw sockets (rather than http.server) let a test misbehave on purpose: trickle bytes, send
    forever, lie about Content-Length, never answer.
    """

    def __init__(
        self, handler: Callable[[socket.socket, bytes], None], tls: ssl.SSLContext | None = None
    ):
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []
        self.server_names: list[str | None] = []  # TLS SNI sent by each client
        self._tls = tls
        if tls is not None:
            tls.sni_callback = lambda conn, name, context: self.server_names.append(name)
        self._stopped = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def authority(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def header(self, name: str) -> str | None:
        """A header of the last request received."""
        for line in self.requests[-1].split(b"\r\n")[1:]:
            key, _, value = line.decode("latin-1").partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        with conn:
            request = b""
            try:
                if self._tls is not None:
                    conn = self._tls.wrap_socket(conn, server_side=True)
                while b"\r\n\r\n" not in request:
                    data = conn.recv(65536)
                    if not data:
                        return
                    request += data
                self.requests.append(request)
                self.handler(conn, request)
            except OSError:
                pass  # the client hung up (or refused our certificate): fetch gave up early

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()


def http_response(
    status: int = 200, headers: dict | None = None, body: bytes = b"", *, length: bool = True
) -> bytes:
    reason = {200: "OK", 301: "Moved", 302: "Found", 404: "Not Found"}.get(status, "Status")
    headers = dict(headers or {})
    if length and "Content-Length" not in headers:
        headers["Content-Length"] = str(len(body))
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode("latin-1") + b"Connection: close\r\n\r\n" + body


def respond(
    status: int = 200, headers: dict | None = None, body: bytes = b"", *, length: bool = True
):
    """A handler sending one fixed response."""
    payload = http_response(status, headers, body, length=length)
    return lambda conn, request: conn.sendall(payload)


HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def serve():
    """``serve(handler, tls=None)`` starts a LocalServer that is closed after the test."""
    servers = []

    def start(handler, tls: ssl.SSLContext | None = None) -> LocalServer:
        server = LocalServer(handler, tls)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory) -> Path:
    """A self-signed certificate (and key, in the same file) for news.example, made by openssl."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    path = tmp_path_factory.mktemp("tls") / "news.example.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example",
         "-keyout", str(path), "-out", str(path)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return path


@pytest.fixture
def network_calls(monkeypatch):
    """Record (and refuse) every DNS lookup and outgoing connection made during the test."""
    calls: list[tuple] = []

    def refuse_connection(address, *args, **kwargs):
        calls.append(("connect", address))
        raise ConnectionRefusedError("tests may not connect here")

    def refuse_lookup(host, *args, **kwargs):
        calls.append(("getaddrinfo", host))
        raise socket.gaierror(socket.EAI_NONAME, "tests may not look names up")

    monkeypatch.setattr(socket, "create_connection", refuse_connection)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    return calls
