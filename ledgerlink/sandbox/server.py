"""Serving one ASGI app with uvicorn on a background thread, on 127.0.0.1.

The socket is bound before the thread starts, so the port (ephemeral when 0)
is known at once and "address already in use" is raised to the caller rather
than logged from a thread.  Each service gets its own thread and event loop:
a slow (latency-injected) service never holds up the others.
"""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from starlette.types import ASGIApp

HOST = "127.0.0.1"


class ServerThread:
    """uvicorn serving ``app`` on ``HOST:port`` until :meth:`stop`."""

    def __init__(self, app: ASGIApp, port: int = 0, name: str = "sandbox") -> None:
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted
        # sockets whose protocol says TCP, and without it every answer written
        # in two parts (headers, body) waits ~40 ms for a delayed ACK.
        self._socket = socket.socket(
            socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP
        )
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((HOST, port))
        except OSError:
            self._socket.close()
            raise
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app,
            http="h11",
            ws="none",
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
            # Many keep-alive clients in a sync; h11 defaults are fine otherwise.
            backlog=512,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name=f"{name}-server",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError(
                    f"sandbox server on port {self.port} failed to start"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"sandbox server on port {self.port} did not start")
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()
