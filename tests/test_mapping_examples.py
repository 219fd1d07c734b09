"""Example conversions: the seed documents' own records, and each documented rule."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from accountingsuite_client.models import CompanyType, CompanyWrite, SalesInvoice
from payorcrm_client.models import Invoice

import mapping
from ledgerlink.specs import validator
from mapping import jsonio
from mapping.errors import Reason
from mapping.pairs import PAIRS
from tests.fixtures.mapping.records import LOOKUPS, build

SEED = jsonio.loads(
    (
        Path(__file__).parent / "fixtures" / "mapping" / "accountingsuite_seed.json"
    ).read_bytes()
)
INVOICE = "accountingsuite.invoice -> payorcrm.invoice"
CASH_SALE = "accountingsuite.cash_sale -> payorcrm.invoice"
CUSTOMER = "accountingsuite.company -> payorcrm.customer"
PO = "procurify.purchase_order -> accountingsuite.purchase_order"
OPTIONS = mapping.Options(procurify_currency=1)


def reasons(result: mapping.BatchResult) -> list[tuple[int, str, str, str]]:
    return [(f.index, f.path, f.target_field, str(f.reason)) for f in result.failures]


def test_seed_invoices_become_payorcrm_invoices_field_by_field() -> None:
    result = mapping.convert(INVOICE, SEED["invoices"])

    assert result.failures == []
    index, first = result.converted[0]
    assert index == 0
    assert first == {
        "customerNumber": "00014",
        "customerName": "West Coast Logistics",
        "invoiceNumber": "000004",
        "accountingDocNumber": "000004",
        "documentType": "invoice",
        "invoiceDate": "2013-05-24",
        "postDate": "2013-05-24",
        "dueDate": "2013-05-24",
        "invoiceAmount": 90000,  # 900 in cents, the default unit
        "reference1": "trx0023487",
        "reference2": "bfab0c24-77d6-11e3-8058-e3003205b13a",
        "itemText": "magento_sale",
        "shipAddr": {
            "address_id": "SFO warehouse",
            "api_code": "01c386d4-515a-11e3-8058-e3003205b13a",
        },
    }
    assert [r["invoiceAmount"] for _, r in result.converted] == [90000, 90000, 110000]
    for _, record in result.converted:
        assert list(validator("payorcrm", "Invoice").iter_errors(record)) == []


def test_cash_sale_numbers_cannot_collide_with_invoice_numbers() -> None:
    invoice = {**SEED["invoices"][0], "invoice_number": "000011"}
    cash_sale = SEED["cash_sales"][0]  # cash_sale_number "000011" too

    ((_, from_invoice),) = mapping.convert(INVOICE, [invoice]).converted
    ((_, from_cash_sale),) = mapping.convert(CASH_SALE, [cash_sale]).converted

    assert from_invoice["invoiceNumber"] == "000011"
    assert from_cash_sale["invoiceNumber"] == "CS-000011"
    assert from_cash_sale["documentType"] == "cash_sale"
    assert from_cash_sale["accountingDocNumber"] == "000011"

    custom = mapping.Options(invoice_prefix="SI-", cash_sale_prefix="CS/")
    ((_, again),) = mapping.convert(INVOICE, [invoice], options=custom).converted
    assert again["invoiceNumber"] == "SI-000011"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2013-05-24", "2013-05-24"),
        ("2013-11-16T12:38:13-08", "2013-11-16"),  # the server's offset form (D1797)
        ("2013-11-16T23:59:59Z", "2013-11-16"),  # date part: never shifted to UTC
        ("2013-11-16T00:30:00+0530", "2013-11-16"),
    ],
)
def test_dates_keep_the_date_part_of_whatever_the_server_sent(
    wire: str, expected: str
) -> None:
    record = {**SEED["invoices"][1], "date": wire}
    ((_, out),) = mapping.convert(INVOICE, [record]).converted
    assert out["invoiceDate"] == out["postDate"] == expected


def test_nil_uuid_reference_is_absent_not_sent() -> None:
    record = {
        **SEED["invoices"][0],
        "ship_to_api_code": "00000000-0000-0000-0000-000000000000",
    }
    ((_, out),) = mapping.convert(INVOICE, [record]).converted
    assert out["shipAddr"] == {"address_id": "SFO warehouse"}


def test_empty_date_is_left_out_and_an_impossible_date_is_reported() -> None:
    empty = {**SEED["invoices"][1], "due_date": ""}
    bad = {**SEED["invoices"][1], "date": "2013-02-30"}

    result = mapping.convert(INVOICE, [empty, bad])

    ((_, out),) = result.converted
    assert "dueDate" not in out
    assert ("date", "invoiceDate") in {
        (f.path, f.target_field) for f in result.failures
    }
    assert {f.reason for f in result.failures} == {Reason.INVALID_DATE}
    assert {f.index for f in result.failures} == {1}


def test_amount_unit_is_an_explicit_option_and_never_rounds() -> None:
    record = {**SEED["invoices"][1], "doc_total": Decimal("1234.56")}

    minor = mapping.convert(INVOICE, [record])
    major = mapping.convert(
        INVOICE, [record], options=mapping.Options(amount_unit="major")
    )
    whole = mapping.convert(
        INVOICE,
        [{**record, "doc_total": 1234}],
        options=mapping.Options(amount_unit="major"),
    )
    sub_cent = mapping.convert(INVOICE, [{**record, "doc_total": Decimal("10.005")}])

    assert minor.converted[0][1]["invoiceAmount"] == 123456
    assert major.converted == []
    assert reasons(major) == [(0, "doc_total", "invoiceAmount", "inexact_amount")]
    assert whole.converted[0][1]["invoiceAmount"] == 1234
    assert reasons(sub_cent) == [(0, "doc_total", "invoiceAmount", "inexact_amount")]


def test_customer_without_email_is_reported_not_sent() -> None:
    # Every seed company has empty e-mails: all three are refused, by name.
    result = mapping.convert(CUSTOMER, SEED["companies"])

    assert result.converted == []
    assert reasons(result) == [
        (i, "lines.addresses", "emailaddress1", "no_email") for i in range(3)
    ]


def test_customer_takes_the_default_billing_contact() -> None:
    company = copy.deepcopy(SEED["companies"][0])
    billing, other = company["lines"]["addresses"][1], company["lines"]["addresses"][0]
    billing["email"], other["email"] = "john@sfbay.example", "jen@sfbay.example"
    billing["phone"] = "+14155550100"

    ((_, customer),) = mapping.convert(CUSTOMER, [company]).converted

    assert customer == {
        "customerno": "00031",
        "companyname": "SF Bay Distribution",
        "firstname": "John",
        "lastname": "Sheldon",
        "phoneno": "+14155550100",
        "emailaddress1": "john@sfbay.example",
    }
    ledger = mapping.Options(ledger_code="XY22")
    ((_, with_code),) = mapping.convert(CUSTOMER, [company], options=ledger).converted
    assert with_code["cocode"] == "XY22"


def test_models_in_models_out_and_json_in_json_out_agree() -> None:
    record = SEED["invoices"][0]
    model = SalesInvoice.from_dict(json.loads(json.dumps(record, default=str)))

    from_json = mapping.convert_one(INVOICE, record)
    from_model = mapping.convert_one(INVOICE, model)

    assert isinstance(from_model, Invoice)
    assert from_model.to_dict() == from_json  # the generated client sends exactly this


def test_company_write_model_is_usable_by_the_generated_client() -> None:
    out = mapping.convert_one(
        "procurify.vendor -> accountingsuite.company",
        build("procurify.vendor", 7),
        form="model",
    )
    assert isinstance(out, CompanyWrite)
    assert out.company_type is CompanyType.VENDOR
    wire = out.to_dict()
    assert wire["lines"]["addresses"][0]["default_billing"] is True
    assert wire["cf4_string"] == "procurify:7"


def test_purchase_order_lines_charges_and_total_are_exact() -> None:
    order = build("procurify.purchase_order", 3)
    order["order_items"][0].update(price="19.99", quantity=3)
    order["order_items"][1].update(price="0.3333", quantity=3)  # 0.9999: not cents
    result = mapping.convert(PO, [order], lookups=LOOKUPS)
    assert result.converted == []
    assert reasons(result) == [
        (0, "order_items[1].price", "lines.line_items, doc_total", "inexact_amount")
    ]

    order["order_items"][1].update(price="2.25", quantity=Decimal("0.5"))
    order["tax"] = {"value": Decimal("5"), "type": "percentage"}
    # subtotal 59.97 + 1.125 -> 1.13 rounded?  No: 2.25 x 0.5 = 1.125 is not cents.
    result = mapping.convert(PO, [order], lookups=LOOKUPS)
    assert reasons(result) == [
        (
            0,
            "order_items[1].price, order_items[1].quantity",
            "lines.line_items, doc_total",
            "inexact_amount",
        )
    ]

    order["order_items"][1].update(price="2.50", quantity=Decimal("0.5"))
    subtotal = Decimal("19.99") * 3 + Decimal("1.25")  # 61.22
    tax = Decimal("3.06")  # 5 % of 61.22 = 3.061, half-up to the cent
    order["total"] = str(subtotal + Decimal("12.50") - Decimal("5.00") + tax)
    ((_, po),) = mapping.convert(PO, [order], lookups=LOOKUPS).converted

    lines = po["lines"]["line_items"]
    assert [
        (line["price"], line["quantity"], line["line_total"]) for line in lines
    ] == [
        (Decimal("19.99"), Decimal("3.0000"), Decimal("59.97")),
        (Decimal("2.50"), Decimal("0.5000"), Decimal("1.25")),
        (Decimal("12.50"), Decimal("1.0000"), Decimal("12.50")),  # freight
        (Decimal("3.06"), Decimal("1.0000"), Decimal("3.06")),  # tax
        (Decimal("-5.00"), Decimal("1.0000"), Decimal("-5.00")),  # discount
    ]
    assert [line["api_code"] for line in lines[2:]] == [
        LOOKUPS["charge"]["freight"],
        LOOKUPS["charge"]["tax"],
        LOOKUPS["charge"]["discount"],
    ]
    assert (
        po["doc_total"] == sum(line["line_total"] for line in lines) == Decimal("71.78")
    )
    assert po["customer_api_code"] == LOOKUPS["vendor"]["3"]
    assert po["po_date"] == "2024-03-01"
    assert jsonio.dumps(po).count(b'"doc_total":71.78') == 1  # a number, exact digits
    assert (
        list(
            validator("accountingsuite", "PurchaseOrderWrite").iter_errors(
                json.loads(jsonio.dumps(po))
            )
        )
        == []
    )

    order["total"] = "71.79"
    assert reasons(mapping.convert(PO, [order], lookups=LOOKUPS)) == [
        (0, "total", "lines.line_items, doc_total", "total_mismatch")
    ]


def test_unknown_references_are_per_record_errors_not_crashes() -> None:
    known = build("procurify.purchase_order", 1)
    unknown_vendor = {
        **build("procurify.purchase_order", 2),
        "pref_vendor": {"id": 999, "name": "New", "email": [], "type": 3},
    }
    unknown_item = build("procurify.purchase_order", 4)
    unknown_item["order_items"][0]["sku"] = "NOPE"

    result = mapping.convert(PO, [known, unknown_vendor, unknown_item], lookups=LOOKUPS)

    assert [i for i, _ in result.converted] == [0]
    assert reasons(result) == [
        (1, "pref_vendor.id", "customer_api_code", "unresolved_reference"),
        (
            2,
            "order_items[0].sku",
            "lines.line_items, doc_total",
            "unresolved_reference",
        ),
    ]
    no_lookups = mapping.convert(PO, [known])
    assert {f.reason for f in no_lookups.failures} == {Reason.UNRESOLVED_REFERENCE}


def test_codes_are_refused_when_too_long_descriptions_are_cut() -> None:
    item = build("procurify.catalog_item", 1)
    long_name = {**item, "name": "x" * 200}
    long_sku = {**item, "internalSKU": "S" * 51}

    result = mapping.convert(
        "procurify.catalog_item -> accountingsuite.item", [long_name, long_sku]
    )

    ((_, converted),) = result.converted
    assert converted["item_description"] == "x" * 150
    assert reasons(result) == [(1, "internalSKU", "item_code", "too_long")]


def test_company_string_booleans_pick_the_vendor_address() -> None:
    company = build("accountingsuite.company", 5)
    addresses = company["lines"]["addresses"]
    addresses[0]["city"], addresses[1]["city"] = "Oakland", "San Francisco"

    ((_, vendor),) = mapping.convert(
        "accountingsuite.company -> procurify.vendor", [company]
    ).converted
    assert vendor["city"] == "San Francisco"  # default_billing "true"

    addresses[0]["default_billing"], addresses[1]["default_billing"] = "true", "false"
    ((_, vendor),) = mapping.convert(
        "accountingsuite.company -> procurify.vendor", [company]
    ).converted
    assert vendor["city"] == "Oakland"
    assert vendor["external_id"] == company["api_code"]


def test_every_sample_record_is_valid_for_its_source_schema() -> None:
    for pair in PAIRS:
        check = validator(pair.source.partition(".")[0], pair.source_schema)
        for i in range(3):
            record: Any = json.loads(jsonio.dumps(build(pair.source, i)))
            assert list(check.iter_errors(record)) == [], pair.source


def test_one_bad_record_never_stops_the_batch() -> None:
    records: list[Any] = [
        SEED["invoices"][0],
        "not an object",
        {"api_code": 5},
        SEED["invoices"][2],
    ]
    result = mapping.convert(INVOICE, records)
    assert [i for i, _ in result.converted] == [0, 3]
    assert (1, "", "", "malformed_json") in reasons(result)
    assert (2, "api_code", "reference2", "wrong_type") in reasons(result)
