"""Runtime: cost per request over loopback HTTP, and Procurify paging throughput."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import uvicorn
from procurify_client import Client
from procurify_client.api.vendors import list_vendors

from benchmarks.timing import best_of
from ledgerlink import connect
from ledgerlink.paging import aiterate, iterate
from tests.support.faults import vendor, vendor_page

CALLS = 200
RECORDS, PAGE_SIZE = 10_000, 100
TOKEN = "bench-token"


class _Procurify:
    """Token endpoint and pre-rendered vendor pages as a bare ASGI app.

    Served by uvicorn on 127.0.0.1 in a thread: the server's own cost per call
    stays small and identical for both clients (it shares their GIL), so the
    ratio shows the runtime, not the server.
    """

    def __init__(self, count: int, size: int) -> None:
        records = [vendor(n) for n in range(1, count + 1)]
        pages = max(1, -(-count // size))
        self.pages = {
            page: json.dumps(
                vendor_page(
                    records[(page - 1) * size : page * size], page, pages, size, count
                )
            ).encode()
            for page in range(1, pages + 1)
        }
        self.token = json.dumps({"access_token": TOKEN, "expires_in": 86400}).encode()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        while (await receive()).get("more_body"):
            pass
        if scope["path"] == "/oauth/token":
            body = self.token
        else:
            query = parse_qs(scope["query_string"].decode())
            body = self.pages[int(query.get("page", ["1"])[0])]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _serve(count: int, size: int) -> None:
    """Subprocess entry point: serve on an ephemeral port, print it, run."""
    sock = socket.socket()
    # Inherited by accepted sockets: without it, Nagle holding the body back
    # until the client's delayed ACK of the headers adds ~40 ms to every call.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(
        _Procurify(count, size), lifespan="off", log_level="error", access_log=False
    )
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def _serving(count: int, size: int) -> Iterator[str]:
    """The server in its own process, so the client's CPU time is its own."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_runtime", str(count), str(size)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert process.stdout is not None
        url = f"http://127.0.0.1:{int(process.stdout.readline())}"
        for _ in range(200):  # until uvicorn accepts
            try:
                httpx.get(url + "/oauth/token")
                break
            except httpx.TransportError:
                time.sleep(0.025)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def _plain(url: str) -> Client:
    """The generated client as the generator leaves it, headers set by hand."""
    return Client(
        base_url=url,
        headers={"Authorization": f"Bearer {TOKEN}", "X-Procurify-Client": "api"},
        timeout=httpx.Timeout(30.0),
    )


def _runtime(url: str) -> Client:
    return connect.procurify(client_id="bench", client_secret="bench", base_url=url)


def _per_call(client: Client, size: int = 10) -> Callable[[], None]:
    def run() -> None:
        for _ in range(CALLS):
            response = list_vendors.sync_detailed(client=client, page_size=size)
            assert response.parsed is not None

    return run


def _per_call_async(client: Client, size: int = 10) -> Callable[[], None]:
    async def calls() -> None:
        for _ in range(CALLS):
            response = await list_vendors.asyncio_detailed(
                client=client, page_size=size
            )
            assert response.parsed is not None

    loop = asyncio.new_event_loop()
    return lambda: loop.run_until_complete(calls())


def _timed(fn: Callable[[], None]) -> tuple[float, float]:
    """(wall, this process's CPU) seconds of one call of ``fn``."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _rounds(
    plain: Callable[[], None], runtime: Callable[[], None], count: int = 9
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Interleaved rounds, alternating which goes first: both see the same noise."""
    rounds = []
    for index in range(count):
        if index % 2:
            ours = _timed(runtime)
            base = _timed(plain)
        else:
            base = _timed(plain)
            ours = _timed(runtime)
        rounds.append((base, ours))
    return rounds


def _overhead(
    label: str, make: Callable[[Client, int], Callable[[], None]], size: int
) -> None:
    with _serving(size, size) as url:
        plain, runtime = make(_plain(url), size), make(_runtime(url), size)
        plain(), runtime()  # connections open, token fetched
        rounds = _rounds(plain, runtime)
    for index, kind in ((0, "wall"), (1, "client CPU")):
        base = min(r[0][index] for r in rounds) / CALLS * 1e6
        ours = min(r[1][index] for r in rounds) / CALLS * 1e6
        print(
            f"   {label} {kind:>10}: plain {base:,.0f} us/call, with runtime "
            f"{ours:,.0f} us/call = {ours / base:.3f}x ({ours - base:+.0f} us/call)"
        )


def _in_memory() -> None:
    """The same comparison with no sockets: what the runtime itself costs."""
    app = _Procurify(10, 10)
    bodies = {"/oauth/token": app.token, "/api/v3/vendors": app.pages[1]}

    def answer(request: httpx.Request) -> httpx.Response:
        # stream=, like a socket transport: the body is read by the client.
        return httpx.Response(200, stream=httpx.ByteStream(bodies[request.url.path]))

    memory = httpx.MockTransport(answer)
    plain = _plain("http://procurify.test")
    plain._httpx_args["transport"] = memory
    runtime = _runtime("http://procurify.test")
    # The runtime's transport wraps httpx's; swap the socket one for memory.
    runtime._httpx_args["transport"]._sync = memory
    calls = {"plain": _per_call(plain), "runtime": _per_call(runtime)}
    for call in calls.values():
        call()
    rounds = _rounds(calls["plain"], calls["runtime"])
    base = min(r[0][1] for r in rounds) / CALLS * 1e6
    ours = min(r[1][1] for r in rounds) / CALLS * 1e6
    print(
        f"   list_vendors x{CALLS}, in-memory transport, CPU: plain {base:,.0f} us/call, "
        f"with runtime {ours:,.0f} us/call = {ours / base:.3f}x ({ours - base:+.0f} us/call)"
    )


def _paging() -> None:
    with _serving(RECORDS, PAGE_SIZE) as url:
        client = _runtime(url)

        def sync_run() -> None:
            count = sum(1 for _ in iterate(list_vendors, client, page_size=PAGE_SIZE))
            assert count == RECORDS

        async def async_count() -> int:
            return sum(
                [1 async for _ in aiterate(list_vendors, client, page_size=PAGE_SIZE)]
            )

        loop = asyncio.new_event_loop()

        def async_run() -> None:
            assert loop.run_until_complete(async_count()) == RECORDS

        sync_run(), async_run()  # warm: token, connections
        sync_time, async_time = best_of(sync_run, 3), best_of(async_run, 3)
        loop.close()
    print(
        f"   paging {RECORDS:,} Procurify vendors at page_size {PAGE_SIZE}: "
        f"sync {RECORDS / sync_time:,.0f} rec/s, async {RECORDS / async_time:,.0f} rec/s"
    )


def run() -> None:
    # A 10-record page shows the fixed cost per call; a 100-record page (what
    # paging asks for) is the call a sync really makes.
    for size in (10, 100):
        _overhead(f"list_vendors({size}) x{CALLS}, sync ", _per_call, size)
        _overhead(f"list_vendors({size}) x{CALLS}, async", _per_call_async, size)
    _in_memory()
    _paging()


if __name__ == "__main__":
    _serve(int(sys.argv[1]), int(sys.argv[2]))
