"""A scriptable HTTP/1.1 server on 127.0.0.1 for tests that must cross a real socket.

Every request is recorded (method, path, query, headers, raw body).  Replies
come from a queue of :class:`Reply` objects, then from a fallback handler, so a
test can script "429, then 503, then 200" or answer from request content.
Faults are part of a reply: ``delay`` (read timeouts), ``drop`` (close the
connection without answering: a reset as the client sees it) and ``truncate``
(announce a longer body than is sent).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Recorded:
    """One request as it arrived on the socket."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # keys lower-cased
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """What the server answers; ``json`` wins over ``body`` when given."""

    status: int = 200
    json: Any = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False

    def payload(self) -> bytes:
        if self.json is not None:
            return json.dumps(self.json).encode()
        return self.body


Handler = Callable[[Recorded], Reply]


class LoopbackServer:
    """A threaded server on an ephemeral 127.0.0.1 port; use as a context manager."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[Recorded] = []
        self._queue: deque[Reply] = deque()
        self._handler: Handler = handler or (lambda _r: Reply(200, json={}))
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._make_handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def queue(self, *replies: Reply) -> None:
        """Serve these replies, in order, before falling back to the handler."""
        with self._lock:
            self._queue.extend(replies)

    def set_handler(self, handler: Handler) -> None:
        self._handler = handler

    def _next_reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            if self._queue:
                return self._queue.popleft()
        return self._handler(recorded)

    def _make_handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without NODELAY the
                # second waits ~40 ms for the client's delayed ACK.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                reply = server._next_reply(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    # Abort the connection: RST instead of an answer.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET,
                        socket.SO_LINGER,
                        b"\x01\x00\x00\x00\x00\x00\x00\x00",
                    )
                    self.close_connection = True
                    return
                payload = reply.payload()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                announced = len(payload) + (100 if reply.truncate else 0)
                self.send_header("Content-Length", str(announced))
                if reply.truncate:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(payload)
                if reply.truncate:
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        return _Handler

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def loopback(handler: Handler | None = None) -> Iterator[LoopbackServer]:
    with LoopbackServer(handler) as server:
        yield server
