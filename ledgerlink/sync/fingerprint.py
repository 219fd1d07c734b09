"""The content hash that decides whether a record has to be sent again.

The hash is taken over the *mapped* record (what the target would receive),
not over the source record: a source field the mapping ignores changing does
not cause a resend, and a change in the mapping itself (a fixed transform)
does.  The JSON form is canonical (sorted keys, no whitespace, ``Decimal`` by
its exact string), so the same content always gives the same hash, across
runs and machines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import orjson

__all__ = ["canonical_json", "content_hash"]


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # The exact decimal text: 10.50 and 10.5 are different content to a
        # target that stores what it is sent.
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def canonical_json(document: Mapping[str, Any]) -> bytes:
    """Sorted-key, whitespace-free JSON of ``document``."""
    return orjson.dumps(
        document,
        default=_default,
        option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS,
    )


def content_hash(document: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON, as 64 hex digits."""
    return hashlib.sha256(canonical_json(document)).hexdigest()
