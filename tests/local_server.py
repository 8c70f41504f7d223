"""A real HTTP server on 127.0.0.1 for fetch tests: each route gives a canned or scripted reply."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """A canned answer; `etag` makes the route answer 304 to a matching If-None-Match."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None


Script = Callable[["Handler"], None]


@dataclass
class Hit:
    path: str
    headers: dict[str, str]


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.owner.hits.append(
            Hit(self.path, {k.lower(): v for k, v in self.headers.items()})
        )
        route = self.server.owner.routes.get(self.path)
        if route is None:
            self.reply(Reply(b"not found", status=404, content_type="text/plain"))
        elif isinstance(route, Reply):
            self.reply(route)
        else:
            route(self)

    def reply(self, reply: Reply) -> None:
        if reply.etag and self.headers.get("If-None-Match") == reply.etag:
            self.send_response(304)
            self.send_header("ETag", reply.etag)
            self.end_headers()
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        if reply.etag:
            self.send_header("ETag", reply.etag)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def trickle(self, chunk: bytes, every_s: float, forever: bool = True) -> None:
        """Send headers, then `chunk` every `every_s` seconds until the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            while not self.server.owner.stopping.is_set():
                self.wfile.write(chunk)
                self.wfile.flush()
                if not forever:
                    return
                time.sleep(every_s)
        except OSError:
            return

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer


class LocalServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Reply | Script] = {}
        self.hits: list[Hit] = []
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.owner = self
        if tls is not None:  # the TLS handshake runs on accept; a failed one drops the client
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.scheme = "https" if tls is not None else "http"

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]


@contextmanager
def serve(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    """A server on a free loopback port; with `tls`, HTTPS with that context's certificate."""
    server = LocalServer(tls)
    thread = threading.Thread(target=server._server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server._server.shutdown()
        server._server.server_close()
