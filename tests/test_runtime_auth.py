"""Procurify's client-credentials flow and the key headers, over real HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from accountingsuite_client.api.companies import list_companies
from procurify_client import Client as ProcurifyClient
from procurify_client.api.vendors import list_vendors

from ledgerlink import connect
from ledgerlink.errors import AuthenticationError
from tests.support.faults import (
    API_KEY,
    CLIENT_ID,
    CLIENT_SECRET,
    ProcurifyAPI,
    procurify_for,
)
from tests.support.loopback import LoopbackServer, Reply


def serve(server: LoopbackServer, **api: Any) -> tuple[ProcurifyAPI, ProcurifyClient]:
    """``server`` answers as Procurify (``ProcurifyAPI(**api)``), and a client for it."""
    handler = ProcurifyAPI(**api)
    server.set_handler(handler)
    return handler, procurify_for(server)


def api_calls(server: LoopbackServer) -> list[tuple[str, str]]:
    return [
        (r.path, r.headers.get("authorization", ""))
        for r in server.requests
        if r.path != "/oauth/token"
    ]


def test_token_is_fetched_once_with_the_documented_request_and_reused(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=3)

    first = list_vendors.sync_detailed(client=client)
    second = list_vendors.sync_detailed(client=client)

    assert first.status_code == second.status_code == 200
    (token_request,) = api.token_requests(server.requests)
    assert token_request.method == "POST"
    assert token_request.json() == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "audience": "https://api.procurify.com/",
    }
    calls = [r for r in server.requests if r.path != "/oauth/token"]
    assert [r.headers["authorization"] for r in calls] == ["Bearer token-1"] * 2
    assert {r.headers["x-procurify-client"] for r in calls} == {"api"}


def test_an_expiring_token_is_refreshed_shortly_before_expires_in(
    server: LoopbackServer,
) -> None:
    # expires_in 0.5 s: the runtime keeps a margin of a tenth of the lifetime,
    # so the token is reused at once and replaced after half a second.
    _, client = serve(server, count=1, expires_in=0.5)

    list_vendors.sync_detailed(client=client)
    list_vendors.sync_detailed(client=client)
    time.sleep(0.5)
    list_vendors.sync_detailed(client=client)

    assert [auth for _, auth in api_calls(server)] == [
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_concurrent_first_use_from_threads_shares_one_token_request(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=2, token_delay=0.3)

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(
            pool.map(
                lambda _: list_vendors.sync_detailed(client=client).status_code,
                range(8),
            )
        )

    assert statuses == [200] * 8
    assert len(api.token_requests(server.requests)) == 1
    assert {auth for _, auth in api_calls(server)} == {"Bearer token-1"}


def test_concurrent_first_use_from_tasks_shares_one_token_request(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=2, token_delay=0.3)

    async def main() -> list[int]:
        async with client:
            responses = await asyncio.gather(
                *(list_vendors.asyncio_detailed(client=client) for _ in range(8))
            )
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 8
    assert len(api.token_requests(server.requests)) == 1
    assert {auth for _, auth in api_calls(server)} == {"Bearer token-1"}


def test_a_401_on_a_cached_token_refetches_once_and_replays(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=1)
    list_vendors.sync_detailed(client=client)
    api.revoked.add("token-1")  # the server drops the token before expires_in

    response = list_vendors.sync_detailed(client=client)

    assert response.status_code == 200
    assert response.parsed is not None and response.parsed.data[0].name == "Vendor 1"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/oauth/token"),
        ("GET", "/api/v3/vendors"),
        ("GET", "/api/v3/vendors"),
        ("POST", "/oauth/token"),
        ("GET", "/api/v3/vendors"),
    ]
    assert [auth for _, auth in api_calls(server)][-2:] == [
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_a_401_on_a_cached_token_refetches_once_and_replays_async(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=1)

    async def main() -> int:
        async with client:
            await list_vendors.asyncio_detailed(client=client)
            api.revoked.add("token-1")
            return (await list_vendors.asyncio_detailed(client=client)).status_code

    assert asyncio.run(main()) == 200
    assert len(api.token_requests(server.requests)) == 2
    assert [auth for _, auth in api_calls(server)] == [
        "Bearer token-1",
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_a_second_401_is_an_authentication_error_after_exactly_one_refetch(
    server: LoopbackServer,
) -> None:
    api, client = serve(server, count=1)
    list_vendors.sync_detailed(client=client)
    server.queue(
        Reply(401, json={"detail": "Invalid token."}),
        Reply(200, json={"access_token": "token-x", "expires_in": 86400}),
        Reply(401, json={"detail": "Invalid token."}),
    )

    with pytest.raises(AuthenticationError) as caught:
        list_vendors.sync_detailed(client=client)

    assert caught.value.status_code == 401
    assert (caught.value.service, caught.value.operation) == (
        "procurify",
        "list_vendors",
    )
    assert len(api.token_requests(server.requests)) == 2
    assert len(server.requests) == 5  # token, call, call(401), token, replay(401)


def test_refused_client_credentials_name_the_token_operation(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(401, json={"error": "access_denied"}))

    with pytest.raises(AuthenticationError) as caught:
        list_vendors.sync_detailed(client=procurify_for(server))

    assert caught.value.operation == "get_oauth_token"
    assert len(server.requests) == 1  # no API call was attempted without a token


def test_the_token_file_cache_is_private_and_reused_by_the_next_run(
    server: LoopbackServer, tmp_path: Path
) -> None:
    api = ProcurifyAPI(count=1)
    server.set_handler(api)
    cache = tmp_path / "cache" / "procurify-token.json"

    list_vendors.sync_detailed(client=procurify_for(server, token_cache=cache))
    # A second "run": a new client with an empty memory, same cache file.
    list_vendors.sync_detailed(client=procurify_for(server, token_cache=str(cache)))

    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600
    assert len(api.token_requests(server.requests)) == 1
    assert {auth for _, auth in api_calls(server)} == {"Bearer token-1"}
    assert CLIENT_SECRET not in cache.read_text()
    # Another account sharing the file does not get this account's token.
    other = connect.procurify(
        client_id="another-client",
        client_secret="another-secret",
        base_url=server.url,
        token_cache=cache,
    )
    list_vendors.sync_detailed(client=other)
    assert len(api.token_requests(server.requests)) == 2
    assert len(json.loads(cache.read_text())) == 2


def test_a_corrupt_token_cache_costs_a_fetch_not_a_failure(
    server: LoopbackServer, tmp_path: Path
) -> None:
    api = ProcurifyAPI(count=1)
    server.set_handler(api)
    cache = tmp_path / "token.json"
    cache.write_text("{not json")

    assert (
        list_vendors.sync_detailed(
            client=procurify_for(server, token_cache=cache)
        ).status_code
        == 200
    )
    assert len(api.token_requests(server.requests)) == 1
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600


def test_accountingsuite_sends_its_key_as_apisecretkey_or_bearer(
    server: LoopbackServer,
) -> None:
    server.set_handler(lambda _r: Reply(200, json={"companies": []}))

    list_companies.sync_detailed(
        client=connect.accountingsuite(API_KEY, base_url=server.url, rate_limit=None)
    )
    list_companies.sync_detailed(
        client=connect.accountingsuite(
            API_KEY, base_url=server.url, bearer=True, rate_limit=None
        )
    )

    plain, bearer = server.requests
    assert plain.headers["apisecretkey"] == API_KEY
    assert "authorization" not in plain.headers
    assert bearer.headers["authorization"] == f"Bearer {API_KEY}"
    assert "apisecretkey" not in bearer.headers
