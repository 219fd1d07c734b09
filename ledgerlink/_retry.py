"""When to try a request again, and how long to wait first.

Pure decisions, no I/O: the transport (``ledgerlink._transport``) asks the
policy after each attempt.  Kept apart so tests can use a policy with
millisecond backoffs and the rules can be read in one place:

* retry on connection failures and on 408, 429, 502, 503, 504 (503 is also
  AccountingSuite's "over the rate limit" answer);
* wait ``base * 2**n`` seconds with full jitter, or what ``Retry-After`` asks
  (seconds or an HTTP date), never longer than ``max_delay``;
* stop after ``max_attempts`` attempts or when the next wait would pass
  ``max_total`` seconds since the first attempt;
* a request that is not idempotent (POST, PATCH) is retried only when it cannot
  have reached the server: the connection was never made.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff with jitter; ``RetryPolicy(max_attempts=1)`` never retries."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_total: float = 90.0
    statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({408, 429, 502, 503, 504})
    )

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether a response with this status is worth another attempt."""
        return status_code in self.statuses and method.upper() in IDEMPOTENT_METHODS

    def retries_failure(self, method: str, *, reached_server: bool) -> bool:
        """Whether a failed exchange (no usable response) is worth another attempt."""
        return not reached_server or method.upper() in IDEMPOTENT_METHODS

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        ceiling = min(self.base_delay * 2 ** (retry - 1), self.max_delay)
        return random.uniform(0.0, ceiling)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are GMT anyway.
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
