"""Retrying a write the runtime will not retry, when the sync knows it is safe.

The runtime (``ledgerlink._retry``) retries only what cannot cause a second
write: idempotent methods, and POSTs that never reached the server.  The sync
knows more about its writes than HTTP does:

- a *rate-limited* answer (429, or AccountingSuite's 503) means the server
  turned the request away before doing anything, so any write may be sent
  again once the wait is over;
- some creates are *naturally idempotent*: PayorCRM's uploads create or
  update by customer/invoice number, and AccountingSuite refuses a second
  company of the same name or item of the same code (and names the existing
  one, which the target then records).  Those may also be retried after a
  server error or a broken connection, when it is unknown whether the first
  attempt landed.

A purchase order has no such key, so after an ambiguous failure it is not
retried blindly: it is reported, and the next run sends it again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ledgerlink.errors import (
    RateLimitedError,
    ServerError,
    TransportError,
    UnparseableBodyError,
)

__all__ = ["WritePolicy"]

T = TypeVar("T")


@dataclass(frozen=True)
class WritePolicy:
    """How often, and how patiently, the sync repeats a refused write."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 10.0

    def call(self, write: Callable[[], T], *, idempotent: bool) -> T:
        """``write()``, again after rate limiting (and, if ``idempotent``, after
        server or connection errors), up to ``attempts`` times in all."""
        retry_on: tuple[type[Exception], ...] = (RateLimitedError,)
        if idempotent:
            # The first attempt may or may not have landed (a 5xx, a
            # connection lost, an answer cut short): only a write the target
            # deduplicates may be sent again.
            retry_on = (
                RateLimitedError,
                ServerError,
                TransportError,
                UnparseableBodyError,
            )
        for attempt in range(1, self.attempts + 1):
            try:
                return write()
            except retry_on as error:
                if attempt == self.attempts:
                    raise
                wait = getattr(error, "retry_after", None)
                if wait is None:
                    wait = random.uniform(0, self.base_delay * 2 ** (attempt - 1))
                time.sleep(min(wait, self.max_delay))
        raise AssertionError("unreachable")  # pragma: no cover
