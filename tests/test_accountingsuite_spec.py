"""The curated AccountingSuite spec: coverage, naming and wire conventions.

These checks pin what the issue asks of the spec itself, so a later edit that
drops an operation, renames one, or declares a read date as ``date-time``
fails here rather than in a sync run against the real server.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from openapi_spec_validator import validate

from ledgerlink.specs import load_spec

SPEC: dict[str, Any] = load_spec("accountingsuite")
OAUTH_HOST = "https://oauth.accountingsuite.com"
CRUD = {
    "companies": ("company", "companies"),
    "items": ("item", "items"),
    "cash_sales": ("cash_sale", "cash_sales"),
    "sales_invoices": ("sales_invoice", "sales_invoices"),
    "sales_orders": ("sales_order", "sales_orders"),
}
EXPECTED_OPERATIONS = {
    f"{verb}_{one}": tag
    for tag, (one, _many) in CRUD.items()
    for verb in ("create", "get", "update", "delete")
} | {f"list_{many}": tag for tag, (_one, many) in CRUD.items()}
EXPECTED_OPERATIONS |= {
    "create_purchase_order": "purchase_orders",
    "create_cash_receipt": "cash_receipts",
    "register_app": "oauth",
    "authorize": "oauth",
    "oauth_token": "oauth",
}


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete"}:
                found[operation["operationId"]] = (path, method, operation)
    return found


def test_spec_is_valid_openapi_3_1() -> None:
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def test_every_documented_operation_is_present_with_one_tag() -> None:
    found = operations()
    assert len(found) == 30
    assert {op: o["tags"] for op, (_p, _m, o) in found.items()} == {
        op: [tag] for op, tag in EXPECTED_OPERATIONS.items()
    }
    declared = {tag["name"] for tag in SPEC["tags"]}
    assert set(EXPECTED_OPERATIONS.values()) | {"webhooks"} == declared


def test_generated_client_has_every_operation() -> None:
    for operation_id, tag in EXPECTED_OPERATIONS.items():
        module = importlib.import_module(
            f"accountingsuite_client.api.{tag}.{operation_id}"
        )
        for function in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, function)), (operation_id, function)


def test_oauth_operations_live_on_the_oauth_host() -> None:
    for path, _method, _operation in (
        operations()[op] for op in ("register_app", "authorize", "oauth_token")
    ):
        assert [s["url"] for s in SPEC["paths"][path]["servers"]] == [OAUTH_HOST]
    others = [p for p, item in SPEC["paths"].items() if "servers" not in item]
    assert len(others) == 12  # 5 resources x 2 paths, purchase orders, cash receipts
    assert SPEC["servers"] == [
        {
            "url": "https://api.accountingsuite.com",
            "description": SPEC["servers"][0]["description"],
        }
    ]
    token = operations()["oauth_token"][2]
    assert list(token["requestBody"]["content"]) == [
        "application/x-www-form-urlencoded"
    ]
    assert list(operations()["authorize"][2]["responses"]) == ["302", "4XX"]


def test_both_auth_schemes_are_alternatives() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["apiSecretKey"] == {
        **schemes["apiSecretKey"],
        "type": "apiKey",
        "in": "header",
        "name": "apisecretkey",
    }
    assert (schemes["bearerAuth"]["type"], schemes["bearerAuth"]["scheme"]) == (
        "http",
        "bearer",
    )
    assert SPEC["security"] == [{"apiSecretKey": []}, {"bearerAuth": []}]


def test_one_webhook_per_resource_that_sends_them() -> None:
    webhooks = SPEC["webhooks"]
    resources = SPEC["components"]["schemas"]["WebhookResource"]["enum"]
    assert sorted(webhooks) == sorted(resources)
    assert len(webhooks) == 6 and "purchaseorders" not in webhooks
    payloads = {
        name: hook["post"]["requestBody"]["content"]["application/json"]["schema"][
            "$ref"
        ].rsplit("/", 1)[-1]
        for name, hook in webhooks.items()
    }
    assert payloads.pop("items") == "ItemWebhook"
    assert set(payloads.values()) == {"ResourceWebhook"}


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    section, name = ref.split("/")[-2:]
    resolved: dict[str, Any] = SPEC["components"][section][name]
    return resolved


@pytest.mark.parametrize(
    "operation_id",
    sorted(op for op, tag in EXPECTED_OPERATIONS.items() if tag != "oauth"),
)
def test_api_answers_try_the_error_body_first(operation_id: str) -> None:
    _path, _method, operation = operations()[operation_id]
    ok = _resolve(operation["responses"]["200"])
    choices = ok["content"]["application/json"]["schema"]["anyOf"]
    assert choices[0] == {"$ref": "#/components/schemas/ErrorBody"}
    assert len(choices) >= 2
    assert _resolve(operation["responses"]["4XX"])["content"]["application/json"][
        "schema"
    ] == {"$ref": "#/components/schemas/ErrorBody"}


def _dates(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        name: prop
        for name, prop in schema.get("properties", {}).items()
        if name in {"date", "due_date", "po_date", "delivery_date"}
    }


def test_read_dates_are_wire_dates_and_write_dates_are_strict() -> None:
    schemas = SPEC["components"]["schemas"]
    read = ["CashSale", "SalesInvoice", "SalesOrder", "PurchaseOrder", "CashReceipt"]
    write = [f"{name}Write" for name in read]
    for name in read:
        assert _dates(schemas[name])
        assert all(
            p == {"$ref": "#/components/schemas/WireDate"}
            for p in _dates(schemas[name]).values()
        ), name
    for name in write:
        assert _dates(schemas[name])
        assert all(p["format"] == "date" for p in _dates(schemas[name]).values()), name
    assert "format" not in schemas["WireDate"]


def test_write_schemas_carry_the_documented_limits() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["CompanyWrite"]["required"] == ["company_name"]
    assert schemas["CompanyWrite"]["properties"]["company_name"]["maxLength"] == 150
    assert schemas["CompanyWrite"]["properties"]["website"]["maxLength"] == 200
    assert schemas["AddressWrite"]["properties"]["address_id"]["maxLength"] == 25
    assert schemas["ItemWrite"]["properties"]["item_code"]["maxLength"] == 50
    assert schemas["ItemWrite"]["properties"]["item_description"]["maxLength"] == 150
    assert schemas["ItemWrite"]["properties"]["item_category"]["maxLength"] == 25
    assert "category" not in schemas["ItemWrite"]["properties"]
    assert "item_category" not in schemas["Item"]["properties"]
    assert "sales_invoice_number" in schemas["SalesInvoiceWrite"]["properties"]
    assert "invoice_number" in schemas["SalesInvoice"]["properties"]
    assert set(schemas["SalesInvoiceWrite"]["required"]) == {
        "customer_api_code",
        "ship_to_api_code",
        "date",
        "due_date",
        "doc_total",
        "lines",
    }
    for name in (
        "CashSaleWrite",
        "SalesInvoiceWrite",
        "SalesOrderWrite",
        "CashReceiptWrite",
    ):
        assert schemas[name]["properties"]["ref_num"]["maxLength"] == 15, name
    assert "lines" not in schemas["SalesOrder"]["properties"]
    assert "line_items" in schemas["SalesOrder"]["properties"]
    assert "Product" in schemas["SalesOrderLine"]["properties"]
    assert "item" in schemas["PurchaseOrderLine"]["properties"]
    assert "company" in schemas["SalesOrder"]["properties"]
    assert "company_name" in schemas["SalesInvoice"]["properties"]
