"""Fault injection: each switch, as a client on 127.0.0.1 sees it.

Faults are deterministic (counted, not random), so every assertion here is
exact: which request fails, with which status, and that a refused request
never reached the handler.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from ledgerlink import sandbox
from ledgerlink.sandbox import Faults, Sandbox
from ledgerlink.sandbox import faults as faults_module

CUSTOMERS = "/jsonApi/upload/customers"


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with sandbox.run() as running:
        yield running


def as_get(sb: Sandbox, client: httpx.Client) -> httpx.Response:
    return client.get(
        sb.urls["accountingsuite"] + "/items",
        headers={"apisecretkey": sb.credentials.accountingsuite_api_key},
    )


def upload(sb: Sandbox, client: httpx.Client, number: str) -> httpx.Response:
    return client.post(
        sb.urls["payorcrm"] + CUSTOMERS,
        headers={
            "api_key": sb.credentials.payorcrm_api_key,
            "api_secret": sb.credentials.payorcrm_api_secret,
        },
        json=[{"customerno": number, "emailaddress1": "ar@example.com"}],
    )


def test_no_faults_by_default(sb: Sandbox) -> None:
    with httpx.Client() as client:
        statuses = [as_get(sb, client).status_code for _ in range(20)]
    assert statuses == [200] * 20
    assert sb.fault_log("accountingsuite").snapshot() == {
        "requests": 20,
        "rate_limited": 0,
        "failed": 0,
        "dropped": 0,
        "delayed": 0,
    }


def test_accountingsuite_rate_limit_answers_503_until_the_interval_passes(
    sb: Sandbox,
) -> None:
    sb.set_faults(Faults(rate_limit=True, rate_per_second=5), "accountingsuite")
    with httpx.Client() as client:
        first = as_get(sb, client)
        second = as_get(sb, client)
        time.sleep(0.25)
        third = as_get(sb, client)

    assert (first.status_code, second.status_code, third.status_code) == (200, 503, 200)
    assert second.json() == {"status": "error", "message": "API call limit exceeded."}
    assert "retry-after" not in second.headers
    assert sb.fault_log("accountingsuite").rate_limited == 1


def test_rate_limit_allows_a_little_jitter_and_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Arrival times (s) of calls from a client keeping to 1 call/s with jitter.
    arrivals = iter([100.0, 100.97, 101.0, 101.93, 102.0])
    monkeypatch.setattr(faults_module.time, "monotonic", lambda: next(arrivals))
    switch = faults_module.FaultSwitch(Faults(rate_limit=True, rate_per_second=1))

    decisions = [switch.decide()[1] for _ in range(5)]

    # 30 ms early is within the 50 ms grace; 40 ms after an accepted call is not;
    # 960 ms after the last accepted one is 40 ms early: accepted again.
    assert decisions == [None, None, "rate_limit", None, "rate_limit"]


def test_procurify_rate_limit_is_429_with_retry_after(sb: Sandbox) -> None:
    sb.set_faults(Faults(rate_limit=True, rate_per_second=1), "procurify")
    url = sb.urls["procurify"] + "/oauth/token"
    with httpx.Client() as client:
        answers = [client.post(url, json={}) for _ in range(3)]
    assert [a.status_code for a in answers] == [400, 429, 429]
    assert answers[1].headers["retry-after"] == "1"
    assert sb.fault_log("procurify").rate_limited == 2


def test_fail_bursts_follow_their_cycle_and_skip_the_handler(sb: Sandbox) -> None:
    sb.set_faults(Faults(fail_burst=3, fail_every=2, fail_status=502), "payorcrm")
    with httpx.Client() as client:
        statuses = [upload(sb, client, f"C-{n}").status_code for n in range(10)]

    assert statuses == [200, 200, 502, 502, 502, 200, 200, 502, 502, 502]
    customers = sb.state.payorcrm.customers
    assert [f"C-{n}" in customers for n in range(10)] == [s == 200 for s in statuses]
    assert sb.fault_log("payorcrm").failed == 6


def test_latency_delays_every_answer(sb: Sandbox) -> None:
    sb.set_faults(Faults(latency_ms=150), "accountingsuite")
    with httpx.Client() as client:
        as_get(sb, client)  # connection set up outside the measurement
        started = time.perf_counter()
        answer = as_get(sb, client)
        elapsed = time.perf_counter() - started
    assert answer.status_code == 200 and elapsed >= 0.15
    assert sb.fault_log("accountingsuite").delayed == 2


def test_dropped_connection_before_processing_stores_nothing(sb: Sandbox) -> None:
    sb.set_faults(Faults(drop_every=2), "payorcrm")
    with httpx.Client() as client:
        assert upload(sb, client, "D-1").status_code == 200
        with pytest.raises(httpx.TransportError):
            upload(sb, client, "D-2")
        assert upload(sb, client, "D-3").status_code == 200
    customers = sb.state.payorcrm.customers
    assert ("D-1" in customers, "D-2" in customers, "D-3" in customers) == (
        True,
        False,
        True,
    )
    assert sb.fault_log("payorcrm").dropped == 1


def test_dropped_connection_after_processing_keeps_the_write(sb: Sandbox) -> None:
    sb.set_faults(Faults(drop_every=1, drop_after_processing=True), "payorcrm")
    with httpx.Client() as client, pytest.raises(httpx.TransportError):
        upload(sb, client, "LOST-ANSWER")
    assert "LOST-ANSWER" in sb.state.payorcrm.customers


def test_faults_per_service_and_switched_off_at_run_time() -> None:
    with (
        sandbox.run(
            faults={"accountingsuite": Faults(fail_burst=1, fail_every=1)}
        ) as sb,
        httpx.Client() as client,
    ):
        assert [as_get(sb, client).status_code for _ in range(4)] == [
            200,
            503,
            200,
            503,
        ]
        assert upload(sb, client, "P-1").status_code == 200  # PayorCRM untouched
        sb.set_faults(Faults(), "accountingsuite")
        assert [as_get(sb, client).status_code for _ in range(3)] == [200, 200, 200]


@pytest.mark.parametrize(
    "bad",
    [
        {"rate_per_second": 0},
        {"fail_burst": -1},
        {"fail_every": 0},
        {"fail_status": 429},
        {"latency_ms": -5},
        {"drop_every": -1},
    ],
)
def test_impossible_settings_are_refused(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        Faults(**bad)  # type: ignore[arg-type]
