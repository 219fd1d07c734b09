"""The exchange: rate limit, send, read the whole body, retry, type the failure.

This transport wraps httpx's own (``HTTPTransport`` / ``AsyncHTTPTransport``)
and is the one place that decides whether an attempt counts.  It reads the
body itself, because a body cut short is a failed exchange worth retrying, not
something for the caller to trip over later.  What it cannot fix it raises as
a :mod:`ledgerlink.errors` exception naming the service and the operation.

It implements both the sync and the async transport interface: a generated
``Client`` hands the same ``httpx_args`` to the ``httpx.Client`` and the
``httpx.AsyncClient`` it builds, so one object must serve both.  The inner
transports are created on first use of each side.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterable

import httpx

from ledgerlink._operations import operation_name
from ledgerlink._ratelimit import RateLimiter
from ledgerlink._responses import CheckedResponse, excerpt
from ledgerlink._retry import RetryPolicy, parse_retry_after
from ledgerlink._secrets import redact
from ledgerlink.errors import (
    LedgerlinkError,
    RequestTimeoutError,
    TransportError,
    UnparseableBodyError,
)

logger = logging.getLogger("ledgerlink.retry")

# Failures that happen before a single byte of the request left: safe to retry
# whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# Where the caller's own httpcore trace callback is kept while ours wraps it.
_CALLER_TRACE = "ledgerlink.caller_trace"


class _IncompleteBody(Exception):
    """The headers arrived, then the connection failed before the body ended."""

    def __init__(self, received: bytes, cause: httpx.TransportError) -> None:
        super().__init__(str(cause))
        self.received = received
        self.cause = cause


@functools.cache
def _ssl_context(verify: bool | str) -> ssl.SSLContext | bool:
    """One TLS context per verify setting, shared by every client.

    Loading the CA bundle takes ~0.1 s; httpx would do it for each transport,
    i.e. each ``connect.*()`` call and each of its sync and async sides.
    """
    if verify is False:
        return False
    return httpx.create_ssl_context(verify=verify)


def _checked(
    response: httpx.Response,
    body: bytes,
    service: str,
    secrets: Callable[[], Iterable[str]],
) -> CheckedResponse:
    # stream=, not content=: the raw bytes (still compressed, if they were)
    # are decoded and timed by httpx exactly as it would have.
    checked = CheckedResponse(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
    )
    checked.service = service
    checked.secrets = secrets
    return checked


class RuntimeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retrying, rate-limited transport for one service's client."""

    def __init__(
        self,
        service: str,
        *,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        verify: bool | str = True,
        secrets: Callable[[], Iterable[str]] = tuple,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.service = service
        self.policy = policy or RetryPolicy()
        self.limiter = limiter
        self._verify = verify
        self._secrets = secrets
        self._sync = transport
        self._async = async_transport
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"RuntimeTransport({self.service!r}, policy={self.policy!r}, "
            f"limiter={self.limiter!r})"
        )

    # -- inner transports -------------------------------------------------

    def _inner(self) -> httpx.BaseTransport:
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    self._sync = httpx.HTTPTransport(verify=_ssl_context(self._verify))
        return self._sync

    def _ainner(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            with self._lock:
                if self._async is None:
                    self._async = httpx.AsyncHTTPTransport(
                        verify=_ssl_context(self._verify)
                    )
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    # -- one attempt --------------------------------------------------------

    def _take_slot_on_send(
        self, limiter: RateLimiter, request: httpx.Request, inner: object, *, sync: bool
    ) -> bool:
        """Have this attempt wait for its rate-limit slot as it is written.

        httpx's own transports report (via httpcore's ``trace`` extension) when
        the request is about to be written, after any connection set-up.  For
        other transports return False: the caller takes the slot up front.
        """
        if not isinstance(inner, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
            return False
        extensions = request.extensions
        # The extensions outlive one attempt (retries, auth replays): wrap the
        # caller's own trace callback, never a wrapper from an earlier attempt.
        chained = extensions.get(_CALLER_TRACE, extensions.get("trace"))
        extensions[_CALLER_TRACE] = chained
        extensions["trace"] = (
            limiter.trace(chained) if sync else limiter.atrace(chained)
        )
        return True

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner()
        limiter = self.limiter
        if limiter is not None and not self._take_slot_on_send(
            limiter, request, inner, sync=True
        ):
            limiter.acquire()
        response = inner.handle_request(request)
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        chunks: list[bytes] = []
        try:
            for chunk in stream:
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise
        except httpx.TransportError as exc:
            raise _IncompleteBody(b"".join(chunks), exc) from exc
        finally:
            stream.close()
        return _checked(response, b"".join(chunks), self.service, self._secrets)

    async def _aattempt(self, request: httpx.Request) -> httpx.Response:
        inner = self._ainner()
        limiter = self.limiter
        if limiter is not None and not self._take_slot_on_send(
            limiter, request, inner, sync=False
        ):
            await limiter.aacquire()
        response = await inner.handle_async_request(request)
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        chunks: list[bytes] = []
        try:
            async for chunk in stream:
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise
        except httpx.TransportError as exc:
            raise _IncompleteBody(b"".join(chunks), exc) from exc
        finally:
            await stream.aclose()
        return _checked(response, b"".join(chunks), self.service, self._secrets)

    # -- the retry loop, shared by both sides ----------------------------------

    def _next_delay(
        self,
        request: httpx.Request,
        attempt: int,
        started: float,
        outcome: httpx.Response | Exception,
    ) -> float | None:
        """Seconds to wait before another attempt, or None to stop here."""
        method = request.method
        if isinstance(outcome, httpx.Response):
            if not self.policy.retries_status(method, outcome.status_code):
                return None
            retry_after = parse_retry_after(outcome.headers.get("Retry-After"))
            reason = f"HTTP {outcome.status_code}"
        else:
            reached = not isinstance(outcome, _NOT_SENT)
            if not self.policy.retries_failure(method, reached_server=reached):
                return None
            retry_after = None
            reason = type(getattr(outcome, "cause", outcome)).__name__
        if attempt >= self.policy.max_attempts:
            return None
        delay = self.policy.delay(attempt, retry_after)
        if time.monotonic() - started + delay > self.policy.max_total:
            return None
        logger.warning(
            "%s %s %s: %s; retry %d of %d in %.2fs",
            self.service,
            method,
            request.url.path,
            reason,
            attempt,
            self.policy.max_attempts - 1,
            delay,
        )
        return delay

    def _failure(self, request: httpx.Request, exc: Exception) -> LedgerlinkError:
        operation = operation_name(self.service, request.method, request.url.path)
        if isinstance(exc, _IncompleteBody):
            return UnparseableBodyError(
                f"the response body was cut short after {len(exc.received)} bytes",
                service=self.service,
                operation=operation,
                excerpt=excerpt(exc.received, self._secrets()),
            )
        detail = redact(str(exc), self._secrets()) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeoutError(
                f"timed out ({type(exc).__name__}): {detail}",
                service=self.service,
                operation=operation,
            )
        return TransportError(
            f"{type(exc).__name__}: {detail}", service=self.service, operation=operation
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            outcome: httpx.Response | Exception
            try:
                outcome = self._attempt(request)
            except (httpx.TransportError, _IncompleteBody) as exc:
                outcome = exc
            delay = self._next_delay(request, attempt, started, outcome)
            if delay is None:
                if isinstance(outcome, httpx.Response):
                    return outcome
                raise self._failure(request, outcome) from outcome
            time.sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            outcome: httpx.Response | Exception
            try:
                outcome = await self._aattempt(request)
            except (httpx.TransportError, _IncompleteBody) as exc:
                outcome = exc
            delay = self._next_delay(request, attempt, started, outcome)
            if delay is None:
                if isinstance(outcome, httpx.Response):
                    return outcome
                raise self._failure(request, outcome) from outcome
            await asyncio.sleep(delay)
