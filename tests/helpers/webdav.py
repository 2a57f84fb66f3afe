"""A real WebDAV server for tests: WsgiDAV on cheroot, in-process on 127.0.0.1, serving a
folder, with Basic authentication; optionally behind TLS (a self-signed certificate) or
wrapped by a WSGI app that plays a full share or a Wi-Fi login page."""

from __future__ import annotations

import contextlib
import datetime
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.components import missing

USER, PASSWORD = "anna", "app-password-1"
# The coordinator reads the share with a login of its own, never a member's.
COORDINATOR, COORDINATOR_PASSWORD = "coordinator", "app-password-c"
USERS = {USER: PASSWORD, "bram": "app-password-2", COORDINATOR: COORDINATOR_PASSWORD}


def _app(root: Path, readonly: bool) -> Any:
    try:
        from wsgidav.fs_dav_provider import FilesystemProvider
        from wsgidav.wsgidav_app import WsgiDAVApp
    except ImportError as exc:
        missing("a WebDAV server (pip: wsgidav cheroot)", str(exc))
    config = {
        "provider_mapping": {"/": FilesystemProvider(str(root), readonly=readonly)},
        "simple_dc": {"user_mapping": {"*": {user: {"password": password}
                                             for user, password in USERS.items()}}},
        "http_authenticator": {"accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "verbose": 0, "logging": {"enable": False}, "dir_browser": {"enable": False},
    }
    return WsgiDAVApp(config)


def _certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Server:
    """A running server; ``stop()`` and ``start()`` again on the same port (a network
    that drops and comes back)."""

    def __init__(self, root: Path, *, readonly: bool = False, tls: bool = False,
                 wrap: Callable[[Any], Any] | None = None) -> None:
        try:
            from cheroot import wsgi
        except ImportError as exc:
            missing("a WebDAV server (pip: wsgidav cheroot)", str(exc))
        self.root = root
        app = _app(root, readonly)
        self.app = wrap(app) if wrap else app
        self.tls = tls
        self._wsgi = wsgi
        self.port = 0
        self.server: Any = None
        self.thread: threading.Thread | None = None
        self.start()

    def start(self) -> None:
        server = self._wsgi.Server(("127.0.0.1", self.port), self.app, numthreads=4)
        if self.tls:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            cert, key = _certificate(self.root.parent)
            server.ssl_adapter = BuiltinSSLAdapter(str(cert), str(key))
        server.prepare()
        self.port = server.bind_addr[1]
        self.server = server
        self.thread = threading.Thread(target=server.serve, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.thread is not None:
            self.thread.join(timeout=10)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"


@contextlib.contextmanager
def webdav(root: Path, **options: Any) -> Iterator[Server]:
    root.mkdir(parents=True, exist_ok=True)
    server = Server(root, **options)
    try:
        yield server
    finally:
        server.stop()


def answering(status: str, body: bytes, content_type: str = "text/plain",
              methods: tuple[str, ...] = ("PUT",)) -> Callable[[Any], Any]:
    """A wrapper that answers ``methods`` itself (a full share: 507; a login page: 200
    with HTML) and passes the rest to WebDAV."""
    def wrap(app: Any) -> Any:
        def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
            if environ["REQUEST_METHOD"] in methods:
                length = int(environ.get("CONTENT_LENGTH") or 0)
                while length > 0:  # read the upload, as a real server does before refusing
                    length -= len(environ["wsgi.input"].read(min(length, 1 << 16)) or b"x")
                start_response(status, [("Content-Type", content_type),
                                        ("Content-Length", str(len(body)))])
                return [body]
            return app(environ, start_response)
        return wrapped
    return wrap


def slow_uplink(bytes_per_second: int) -> Callable[[Any], Any]:
    """A wrapper that reads uploads no faster than a field laptop's uplink, so a test can
    cut one off half-way."""
    import time

    class Slow:
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def read(self, size: int = -1) -> bytes:
            block = self.stream.read(min(size, 65536) if size and size > 0 else 65536)
            time.sleep(len(block) / bytes_per_second)
            return block

        def readline(self, *args: Any) -> bytes:
            return self.stream.readline(*args)

    def wrap(app: Any) -> Any:
        def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
            environ["wsgi.input"] = Slow(environ["wsgi.input"])
            return app(environ, start_response)
        return wrapped
    return wrap
