"""The Procurify sandbox over HTTP, through the generated client.

Token issue and expiry, the headers every call needs, the paging envelope
walked to the end, and the records a sync reads (vendors, catalog items,
purchase orders with their items).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from procurify_client.api.catalog_items import create_catalog_item, list_catalog_items
from procurify_client.api.oauth import get_oauth_token
from procurify_client.api.purchase_orders import (
    get_purchase_order,
    list_purchase_orders,
)
from procurify_client.api.vendors import create_vendor, get_vendor, list_vendors
from procurify_client.models import (
    CatalogItemUpsertRequest,
    OAuthTokenRequest,
    OptimizedVendorRequest,
    PurchaseOrderDetailWithPermissions,
    PurchaseOrderListStatus,
    PurchaseOrderRole,
    VendorPage,
    VendorType,
)

from ledgerlink import sandbox
from ledgerlink.sandbox import Sandbox
from tests.support import sandbox_clients
from tests.support.sandbox_clients import wire

SEEDED = 27


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with sandbox.run(seeding=sandbox.Seeding(count=SEEDED)) as running:
        yield running


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Any]:
    with sandbox_clients.procurify(sb) as client:
        yield client


def test_token_by_client_credentials_with_expiry(sb: Sandbox) -> None:
    creds = sb.credentials
    with sandbox_clients.procurify_client.Client(
        base_url=sb.urls["procurify"]
    ) as plain:
        good = get_oauth_token.sync_detailed(
            client=plain,
            body=OAuthTokenRequest(
                client_id=creds.procurify_client_id,
                client_secret=creds.procurify_client_secret,
            ),
        )
        bad = get_oauth_token.sync_detailed(
            client=plain,
            body=OAuthTokenRequest(
                client_id=creds.procurify_client_id, client_secret="no"
            ),
        )
    body = wire(good)
    assert body["token_type"] == "Bearer" and body["expires_in"] == 86400
    assert sb.state.procurify.token_valid(body["access_token"])
    assert bad.status_code == 401 and wire(bad)["error"] == "access_denied"


def test_calls_need_a_live_bearer_token_and_the_client_header(sb: Sandbox) -> None:
    url = sb.urls["procurify"] + "/api/v3/vendors"
    token = sandbox_clients.procurify_token(sb)
    good = {"Authorization": f"Bearer {token}", "X-Procurify-Client": "api"}

    assert httpx.get(url, headers=good).status_code == 200
    assert httpx.get(url, headers={"X-Procurify-Client": "api"}).status_code == 401
    assert (
        httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 400
    )
    stale = {**good, "Authorization": "Bearer not-a-token"}
    assert httpx.get(url, headers=stale).json() == {
        "detail": "Invalid or expired token."
    }


def test_tokens_expire_after_their_lifetime() -> None:
    with sandbox.run(token_lifetime=1) as sb:
        token = sandbox_clients.procurify_token(sb)
        assert sb.state.procurify.token_valid(token)
        sb.state.procurify.expire_tokens()
        with sandbox_clients.procurify(sb, token) as client:
            answer = list_vendors.sync_detailed(client=client)
    assert answer.status_code == 401
    assert sb.state.procurify.tokens_issued == 1


def test_vendor_pages_walk_every_vendor_once(sb: Sandbox, client: Any) -> None:
    total = len(sb.state.procurify.vendors)
    seen: list[int] = []
    page = 1
    while True:
        answer = list_vendors.sync_detailed(client=client, page=page, page_size=8)
        assert isinstance(answer.parsed, VendorPage)
        pagination = wire(answer)["metadata"]["pagination"]
        assert pagination["count"] == total
        assert pagination["page_size"] == 8 and pagination["current_page"] == page
        assert pagination["num_pages"] == -(-total // 8)
        seen += [vendor["id"] for vendor in wire(answer)["data"]]
        if pagination["next"] is None:
            break
        assert f"page={page + 1}" in pagination["next"]
        page += 1
    assert (
        pagination["previous"] is not None
        and f"page={page - 1}" in pagination["previous"]
    )
    assert seen == sb.state.procurify.vendors.ids()


def test_a_page_past_the_end_is_404_and_the_default_size_is_10(client: Any) -> None:
    first = wire(list_vendors.sync_detailed(client=client))
    assert (
        len(first["data"]) == 10 and first["metadata"]["pagination"]["previous"] is None
    )
    past = list_vendors.sync_detailed(client=client, page=999)
    assert past.status_code == 404 and wire(past) == {"detail": "Invalid page."}


def test_seed_examples_and_filters(client: Any) -> None:
    other = wire(get_vendor.sync_detailed(1, client=client))["data"]
    assert (other["name"], other["addressLineOne"], other["type"]) == (
        "OTHER",
        "OTHER",
        1,
    )

    named = wire(
        list_vendors.sync_detailed(client=client, name="Frigidaire Commercial")
    )
    assert [v["id"] for v in named["data"]] == [3]
    no_other = wire(
        list_vendors.sync_detailed(client=client, exclude_other=True, page_size=500)
    )
    assert 1 not in [v["id"] for v in no_other["data"]]


def test_created_vendor_is_201_in_an_envelope_and_listed(
    sb: Sandbox, client: Any
) -> None:
    answer = create_vendor.sync_detailed(
        client=client,
        body=OptimizedVendorRequest(
            name="Sandbox New Vendor",
            email=["new@vendor.example.com"],
            type_=VendorType.PREFERRED,
            overall_score=None,
            external_id="NEW-1",
        ),
    )
    assert answer.status_code == 201
    body = wire(answer)
    assert body["metadata"] == {}
    created = body["data"]
    assert created["name"] == "Sandbox New Vendor" and created["dateModified"]
    assert sb.state.procurify.vendors.get(created["id"]) is not None
    found = wire(list_vendors.sync_detailed(client=client, external_id="NEW-1"))
    assert [v["id"] for v in found["data"]] == [created["id"]]


def test_vendor_body_the_spec_forbids_is_400_with_field_errors(
    sb: Sandbox, client: Any
) -> None:
    before = len(sb.state.procurify.vendors)
    answer = client.get_httpx_client().post(
        "/api/v3/vendors", json={"name": "", "email": "not-a-list", "type": 3}
    )
    assert answer.status_code == 400
    errors = answer.json()
    assert set(errors) >= {"name", "email", "non_field_errors"}  # overall_score missing
    assert len(sb.state.procurify.vendors) == before


def test_catalog_item_create_checks_its_vendor(sb: Sandbox, client: Any) -> None:
    refused = create_catalog_item.sync_detailed(
        client=client,
        body=CatalogItemUpsertRequest(
            name="Widget", currency=1, custom_fields=[], pref_vendor=987654
        ),
    )
    assert refused.status_code == 400
    assert wire(refused) == {
        "pref_vendor": ['Invalid pk "987654" - object does not exist.']
    }

    created = create_catalog_item.sync_detailed(
        client=client,
        body=CatalogItemUpsertRequest(
            name="Widget",
            currency=1,
            custom_fields=[],
            pref_vendor=2,
            price="12.50",
            internal_sku="WID-1",
        ),
    )
    assert created.status_code == 201
    item = wire(created)["data"]
    assert item["pref_vendor"]["name"] == "Northwind Office Supply"
    assert item["price"] == "12.50" and item["currency"]["name"] == "USD"
    listed = wire(list_catalog_items.sync_detailed(client=client, internal_sku="WID-1"))
    assert [i["id"] for i in listed["data"]] == [item["id"]]


def test_purchase_orders_by_role_and_status_with_counts(
    sb: Sandbox, client: Any
) -> None:
    orders = sb.state.procurify.purchase_orders.all()
    open_ids = [po["id"] for po in orders if po["_status"] == "open"]

    answer = list_purchase_orders.sync_detailed(
        PurchaseOrderRole.PURCHASED,
        PurchaseOrderListStatus.OPEN,
        client=client,
        page_size=500,
    )
    body = wire(answer)
    assert [po["procurify_PO"] for po in body["data"]] == open_ids
    counts = body["metadata"]["counts"]
    assert counts["purchased"]["all"] == len(orders)
    assert counts["purchased"]["open"] == len(open_ids)
    receivable = wire(
        list_purchase_orders.sync_detailed(
            PurchaseOrderRole.RECEIVABLE, PurchaseOrderListStatus.CLOSED, client=client
        )
    )
    assert receivable["data"] == []  # closed orders have nothing left to receive


def test_purchase_order_detail_has_its_items_vendor_and_totals(client: Any) -> None:
    answer = get_purchase_order.sync_detailed("1", client=client)
    assert isinstance(answer.parsed, PurchaseOrderDetailWithPermissions)
    po = wire(answer)["data"]
    assert (
        po["pref_vendor"]["id"] == 2 and po["vendor_name"] == "Northwind Office Supply"
    )
    assert (po["subtotal"], po["total"]) == ("164.97", "164.97")
    (line,) = po["order_items"]
    assert (line["sku"], line["quantity"], line["price"]) == ("PAPER-10", 3, "54.99")
    assert line["catalog_item"]["id"] == 1
    by_uuid = wire(get_purchase_order.sync_detailed(po["uuid"], client=client))
    assert by_uuid["data"]["procurify_PO"] == 1


def test_editing_a_record_moves_its_modification_time(sb: Sandbox, client: Any) -> None:
    procurify = sb.state.procurify
    before = procurify.vendors.get(2)
    assert before is not None
    procurify.edit(procurify.vendors, 2, contact="New Contact")

    shown = wire(get_vendor.sync_detailed(2, client=client))["data"]
    assert shown["contact"] == "New Contact"
    assert shown["dateModified"] > before["dateModified"]
    assert procurify.vendors.updated == 0  # an edit in the source, not an API write


def test_trailing_slash_paths_of_the_vendor_examples_work(sb: Sandbox) -> None:
    token = sandbox_clients.procurify_token(sb)
    answer = httpx.get(
        sb.urls["procurify"] + "/api/v3/vendors/",
        headers={"Authorization": f"Bearer {token}", "X-Procurify-Client": "api"},
    )
    assert answer.status_code == 200 and answer.json()["data"]
