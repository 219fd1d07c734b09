"""Retries, backoff, Retry-After and transport faults, over real HTTP."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from email.utils import formatdate

import pytest
from accountingsuite_client import Client as SuiteClient
from accountingsuite_client.api.companies import create_company, list_companies
from accountingsuite_client.models import CompanyWrite
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.models import Customer

from ledgerlink import connect
from ledgerlink._retry import RetryPolicy, parse_retry_after
from ledgerlink.errors import (
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnparseableBodyError,
)
from tests.support.faults import FAST_RETRY, PAYOR_KEY, PAYOR_SECRET, suite
from tests.support.loopback import LoopbackServer, Reply

COMPANIES = {"companies": [{"api_code": "c-1", "company_name": "Acme"}]}


@pytest.fixture
def companies_server(server: LoopbackServer) -> LoopbackServer:
    server.set_handler(lambda _r: Reply(200, json=COMPANIES))
    return server


def timed_list(client: SuiteClient) -> float:
    started = time.monotonic()
    response = list_companies.sync_detailed(client=client)
    assert response.status_code == 200
    return time.monotonic() - started


def test_429_waits_the_retry_after_seconds_then_succeeds(
    companies_server: LoopbackServer,
) -> None:
    companies_server.queue(Reply(429, headers={"Retry-After": "1"}))

    elapsed = timed_list(suite(companies_server, RetryPolicy(base_delay=0.001)))

    assert 1.0 <= elapsed < 2.0  # the server's second, not the 1 ms backoff
    assert len(companies_server.requests) == 2


def test_429_honours_an_http_date_retry_after(companies_server: LoopbackServer) -> None:
    # HTTP dates have whole seconds: "two seconds from now" is 1 to 2 s away.
    companies_server.queue(
        Reply(429, headers={"Retry-After": formatdate(time.time() + 2, usegmt=True)})
    )

    elapsed = timed_list(suite(companies_server, RetryPolicy(base_delay=0.001)))

    assert 0.9 <= elapsed < 2.5
    assert len(companies_server.requests) == 2


def test_retry_after_is_capped_by_the_policy(companies_server: LoopbackServer) -> None:
    companies_server.queue(Reply(429, headers={"Retry-After": "3600"}))

    elapsed = timed_list(suite(companies_server, RetryPolicy(max_delay=0.2)))

    assert 0.2 <= elapsed < 1.0


def test_retry_after_parsing() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == 30.0
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_a_503_burst_is_ridden_out(companies_server: LoopbackServer) -> None:
    companies_server.queue(Reply(503), Reply(503), Reply(503))

    timed_list(suite(companies_server))

    assert len(companies_server.requests) == 4


def test_retries_are_bounded_and_end_in_a_typed_error(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(429, headers={"Retry-After": "0"}))

    with pytest.raises(RateLimitedError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert len(server.requests) == FAST_RETRY.max_attempts
    assert caught.value.retry_after == 0.0
    assert (caught.value.service, caught.value.operation) == (
        "accountingsuite",
        "list_companies",
    )


def test_accountingsuite_503_after_retries_is_a_rate_limit_error(
    server: LoopbackServer,
) -> None:
    server.set_handler(lambda _r: Reply(503))

    with pytest.raises(RateLimitedError):
        list_companies.sync_detailed(client=suite(server))
    assert len(server.requests) == FAST_RETRY.max_attempts


def test_the_total_time_budget_stops_retrying(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(503, headers={"Retry-After": "5"}))

    started = time.monotonic()
    with pytest.raises(RateLimitedError):
        list_companies.sync_detailed(
            client=suite(server, RetryPolicy(max_attempts=10, max_total=1.0))
        )

    assert time.monotonic() - started < 1.0  # a 5 s wait would blow the budget
    assert len(server.requests) == 1


def test_a_server_error_that_is_not_retryable_is_raised_at_once(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(500, json={"detail": "boom"}))

    with pytest.raises(ServerError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert caught.value.status_code == 500
    assert "boom" in str(caught.value)
    assert len(server.requests) == 1


def test_a_connection_reset_on_a_get_is_retried(
    companies_server: LoopbackServer,
) -> None:
    companies_server.queue(Reply(drop=True))

    timed_list(suite(companies_server))

    assert len(companies_server.requests) == 2


def test_a_post_that_reached_the_server_is_not_retried(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(drop=True))

    with pytest.raises(TransportError) as caught:
        create_company.sync_detailed(
            client=suite(server), body=CompanyWrite(company_name="Acme")
        )

    assert len(server.requests) == 1  # one company, not two
    assert caught.value.operation == "create_company"


def test_a_post_answered_503_is_not_retried(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(503))

    with pytest.raises(RateLimitedError):
        create_company.sync_detailed(
            client=suite(server), body=CompanyWrite(company_name="Acme")
        )

    assert len(server.requests) == 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_post_that_could_not_connect_is_retried(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="ledgerlink.retry")

    with pytest.raises(TransportError) as caught:
        create_company.sync_detailed(
            client=suite(f"http://127.0.0.1:{free_port()}"),
            body=CompanyWrite(company_name="Acme"),
        )

    assert "ConnectError" in str(caught.value)
    retries = [r for r in caplog.records if r.name == "ledgerlink.retry"]
    assert len(retries) == FAST_RETRY.max_attempts - 1
    assert all("POST /companies: ConnectError" in r.getMessage() for r in retries)


def test_a_read_timeout_on_a_get_is_retried(companies_server: LoopbackServer) -> None:
    companies_server.queue(Reply(json=COMPANIES, delay=1.5))

    elapsed = timed_list(suite(companies_server, timeout=0.2))

    assert elapsed < 1.2  # gave up on the slow answer and asked again
    assert len(companies_server.requests) == 2


def test_read_timeouts_end_in_a_timeout_error(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(json=COMPANIES, delay=0.3))

    with pytest.raises(RequestTimeoutError) as caught:
        list_companies.sync_detailed(
            client=suite(server, RetryPolicy(max_attempts=2, base_delay=0.001), 0.1)
        )

    assert "ReadTimeout" in str(caught.value)
    assert len(server.requests) == 2


def test_a_post_that_timed_out_reading_is_not_retried(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(json={"api_code": "c-1"}, delay=0.3))

    with pytest.raises(RequestTimeoutError):
        create_company.sync_detailed(
            client=suite(server, timeout=0.1), body=CompanyWrite(company_name="Acme")
        )

    assert len(server.requests) == 1


def test_a_truncated_body_is_retried_then_reported_as_unparseable(
    server: LoopbackServer,
) -> None:
    server.set_handler(lambda _r: Reply(json=COMPANIES, truncate=True))

    with pytest.raises(UnparseableBodyError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert len(server.requests) == FAST_RETRY.max_attempts
    assert "cut short" in str(caught.value)
    assert caught.value.excerpt.startswith('{"companies"')
    assert caught.value.operation == "list_companies"


def test_one_truncated_body_is_ridden_out(companies_server: LoopbackServer) -> None:
    companies_server.queue(Reply(json=COMPANIES, truncate=True))

    response = list_companies.sync_detailed(client=suite(companies_server))

    assert response.parsed is not None
    assert response.parsed.to_dict() == COMPANIES
    assert len(companies_server.requests) == 2


def test_a_non_json_body_is_unparseable_and_not_retried(server: LoopbackServer) -> None:
    html = b"<html><body>502 Bad Gateway from the proxy</body></html>" * 10
    server.queue(Reply(200, body=html, headers={"Content-Type": "text/html"}))

    with pytest.raises(UnparseableBodyError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert caught.value.excerpt.startswith("<html><body>502 Bad Gateway")
    assert len(caught.value.excerpt) <= 130  # short: a page, not a dump
    assert len(server.requests) == 1


def test_async_calls_get_the_same_retries_and_errors(server: LoopbackServer) -> None:
    server.set_handler(lambda _r: Reply(json=COMPANIES))
    server.queue(Reply(503), Reply(drop=True), Reply(json=COMPANIES, truncate=True))
    client = suite(server)

    async def main() -> None:
        async with client:
            response = await list_companies.asyncio_detailed(client=client)
            assert response.parsed is not None
            assert response.parsed.to_dict() == COMPANIES
            server.queue(Reply(200, body=b"not json"))
            with pytest.raises(UnparseableBodyError):
                await list_companies.asyncio_detailed(client=client)
            server.queue(Reply(drop=True))
            with pytest.raises(TransportError):
                await create_company.asyncio_detailed(
                    client=client, body=CompanyWrite(company_name="Acme")
                )

    asyncio.run(main())
    assert [r.method for r in server.requests] == ["GET"] * 5 + ["POST"]


def test_payorcrm_keeps_its_undocumented_plain_text_answers(
    server: LoopbackServer,
) -> None:
    client = connect.payorcrm(
        PAYOR_KEY, PAYOR_SECRET, base_url=server.url, retry=FAST_RETRY
    )
    body = [Customer(emailaddress1="ap@example.com", customerno="C-1", companyname="A")]
    server.queue(
        Reply(503), Reply(200, body=b"accepted", headers={"Content-Type": "text/plain"})
    )

    # An upload is a POST: the 503 is reported, not retried behind the caller's back.
    with pytest.raises(ServerError):
        upload_customers.sync_detailed(client=client, body=body)
    response = upload_customers.sync_detailed(client=client, body=body)

    assert response.content == b"accepted"
    assert len(server.requests) == 2
    assert server.requests[0].headers["api_key"] == PAYOR_KEY
    assert server.requests[0].headers["api_secret"] == PAYOR_SECRET


def test_garbled_json_of_the_announced_length_is_unparseable(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(200, body=b'{"companies": [{"api_code": "c-1",'))

    with pytest.raises(UnparseableBodyError) as caught:
        list_companies.sync_detailed(client=suite(server))

    assert caught.value.excerpt == '{"companies": [{"api_code": "c-1",'
    assert caught.value.operation == "list_companies"


def test_json_that_only_python_accepts_still_parses(server: LoopbackServer) -> None:
    # msgspec refuses NaN; the json module (the fallback) does not.
    server.queue(
        Reply(
            200,
            body=b'{"companies": [{"api_code": "c-1", "cf1_num": NaN,'
            b' "cf2_num": 123456789012345678901234567890}]}',
        )
    )

    response = list_companies.sync_detailed(client=suite(server))

    assert response.parsed is not None
    assert response.parsed.companies[0].api_code == "c-1"
