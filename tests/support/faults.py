"""Loopback servers that behave like the vendors' APIs, for the runtime tests.

Each builder returns a handler for :class:`tests.support.loopback.LoopbackServer`:
a Procurify API (token endpoint + paged vendors), an AccountingSuite paged
list, and a clock-stamped echo for measuring spacing.  Faults are scripted on
top with ``server.queue(Reply(...))``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from accountingsuite_client import Client as SuiteClient
from procurify_client import Client as ProcurifyClient

from ledgerlink import connect
from ledgerlink._retry import RetryPolicy
from tests.support.loopback import LoopbackServer, Recorded, Reply

# Millisecond backoffs: the retry logic is exercised, the suite stays fast.
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.002, max_delay=0.3, max_total=10)

CLIENT_ID, CLIENT_SECRET = "client-id-4711", "client-secret-s3cr3t-value"
API_KEY = "as-api-key-0f9e8d7c6b5a"
PAYOR_KEY, PAYOR_SECRET = "payor-key-1234", "payor-secret-9876"


def procurify_for(server: LoopbackServer, **options: Any) -> ProcurifyClient:
    """A runtime Procurify client for ``server``: the test credentials, fast retries."""
    return connect.procurify(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=server.url,
        retry=FAST_RETRY,
        **options,
    )


def suite(
    server: LoopbackServer | str,
    retry: RetryPolicy = FAST_RETRY,
    timeout: httpx.Timeout | float | None = None,
) -> SuiteClient:
    """A runtime AccountingSuite client for ``server`` (or a URL), unthrottled."""
    url = server if isinstance(server, str) else server.url
    return connect.accountingsuite(
        API_KEY, base_url=url, retry=retry, rate_limit=None, timeout=timeout
    )


def vendor(n: int) -> dict[str, Any]:
    return {
        "id": n,
        "name": f"Vendor {n}",
        "email": [f"ap{n}@example.com"],
        "type": 4,
        "overall_score": None,
        "active": True,
    }


def vendor_page(
    records: list[dict[str, Any]], page: int, pages: int, size: int, count: int
) -> dict[str, Any]:
    return {
        "metadata": {
            "pagination": {
                "count": count,
                "next": f"/api/v3/vendors?page={page + 1}" if page < pages else None,
                "previous": f"/api/v3/vendors?page={page - 1}" if page > 1 else None,
                "page_size": size,
                "num_pages": pages,
                "current_page": page,
            }
        },
        "data": records,
    }


class ProcurifyAPI:
    """Token endpoint plus ``GET /api/v3/vendors`` paging ``count`` vendors.

    Tokens are ``token-1``, ``token-2``, ... in issue order; only the latest
    ``valid`` tokens are accepted (a 401 otherwise), so a test can revoke one.
    """

    def __init__(
        self,
        count: int = 0,
        *,
        expires_in: float = 86400,
        token_delay: float = 0.0,
        declared_pages: int | None = None,
    ) -> None:
        self.count = count
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.declared_pages = declared_pages
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self._lock = threading.Lock()
        self._records = [vendor(n) for n in range(1, count + 1)]

    def token_requests(self, requests: list[Recorded]) -> list[Recorded]:
        return [r for r in requests if r.path == "/oauth/token"]

    def __call__(self, request: Recorded) -> Reply:
        if request.path == "/oauth/token":
            with self._lock:
                token = f"token-{len(self.issued) + 1}"
                self.issued.append(token)
            return Reply(
                200,
                json={
                    "access_token": token,
                    "expires_in": self.expires_in,
                    "token_type": "Bearer",
                    "scope": "urn:procurify-api:domain:acme",
                },
                delay=self.token_delay,
            )
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.issued or bearer in self.revoked:
            return Reply(401, json={"detail": "Invalid token."})
        if request.path.rstrip("/") == "/api/v3/vendors":
            return self.page(request)
        return Reply(404, json={"detail": "Not found."})

    def page(self, request: Recorded) -> Reply:
        page = int(request.query.get("page", ["1"])[0])
        size = int(request.query.get("page_size", ["10"])[0])
        pages = self.declared_pages or max(1, -(-self.count // size))
        records = self._records[(page - 1) * size : page * size]
        return Reply(200, json=vendor_page(records, page, pages, size, self.count))


def accountingsuite_list(
    key: str,
    total: int,
    *,
    style: str = "more_records",
    inclusive: bool = False,
) -> Callable[[Recorded], Reply]:
    """A paged AccountingSuite list of ``total`` records under ``key``.

    ``style``: "more_records" (start_after), "has_more" (start_from) or
    "none" (the 2014 server: everything at once, no paging keys).
    ``inclusive``: start_from repeats the record it names.
    """
    codes = [f"{n:08d}-0000-0000-0000-000000000000" for n in range(1, total + 1)]

    def handler(request: Recorded) -> Reply:
        if style == "none":
            return Reply(200, json={key: [record(c) for c in codes]})
        limit = int(request.query.get("limit", ["10"])[0])
        cursor_name = "start_after" if style == "more_records" else "start_from"
        cursor = request.query.get(cursor_name, [None])[0]
        start = 0
        if cursor is not None:
            start = codes.index(cursor) + (0 if inclusive else 1)
        chunk = codes[start : start + limit]
        more = start + limit < len(codes)
        flag = "true" if more else "false"  # the server's string booleans
        return Reply(200, json={key: [record(c) for c in chunk], style: flag})

    def record(code: str) -> dict[str, Any]:
        if key == "companies":
            return {"api_code": code, "company_name": f"Company {code[:8]}"}
        return {"api_code": code}

    return handler


class Stamped:
    """Answers ``reply`` and records when each request arrived."""

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.arrivals: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, request: Recorded) -> Reply:
        with self._lock:
            self.arrivals.append(time.monotonic())
        return self.reply
