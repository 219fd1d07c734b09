"""Ready-to-use clients: ``connect.procurify()``, ``.accountingsuite()``, ``.payorcrm()``.

Each returns the *generated* package's client object, so every generated
operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)
takes it as is.  The runtime rides along in the ``httpx_args`` the generated
client passes to the ``httpx.Client`` / ``httpx.AsyncClient`` it builds:

* ``auth``: the service's credentials (``ledgerlink._auth``);
* ``transport``: rate limit, retries, whole-body reads, typed transport errors
  (``ledgerlink._transport``);
* ``event_hooks``: typed errors for failed responses (``ledgerlink._responses``);

plus a default timeout per service, since the generator's default is none.

Anything not passed is read from the environment, so ``connect.procurify()``
alone works in a configured shell; a missing credential raises
:class:`~ledgerlink.errors.ConfigurationError` naming the variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ledgerlink._auth import ClientCredentialsAuth, HeaderAuth
from ledgerlink._ratelimit import RateLimiter
from ledgerlink._responses import ResponseChecker
from ledgerlink._retry import RetryPolicy
from ledgerlink._secrets import Secret
from ledgerlink._tokens import TokenStore
from ledgerlink._transport import RuntimeTransport
from ledgerlink.errors import ConfigurationError

if TYPE_CHECKING:
    import accountingsuite_client
    import payorcrm_client
    import procurify_client

__all__ = ["RetryPolicy", "accountingsuite", "payorcrm", "procurify"]

PROCURIFY_AUDIENCE = "https://api.procurify.com/"
CONNECT_TIMEOUT = 5.0


@dataclass(frozen=True)
class _Service:
    name: str
    read_timeout: float
    error_envelope: bool = False
    rate_limit_statuses: frozenset[int] = frozenset({429})


# Read timeouts: AccountingSuite documents a 2-minute server-side limit, so a
# slow answer is still an answer; the others answer lists in seconds.
PROCURIFY = _Service("procurify", read_timeout=30.0)
ACCOUNTINGSUITE = _Service(
    "accountingsuite",
    read_timeout=120.0,
    error_envelope=True,
    rate_limit_statuses=frozenset({429, 503}),
)
PAYORCRM = _Service("payorcrm", read_timeout=30.0)


def _setting(value: str | Secret | None, variable: str, service: str) -> str:
    if isinstance(value, Secret):
        value = value.reveal()
    if value is None:
        value = os.environ.get(variable)
    if not value:
        raise ConfigurationError(
            f"{variable} is not set: pass it as an argument or set the "
            "environment variable",
            service=service,
        )
    return value


def _timeout(service: _Service, timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None:
        return httpx.Timeout(timeout)
    return httpx.Timeout(
        connect=CONNECT_TIMEOUT,
        read=service.read_timeout,
        write=service.read_timeout,
        pool=CONNECT_TIMEOUT,
    )


def _runtime(
    service: _Service,
    auth: HeaderAuth | ClientCredentialsAuth,
    *,
    retry: RetryPolicy | None,
    rate_limit: float | None,
    verify: bool | str,
) -> dict[str, Any]:
    """The ``httpx_args`` that plug the runtime into a generated client."""
    secrets = auth.secret_values
    checker = ResponseChecker(
        service.name,
        error_envelope=service.error_envelope,
        rate_limit_statuses=service.rate_limit_statuses,
        secrets=secrets,
    )
    transport = RuntimeTransport(
        service.name,
        policy=retry,
        limiter=RateLimiter(rate_limit) if rate_limit else None,
        verify=verify,
        secrets=secrets,
    )
    return {
        "auth": auth,
        "transport": transport,
        "event_hooks": {"response": [checker]},
    }


def procurify(
    domain: str | None = None,
    client_id: str | None = None,
    client_secret: str | Secret | None = None,
    *,
    base_url: str | None = None,
    token_cache: str | os.PathLike[str] | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    rate_limit: float | None = None,
    verify: bool | str = True,
) -> procurify_client.Client:
    """A Procurify client authenticating with OAuth client credentials.

    ``base_url`` (or ``PROCURIFY_BASE_URL``) wins over ``domain``
    (``PROCURIFY_DOMAIN``), which gives ``https://<domain>.procurify.com``.
    ``token_cache``: a file (created with mode 0600) keeping the 24-hour token
    between processes.  ``rate_limit``: calls per second, None for no limit.
    """
    from procurify_client import Client

    service = PROCURIFY.name
    url = base_url or os.environ.get("PROCURIFY_BASE_URL")
    if not url:
        url = f"https://{_setting(domain, 'PROCURIFY_DOMAIN', service)}.procurify.com"
    url = url.rstrip("/")
    identifier = _setting(client_id, "PROCURIFY_CLIENT_ID", service)
    secret = Secret(_setting(client_secret, "PROCURIFY_CLIENT_SECRET", service))
    token_url = f"{url}/oauth/token"
    auth = ClientCredentialsAuth(
        service=service,
        token_url=token_url,
        client_id=identifier,
        client_secret=secret,
        audience=PROCURIFY_AUDIENCE,
        store=TokenStore(
            f"{token_url} {identifier}",
            path=Path(token_cache).expanduser() if token_cache is not None else None,
        ),
    )
    return Client(
        base_url=url,
        # Procurify wants this on every call; not a secret, so a default header.
        headers={"X-Procurify-Client": "api"},
        timeout=_timeout(PROCURIFY, timeout),
        httpx_args=_runtime(
            PROCURIFY, auth, retry=retry, rate_limit=rate_limit, verify=verify
        ),
    )


def accountingsuite(
    api_key: str | Secret | None = None,
    *,
    base_url: str | None = None,
    bearer: bool = False,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    rate_limit: float | None = 1.0,
    verify: bool | str = True,
) -> accountingsuite_client.Client:
    """An AccountingSuite client sending its key as ``apisecretkey`` (or Bearer).

    ``rate_limit`` defaults to the documented 1 call per second, shared by every
    thread and task using this client; None disables it.
    """
    from accountingsuite_client import Client

    service = ACCOUNTINGSUITE.name
    key = _setting(api_key, "ACCOUNTINGSUITE_API_KEY", service)
    url = base_url or os.environ.get(
        "ACCOUNTINGSUITE_BASE_URL", "https://api.accountingsuite.com"
    )
    header = (
        {"Authorization": Secret(f"Bearer {key}")}
        if bearer
        else {"apisecretkey": Secret(key)}
    )
    return Client(
        base_url=url.rstrip("/"),
        timeout=_timeout(ACCOUNTINGSUITE, timeout),
        httpx_args=_runtime(
            ACCOUNTINGSUITE,
            HeaderAuth(header),
            retry=retry,
            rate_limit=rate_limit,
            verify=verify,
        ),
    )


def payorcrm(
    api_key: str | Secret | None = None,
    api_secret: str | Secret | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    rate_limit: float | None = None,
    verify: bool | str = True,
) -> payorcrm_client.Client:
    """A PayorCRM client sending ``api_key`` and ``api_secret`` headers.

    PayorCRM documents no API host; ``https://app.payorcrm.com`` is the
    product's app host, so set ``base_url``/``PAYORCRM_BASE_URL`` if it differs.
    """
    from payorcrm_client import Client

    service = PAYORCRM.name
    auth = HeaderAuth(
        {
            "api_key": Secret(_setting(api_key, "PAYORCRM_API_KEY", service)),
            "api_secret": Secret(_setting(api_secret, "PAYORCRM_API_SECRET", service)),
        }
    )
    url = base_url or os.environ.get("PAYORCRM_BASE_URL", "https://app.payorcrm.com")
    return Client(
        base_url=url.rstrip("/"),
        timeout=_timeout(PAYORCRM, timeout),
        httpx_args=_runtime(
            PAYORCRM, auth, retry=retry, rate_limit=rate_limit, verify=verify
        ),
    )
