"""A client-side limit on calls per second, shared by threads and tasks.

AccountingSuite allows one call per second and answers 503 beyond that; a
sync that waits its turn never trips the limit, which is cheaper than being
refused and retrying.  The limiter hands out send times: each caller reserves
the next free slot under a short-held thread lock, then sleeps until its slot
outside the lock (``time.sleep`` in threads, ``asyncio.sleep`` in tasks).  One
limiter therefore spaces the calls of every thread and every task that use one
client, without blocking an event loop on the lock.
"""

from __future__ import annotations

import asyncio
import threading
import time


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
