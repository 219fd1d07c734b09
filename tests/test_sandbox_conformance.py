"""Conformance: schemathesis drives every operation the sandbox serves, from the specs.

For each operation, bounded hypothesis examples are generated from the
curated spec (positive data), sent over HTTP to a running sandbox, and every
answer is checked by schemathesis' default checks: no server error, a
documented status code and content type, a body that validates against the
spec's response schema.  A few generated values are pinned to records that
exist (ids, references, credentials) so that the examples reach the success
paths instead of stopping at "no such record"; refusals are covered by the
behaviour tests.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.case import Case

from ledgerlink import sandbox, specs
from ledgerlink.sandbox import Sandbox

# Bounded for CI (26 operations); raise it locally for a deeper run.
EXAMPLES = int(os.environ.get("SANDBOX_CONFORMANCE_EXAMPLES", "10"))

SEED_COMPANY = "01c386d3-515a-11e3-8058-e3003205b13a"  # West Coast Logistics
SEED_SHIP_TO = "01c386d4-515a-11e3-8058-e3003205b13a"
SEED_VENDOR_COMPANY = "093589b0-845f-11e3-bb7f-12313f072907"  # San Francisco Giants
SEED_VENDOR_ADDRESS = "093589b1-845f-11e3-bb7f-12313f072907"
SEED_ITEM = "cf02f093-2861-11e3-b6b3-c6f64a6bdc57"
SEED_INVOICE = "bfab0c24-77d6-11e3-8058-e3003205b13a"
SEED_CASH_SALE = "b0aae594-77d3-11e3-8058-e3003205b13a"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with sandbox.run(seeding=sandbox.Seeding(count=12)) as running:
        yield running


def _procurify_token(sb: Sandbox) -> str:
    env = sb.env()
    answer = httpx.post(
        sb.urls["procurify"] + "/oauth/token",
        json={
            "client_id": env["PROCURIFY_CLIENT_ID"],
            "client_secret": env["PROCURIFY_CLIENT_SECRET"],
            "grant_type": "client_credentials",
        },
    )
    answer.raise_for_status()
    token: str = answer.json()["access_token"]
    return token


def _headers(sb: Sandbox, service: str) -> dict[str, str]:
    env = sb.env()
    if service == "procurify":
        return {
            "Authorization": f"Bearer {_procurify_token(sb)}",
            "X-Procurify-Client": "api",
        }
    if service == "accountingsuite":
        return {"apisecretkey": env["ACCOUNTINGSUITE_API_KEY"]}
    return {
        "api_key": env["PAYORCRM_API_KEY"],
        "api_secret": env["PAYORCRM_API_SECRET"],
    }


# --- pinning generated values to records that exist -------------------------


def _first_page(case: Case) -> None:
    if case.query and "page" in case.query:
        case.query["page"] = 1


def _pin_token_body(sb: Sandbox) -> Callable[[Case], None]:
    def pin(case: Case) -> None:
        env = sb.env()
        case.body.update(
            client_id=env["PROCURIFY_CLIENT_ID"],
            client_secret=env["PROCURIFY_CLIENT_SECRET"],
            grant_type="client_credentials",
        )

    return pin


def _pin_path(name: str, value: str) -> Callable[[Case], None]:
    def pin(case: Case) -> None:
        case.path_parameters[name] = value

    return pin


def _pin_catalog_item(case: Case) -> None:
    case.body.update(currency=1, pref_vendor=2)


def _pin_document(case: Case) -> None:
    case.body.update(customer_api_code=SEED_COMPANY, ship_to_api_code=SEED_SHIP_TO)
    for line in case.body["lines"]["line_items"]:
        line["api_code"] = SEED_ITEM


def _pin_purchase_order(case: Case) -> None:
    case.body.update(
        customer_api_code=SEED_VENDOR_COMPANY, address_api_code=SEED_VENDOR_ADDRESS
    )
    case.body.pop("ds_customer_api_code", None)
    case.body.pop("ds_address_api_code", None)
    for index, line in enumerate(case.body["lines"]["line_items"]):
        line.update(api_code=SEED_ITEM, price=10 + index, quantity=2)
        line["line_total"] = line["price"] * line["quantity"]


def _pin_payorcrm_invoices(case: Case) -> None:
    for invoice in case.body:
        invoice["customerNumber"] = "231231201"


Pin = Callable[[Case], None]
OPERATIONS: list[tuple[str, str, str, Pin | str | None]] = [
    ("procurify", "POST", "/oauth/token", "token"),
    ("procurify", "GET", "/api/v3/vendors", _first_page),
    ("procurify", "POST", "/api/v3/vendors", None),
    ("procurify", "GET", "/api/v3/vendors/{id}", _pin_path("id", "2")),
    ("procurify", "GET", "/api/v3/catalog-items", _first_page),
    ("procurify", "POST", "/api/v3/catalog-items", _pin_catalog_item),
    ("procurify", "GET", "/api/v2/purchase_orders/{role}/{status}", _first_page),
    ("procurify", "GET", "/api/v2/purchase_orders/{id}", _pin_path("id", "1")),
    ("accountingsuite", "GET", "/companies", None),
    ("accountingsuite", "POST", "/companies", None),
    ("accountingsuite", "GET", "/companies/{api_code}", None),
    (
        "accountingsuite",
        "PUT",
        "/companies/{api_code}",
        _pin_path("api_code", SEED_COMPANY),
    ),
    ("accountingsuite", "GET", "/items", None),
    ("accountingsuite", "POST", "/items", None),
    ("accountingsuite", "GET", "/items/{api_code}", _pin_path("api_code", SEED_ITEM)),
    ("accountingsuite", "PUT", "/items/{api_code}", None),
    ("accountingsuite", "GET", "/cashsales", None),
    ("accountingsuite", "POST", "/cashsales", _pin_document),
    (
        "accountingsuite",
        "GET",
        "/cashsales/{api_code}",
        _pin_path("api_code", SEED_CASH_SALE),
    ),
    ("accountingsuite", "GET", "/invoices", None),
    ("accountingsuite", "POST", "/invoices", _pin_document),
    (
        "accountingsuite",
        "GET",
        "/invoices/{api_code}",
        _pin_path("api_code", SEED_INVOICE),
    ),
    (
        "accountingsuite",
        "PUT",
        "/invoices/{api_code}",
        _pin_path("api_code", SEED_INVOICE),
    ),
    ("accountingsuite", "POST", "/purchaseorders", _pin_purchase_order),
    ("payorcrm", "POST", "/jsonApi/upload/customers", None),
    ("payorcrm", "POST", "/jsonApi/upload/invoices", _pin_payorcrm_invoices),
]

_SCHEMAS: dict[str, Any] = {}


def _operation(service: str, method: str, path: str) -> Any:
    """The schemathesis operation, from the spec cut down to the operations served."""
    if service not in _SCHEMAS:
        document = specs.load_spec(service)
        served: dict[str, dict[str, Any]] = {}
        for s, m, p, _ in OPERATIONS:
            if s == service:
                served.setdefault(p, {})[m.lower()] = document["paths"][p][m.lower()]
        _SCHEMAS[service] = schemathesis.openapi.from_dict(
            {**document, "paths": served}
        )
    return _SCHEMAS[service][path][method]


@pytest.mark.parametrize(
    ("service", "method", "path", "pin"),
    OPERATIONS,
    ids=[f"{s}:{m} {p}" for s, m, p, _ in OPERATIONS],
)
def test_sandbox_conforms_to_spec(
    sb: Sandbox, service: str, method: str, path: str, pin: Pin | str | None
) -> None:
    operation = _operation(service, method, path)
    pinner = _pin_token_body(sb) if pin == "token" else pin
    headers = _headers(sb, service)
    base_url = sb.urls[service]
    calls: list[int] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: Case) -> None:
        if callable(pinner):
            pinner(case)
        response = case.call_and_validate(base_url=base_url, headers=headers)
        calls.append(response.status_code)

    started = time.perf_counter()
    check()
    elapsed = time.perf_counter() - started
    assert calls, "no example reached the sandbox"
    # Generated requests must reach the success path at least once, not only refusals.
    assert any(200 <= status < 300 for status in calls), calls
    print(f"{service} {method} {path}: {len(calls)} calls in {elapsed:.2f}s")
