"""What the real AccountingSuite server sends, beyond the seed document's examples.

The server's code (see ``shared/reference/accountingsuite-server-notes.md``)
answers in shapes the document never shows: string and real booleans, dates
with offsets or empty, nil UUIDs, three different keys for the sales-order
list, paging fields, and error bodies sent with status 200.  Each shape is a
fixture in ``tests/fixtures/accountingsuite/variants/`` served over HTTP on
127.0.0.1 to the generated operation that would receive it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import accountingsuite_client.models as m
import httpx
import pytest
from accountingsuite_client import AuthenticatedClient, Client
from accountingsuite_client.api.cash_receipts import create_cash_receipt
from accountingsuite_client.api.cash_sales import list_cash_sales
from accountingsuite_client.api.companies import (
    get_company,
    list_companies,
    update_company,
)
from accountingsuite_client.api.items import delete_item, list_items
from accountingsuite_client.api.oauth import authorize, oauth_token
from accountingsuite_client.api.purchase_orders import create_purchase_order
from accountingsuite_client.api.sales_invoices import (
    create_sales_invoice,
    list_sales_invoices,
)
from accountingsuite_client.api.sales_orders import (
    delete_sales_order,
    list_sales_orders,
)
from accountingsuite_client.types import UNSET

from ledgerlink.specs import validator
from tests.support.loopback import LoopbackServer, Reply

VARIANTS = Path(__file__).parent / "fixtures" / "accountingsuite" / "variants"
KEY = "test-key-0123456789"
CODE = "82f93fd5-7705-11e3-8058-e3003205b13a"


def raw(name: str) -> bytes:
    return (VARIANTS / name).read_bytes()


def as_json(name: str) -> Any:
    return json.loads(raw(name))


def serve(server: LoopbackServer, name: str, status: int = 200) -> None:
    server.queue(
        Reply(status, body=raw(name), headers={"Content-Type": "application/json"})
    )


def client_for(server: LoopbackServer) -> Client:
    return Client(
        base_url=server.url, headers={"apisecretkey": KEY}, timeout=httpx.Timeout(5.0)
    )


def query(server: LoopbackServer) -> dict[str, str]:
    (request,) = server.requests
    return {key: value for key, [value] in request.query.items()}


def test_company_page_with_paging_fields_and_both_boolean_forms(
    server: LoopbackServer,
) -> None:
    serve(server, "companies_paged.json")

    page = list_companies.sync(client=client_for(server), limit=1, start_after=CODE)

    assert query(server) == {"limit": "1", "start_after": CODE}
    assert isinstance(page, m.CompanyList)
    assert (page.more_records, page.num_records_listed, page.total_num_records) == (
        True,
        1,
        3,
    )
    (address,) = page.companies[0].lines.addresses
    assert address.address_id == "Primary"
    assert address.default_billing is True  # a real JSON boolean
    assert address.default_shipping is m.StringBoolean.TRUE  # the server's string
    assert page.to_dict() == as_json("companies_paged.json")


def test_last_item_page_says_false_as_a_string(server: LoopbackServer) -> None:
    serve(server, "items_paged_string_flag.json")

    page = list_items.sync(client=client_for(server), end_before=CODE)

    assert query(server) == {"end_before": CODE}
    assert isinstance(page, m.ItemList)
    assert page.more_records is m.StringBoolean.FALSE
    assert page.has_more is UNSET  # the companies/items/orders lists never send it
    assert page.to_dict() == as_json("items_paged_string_flag.json")


def test_invoices_come_under_the_servers_key_with_offset_and_empty_dates(
    server: LoopbackServer,
) -> None:
    serve(server, "invoices_server_key.json")

    page = list_sales_invoices.sync(
        client=client_for(server), limit=100, start_from=CODE
    )

    assert query(server) == {"limit": "100", "start_from": CODE}
    assert isinstance(page, m.SalesInvoiceList)
    assert page.cash_sales is UNSET
    (invoice,) = page.invoices
    assert (invoice.date, invoice.due_date) == ("2014-02-24T10:15:00Z", "")
    assert (page.has_more, page.num_of_records) == (True, 1)
    assert page.more_records is UNSET
    assert page.to_dict() == as_json("invoices_server_key.json")


def test_cash_sale_page_keeps_amounts_exact_when_read_as_decimal(
    server: LoopbackServer,
) -> None:
    serve(server, "cash_sales_paged.json")

    page = list_cash_sales.sync(client=client_for(server), limit=1)
    assert isinstance(page, m.CashSaleList)
    assert (page.has_more, page.num_of_records) == (False, 1)
    assert page.cash_sales[0].date == "2013-04-22T09:30:00-08"

    # The generated model never converts numbers: JSON read with Decimal (as the
    # mapping does) stays Decimal, exactly, through from_dict and to_dict.
    exact = json.loads(raw("cash_sales_paged.json"), parse_float=Decimal)
    record = m.CashSaleList.from_dict(exact).cash_sales[0]
    assert record.doc_total == Decimal("2218.37")
    assert type(record.doc_total) is Decimal
    assert record.to_dict()["sales_tax_total"] == Decimal("18.37")
    assert m.CashSaleList.from_dict(exact).to_dict() == exact


@pytest.mark.parametrize(
    ("fixture", "model", "records"),
    [
        ("sales_orders_2014.json", m.SalesOrderList2014, "sales_orders"),
        ("sales_orders_2015.json", m.SalesOrderList2015, "items"),
    ],
)
def test_sales_orders_under_each_server_versions_key(
    server: LoopbackServer, fixture: str, model: type[Any], records: str
) -> None:
    serve(server, fixture)

    page = list_sales_orders.sync(client=client_for(server))

    assert type(page) is model
    (order,) = getattr(page, records)
    assert order.bill_to_api_code == "00000000-0000-0000-0000-000000000000"
    assert [line.product for line in order.line_items] == [
        line["Product"]
        for line in as_json(fixture)[next(iter(as_json(fixture)))][0]["line_items"]
    ]
    assert page.to_dict() == as_json(fixture)


def test_sales_orders_2014_list_sends_no_paging_fields(server: LoopbackServer) -> None:
    serve(server, "sales_orders_2014.json")
    page = list_sales_orders.sync(client=client_for(server))
    assert isinstance(page, m.SalesOrderList2014)
    assert {page.more_records, page.has_more, page.total_num_records} == {UNSET}


def test_purchase_order_with_empty_dates_and_nil_references(
    server: LoopbackServer,
) -> None:
    serve(server, "purchase_order_empty_dates.json")
    body = m.PurchaseOrderWrite.from_dict(
        {
            "customer_api_code": "093589b0-845f-11e3-bb7f-12313f072907",
            "po_date": "2014-01-28",
            "doc_total": 700.5,
            "lines": {
                "line_items": [
                    {
                        "api_code": "5fcdf810-78c1-11e3-90ed-12313f072907",
                        "price": 467,
                        "quantity": 1.5,
                        "line_total": 700.5,
                    }
                ]
            },
        }
    )

    order = create_purchase_order.sync(client=client_for(server), body=body)

    assert isinstance(order, m.PurchaseOrder)
    assert order.delivery_date == ""
    assert order.ds_customer_api_code == "00000000-0000-0000-0000-000000000000"
    assert order.line_items[0].class_ == ""
    assert server.requests[0].json()["po_date"] == "2014-01-28"
    assert order.to_dict() == as_json("purchase_order_empty_dates.json")


def test_cash_receipt_answer_keeps_undocumented_keys(server: LoopbackServer) -> None:
    serve(server, "cash_receipt_2015.json")
    body = m.CashReceiptWrite.from_dict(
        {"company_name": "SoCal distributor", "date": "2013-10-01", "amount": 900}
    )

    receipt = create_cash_receipt.sync(client=client_for(server), body=body)

    assert isinstance(receipt, m.CashReceipt)
    assert receipt.date == "2015-07-20"  # the server dates receipts today
    assert receipt.additional_properties == {"cash_receipt_number": "000031"}
    assert receipt.to_dict() == as_json("cash_receipt_2015.json")


ERROR_CALLS = [
    pytest.param(lambda c: get_company.sync_detailed(CODE, client=c), id="get"),
    pytest.param(lambda c: list_items.sync_detailed(client=c), id="list"),
    pytest.param(
        lambda c: update_company.sync_detailed(
            CODE, client=c, body=m.CompanyUpdate(company_name="x")
        ),
        id="update",
    ),
    pytest.param(lambda c: delete_item.sync_detailed(CODE, client=c), id="delete"),
    pytest.param(
        lambda c: create_sales_invoice.sync_detailed(
            client=c,
            body=m.SalesInvoiceWrite.from_dict(
                {
                    "customer_api_code": CODE,
                    "ship_to_api_code": CODE,
                    "date": "2013-05-24",
                    "due_date": "2013-06-24",
                    "doc_total": 0,
                    "lines": {"line_items": []},
                }
            ),
        ),
        id="create",
    ),
]


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("call", ERROR_CALLS)
@pytest.mark.parametrize(
    "fixture",
    ["error_duplicate_company.json", "error_document.json", "error_split_message.json"],
)
def test_error_bodies_are_recognised_whatever_the_status(
    server: LoopbackServer, call: Any, status: int, fixture: str
) -> None:
    serve(server, fixture, status)

    response = call(client_for(server))

    assert response.status_code == status
    assert isinstance(response.parsed, m.ErrorBody)
    assert response.parsed.status is m.ErrorStatus.ERROR
    assert response.parsed.to_dict() == as_json(fixture)


def test_error_body_extra_keys_are_typed(server: LoopbackServer) -> None:
    serve(server, "error_document.json")
    error = get_company.sync(CODE, client=client_for(server))
    assert isinstance(error, m.ErrorBody)
    assert (error.invoice_number, error.date, error.company_name) == (
        "000004",
        "2013-05-24",
        "West Coast Logistics",
    )
    assert error.message.startswith("[ref_num] : ")
    assert error.additional_properties == {}


def test_document_delete_answers_success(server: LoopbackServer) -> None:
    serve(server, "delete_document.json")
    result = delete_sales_order.sync(CODE, client=client_for(server))
    assert isinstance(result, m.DeleteResult)
    assert result.status is m.SuccessStatus.SUCCESS
    assert "5/30/2015 12:00:00 AM" in result.message
    assert server.requests[0].method == "DELETE"


def test_a_body_that_is_neither_record_nor_error_is_not_accepted_silently(
    server: LoopbackServer,
) -> None:
    server.queue(Reply(200, json={"unexpected": True}))
    with pytest.raises(KeyError):
        get_company.sync(CODE, client=client_for(server))


def test_both_auth_schemes_reach_the_server(server: LoopbackServer) -> None:
    serve(server, "error_duplicate_company.json")
    serve(server, "error_duplicate_company.json")

    get_company.sync(CODE, client=client_for(server))
    get_company.sync(CODE, client=AuthenticatedClient(base_url=server.url, token=KEY))

    header_key, bearer = server.requests
    assert header_key.headers["apisecretkey"] == KEY
    assert "authorization" not in header_key.headers
    assert bearer.headers["authorization"] == f"Bearer {KEY}"
    assert bearer.path == f"/companies/{CODE}"


def test_authorize_is_a_redirect_the_client_does_not_follow(
    server: LoopbackServer,
) -> None:
    target = "https://dev.example.com/cb?code=AUTHORIZATION_CODE&state=12345"
    server.queue(Reply(302, headers={"Location": target}))

    response = authorize.sync_detailed(
        client=Client(base_url=server.url),
        response_type=m.AuthorizeResponseType.CODE,
        client_id="O4JaqvBTe2YKhh3iOX2z",
        state="12345",
    )

    assert response.status_code == 302
    assert response.parsed is None
    assert parse_qs(urlsplit(response.headers["location"]).query) == {
        "code": ["AUTHORIZATION_CODE"],
        "state": ["12345"],
    }
    assert query(server) == {
        "response_type": "code",
        "client_id": "O4JaqvBTe2YKhh3iOX2z",
        "state": "12345",
    }


TOKEN_REQUEST = m.OAuthTokenRequest(
    client_secret="secret",
    client_id="O4JaqvBTe2YKhh3iOX2z",
    code="knbujs4awcvux04qmf7z",
    grant_type=m.GrantType.AUTHORIZATION_CODE,
)


@pytest.mark.parametrize("status", [200, 400])
def test_invalid_grant_is_an_oauth_error_whatever_the_status(
    server: LoopbackServer, status: int
) -> None:
    server.queue(
        Reply(status, json={"error": "invalid_grant", "error_description": "gone"})
    )
    response = oauth_token.sync_detailed(
        client=Client(base_url=server.url), body=TOKEN_REQUEST
    )
    assert isinstance(response.parsed, m.OAuthError)
    assert response.parsed.error == "invalid_grant"


def test_multi_database_users_get_one_record_per_database(
    server: LoopbackServer,
) -> None:
    choices = [{"database": "acme", "access_token": "a"}, {"database": "beta"}]
    server.queue(Reply(200, json=choices))
    parsed = oauth_token.sync(client=Client(base_url=server.url), body=TOKEN_REQUEST)
    assert isinstance(parsed, list)
    assert [type(choice) for choice in parsed] == [m.DatabaseAuthentication] * 2
    assert [choice.to_dict() for choice in parsed] == choices


WIRE_DATES_OK = [
    "",
    "2013-05-24",
    "2013-11-16T12:38:13-08",
    "2014-02-24T10:15:00Z",
    "2015-07-02T12:05:06+05:30",
]
WIRE_DATES_BAD = [
    "2013-5-24",
    "05/24/2013",
    "2013-11-16T12:38:13",  # the server always writes its offset
    "2013-11-16 12:38:13-08",
    "24.05.2013",
    "2015-07-02T12:05:06-0800",  # not the server's offset style
]


def test_wire_date_schema_admits_exactly_the_servers_forms() -> None:
    check = validator("accountingsuite", "WireDate")
    assert [d for d in WIRE_DATES_OK if not check.is_valid(d)] == []
    assert [d for d in WIRE_DATES_BAD if check.is_valid(d)] == []


def test_every_variant_and_seed_record_validates_against_its_read_schema() -> None:
    cases = {
        "companies_paged.json": "CompanyList",
        "items_paged_string_flag.json": "ItemList",
        "invoices_server_key.json": "SalesInvoiceList",
        "cash_sales_paged.json": "CashSaleList",
        "sales_orders_2014.json": "SalesOrderList2014",
        "sales_orders_2015.json": "SalesOrderList2015",
        "purchase_order_empty_dates.json": "PurchaseOrder",
        "cash_receipt_2015.json": "CashReceipt",
        "error_duplicate_company.json": "ErrorBody",
        "error_document.json": "ErrorBody",
        "error_split_message.json": "ErrorBody",
        "delete_document.json": "DeleteResult",
    }
    assert sorted(cases) == sorted(p.name for p in VARIANTS.glob("*.json"))
    for fixture, schema in cases.items():
        errors = list(
            validator("accountingsuite", schema).iter_errors(as_json(fixture))
        )
        assert errors == [], (fixture, [e.message for e in errors])
    assert not validator("accountingsuite", "WireBoolean").is_valid("yes")
