"""The curated Procurify spec's decisions, checked on the spec and on the client.

Each test pins one decision listed in the spec's ``info.description``: the
operation set and names, generic paging, open enums, exact money, JSON-only
bodies, the auth schemes and the vendor-document quirks that were fixed.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from procurify_client import AuthenticatedClient
from procurify_client.api.bills import get_bill
from procurify_client.api.netsuite import list_netsuite_accounts
from procurify_client.api.purchase_orders import list_purchase_orders
from procurify_client.api.vendors import list_vendors
from procurify_client.models import (
    NetSuiteAccountStatus,
    OrderItem,
    OrderItemStatus,
    PurchaseOrderListStatus,
    PurchaseOrderRole,
    VendorPage,
    VendorType,
)

from ledgerlink.specs import load_spec
from tests.support.loopback import LoopbackServer, Reply
from tests.support.procurify_samples import (
    SAMPLES_DIR,
    api_module,
    call_arguments,
    operations,
    samples,
)

SPEC = load_spec("procurify")
OPERATIONS = operations()
ROOT = Path(__file__).resolve().parent.parent
SHARED_OPERATIONS = ROOT.parent / "shared" / "reference" / "procurify-operations.md"


def client_for(server: LoopbackServer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.url, token="tok", timeout=httpx.Timeout(5.0)
    )


def fixture(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((SAMPLES_DIR / name).read_text())
    return data


def test_every_documented_operation_is_in_the_spec_once() -> None:
    assert len(OPERATIONS) == 53
    documented = set()
    for line in (
        SHARED_OPERATIONS.read_text().splitlines()[2:]
        if (SHARED_OPERATIONS.exists())
        else []
    ):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        documented.add((cells[0].lower(), cells[1]))
    ours = {(method, path) for method, path, _ in OPERATIONS.values()}
    assert documented <= ours
    for name, (_, _, operation) in OPERATIONS.items():
        assert re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", name)
        assert len(operation["tags"]) == 1
        # every operation has a generated function of the same name
        assert callable(api_module(name).sync_detailed)


def test_readable_operation_ids_of_the_core_resources() -> None:
    expected = {
        "list_vendors": ("get", "/api/v3/vendors"),
        "get_vendor": ("get", "/api/v3/vendors/{id}"),
        "partial_update_vendor": ("patch", "/api/v3/vendors/{id}"),
        "list_catalog_items": ("get", "/api/v3/catalog-items"),
        "get_purchase_order": ("get", "/api/v2/purchase_orders/{id}"),
        "close_purchase_order": (
            "post",
            "/api/v3/purchase-orders/{procurify_PO}/close",
        ),
        "get_oauth_token": ("post", "/oauth/token"),
        "create_netsuite_account": (
            "post",
            "/api/v3/integrations/netsuite/accounts/",
        ),
    }
    for name, (method, path) in expected.items():
        assert OPERATIONS[name][:2] == (method, path)
    assert OPERATIONS["revise_purchase_order"][2]["deprecated"] is True
    assert not any(
        op.get("deprecated")
        for name, (_, _, op) in OPERATIONS.items()
        if name != "revise_purchase_order"
    )


def test_every_paged_list_shares_one_envelope_shape() -> None:
    schemas = SPEC["components"]["schemas"]
    paged = [
        name
        for name, (_, _, op) in OPERATIONS.items()
        if {"page", "page_size"} <= {p["name"] for p in op.get("parameters", [])}
    ]
    assert len(paged) == 21
    for name in paged:
        _, _, op = OPERATIONS[name]
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        envelope = schemas[ref.rsplit("/", 1)[-1]]
        assert envelope["properties"]["data"]["type"] == "array", name
        meta = schemas[envelope["properties"]["metadata"]["$ref"].rsplit("/", 1)[-1]]
        assert meta["properties"]["pagination"] == {
            "$ref": "#/components/schemas/Pagination"
        }, name
        assert "pagination" in meta["required"] and "metadata" in envelope["required"]
    pagination = schemas["Pagination"]
    assert set(pagination["required"]) == {
        "count",
        "next",
        "previous",
        "page_size",
        "num_pages",
        "current_page",
    }
    assert "null" in pagination["properties"]["next"]["type"]


def test_curation_leaves_no_generator_leftovers() -> None:
    text = json.dumps(SPEC)
    assert "x-konfig" not in text
    assert '"nullable":' not in text  # 3.1 null types only
    assert not [n for n in SPEC["components"]["schemas"] if n.endswith("Nullable")]
    assert not re.search(r'"[A-Za-z]+\d"', json.dumps(list(SPEC["components"])))
    assert '"format": "decimal"' not in text
    for _, _, op in OPERATIONS.values():
        body = op.get("requestBody")
        if body:
            assert list(body["content"]) == ["application/json"]
        for response in op["responses"].values():
            assert set(response.get("content", {})) <= {"application/json"}
        assert "format" not in {p["name"] for p in op.get("parameters", [])}


def test_auth_schemes_and_server() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    flow = schemes["oauth2"]["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == "/oauth/token"
    assert "https://api.procurify.com/" in schemes["oauth2"]["description"]
    assert schemes["bearer"] == {
        **schemes["bearer"],
        "type": "http",
        "scheme": "bearer",
    }
    assert "X-Procurify-Client: api" in SPEC["info"]["description"]
    (server,) = SPEC["servers"]
    assert server["url"] == "https://{domain}.procurify.com"
    assert "domain" in server["variables"]
    assert OPERATIONS["get_oauth_token"][2]["security"] == []
    header_params = [
        p
        for _, _, op in OPERATIONS.values()
        for p in op.get("parameters", [])
        if p["in"] == "header"
    ]
    assert header_params == []


def test_list_vendors_pages_through_metadata_pagination(
    server: LoopbackServer,
) -> None:
    page = fixture("26_list_vendors_response.json")
    page["metadata"] = {
        "pagination": {
            "count": 3,
            "next": f"{server.url}/api/v3/vendors?page=3",
            "previous": None,
            "page_size": 1,
            "num_pages": 3,
            "current_page": 2,
        }
    }
    server.queue(Reply(200, json=page))

    parsed = list_vendors.sync(
        client=client_for(server), page=2, page_size=1, type_=VendorType.PREFERRED
    )

    assert isinstance(parsed, VendorPage)
    assert parsed.metadata.pagination.current_page == 2
    assert parsed.metadata.pagination.next_ == f"{server.url}/api/v3/vendors?page=3"
    assert parsed.metadata.pagination.previous is None
    assert len(parsed.data) == 1
    (request,) = server.requests
    assert request.path == "/api/v3/vendors"
    assert request.query == {"page": ["2"], "page_size": ["1"], "type": ["3"]}


def test_purchase_orders_list_has_the_same_paging_beside_counts(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(200, json=fixture("48_list_purchase_orders_response.json")))
    parsed = list_purchase_orders.sync(
        PurchaseOrderRole.PURCHASED,
        PurchaseOrderListStatus.OPEN,
        client=client_for(server),
        page=1,
    )
    assert parsed is not None
    assert parsed.metadata.pagination.count == 0  # the sample's placeholder
    assert str(parsed.data[0].uuid) == "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
    assert server.requests[0].path == "/api/v2/purchase_orders/purchased/open"


def test_an_unknown_enum_code_keeps_the_record() -> None:
    item = fixture("41_list_global_order_items_response.json")["data"][0]  # type: ignore[index]
    known = OrderItem.from_dict({**item, "status": 3})
    assert known.status is OrderItemStatus.RECEIVED

    later = OrderItem.from_dict({**item, "status": 42})  # added by the server later
    assert later.status == 42 and not isinstance(later.status, OrderItemStatus)
    assert later.to_dict()["status"] == 42
    assert later.name == item["name"]


def test_money_stays_an_exact_decimal_string() -> None:
    item = fixture("41_list_global_order_items_response.json")["data"][0]  # type: ignore[index]
    record = OrderItem.from_dict(
        {**item, "price": "-0.10", "total_cost": "12345678901.23456789"}
    )
    assert record.price == "-0.10"
    assert Decimal(str(record.price)) == Decimal("-0.10")
    assert record.to_dict()["total_cost"] == "12345678901.23456789"
    pattern = SPEC["components"]["schemas"]["OrderItem"]["properties"]["price"]
    assert re.fullmatch(pattern["pattern"], "-12.5")


def test_bill_ids_are_hex_strings(server: LoopbackServer) -> None:
    server.queue(Reply(200, json=fixture("54_get_bill_response.json")))
    get_bill.sync("00ff3a", client=client_for(server))
    assert server.requests[0].path == "/api/v2/ap/bills/00ff3a"


def test_netsuite_accounts_by_status(server: LoopbackServer) -> None:
    account = fixture("netsuite_2_list_netsuite_accounts_response.json")
    server.queue(Reply(200, json=[account, {**account, "id": 2, "code": 77}]))
    parsed = list_netsuite_accounts.sync(
        client=client_for(server), status=NetSuiteAccountStatus.SYNCED
    )
    assert parsed is not None
    assert [a.code for a in parsed] == ["12345", 77]
    assert parsed[0].parent is None and parsed[0].active is True
    assert server.requests[0].query == {"status": ["synced"]}


@pytest.mark.skipif(not SHARED_OPERATIONS.exists(), reason="shared/ not beside repo")
def test_fixtures_are_exactly_what_the_seeds_hold() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "tools/extract_procurify_samples.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


PAGED = sorted(
    name
    for name, (_, _, op) in OPERATIONS.items()
    if {"page", "page_size"} <= {p["name"] for p in op.get("parameters", [])}
)


@pytest.mark.parametrize("operation", PAGED)
def test_every_paged_list_reads_the_same_way(
    operation: str, server: LoopbackServer
) -> None:
    """The generic pager's contract: page/page_size out, metadata.pagination in."""
    (sample,) = [
        s for s in samples() if s.operation == operation and s.kind == "response"
    ]
    page = json.loads(json.dumps(sample.data))
    page["metadata"]["pagination"] = {
        "count": 11,
        "next": None,
        "previous": f"{server.url}/x?page=2",
        "page_size": 5,
        "num_pages": 3,
        "current_page": 3,
    }
    server.queue(Reply(200, json=page))

    parsed = api_module(operation).sync(
        client=client_for(server),
        **call_arguments(operation),
        page=3,
        page_size=5,
    )

    pagination = parsed.metadata.pagination
    assert (pagination.count, pagination.current_page, pagination.num_pages) == (
        11,
        3,
        3,
    )
    assert pagination.next_ is None
    assert isinstance(parsed.data, list) and len(parsed.data) == len(page["data"])
    assert server.requests[0].query["page"] == ["3"]
    assert server.requests[0].query["page_size"] == ["5"]


def test_an_unknown_string_code_keeps_the_record() -> None:
    from procurify_client.models import CustomFieldRead, CustomFieldType

    field = fixture("67_list_order_item_custom_fields_response.json")["data"][0]  # type: ignore[index]
    assert CustomFieldRead.from_dict({**field, "field_type": "t"}).field_type is (
        CustomFieldType.T
    )
    later = CustomFieldRead.from_dict({**field, "field_type": "z"})
    assert later.field_type == "z"
    assert later.to_dict() == {**field, "field_type": "z"}


def test_token_request_needs_no_authorization(server: LoopbackServer) -> None:
    from procurify_client import Client
    from procurify_client.api.oauth import get_oauth_token
    from procurify_client.models import OAuthTokenRequest

    server.queue(Reply(200, json=fixture("02_get_oauth_token_response.json")))
    token = get_oauth_token.sync(
        client=Client(base_url=server.url),
        body=OAuthTokenRequest(
            client_id="id-1",
            client_secret="s3cret",
            audience="https://api.procurify.com/",
            grant_type="client_credentials",
        ),
    )

    assert token is not None and token.expires_in == 86400
    assert token.token_type == "Bearer"
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/oauth/token")
    assert "authorization" not in request.headers
    assert request.json() == {
        "client_id": "id-1",
        "client_secret": "s3cret",
        "audience": "https://api.procurify.com/",
        "grant_type": "client_credentials",
    }


@pytest.mark.parametrize("status", [200, 201])
def test_netsuite_create_accepts_either_success_status(
    status: int, server: LoopbackServer
) -> None:
    from procurify_client.api.netsuite import create_netsuite_account
    from procurify_client.models import AccountType, NetSuiteAccountCreateRequest

    server.queue(
        Reply(status, json=fixture("netsuite_4_create_netsuite_account_response.json"))
    )
    created = create_netsuite_account.sync(
        client=client_for(server),
        body=NetSuiteAccountCreateRequest(
            code=1234, account_type=AccountType.EXPENSE, external_id=4321
        ),
    )
    assert created is not None and created.id == 2 and created.code == 1234
    assert server.requests[0].json() == {
        "code": 1234,
        "account_type": 2,
        "external_id": 4321,
    }
