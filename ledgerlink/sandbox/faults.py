"""Fault injection: the ways real servers misbehave, switched on by options.

A sync is only trustworthy if it survives what the real services do under
load, so each sandbox server sits behind :class:`FaultInjector`, an ASGI
middleware that can, per request and deterministically (no randomness, so a
failing test replays exactly):

- wait (``latency_ms``) before answering;
- drop the connection (every ``drop_every``-th request): the status line and
  headers go out, then the connection closes mid-body, which a client sees as
  a broken response.  With ``drop_after_processing`` the request is handled
  first (the write happened, the answer was lost), otherwise it never reaches
  the handler;
- rate-limit to ``rate_per_second`` calls (a call arriving sooner than
  ``1/rate`` after the last accepted one, less 5% (at most 50 ms) for
  jitter, is refused):
  AccountingSuite answers HTTP 503 (its documented behaviour), Procurify and
  PayorCRM 429 with ``Retry-After`` in whole seconds;
- fail in bursts: after every ``fail_every`` requests that got through, the
  next ``fail_burst`` requests answer ``fail_status`` (5xx) without being
  handled.

Faults can be switched while a server runs (:meth:`FaultSwitch.set`); the
counters in :class:`FaultLog` let tests prove a fault really fired.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from dataclasses import dataclass, field
from typing import Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mapping.jsonio import dumps

RateLimitStyle = Literal["503", "429"]
RATE_GRACE = 0.05  # of the interval between calls...
MAX_RATE_GRACE = 0.05  # ...but at most 50 ms


@dataclass(frozen=True)
class Faults:
    """Which faults a server injects; the default injects none."""

    rate_limit: bool = False
    rate_per_second: float = 1.0
    fail_burst: int = 0
    fail_every: int = 10
    fail_status: int = 503
    latency_ms: int = 0
    drop_every: int = 0
    drop_after_processing: bool = False

    def __post_init__(self) -> None:
        if self.rate_per_second <= 0:
            raise ValueError("rate_per_second must be positive")
        if self.fail_burst < 0 or self.fail_every < 1:
            raise ValueError("fail_burst must be >= 0 and fail_every >= 1")
        if not 500 <= self.fail_status <= 599:
            raise ValueError("fail_status must be a 5xx status")
        if self.latency_ms < 0 or self.drop_every < 0:
            raise ValueError("latency_ms and drop_every must be >= 0")

    @property
    def active(self) -> bool:
        return bool(
            self.rate_limit or self.fail_burst or self.latency_ms or self.drop_every
        )


@dataclass
class FaultLog:
    """How many requests a server saw and how many of them each fault hit."""

    requests: int = 0
    rate_limited: int = 0
    failed: int = 0
    dropped: int = 0
    delayed: int = 0

    def snapshot(self) -> dict[str, int]:
        return {
            "requests": self.requests,
            "rate_limited": self.rate_limited,
            "failed": self.failed,
            "dropped": self.dropped,
            "delayed": self.delayed,
        }


@dataclass
class FaultSwitch:
    """The faults in force for one server, replaceable at run time."""

    faults: Faults = field(default_factory=Faults)
    log: FaultLog = field(default_factory=FaultLog)
    # Counters of the current fault setting (reset by set()).
    _seen: int = 0
    _passed: int = 0
    _last_allowed: float = -math.inf
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, faults: Faults) -> None:
        """Switch to other faults; the burst and drop cycles start over."""
        with self._lock:
            self.faults = faults
            self._seen = 0
            self._passed = 0
            self._last_allowed = -math.inf

    def decide(self) -> tuple[Faults, str | None, float]:
        """For one incoming request: the faults, the fault to inject, a retry delay."""
        with self._lock:
            faults = self.faults
            self.log.requests += 1
            self._seen += 1
            if faults.drop_every and self._seen % faults.drop_every == 0:
                self.log.dropped += 1
                return faults, "drop", 0.0
            if faults.rate_limit:
                now = time.monotonic()
                interval = 1.0 / faults.rate_per_second
                wait = self._last_allowed + interval - now
                # Grace: a client spacing its calls exactly 1/rate apart must
                # not be refused for a few milliseconds of scheduling jitter.
                if wait > min(interval * RATE_GRACE, MAX_RATE_GRACE):
                    self.log.rate_limited += 1
                    return faults, "rate_limit", wait
                self._last_allowed = now
            if faults.fail_burst:
                cycle = faults.fail_every + faults.fail_burst
                position = self._passed % cycle
                self._passed += 1
                if position >= faults.fail_every:
                    self.log.failed += 1
                    return faults, "fail", 0.0
            return faults, None, 0.0


class _QuietDrops(logging.Filter):
    """Drops are intended: keep uvicorn from logging each one as an error."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing response" not in record.getMessage()


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class FaultInjector:
    """ASGI middleware applying a :class:`FaultSwitch` to every HTTP request."""

    def __init__(
        self, app: ASGIApp, switch: FaultSwitch, rate_limit_style: RateLimitStyle
    ) -> None:
        self.app = app
        self.switch = switch
        self.rate_limit_style = rate_limit_style

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults, fault, wait = self.switch.decide()
        if faults.latency_ms:
            self.switch.log.delayed += 1
            await asyncio.sleep(faults.latency_ms / 1000)
        if fault == "drop":
            if faults.drop_after_processing:
                await self.app(scope, receive, _discard)
            await _drop(send)
        elif fault == "rate_limit":
            await self._rate_limited(send, wait)
        elif fault == "fail":
            await _answer(
                send,
                faults.fail_status,
                dumps({"detail": "sandbox: injected server error"}),
                [],
            )
        else:
            await self.app(scope, receive, send)

    async def _rate_limited(self, send: Send, wait: float) -> None:
        if self.rate_limit_style == "503":
            # AccountingSuite: 503 when the 1 call/s limit is exceeded; no Retry-After.
            body = dumps({"status": "error", "message": "API call limit exceeded."})
            await _answer(send, 503, body, [])
        else:
            retry_after = str(max(1, math.ceil(wait)))
            body = dumps({"detail": "Request was throttled."})
            await _answer(send, 429, body, [(b"retry-after", retry_after.encode())])


async def _discard(message: Message) -> None:
    """A ``send`` that throws the handler's answer away (drop after processing)."""


async def _drop(send: Send) -> None:
    # Announce a body, send none, and return: uvicorn then closes the
    # connection because the response is incomplete.
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", b"64"),
            ],
        }
    )


async def _answer(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
