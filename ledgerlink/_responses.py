"""Turning final HTTP responses into typed errors (an httpx response hook).

The generated operations return whatever came back: an undocumented status
gives ``parsed=None``, a non-JSON body raises a bare ``JSONDecodeError``, and an
AccountingSuite failure can arrive as HTTP 200 with ``{"status": "error"}``.
This hook runs on every response before the generated code sees it and raises
a :mod:`ledgerlink.errors` exception instead, naming the service and the
operation.  The operation name is looked up only on this error path.

Bodies that should be JSON and are not are caught by :class:`CheckedResponse`,
the response class the runtime's transport hands out.

One hook object serves both the sync and the async httpx client that a
generated ``Client`` builds from the same ``httpx_args``: httpx awaits what an
async client's hook returns, so the hook returns a coroutine when it is handed
an async response stream and does its work in place otherwise.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, Final

import httpx

from ledgerlink._operations import operation_name
from ledgerlink._retry import parse_retry_after
from ledgerlink._secrets import is_credential_name, redact
from ledgerlink.errors import (
    AuthenticationError,
    LedgerlinkError,
    NotFoundError,
    RateLimitedError,
    RejectedInputError,
    ServerError,
    UnexpectedStatusError,
    UnparseableBodyError,
)
from mapping import jsonio

# Set by an auth flow on a request whose 401 it will answer with a fresh token
# and a replay; the hook lets that one 401 through to the auth flow.
REPLAY_ON_401: Final = "ledgerlink.replay_on_401"

EXCERPT_LENGTH: Final = 120
_MESSAGE_KEYS: Final = (
    "message",
    "message1",
    "message2",
    "detail",
    "error_description",
    "error",
)


def excerpt(body: bytes, secrets: Iterable[str] = ()) -> str:
    """The start of a body as text, credentials masked, at most ~120 characters."""
    text = redact(body[: EXCERPT_LENGTH * 8].decode("utf-8", "replace"), secrets)
    return text if len(text) <= EXCERPT_LENGTH else text[:EXCERPT_LENGTH] + "..."


def _messages(data: Any, secrets: Iterable[str]) -> tuple[list[str], dict[str, Any]]:
    """Every message of an error body, and its other keys."""
    if not isinstance(data, dict):
        return ([redact(str(data), secrets)] if data not in (None, "") else []), {}
    messages: list[str] = []
    details: dict[str, Any] = {}
    for key, value in data.items():
        if key in _MESSAGE_KEYS and isinstance(
            value, str | int | float | decimal.Decimal
        ):
            messages.append(redact(str(value), secrets))
        elif key != "status":
            # Kept for the caller (e.g. the duplicate's api_code), minus any
            # credential a careless server echoes back.
            if is_credential_name(key):
                value = "***"
            elif isinstance(value, str):
                value = redact(value, secrets)
            details[key] = value
    if not messages:
        # e.g. a field -> [messages] validation body: each field is a message.
        messages = [
            redact(f"{key}: {value}", secrets) for key, value in details.items()
        ]
    return messages, details


class CheckedResponse(httpx.Response):
    """A response whose ``json()`` fails with :class:`UnparseableBodyError`.

    The generated operations parse bodies with ``response.json()``; a proxy's
    HTML page or a garbled body would surface as a bare ``JSONDecodeError``
    with no service, operation or excerpt.  The runtime's transport returns
    this subclass instead, so the failure is typed where it happens and the
    body is parsed once (with :func:`mapping.jsonio.loads`, which reads numbers
    as exact Decimals; the json module as a fallback for what msgspec refuses
    but Python accepts, such as NaN).
    """

    service = "unknown"
    secrets: Callable[[], Iterable[str]] = tuple

    def json(self, **kwargs: Any) -> Any:
        # Every non-integer number is read as a Decimal, so amounts reach the
        # generated models exactly as the server wrote them (money is never a
        # float, not even for the instant between the socket and the model).
        if not kwargs:
            try:
                return jsonio.loads(self.content)
            except jsonio.DecodeError:
                pass
        try:
            return super().json(**kwargs)
        except ValueError:
            request = self.request
            raise UnparseableBodyError(
                "the response body is not JSON",
                service=self.service,
                operation=operation_name(
                    self.service, request.method, request.url.path
                ),
                excerpt=excerpt(self.content, self.secrets()),
                status_code=self.status_code,
            ) from None


class ResponseChecker:
    """Raise the right :class:`~ledgerlink.errors.LedgerlinkError` for a response.

    ``error_envelope``: a ``{"status": "error"}`` body is a failure whatever the
    status (AccountingSuite).  ``rate_limit_statuses``: statuses meaning "too
    many calls" (AccountingSuite answers 503).
    """

    def __init__(
        self,
        service: str,
        *,
        error_envelope: bool = False,
        rate_limit_statuses: frozenset[int] = frozenset({429}),
        secrets: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        self.service = service
        self.error_envelope = error_envelope
        self.rate_limit_statuses = rate_limit_statuses
        self._secrets = secrets

    def __repr__(self) -> str:
        return f"ResponseChecker({self.service!r})"

    def __call__(self, response: httpx.Response) -> Coroutine[Any, Any, None] | None:
        if isinstance(response.stream, httpx.AsyncByteStream):
            return self._acheck(response)
        if self._needs_body(response):
            response.read()
        self.check(response)
        return None

    async def _acheck(self, response: httpx.Response) -> None:
        if self._needs_body(response):
            await response.aread()
        self.check(response)

    def _needs_body(self, response: httpx.Response) -> bool:
        if response.is_success:
            return self.error_envelope
        return not self._replayable(response)

    @staticmethod
    def _replayable(response: httpx.Response) -> bool:
        return response.status_code == 401 and bool(
            response.request.extensions.get(REPLAY_ON_401)
        )

    def check(self, response: httpx.Response) -> None:
        """Raise for a failed response; return quietly for a good one."""
        if response.is_success:
            self._check_success(response)
        elif not self._replayable(response) and not response.is_redirect:
            raise self._error(response)

    def _operation(self, response: httpx.Response) -> str:
        request = response.request
        return operation_name(self.service, request.method, request.url.path)

    def _check_success(self, response: httpx.Response) -> None:
        # Only an error envelope can make a 2xx a failure; a body that is not
        # JSON is reported when the generated code parses it (CheckedResponse).
        if not self.error_envelope or b'"error"' not in response.content:
            return
        try:
            data = jsonio.loads(response.content)
        except jsonio.DecodeError:
            return
        if isinstance(data, dict) and data.get("status") == "error":
            raise self._rejected(response, data)

    def _rejected(self, response: httpx.Response, data: Any) -> RejectedInputError:
        messages, details = _messages(data, self._secrets())
        return RejectedInputError(
            messages,
            service=self.service,
            operation=self._operation(response),
            status_code=response.status_code,
            details=details,
        )

    def _error(self, response: httpx.Response) -> LedgerlinkError:
        status = response.status_code
        operation = self._operation(response)
        try:
            data: Any = jsonio.loads(response.content) if response.content else None
        except jsonio.DecodeError:
            data = excerpt(response.content, self._secrets())
        reason = f"HTTP {status} {response.reason_phrase}".rstrip()
        common: dict[str, Any] = {
            "service": self.service,
            "operation": operation,
            "status_code": status,
        }
        if status in (401, 403):
            return AuthenticationError(reason, **common)
        if status in self.rate_limit_statuses:
            return RateLimitedError(
                reason,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
                **common,
            )
        if status in (400, 422) or (
            self.error_envelope
            and isinstance(data, dict)
            and data.get("status") == "error"
        ):
            return self._rejected(response, data)
        detail = "; ".join(_messages(data, self._secrets())[0])
        message = f"{reason}: {detail}" if detail else reason
        if status == 404:
            return NotFoundError(message, **common)
        if status >= 500:
            return ServerError(message, **common)
        return UnexpectedStatusError(message, **common)
