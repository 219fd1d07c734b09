"""The exceptions every ledgerlink client raises.

Callers catch by meaning, not by HTTP detail: a sync retries later on
:class:`RateLimitedError`, reports the record on :class:`RejectedInputError`,
asks for new credentials on :class:`AuthenticationError`.  Every error names
the ``service`` and the ``operation`` that failed (the generated function's
name, which is the spec's operationId), because a sync touches three services and dozens of operations and "HTTP 400"
alone does not say where to look.

Messages are built from status codes, operation names and server-supplied
error text only; request headers never reach them, and body excerpts are
redacted before they are stored (see ``ledgerlink._secrets``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "LedgerlinkError",
    "NotFoundError",
    "RateLimitedError",
    "RejectedInputError",
    "RequestTimeoutError",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
    "UnparseableBodyError",
]


class LedgerlinkError(Exception):
    """Base class: something went wrong talking to ``service`` in ``operation``."""

    def __init__(
        self,
        message: str,
        *,
        service: str,
        operation: str,
        status_code: int | None = None,
    ) -> None:
        self.service = service
        self.operation = operation
        self.status_code = status_code
        self.message = message
        super().__init__(f"{service} {operation}: {message}")


class ConfigurationError(LedgerlinkError):
    """A client cannot be built: a credential or setting is missing or invalid."""

    def __init__(self, message: str, *, service: str) -> None:
        super().__init__(message, service=service, operation="connect")


class AuthenticationError(LedgerlinkError):
    """The server refused the credentials (HTTP 401) or the permission (403)."""


class NotFoundError(LedgerlinkError):
    """The addressed record or path does not exist (HTTP 404)."""


class RateLimitedError(LedgerlinkError):
    """The server asked us to slow down, and retrying did not get through.

    ``retry_after`` is the server's requested wait in seconds, when it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        service: str,
        operation: str,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(
            message, service=service, operation=operation, status_code=status_code
        )


class RejectedInputError(LedgerlinkError):
    """The server rejected what we sent (HTTP 400/422, or an error envelope).

    ``messages`` holds every message the server gave, in order; ``details`` the
    other keys of the error body (e.g. AccountingSuite's ``api_code`` of the
    duplicate company), so a caller can act on them without reparsing.
    """

    def __init__(
        self,
        messages: Sequence[str],
        *,
        service: str,
        operation: str,
        status_code: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.messages = tuple(messages)
        self.details: Mapping[str, Any] = MappingProxyType(dict(details or {}))
        text = "; ".join(self.messages) or "rejected without a message"
        super().__init__(
            f"rejected input: {text}",
            service=service,
            operation=operation,
            status_code=status_code,
        )


class ServerError(LedgerlinkError):
    """The server failed (HTTP 5xx), and retrying did not help."""


class UnexpectedStatusError(LedgerlinkError):
    """An HTTP status no other class describes (e.g. 405, 409)."""


class TransportError(LedgerlinkError):
    """No usable HTTP exchange: connection refused or reset, protocol error."""


class RequestTimeoutError(TransportError):
    """Connecting, writing or reading took longer than the configured timeout."""


class UnparseableBodyError(LedgerlinkError):
    """The response body is not what the API sends: cut short, or not JSON.

    ``excerpt`` is the body's start, shortened and with credentials masked.
    """

    def __init__(
        self,
        reason: str,
        *,
        service: str,
        operation: str,
        excerpt: str,
        status_code: int | None = None,
    ) -> None:
        self.excerpt = excerpt
        super().__init__(
            f"{reason}; body starts {excerpt!r}",
            service=service,
            operation=operation,
            status_code=status_code,
        )
