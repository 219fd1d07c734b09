"""The client-side rate limit, measured where it matters: at the server."""

from __future__ import annotations

import asyncio
import itertools
import time
from concurrent.futures import ThreadPoolExecutor

from accountingsuite_client.api.companies import list_companies

from ledgerlink import connect
from ledgerlink._ratelimit import RateLimiter
from tests.support.faults import API_KEY, FAST_RETRY, Stamped
from tests.support.loopback import LoopbackServer, Reply

EMPTY = Reply(200, json={"companies": []})


def gaps(arrivals: list[float]) -> list[float]:
    ordered = sorted(arrivals)
    return [later - earlier for earlier, later in itertools.pairwise(ordered)]


def test_threads_sharing_a_client_are_spaced_by_the_limit(
    server: LoopbackServer,
) -> None:
    stamps = Stamped(EMPTY)
    server.set_handler(stamps)
    client = connect.accountingsuite(
        API_KEY, base_url=server.url, retry=FAST_RETRY, rate_limit=10
    )

    with ThreadPoolExecutor(max_workers=4) as pool:
        # First use: each thread opens its own connection, and the slot is
        # still taken when the request leaves, not before the connect.
        list(pool.map(lambda _: list_companies.sync_detailed(client=client), range(8)))

    assert len(stamps.arrivals) == 8
    # 10/s = one call per 100 ms.  Arrivals are stamped by the server thread,
    # which a loaded machine can schedule late, so allow 40 ms of jitter: a
    # limiter that did not space the calls would show gaps near zero.
    assert min(gaps(stamps.arrivals)) >= 0.06
    assert max(stamps.arrivals) - min(stamps.arrivals) >= 7 * 0.09


def test_tasks_sharing_a_client_are_spaced_by_the_limit(server: LoopbackServer) -> None:
    stamps = Stamped(EMPTY)
    server.set_handler(stamps)
    client = connect.accountingsuite(
        API_KEY, base_url=server.url, retry=FAST_RETRY, rate_limit=10
    )

    async def main() -> None:
        async with client:
            await asyncio.gather(
                *(list_companies.asyncio_detailed(client=client) for _ in range(6))
            )

    asyncio.run(main())
    assert len(stamps.arrivals) == 6
    assert min(gaps(stamps.arrivals)) >= 0.06


def test_a_caller_trace_callback_still_sees_every_event(
    server: LoopbackServer,
) -> None:
    server.set_handler(lambda _r: Reply(503) if len(server.requests) == 1 else EMPTY)
    client = connect.accountingsuite(
        API_KEY, base_url=server.url, retry=FAST_RETRY, rate_limit=50
    )
    events: list[str] = []

    response = client.get_httpx_client().get(
        "/companies",
        extensions={"trace": lambda name, _info: events.append(name)},
    )

    assert response.status_code == 200
    # Two attempts (a 503, then the answer), each traced once, not twice.
    assert events.count("http11.send_request_headers.started") == 2


def test_accountingsuite_defaults_to_one_call_per_second(
    server: LoopbackServer,
) -> None:
    stamps = Stamped(EMPTY)
    server.set_handler(stamps)
    client = connect.accountingsuite(API_KEY, base_url=server.url, retry=FAST_RETRY)

    list_companies.sync_detailed(client=client)
    list_companies.sync_detailed(client=client)

    assert gaps(stamps.arrivals)[0] >= 0.95


def test_retries_wait_their_turn_too(server: LoopbackServer) -> None:
    stamps = Stamped(EMPTY)
    server.set_handler(stamps)
    server.queue(Reply(503), Reply(503))
    client = connect.accountingsuite(
        API_KEY, base_url=server.url, retry=FAST_RETRY, rate_limit=20
    )
    started = time.monotonic()

    list_companies.sync_detailed(client=client)

    # Three attempts at 20/s cannot take less than two intervals.
    assert time.monotonic() - started >= 2 * 0.045
    assert len(server.requests) == 3


def test_unlimited_clients_do_not_wait(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: EMPTY)
    client = connect.accountingsuite(
        API_KEY, base_url=server.url, retry=FAST_RETRY, rate_limit=None
    )
    list_companies.sync_detailed(client=client)  # warm the connection

    started = time.monotonic()
    for _ in range(5):
        list_companies.sync_detailed(client=client)

    assert time.monotonic() - started < 2.0  # 1/s would take at least 4 s


def test_limiter_reserves_evenly_spaced_slots() -> None:
    limiter = RateLimiter(10)
    waits = [limiter._reserve() for _ in range(5)]

    assert waits[0] == 0.0
    for previous, current in itertools.pairwise(waits):
        # Each slot is 100 ms after the previous one; the waits shrink only by
        # the time that passed between the calls.
        assert 0.05 < current - previous <= 0.1 + 1e-9
