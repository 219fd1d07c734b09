"""Where a fetched access token lives until shortly before it expires.

Procurify issues 24-hour tokens and asks clients to cache them.  In memory
that covers one process; a short-lived CLI run needs the optional file cache to
reuse the token of the previous run.  The file is written atomically and with
mode 0600 from the start (never world-readable, not even for a moment), holds
one entry per (token URL, client id) so accounts do not mix, and is ignored if
unreadable: a bad cache costs one token fetch, never a failure.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ledgerlink._secrets import Secret


@dataclass(frozen=True)
class Token:
    value: Secret
    expires_at: float  # seconds since the epoch: comparable across processes


class TokenStore:
    """The current token for one account, in memory and optionally on disk.

    A token counts as expired ``margin`` seconds before the server's expiry
    (at most a tenth of its lifetime), so a request never leaves with a token
    that dies in flight.
    """

    def __init__(
        self,
        account: str,
        *,
        path: Path | None = None,
        margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = hashlib.sha256(account.encode()).hexdigest()[:32]
        self._path = path
        self._margin = margin
        self._clock = clock
        self._token: Token | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenStore(path={str(self._path) if self._path else None!r})"

    def current(self) -> str | None:
        """The cached token if still usable, else None."""
        token = self._token
        if token is None or not self._usable(token):
            token = self._load()
            if token is None:
                return None
            self._token = token
        return token.value.reveal()

    def _usable(self, token: Token) -> bool:
        return self._clock() < token.expires_at

    def save(self, value: str, expires_in: float) -> None:
        margin = min(self._margin, expires_in / 10)
        token = Token(Secret(value), self._clock() + expires_in - margin)
        self._token = token
        if self._path is not None:
            self._write(token)

    def discard(self, value: str) -> None:
        """Forget ``value`` (the server refused it) unless already replaced."""
        token = self._token
        if token is not None and token.value.reveal() == value:
            self._token = None
            if self._path is not None:
                with self._lock:
                    entries = self._read_all()
                    if entries.pop(self._key, None) is not None:
                        self._write_all(entries)

    # -- file cache ------------------------------------------------------------

    def _read_all(self) -> dict[str, dict[str, object]]:
        assert self._path is not None
        try:
            data = json.loads(self._path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _load(self) -> Token | None:
        if self._path is None:
            return None
        entry = self._read_all().get(self._key)
        if not isinstance(entry, dict):
            return None
        value, expires_at = entry.get("access_token"), entry.get("expires_at")
        if not isinstance(value, str) or not isinstance(expires_at, int | float):
            return None
        token = Token(Secret(value), float(expires_at))
        return token if self._usable(token) else None

    def _write(self, token: Token) -> None:
        with self._lock:
            entries = self._read_all()
            entries[self._key] = {
                "access_token": token.value.reveal(),
                "expires_at": token.expires_at,
            }
            self._write_all(entries)

    def _write_all(self, entries: dict[str, dict[str, object]]) -> None:
        assert self._path is not None
        self._path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self._path.with_name(
            f".{self._path.name}.{os.getpid()}.{threading.get_ident()}.tmp"
        )
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            json.dump(entries, handle)
        os.replace(temporary, self._path)
