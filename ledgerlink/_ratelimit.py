"""A client-side limit on calls per second, shared by threads and tasks.

AccountingSuite allows one call per second and answers 503 beyond that; a
sync that waits its turn never trips the limit, which is cheaper than being
refused and retrying.  The limiter hands out send times: each caller reserves
the next free slot under a short-held thread lock, then sleeps until its slot
outside the lock (``time.sleep`` in threads, ``asyncio.sleep`` in tasks).  One
limiter therefore spaces the calls of every thread and every task that use one
client, without blocking an event loop on the lock.

The server counts arrivals, so the slot is best taken when the request
actually leaves, not when the call starts: a call that first opens a
connection (TCP, TLS) would otherwise arrive late and the next one, on a warm
connection, too soon after it.  :meth:`RateLimiter.trace` and
:meth:`RateLimiter.atrace` wrap httpcore's ``trace`` request extension and wait
for the slot just before the request headers are written.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final

# httpcore trace events fired right before a request's first byte is written.
_SENDING: Final = frozenset(
    {"http11.send_request_headers.started", "http2.send_request_headers.started"}
)

SyncTrace = Callable[[str, dict[str, Any]], None]
AsyncTrace = Callable[[str, dict[str, Any]], Awaitable[None]]


class RateLimiter:
    """At most ``rate`` calls per second, evenly spaced (no bursts)."""

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate!r}")
        self.rate = rate
        self._interval = 1.0 / rate
        self._next_slot = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r})"

    def _reserve(self) -> float:
        """Claim the next slot; return how long to wait for it."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self._interval
        return slot - now

    def acquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            await asyncio.sleep(wait)

    def trace(self, chained: SyncTrace | None = None) -> SyncTrace:
        """An httpcore ``trace`` callback taking the slot as the request leaves."""

        def trace(event: str, info: dict[str, Any]) -> None:
            if event in _SENDING:
                self.acquire()
            if chained is not None:
                chained(event, info)

        return trace

    def atrace(self, chained: AsyncTrace | None = None) -> AsyncTrace:
        """The async twin of :meth:`trace`."""

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event in _SENDING:
                await self.aacquire()
            if chained is not None:
                await chained(event, info)

        return trace
