"""How each service is told who we are: ``httpx.Auth`` flows.

The credentials live here and only here, wrapped in
:class:`~ledgerlink._secrets.Secret`; they are put on each request as it
leaves, so neither the generated client's attributes nor its default headers
ever hold them (its ``repr`` shows all of those).

* :class:`HeaderAuth`: fixed headers (AccountingSuite ``apisecretkey`` or a
  Bearer key, PayorCRM ``api_key`` + ``api_secret``).
* :class:`ClientCredentialsAuth`: Procurify's OAuth client-credentials flow.
  The token request is yielded from the auth flow, so it travels through the
  same transport (timeouts, retries) and response checks as any call.  The
  first caller fetches while the others wait on a lock and then reuse its
  token: a thread lock for threads, an asyncio lock (one per event loop) for
  tasks.  A 401 on a call made with a cached token means the server dropped it
  early: fetch once more and replay the call once.  A 401 on a token fetched
  for that very call is final (the credentials are wrong; fetching again
  would not help).
"""

from __future__ import annotations

import asyncio
import decimal
import threading
import weakref
from collections.abc import AsyncGenerator, Generator, Mapping

import httpx
import orjson

from ledgerlink._operations import operation_name
from ledgerlink._responses import REPLAY_ON_401
from ledgerlink._secrets import Secret
from ledgerlink._tokens import TokenStore
from ledgerlink.errors import AuthenticationError


class HeaderAuth(httpx.Auth):
    """Send the same credential headers on every request."""

    def __init__(self, headers: Mapping[str, Secret]) -> None:
        self._headers = dict(headers)

    def __repr__(self) -> str:
        return f"HeaderAuth(headers={sorted(self._headers)!r})"

    def secret_values(self) -> list[str]:
        values = [secret.reveal() for secret in self._headers.values()]
        # "Bearer KEY": the key alone must be masked too.
        return values + [v.split(" ", 1)[1] for v in values if " " in v]

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        for name, secret in self._headers.items():
            request.headers[name] = secret.reveal()
        yield request


class ClientCredentialsAuth(httpx.Auth):
    """OAuth 2 client credentials with a shared, cached, refreshed token."""

    def __init__(
        self,
        *,
        service: str,
        token_url: str,
        client_id: str,
        client_secret: Secret,
        audience: str,
        store: TokenStore,
    ) -> None:
        self.service = service
        self.token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._audience = audience
        self._store = store
        self._sync_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Lock
        ] = weakref.WeakKeyDictionary()
        self._async_locks_guard = threading.Lock()
        self._last_token: str | None = None

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsAuth(token_url={self.token_url!r}, "
            f"store={self._store!r})"
        )

    def secret_values(self) -> list[str]:
        values = [self._client_secret.reveal(), self._store.current(), self._last_token]
        return [value for value in values if value]

    # -- pieces shared by both flows ---------------------------------------------

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            content=orjson.dumps(
                {
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._client_secret.reveal(),
                    "audience": self._audience,
                }
            ),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )

    def _accept_token(self, response: httpx.Response) -> str:
        """Store the token from a token response (already checked as 2xx JSON)."""
        data = response.json()
        value = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise AuthenticationError(
                "the token response carries no access_token",
                service=self.service,
                operation=operation_name(self.service, "POST", response.url.path),
                status_code=response.status_code,
            )
        expires_in = data.get("expires_in") if isinstance(data, dict) else None
        lifetime = (
            float(expires_in)
            if isinstance(expires_in, int | float | decimal.Decimal)
            else 3600.0
        )
        self._store.save(value, lifetime)
        self._last_token = value
        return value

    def _authorize(
        self, request: httpx.Request, token: str, *, replayable: bool
    ) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token}"
        # httpx builds a fresh extensions dict for every request.
        request.extensions[REPLAY_ON_401] = replayable
        return request

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    # -- the flows -------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._store.current()
        fetched = False
        if token is None:
            with self._sync_lock:
                token = self._store.current()
                if token is None:
                    response = yield self._token_request()
                    response.read()
                    token, fetched = self._accept_token(response), True
        response = yield self._authorize(request, token, replayable=not fetched)
        if response.status_code != 401 or fetched:
            return
        with self._sync_lock:
            self._store.discard(token)
            fresh = self._store.current()
            if fresh is None:
                token_response = yield self._token_request()
                token_response.read()
                fresh = self._accept_token(token_response)
        yield self._authorize(request, fresh, replayable=False)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._store.current()
        fetched = False
        if token is None:
            async with self._async_lock():
                token = self._store.current()
                if token is None:
                    response = yield self._token_request()
                    await response.aread()
                    token, fetched = self._accept_token(response), True
        response = yield self._authorize(request, token, replayable=not fetched)
        if response.status_code != 401 or fetched:
            return
        async with self._async_lock():
            self._store.discard(token)
            fresh = self._store.current()
            if fresh is None:
                token_response = yield self._token_request()
                await token_response.aread()
                fresh = self._accept_token(token_response)
        yield self._authorize(request, fresh, replayable=False)
