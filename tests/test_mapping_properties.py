"""Property tests of every mapping, with source records generated from the specs.

Sources come from the source spec's own component schema
(``hypothesis-jsonschema``); the Procurify purchase order, whose schema is too
large for that generator, has a targeted strategy that varies exactly what
the mapping reads (prices, quantities, charges, totals, references).  For
every mapping:

1. a valid source converts, or fails only with a named :class:`Reason`;
2. every converted record validates against the target spec's request schema;
3. where both directions exist, the mapped fields survive the round trip;
4. money is conserved exactly and no float appears anywhere;
5. the same input always gives the same output;
6. malformed input fails per record, naming the path.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import mapping
from ledgerlink.specs import json_schema, validator
from mapping import jsonio
from mapping.declaration import Pair
from mapping.errors import Reason
from mapping.pairs import PAIRS, find
from tests.fixtures.mapping.records import LOOKUPS, build

OPTIONS = mapping.Options(procurify_currency=1)
SCHEMA_PAIRS = [p for p in PAIRS if p.source != "procurify.purchase_order"]
SLOW = settings(suppress_health_check=list(HealthCheck))


def _service(name: str) -> str:
    return name.partition(".")[0]


def wire(record: Any) -> Any:
    """What the mapping reads off the wire: floats back to their JSON text, as Decimal."""
    return jsonio.loads(jsonio.dumps(record))


def no_float(value: Any) -> bool:
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(no_float(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(no_float(v) for v in value)
    return True


def check_batch(pair: Pair, record: Any) -> mapping.BatchResult:
    """Properties 1, 2, 4 (no float) and 5 for one generated record."""
    result = mapping.convert(pair, [record], lookups=LOOKUPS, options=OPTIONS)
    again = mapping.convert(pair, [record], lookups=LOOKUPS, options=OPTIONS)
    assert result == again  # 5: deterministic, failures included
    for failure in result.failures:  # 1: only named, explained failures
        assert isinstance(failure.reason, Reason)
        assert failure.message
        assert failure.index == 0
    assert bool(result.converted) != bool(result.failures)
    for _, out in result.converted:
        assert no_float(out)  # 4: nothing became a float on the way
        as_json = json.loads(jsonio.dumps(out))
        errors = list(
            validator(_service(pair.target), pair.target_schema).iter_errors(as_json)
        )
        assert errors == [], [e.message for e in errors]  # 2
    return result


# Nested objects the mappings do not read are pinned to one valid value, which
# keeps generation fast; every field a mapping reads comes from the schema.
_VENDOR = {"name": "V", "email": [], "type": 3}
PINNED: dict[str, dict[str, Any]] = {
    "procurify.vendor": {
        "payment_term_ref": None,
        "shipping_term_ref": None,
        "payment_method_ref": None,
        "shipping_method_ref": None,
        "payment_methods": [],
        "creditcards": [],
    },
    "procurify.catalog_item": {
        "pref_vendor": _VENDOR,
        "account_code": {"code": "6100", "description": "Furniture"},
        "currency": {"name": "USD", "rate": "1.000000"},
        "custom_fields": [],
        "departments": [],
        "selected_account": {},
    },
}


def _strategy(pair: Pair) -> st.SearchStrategy[Any]:
    service = _service(pair.source)
    schema = json_schema(service, pair.source_schema)
    pinned = PINNED.get(pair.source)
    if pinned:
        component = dict(schema["$defs"][pair.source_schema])
        component["properties"] = {
            **component["properties"],
            **{name: {"const": value} for name, value in pinned.items()},
        }
        schema = {**component, "$defs": schema["$defs"]}
    return from_schema(schema)


@pytest.mark.parametrize("pair", SCHEMA_PAIRS, ids=lambda p: p.name)
def test_generated_sources_convert_or_fail_by_name(
    pair: Pair, data: Any = None
) -> None:
    round_trip = ROUND_TRIPS.get(pair.name)

    @SLOW
    @given(_strategy(pair))
    def check(record: Any) -> None:
        record = wire(record)
        result = check_batch(pair, record)
        for _, out in result.converted:
            _money_conserved(pair, record, out)
            if round_trip is not None:
                round_trip(record, out)  # 3

    check()


def _money_conserved(pair: Pair, source: Any, out: Any) -> None:
    """4: the amounts that map are equal to the cent, whatever the unit."""
    if pair.target == "payorcrm.invoice":
        assert Decimal(out["invoiceAmount"]) == source["doc_total"] * 100
    if pair.target == "procurify.catalog_item" and "item_price" in source:
        assert Decimal(out["price"]) == source["item_price"]


# -- purchase orders: a strategy for what the mapping reads ---------------------

money = st.decimals(min_value=Decimal("-999999"), max_value=Decimal("999999"), places=2)
fine_money = st.decimals(min_value=Decimal("0"), max_value=Decimal("99999"), places=4)
quantities = st.decimals(min_value=Decimal("0"), max_value=Decimal("9999"), places=4)


@st.composite
def purchase_orders(draw: st.DrawFn) -> dict[str, Any]:
    order = build("procurify.purchase_order", draw(st.integers(0, 10_000)))
    count = draw(st.integers(1, 4))
    order["order_items"] = [order["order_items"][0] | {} for _ in range(count)]
    subtotal = Decimal(0)
    line_tax = Decimal(0)
    exact = True
    for n, item in enumerate(order["order_items"]):
        price = draw(st.one_of(money, fine_money))
        quantity = draw(st.one_of(st.integers(0, 500).map(Decimal), quantities))
        tax = draw(st.one_of(st.none(), money.map(abs)))
        item.update(
            price=str(price),
            quantity=quantity,
            sku=draw(st.sampled_from([*list(LOOKUPS["item"])[:5], "UNKNOWN"])),
            tax_amount=None if tax is None else str(tax),
            num=str(n),
        )
        product = price * quantity
        exact &= product == product.quantize(Decimal("0.01"))
        subtotal += product
        line_tax += tax or 0
    freight = draw(st.one_of(st.none(), money.map(abs)))
    other = draw(st.one_of(st.none(), money))
    discount_kind = draw(st.sampled_from(["amount", "percentage"]))
    discount_value = draw(st.decimals(min_value=0, max_value=50, places=2))
    tax_kind = draw(st.sampled_from(["amount", "percentage"]))
    tax_value = draw(st.decimals(min_value=0, max_value=30, places=2))
    order.update(
        freight=None if freight is None else str(freight),
        other=None if other is None else str(other),
        discount={"value": discount_value, "type": discount_kind},
        tax={"value": tax_value, "type": tax_kind},
    )
    cent = Decimal("0.01")

    def charge(value: Decimal, kind: str) -> Decimal:
        if kind == "amount":
            return value
        return (subtotal * value / 100).quantize(cent, rounding=ROUND_HALF_UP)

    total = (
        subtotal
        + (freight or 0)
        + (other or 0)
        - charge(discount_value, discount_kind)
        + charge(tax_value, tax_kind)
        + line_tax
    )
    off_by = draw(st.sampled_from([Decimal(0)] * 4 + [cent]))
    order["subtotal"] = str(subtotal.quantize(cent)) if exact else "0"
    order["total"] = str(total + off_by) if exact else "0"
    return order


@SLOW
@given(purchase_orders())
def test_purchase_orders_are_exact_to_the_cent_or_refused(
    order: dict[str, Any],
) -> None:
    pair = find("procurify.purchase_order", "accountingsuite.purchase_order")
    result = check_batch(pair, wire(order))
    for _, po in result.converted:
        lines = po["lines"]["line_items"]
        for line in lines:
            assert line["line_total"] == line["price"] * line["quantity"]  # exact
            assert line["price"].as_tuple().exponent == -2
            assert line["quantity"].as_tuple().exponent == -4
        assert po["doc_total"] == sum(line["line_total"] for line in lines)
        assert po["doc_total"] == Decimal(order["total"])
    for failure in result.failures:
        assert failure.reason in {
            Reason.INEXACT_AMOUNT,
            Reason.TOTAL_MISMATCH,
            Reason.UNRESOLVED_REFERENCE,
        }


# -- 3: round trips -------------------------------------------------------------


def _as_read_company(write: dict[str, Any]) -> dict[str, Any]:
    """What AccountingSuite answers for a company created from ``write``."""
    addresses = [
        {
            **a,
            "api_code": "82f93fd6-7705-11e3-8058-e3003205b13a",
            "default_billing": "true" if a.get("default_billing") else "false",
            "default_shipping": "true" if a.get("default_shipping") else "false",
        }
        for a in write.get("lines", {}).get("addresses", [])
    ]
    return {
        **write,
        "api_code": "82f93fd5-7705-11e3-8058-e3003205b13a",
        "company_code": "00031",
        "lines": {"addresses": addresses},
    }


def _normal_text(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


VENDOR_FIELDS = [
    "name",
    "addressLineOne",
    "addressLineTwo",
    "city",
    "state_province",
    "postalCode",
    "country",
    "phoneOne",
    "phoneTwo",
    "url",
    "comments",
]


def vendor_round_trip(vendor: Any, company: Any) -> None:
    ((_, back),) = mapping.convert(
        "accountingsuite.company -> procurify.vendor", [_as_read_company(company)]
    ).converted
    for field in VENDOR_FIELDS:
        if vendor.get(field):
            assert back.get(field) == vendor[field], field
    emails = [e.strip() for e in vendor["email"] if e.strip()]
    assert back["email"] == emails[:1]
    contact = _normal_text(vendor.get("contact") or "")
    if contact:
        assert back["contact"] == contact


def catalog_item_round_trip(item: Any, as_item: Any) -> None:
    read = {**as_item, "api_code": "298924c5-7709-11e3-8058-e3003205b13a"}
    ((_, back),) = mapping.convert(
        "accountingsuite.item -> procurify.catalog_item", [read], options=OPTIONS
    ).converted
    assert back["internalSKU"] == item["internalSKU"]
    assert back["name"] == item["name"][:150]
    if item.get("unitType"):
        assert back["unitType"] == item["unitType"]


def item_round_trip(item: Any, catalog: Any) -> None:
    read = {
        **catalog,
        "id": 1,
        "pref_vendor": {"name": "V", "email": [], "type": 3},
        "account_code": {"code": "1", "description": "d"},
        "currency": {"name": "USD", "rate": "1"},
    }
    result = mapping.convert("procurify.catalog_item -> accountingsuite.item", [read])
    if not result.converted:  # only an item code AccountingSuite cannot hold
        assert {f.reason for f in result.failures} <= {Reason.MISSING, Reason.TOO_LONG}
        return
    ((_, back),) = result.converted
    for field in ("item_code", "item_description", "unit_of_measure"):
        if item.get(field):
            assert back[field] == item[field], field


ROUND_TRIPS = {
    "procurify.vendor -> accountingsuite.company": vendor_round_trip,
    "procurify.catalog_item -> accountingsuite.item": catalog_item_round_trip,
    "accountingsuite.item -> procurify.catalog_item": item_round_trip,
}


# -- 6: malformed input ---------------------------------------------------------

MALFORMED = [
    ("accountingsuite.invoice", "doc_total", "a lot", Reason.WRONG_TYPE, "doc_total"),
    (
        "accountingsuite.invoice",
        "lines",
        {"line_items": [{"api_code": 7}]},
        Reason.WRONG_TYPE,
        "lines.line_items[0].api_code",
    ),
    ("accountingsuite.company", "api_code", None, Reason.WRONG_TYPE, "api_code"),
    (
        "accountingsuite.company",
        "lines",
        {"addresses": [{"api_code": "a", "default_billing": "yes"}]},
        Reason.UNKNOWN_ENUM,
        "lines.addresses[0].default_billing",
    ),
    ("procurify.vendor", "type", "preferred", Reason.UNKNOWN_ENUM, "type"),
    ("procurify.vendor", "email", "ap@example.com", Reason.WRONG_TYPE, "email"),
    ("procurify.catalog_item", "internalSKU", "S" * 60, Reason.TOO_LONG, "internalSKU"),
    (
        "procurify.purchase_order",
        "discount",
        {"value": 1, "type": "bogus"},
        Reason.UNKNOWN_ENUM,
        "discount.type",
    ),
    ("procurify.purchase_order", "date", "24/08/2019", Reason.INVALID_DATE, "date"),
    ("accountingsuite.item", "item_price", "12.50", Reason.WRONG_TYPE, "item_price"),
]


@pytest.mark.parametrize(("source", "field", "value", "reason", "path"), MALFORMED)
def test_malformed_fields_fail_their_record_naming_the_path(
    source: str, field: str, value: Any, reason: Reason, path: str
) -> None:
    pair = next(p for p in PAIRS if p.source == source)
    good = build(source, 1)
    bad = {**build(source, 2), field: value}

    result = mapping.convert(pair, [good, bad, good], lookups=LOOKUPS, options=OPTIONS)

    assert [i for i, _ in result.converted] == [0, 2]
    assert {(f.index, f.reason) for f in result.failures} == {(1, reason)}
    assert any(f.path.startswith(path) for f in result.failures), result.failures


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_missing_required_source_fields_name_the_field(pair: Pair) -> None:
    required = json_schema(_service(pair.source), pair.source_schema)["$defs"][
        pair.source_schema
    ].get("required", [])
    for field in required:
        record = build(pair.source, 3)
        record.pop(field, None)
        result = mapping.convert(pair, [record], lookups=LOOKUPS, options=OPTIONS)
        assert result.converted == [], field
        assert any(
            f.path == field and f.reason == Reason.MISSING for f in result.failures
        ), (field, result.failures)
