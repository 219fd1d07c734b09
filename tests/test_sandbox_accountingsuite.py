"""The AccountingSuite sandbox over HTTP, through the generated client.

What the sync relies on: the document's records are there, lists page the way
the later server pages them, answers carry the real server's quirks, and
refusals are error bodies sent with HTTP 200.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import httpx
import pytest
from accountingsuite_client.api.cash_sales import get_cash_sale, list_cash_sales
from accountingsuite_client.api.companies import (
    create_company,
    get_company,
    list_companies,
    update_company,
)
from accountingsuite_client.api.items import create_item, list_items, update_item
from accountingsuite_client.api.purchase_orders import create_purchase_order
from accountingsuite_client.api.sales_invoices import (
    create_sales_invoice,
    get_sales_invoice,
    list_sales_invoices,
)
from accountingsuite_client.models import (
    AddressWrite,
    Company,
    CompanyLinesWrite,
    CompanyList,
    CompanyUpdate,
    CompanyWrite,
    DocumentLinesWrite,
    DocumentLineWrite,
    ErrorBody,
    ItemType,
    ItemUpdate,
    ItemWrite,
    PurchaseOrderLinesWrite,
    PurchaseOrderLineWrite,
    PurchaseOrderWrite,
    SalesInvoiceWrite,
)

from ledgerlink import sandbox
from ledgerlink.sandbox import Sandbox
from tests.support import sandbox_clients
from tests.support.sandbox_clients import wire

NIL_UUID = "00000000-0000-0000-0000-000000000000"
SF_BAY = "82f93fd5-7705-11e3-8058-e3003205b13a"
WEST_COAST = "01c386d3-515a-11e3-8058-e3003205b13a"
WEST_COAST_SHIP_TO = "01c386d4-515a-11e3-8058-e3003205b13a"
GIANTS = "093589b0-845f-11e3-bb7f-12313f072907"
GIANTS_ADDRESS = "093589b1-845f-11e3-bb7f-12313f072907"
DF28 = "cf02f093-2861-11e3-b6b3-c6f64a6bdc57"
ABC5 = "f88c86a3-2862-11e3-b6b3-c6f64a6bdc57"
SEEDED = 23  # generated records of each kind


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with sandbox.run(seeding=sandbox.Seeding(count=SEEDED)) as running:
        yield running


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Any]:
    with sandbox_clients.accountingsuite(sb) as client:
        yield client


def test_starts_with_the_documents_companies_and_generated_ones(
    sb: Sandbox, client: Any
) -> None:
    answer = get_company.sync_detailed(SF_BAY, client=client)

    assert answer.status_code == 200
    assert isinstance(answer.parsed, Company)
    assert answer.parsed.company_name == "SF Bay Logistics"
    assert answer.parsed.company_code == "00031"
    assert len(sb.state.accountingsuite.companies) == 6 + SEEDED
    assert len(sb.state.accountingsuite.invoices) == 2 + SEEDED


def test_company_list_pages_by_start_after_until_more_records_is_false(
    sb: Sandbox, client: Any
) -> None:
    seen: list[str] = []
    after: str | None = None
    pages = 0
    while True:
        kwargs = {"limit": 7} if after is None else {"limit": 7, "start_after": after}
        answer = list_companies.sync_detailed(client=client, **kwargs)
        body = wire(answer)
        assert isinstance(answer.parsed, CompanyList)
        assert body["num_records_listed"] == len(body["companies"]) <= 7
        assert body["total_num_records"] == len(sb.state.accountingsuite.companies)
        seen += [company["api_code"] for company in body["companies"]]
        pages += 1
        if not body["more_records"]:
            break
        after = body["companies"][-1]["api_code"]

    assert pages == -(-(6 + SEEDED) // 7)
    assert seen == sb.state.accountingsuite.companies.ids()  # each once, in order


def test_company_list_defaults_to_ten_and_pages_backwards_with_end_before(
    client: Any,
) -> None:
    first = wire(list_companies.sync_detailed(client=client))
    assert len(first["companies"]) == 10 and first["more_records"] is True

    tenth = first["companies"][9]["api_code"]
    before = wire(
        list_companies.sync_detailed(client=client, limit=3, end_before=tenth)
    )
    assert [c["api_code"] for c in before["companies"]] == [
        c["api_code"] for c in first["companies"][6:9]
    ]


def test_invoice_list_pages_by_start_from_inclusive_with_has_more(
    sb: Sandbox, client: Any
) -> None:
    everything = sb.state.accountingsuite.invoices.ids()
    page = wire(list_sales_invoices.sync_detailed(client=client, limit=10))
    assert "invoices" in page and "cash_sales" not in page
    assert page["has_more"] is True and page["numOfRecords"] == len(everything)
    assert [i["api_code"] for i in page["invoices"]] == everything[:10]

    # start_from names the first record of the page (the spec's reading).
    again = wire(
        list_sales_invoices.sync_detailed(
            client=client, limit=10, start_from=everything[10]
        )
    )
    assert [i["api_code"] for i in again["invoices"]] == everything[10:20]

    last = wire(
        list_sales_invoices.sync_detailed(
            client=client, limit=10, start_from=everything[20]
        )
    )
    assert len(last["invoices"]) == len(everything) - 20 and last["has_more"] is False


def test_document_lists_cap_limit_at_100() -> None:
    # More cash sales than the cap, so an uncapped answer would show.
    seeding = sandbox.Seeding(counts={"cash_sales": 120})
    with sandbox.run(seeding=seeding) as many:
        # The client refuses limit > 100 (the spec's maximum): plain HTTP.
        answer = httpx.get(
            many.urls["accountingsuite"] + "/cashsales",
            params={"limit": 500},
            headers={"apisecretkey": many.credentials.accountingsuite_api_key},
        )
        stored = len(many.state.accountingsuite.cash_sales)
    body = answer.json()
    assert stored > 100
    assert len(body["cash_sales"]) == min(100, stored)


def test_lists_leave_out_lines_and_references_that_retrieval_has(client: Any) -> None:
    listed = wire(list_cash_sales.sync_detailed(client=client, limit=1))["cash_sales"][
        0
    ]
    full = wire(get_cash_sale.sync_detailed(listed["api_code"], client=client))

    assert "lines" not in listed and "customer_api_code" not in listed
    assert full["lines"]["line_items"] and full["customer_api_code"]
    assert listed["ship_to_address_code"] == full["ship_to_address_code"]


def test_address_flags_are_string_booleans_and_amounts_exact_numbers(
    client: Any,
) -> None:
    body = wire(get_company.sync_detailed(SF_BAY, client=client))
    flags = {
        a["address_id"]: (a["default_billing"], a["default_shipping"])
        for a in body["lines"]["addresses"]
    }
    assert flags == {
        "SFO warehouse": ("true", "true"),
        "order confirm": ("false", "false"),
    }
    assert body["cf1_num"] == 0 and body["website"] == ""

    invoice = get_sales_invoice.sync_detailed(
        "bfab0c24-77d6-11e3-8058-e3003205b13a", client=client
    )
    assert b'"doc_total":900' in invoice.content
    lines = wire(invoice)["lines"]["line_items"]
    assert [(line["item_code"], line["line_total"]) for line in lines] == [
        ("FrigidaireDF28", 700),
        ("abc5", 200),
    ]


def test_dates_with_a_time_carry_the_offset_and_empty_dates_are_empty_strings(
    sb: Sandbox, client: Any
) -> None:
    invoices = sb.state.accountingsuite.invoices
    timed = invoices.find(lambda r: hasattr(r["date"], "hour") and r["date"].hour)
    undated = invoices.find(lambda r: r.get("due_date", "x") is None)
    assert timed is not None and undated is not None

    timed_wire = wire(get_sales_invoice.sync_detailed(timed["api_code"], client=client))
    undated_wire = wire(
        get_sales_invoice.sync_detailed(undated["api_code"], client=client)
    )

    expected = timed["date"].strftime("%Y-%m-%dT%H:%M:%S") + "-08"
    assert timed_wire["date"] == expected
    assert undated_wire["due_date"] == ""


def test_item_category_in_category_out_and_unknown_category_refused(
    client: Any,
) -> None:
    created = create_item.sync_detailed(
        client=client,
        body=ItemWrite(
            item_code="SBX-CAT-1",
            item_description="categorised",
            item_category="Appliances",
        ),
    )
    body = wire(created)
    assert body["category"] == "Appliances" and "item_category" not in body
    assert body["item_type"] == "product"  # the 2015 server's default

    refused = create_item.sync_detailed(
        client=client,
        body=ItemWrite(
            item_code="Kit Kat", item_description="x", item_category="candy"
        ),
    )
    assert refused.status_code == 200
    assert isinstance(refused.parsed, ErrorBody)
    assert wire(refused)["message"].startswith(
        "[item_category] : The category does not exist"
    )


def test_duplicate_company_name_is_an_error_body_with_status_200_and_the_existing_code(
    sb: Sandbox, client: Any
) -> None:
    before = len(sb.state.accountingsuite.companies)

    answer = create_company.sync_detailed(
        client=client, body=CompanyWrite(company_name="SF Bay Logistics")
    )

    assert answer.status_code == 200
    assert wire(answer) == {
        "status": "error",
        "message": "[company_name] : The company already exists.",
        "api_code": SF_BAY,
    }
    assert len(sb.state.accountingsuite.companies) == before
    # Exact match only: another spelling is another company.
    other = create_company.sync_detailed(
        client=client, body=CompanyWrite(company_name="sf bay logistics")
    )
    assert isinstance(other.parsed, Company)


def test_duplicate_item_code_is_an_error_body_with_the_existing_code(
    client: Any,
) -> None:
    answer = create_item.sync_detailed(
        client=client, body=ItemWrite(item_code="abc5", item_description="again")
    )
    assert answer.status_code == 200
    assert wire(answer)["api_code"] == ABC5
    assert wire(answer)["status"] == "error"


def test_server_assigned_fields_cannot_be_sent(sb: Sandbox) -> None:
    url = sb.urls["accountingsuite"] + "/companies"
    headers = {"apisecretkey": sb.credentials.accountingsuite_api_key}

    refused = httpx.post(
        url, headers=headers, json={"company_name": "Coded Co", "company_code": "99999"}
    )
    assert refused.json()["message"].startswith("[company_code] :")

    # Unknown keys are ignored: an api_code in an update body changes nothing.
    answer = httpx.put(
        f"{url}/{SF_BAY}", headers=headers, json={"api_code": NIL_UUID, "notes": "n"}
    )
    assert answer.json()["api_code"] == SF_BAY
    assert sb.state.accountingsuite.companies.get(SF_BAY) is not None


def test_new_company_gets_codes_and_its_first_address_becomes_default(
    sb: Sandbox, client: Any
) -> None:
    answer = create_company.sync_detailed(
        client=client,
        body=CompanyWrite(
            company_name="Sandbox Test Co",
            lines=CompanyLinesWrite(
                addresses=[
                    AddressWrite(address_id="HQ"),
                    AddressWrite(address_id="Dock"),
                ]
            ),
        ),
    )
    body = wire(answer)
    assert sb.state.accountingsuite.companies.created >= 1
    assert [
        (a["address_id"], a["default_billing"]) for a in body["lines"]["addresses"]
    ] == [
        ("HQ", "true"),
        ("Dock", "false"),
    ]
    assert len(body["company_code"]) == 5 and body["company_code"].isdigit()

    bare = wire(
        create_company.sync_detailed(
            client=client, body=CompanyWrite(company_name="Bare Co")
        )
    )
    assert [a["address_id"] for a in bare["lines"]["addresses"]] == ["Primary"]


def test_update_changes_the_record_and_counts_as_an_update(
    sb: Sandbox, client: Any
) -> None:
    companies = sb.state.accountingsuite.companies
    updates = companies.updated
    answer = update_company.sync_detailed(
        WEST_COAST, client=client, body=CompanyUpdate(notes="updated by test")
    )
    assert wire(answer)["notes"] == "updated by test"
    assert companies.updated == updates + 1
    stored = companies.get(WEST_COAST)
    assert stored is not None and stored["notes"] == "updated by test"

    refused = update_item.sync_detailed(
        DF28, client=client, body=ItemUpdate(item_type=ItemType.SERVICE)
    )
    assert wire(refused) == {
        "status": "error",
        "message": "[item_type] : Cannot change the item type.",
    }


def _invoice(**changes: Any) -> SalesInvoiceWrite:
    fields: dict[str, Any] = {
        "customer_api_code": WEST_COAST,
        "ship_to_api_code": WEST_COAST_SHIP_TO,
        "date": date(2024, 3, 1),
        "due_date": date(2024, 3, 31),
        "doc_total": 700.0,
        "lines": DocumentLinesWrite(
            line_items=[
                DocumentLineWrite(api_code=DF28, price=350, quantity=2, line_total=700)
            ]
        ),
    }
    fields.update(changes)
    return SalesInvoiceWrite(**fields)


def test_invoice_created_as_sent_with_the_next_number(sb: Sandbox, client: Any) -> None:
    answer = create_sales_invoice.sync_detailed(
        client=client, body=_invoice(memo="new")
    )
    body = wire(answer)

    assert body["memo"] == "new" and body["date"] == "2024-03-01"
    assert body["company_name"] == "West Coast Logistics"
    assert "ship_to_address_code" not in body  # the create answer lacks it
    numbers = [r["invoice_number"] for r in sb.state.accountingsuite.invoices]
    assert body["invoice_number"] == max(numbers)


def test_invoice_with_an_address_of_another_company_is_refused(client: Any) -> None:
    answer = create_sales_invoice.sync_detailed(
        client=client, body=_invoice(ship_to_api_code=GIANTS_ADDRESS)
    )
    assert wire(answer) == {
        "status": "error",
        "message": "[ship_to_api_code] : Shipping Address does not belong to the Company.",
    }


def test_body_the_spec_forbids_is_refused_as_an_error_body(
    sb: Sandbox,
) -> None:
    before = len(sb.state.accountingsuite.invoices)
    answer = httpx.post(
        sb.urls["accountingsuite"] + "/invoices",
        headers={"apisecretkey": sb.credentials.accountingsuite_api_key},
        json={
            "customer_api_code": WEST_COAST,
            "date": "24/03/2024",
            "doc_total": "700",
        },
    )
    body = answer.json()
    assert answer.status_code == 200 and body["status"] == "error"
    messages = [v for k, v in body.items() if k.startswith("message")]
    assert len(messages) >= 4  # missing ship_to/due_date/lines, bad date, string total
    assert any(m.startswith("[date] :") for m in messages)
    assert any("'lines' is a required property" in m for m in messages)
    assert len(sb.state.accountingsuite.invoices) == before


def _purchase_order(line_total: float) -> PurchaseOrderWrite:
    return PurchaseOrderWrite(
        customer_api_code=GIANTS,
        address_api_code=GIANTS_ADDRESS,
        po_date=date(2024, 5, 1),
        doc_total=line_total,
        lines=PurchaseOrderLinesWrite(
            line_items=[
                PurchaseOrderLineWrite(
                    api_code=DF28, price=350.25, quantity=3, line_total=line_total
                )
            ]
        ),
    )


def test_purchase_order_line_total_must_equal_quantity_times_price(
    sb: Sandbox, client: Any
) -> None:
    orders = sb.state.accountingsuite.purchase_orders
    before = len(orders)

    refused = create_purchase_order.sync_detailed(
        client=client, body=_purchase_order(1050.0)
    )
    assert refused.status_code == 200
    assert wire(refused)["message"].startswith(
        "[lines.line_items[0].line_total] : The line total must equal quantity * price"
    )
    assert len(orders) == before

    accepted = wire(
        create_purchase_order.sync_detailed(
            client=client, body=_purchase_order(1050.75)
        )
    )
    assert accepted["company"] == "San Francisco Giants"
    assert accepted["line_items"][0]["item"] == "FrigidaireDF28"
    assert (
        accepted["delivery_date"] == "" and accepted["ds_customer_api_code"] == NIL_UUID
    )
    assert len(orders) == before + 1


def test_auth_by_header_or_bearer_and_refused_without(sb: Sandbox) -> None:
    url = sb.urls["accountingsuite"] + "/items"
    key = sb.credentials.accountingsuite_api_key
    assert httpx.get(url, headers={"apisecretkey": key}).status_code == 200
    assert httpx.get(url, headers={"Authorization": f"Bearer {key}"}).status_code == 200
    refused = httpx.get(url, headers={"apisecretkey": "wrong"})
    assert refused.status_code == 401 and refused.json()["status"] == "error"


def test_legacy_lists_answer_everything_without_paging_keys() -> None:
    with (
        sandbox.run(seeding=sandbox.Seeding(count=15), legacy_lists=True) as sb,
        sandbox_clients.accountingsuite(sb) as client,
    ):
        body = wire(list_items.sync_detailed(client=client, limit=5))
    assert len(body["items"]) == 6 + 15
    assert set(body) == {"items"}
