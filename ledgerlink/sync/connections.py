"""Where the sync's three services are, and how to log in to them.

By default everything comes from the runtime's environment variables
(``PROCURIFY_BASE_URL``, ``ACCOUNTINGSUITE_API_KEY`` ...; see
:mod:`ledgerlink.connect`), so a configured shell needs no options.  Base URLs
can be overridden one by one, and pointing a whole sync at the local sandbox
is one switch: :meth:`Connections.sandbox` takes the sandbox's base URLs (or
the file ``ledgerlink sandbox --urls-file`` writes) and its made-up
credentials, and never reads a real credential from the environment.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledgerlink import connect
from ledgerlink.connect import RetryPolicy

if TYPE_CHECKING:
    import accountingsuite_client
    import payorcrm_client
    import procurify_client

__all__ = ["SERVICES", "Connections"]

SERVICES = ("procurify", "accountingsuite", "payorcrm")


def _sandbox_credentials() -> dict[str, str]:
    from ledgerlink.sandbox.app import Credentials

    return asdict(Credentials())


def _load(path: Path | str) -> Any:
    return json.loads(Path(path).read_text())


def _urls(data: Any, path: Path | str) -> dict[str, str]:
    if isinstance(data, dict) and isinstance(data.get("urls"), dict):
        data = data["urls"]
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object of base URLs per service")
    urls: dict[str, str] = {}
    for service in SERVICES:
        value = data.get(service)
        if isinstance(value, str) and value:
            urls[service] = value
    missing = [s for s in SERVICES if s not in urls]
    if missing:
        raise ValueError(f"{path}: no base URL for {', '.join(missing)}")
    return urls


_ENV_CREDENTIALS = {
    "PROCURIFY_CLIENT_ID": "procurify_client_id",
    "PROCURIFY_CLIENT_SECRET": "procurify_client_secret",
    "ACCOUNTINGSUITE_API_KEY": "accountingsuite_api_key",
    "PAYORCRM_API_KEY": "payorcrm_api_key",
    "PAYORCRM_API_SECRET": "payorcrm_api_secret",
}


def _credentials(data: Any) -> dict[str, str] | None:
    env = data.get("env") if isinstance(data, dict) else None
    if not isinstance(env, dict):
        return None
    found = {key: env.get(variable) for variable, key in _ENV_CREDENTIALS.items()}
    if not all(isinstance(value, str) and value for value in found.values()):
        return None
    return {key: str(value) for key, value in found.items()}


def read_sandbox_file(path: Path | str) -> tuple[dict[str, str], dict[str, str] | None]:
    """Base URL per service, and the credentials if it carries them all (its ``env``).

    ``ledgerlink sandbox --urls-file`` writes ``{"urls": {"procurify":
    "http://...", ...}, "env": {...}, "pid": ...}``; a bare ``{"procurify":
    "http://...", ...}`` is read as well (no credentials: None).
    """
    data = _load(path)
    return _urls(data, path), _credentials(data)


@dataclass(frozen=True)
class Connections:
    """Base URLs (None: the runtime's default or environment), credentials, policies."""

    procurify_url: str | None = None
    accountingsuite_url: str | None = None
    payorcrm_url: str | None = None
    # Only set for the sandbox; real credentials stay in the environment.
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)
    accountingsuite_rate: float | None = 1.0
    retry: RetryPolicy | None = None
    timeout: float | None = None
    # Procurify asks integrations to reuse its 24-hour token: short CLI runs
    # keep it in this file (mode 0600) between processes.
    token_cache: Path | None = None

    @classmethod
    def sandbox(
        cls,
        urls: Mapping[str, str],
        credentials: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Connections:
        """The local sandbox at ``urls`` (service -> base URL), with its credentials.

        ``credentials`` default to the sandbox's built-in ones.
        """
        return cls(
            procurify_url=urls["procurify"],
            accountingsuite_url=urls["accountingsuite"],
            payorcrm_url=urls["payorcrm"],
            credentials=dict(credentials or _sandbox_credentials()),
            **options,
        )

    def procurify(self) -> procurify_client.Client:
        return connect.procurify(
            client_id=self.credentials.get("procurify_client_id"),
            client_secret=self.credentials.get("procurify_client_secret"),
            base_url=self.procurify_url,
            token_cache=self.token_cache,
            retry=self.retry,
            timeout=self.timeout,
        )

    def accountingsuite(self) -> accountingsuite_client.Client:
        return connect.accountingsuite(
            self.credentials.get("accountingsuite_api_key"),
            base_url=self.accountingsuite_url,
            rate_limit=self.accountingsuite_rate,
            retry=self.retry,
            timeout=self.timeout,
        )

    def payorcrm(self) -> payorcrm_client.Client:
        return connect.payorcrm(
            self.credentials.get("payorcrm_api_key"),
            self.credentials.get("payorcrm_api_secret"),
            base_url=self.payorcrm_url,
            retry=self.retry,
            timeout=self.timeout,
        )
