"""Seed data: the documents' examples hang together, generated records are
deterministic, and everything the servers answer for them matches the specs'
read schemas (checked record by record, beyond schemathesis' sampling)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from ledgerlink import sandbox, specs
from ledgerlink.sandbox import Sandbox, Seeding
from ledgerlink.sandbox.accountingsuite import AccountingSuiteState
from ledgerlink.sandbox.seeding import seed_accountingsuite
from tests.support import sandbox_clients


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with sandbox.run(seeding=Seeding(count=9)) as running:
        yield running


def problems(service: str, schema: str, record: Any) -> list[str]:
    return [
        f"{list(error.absolute_path)}: {error.message}"
        for error in specs.validator(service, schema).iter_errors(record)
    ]


def test_document_references_all_resolve(sb: Sandbox) -> None:
    acs = sb.state.accountingsuite
    for collection in (acs.cash_sales, acs.invoices, acs.purchase_orders):
        for record in collection:
            company = acs.companies.get(record["customer_api_code"])
            assert company is not None, record["api_code"]
            address = record.get("ship_to_api_code") or record.get("address_api_code")
            assert address in {a["api_code"] for a in company["addresses"]}
            assert all(line["api_code"] in acs.items for line in record["lines"])
            lines = sum((line["line_total"] for line in record["lines"]), Decimal(0))
            assert lines == record["doc_total"], record["api_code"]

    procurify = sb.state.procurify
    for po in procurify.purchase_orders:
        assert po["pref_vendor"] in procurify.vendors
        for line in po["order_items"]:
            assert line["catalog_item"] in procurify.catalog_items
            assert Decimal(line["price"]) * Decimal(line["quantity"]) == Decimal(
                line["total_cost"]
            )

    crm = sb.state.payorcrm
    assert all(inv["customerNumber"] in crm.customers for inv in crm.invoices)


def test_generated_records_are_deterministic_and_counted() -> None:
    def seeded() -> AccountingSuiteState:
        state = AccountingSuiteState()
        seed_accountingsuite(state, Seeding(count=4, counts={"invoices": 30}))
        return state

    first, second = seeded(), seeded()
    assert first.invoices.all() == second.invoices.all()
    assert len(first.invoices) == 2 + 30 and len(first.cash_sales) == 2 + 4
    dates = [r["date"] for r in first.invoices]
    assert any(getattr(d, "hour", 0) for d in dates)  # some carry a time of day
    assert any(r.get("due_date", "") is None for r in first.invoices)


def test_seeding_refuses_unknown_kinds_and_negative_counts() -> None:
    with pytest.raises(ValueError, match="unknown seed kinds"):
        Seeding(counts={"widgets": 3})
    with pytest.raises(ValueError):
        Seeding(count=-1)


def test_examples_can_be_left_out() -> None:
    with sandbox.run(seeding=Seeding(examples=False, count=2)) as bare:
        counts = bare.state.counts()
    assert counts["accountingsuite"]["companies"] == 2
    assert counts["payorcrm"] == {"customers": 0, "invoices": 0}
    assert counts["procurify"]["vendors"] == 1 + 2  # vendor 1 (OTHER) always exists


def test_every_accountingsuite_answer_matches_the_read_schemas(sb: Sandbox) -> None:
    acs = sb.state.accountingsuite
    with sandbox_clients.accountingsuite(sb) as client:
        http = client.get_httpx_client()
        for path, key, schema, collection in (
            ("/companies", "companies", "Company", acs.companies),
            ("/items", "items", "Item", acs.items),
            ("/cashsales", "cash_sales", "CashSale", acs.cash_sales),
            ("/invoices", "invoices", "SalesInvoice", acs.invoices),
        ):
            listed = http.get(path, params={"limit": 100}).json()[key]
            assert len(listed) == len(collection)
            for record in listed:
                assert problems("accountingsuite", schema, record) == [], record
                full = http.get(f"{path}/{record['api_code']}").json()
                assert problems("accountingsuite", schema, full) == [], full


def test_every_procurify_answer_matches_the_read_schemas(sb: Sandbox) -> None:
    with sandbox_clients.procurify(sb) as client:
        http = client.get_httpx_client()
        vendors = http.get("/api/v3/vendors", params={"page_size": 1000}).json()
        assert problems("procurify", "VendorPage", vendors) == []
        for vendor in vendors["data"]:
            detail = http.get(f"/api/v3/vendors/{vendor['id']}").json()
            assert problems("procurify", "VendorDetailEnvelope", detail) == []
        items = http.get("/api/v3/catalog-items", params={"page_size": 1000}).json()
        assert problems("procurify", "CatalogItemPage", items) == []
        orders = http.get(
            "/api/v2/purchase_orders/purchased/all", params={"page_size": 1000}
        ).json()
        assert problems("procurify", "PurchaseOrderPage", orders) == []
        for po in orders["data"]:
            detail = http.get(f"/api/v2/purchase_orders/{po['procurify_PO']}").json()
            assert (
                problems("procurify", "PurchaseOrderDetailWithPermissions", detail)
                == []
            )
    assert len(orders["data"]) == len(sb.state.procurify.purchase_orders)
