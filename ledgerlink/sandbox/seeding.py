"""Initial records: the seed documents' examples, plus deterministic bulk records.

``seed_data/*.json`` hold the examples of the vendors' documents in each
service's stored form, with every repair of a broken example written down in
the file's ``_fixes``.  :class:`Seeding` adds as many generated records as a
test or benchmark needs (so a sync pages across many pages); they are derived
from their index alone, so two sandboxes seeded alike hold identical data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from importlib import resources
from typing import Any

from ledgerlink.sandbox.accountingsuite import AccountingSuiteState
from ledgerlink.sandbox.payorcrm import PayorCRMState
from ledgerlink.sandbox.store import Record
from mapping import jsonio

# Generated-record kinds, per service, and the names `Seeding.counts` accepts.
KINDS = (
    "vendors",
    "catalog_items",
    "purchase_orders",
    "companies",
    "items",
    "invoices",
    "cash_sales",
)
PACIFIC = timezone(timedelta(hours=-8))
_NAMESPACE = uuid.UUID("6f1d2c1e-5b43-4c7e-9a55-0c0ffee0a11e")


@dataclass(frozen=True)
class Seeding:
    """What a fresh sandbox holds.

    ``examples``: the seed documents' example records.  ``count``: generated
    records of every kind; ``counts`` overrides it per kind (see ``KINDS``),
    e.g. ``Seeding(count=30, counts={"invoices": 10_000})``.
    """

    examples: bool = True
    count: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.counts) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown seed kinds {sorted(unknown)}; known: {KINDS}")
        if self.count < 0 or any(n < 0 for n in self.counts.values()):
            raise ValueError("seed counts must be >= 0")

    def of(self, kind: str) -> int:
        return self.counts.get(kind, self.count)


def load(service: str) -> dict[str, Any]:
    """The example records of one service (``seed_data/<service>.json``)."""
    raw = (
        resources.files("ledgerlink.sandbox")
        .joinpath("seed_data", f"{service}.json")
        .read_bytes()
    )
    data: dict[str, Any] = jsonio.loads(raw)
    return data


def stable_uuid(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(map(str, parts))))


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


def _as_date(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _as_document(record: Record) -> Record:
    out = dict(record)
    for key in ("date", "due_date", "po_date", "delivery_date"):
        if out.get(key):
            out[key] = _as_date(out[key])
    for key in ("doc_total", "sales_tax_total"):
        if key in out:
            out[key] = _money(out[key])
    out["lines"] = [
        {
            **line,
            "price": _money(line["price"]),
            "quantity": _money(line["quantity"]),
            "line_total": _money(line["line_total"]),
        }
        for line in record["lines"]
    ]
    return out


# --- AccountingSuite ---------------------------------------------------------


def seed_accountingsuite(state: AccountingSuiteState, seeding: Seeding) -> None:
    data = load("accountingsuite")
    state.categories.update(data["categories"])
    state.units.update(data["units"])
    if seeding.examples:
        for company in data["companies"]:
            state.companies.seed(company)
        for item in data["items"]:
            state.items.seed(item)
        for record in data["cash_sales"]:
            state.cash_sales.seed(_as_document(record))
        for record in data["invoices"]:
            state.invoices.seed(_as_document(record))
        for record in data["purchase_orders"]:
            state.purchase_orders.seed(_as_document(record))
    companies = [_company(n) for n in range(1, seeding.of("companies") + 1)]
    for company in companies:
        state.companies.seed(company)
    items = [_item(n) for n in range(1, seeding.of("items") + 1)]
    for item in items:
        state.items.seed(item)
    customers = [c for c in state.companies if "customer" in c["company_type"]]
    products = state.items.all()
    for kind, collection, number_field in (
        ("invoice", state.invoices, "invoice_number"),
        ("cash_sale", state.cash_sales, "cash_sale_number"),
    ):
        total = seeding.of("invoices" if kind == "invoice" else "cash_sales")
        if total and (not customers or not products):
            raise ValueError(f"generated {kind}s need customers and items to refer to")
        for n in range(1, total + 1):
            record = _document(kind, n, customers, products)
            record[number_field] = state.next_number(kind, 6)
            collection.seed(record)


def _company(n: int) -> Record:
    kind = "customer+vendor" if n % 5 == 0 else "customer"
    return {
        "api_code": stable_uuid("as-company", n),
        "company_code": f"{10000 + n:05d}"[-5:],
        "company_name": f"Sandbox Customer {n:05d}",
        "company_type": kind,
        "website": f"https://customer{n}.example.com",
        "addresses": [
            {
                "api_code": stable_uuid("as-address", n),
                "address_code": f"{20000 + n:05d}"[-5:],
                "address_id": "Primary",
                "first_name": "Pat",
                "last_name": f"Buyer{n}",
                "address_line1": f"{n} Market St",
                "city": "San Francisco",
                "state": "CA",
                "zip": "94105",
                "country": "US",
                "email": f"ap{n}@customer{n}.example.com",
                "default_billing": True,
                "default_shipping": True,
            }
        ],
    }


def _item(n: int) -> Record:
    service = n % 3 == 0
    return {
        "api_code": stable_uuid("as-item", n),
        "item_code": f"SBX-{n:05d}",
        "item_description": f"Sandbox {'service' if service else 'product'} {n}",
        "item_type": "service" if service else "product",
        "unit_of_measure": "hour" if service else "each",
        "item_price": Decimal(n % 90 + 10) + Decimal(n % 100) / 100,
    }


def _document(
    kind: str, n: int, customers: list[Record], products: list[Record]
) -> Record:
    """One generated cash sale or invoice; every third has a time of day (offset date)."""
    customer = customers[n % len(customers)]
    lines = []
    for offset in range(1 + n % 3):
        item = products[(n + offset) % len(products)]
        price = Decimal(5 + (n * 7 + offset) % 400) + Decimal((n + offset) % 100) / 100
        quantity = Decimal(1 + (n + offset) % 4)
        lines.append(
            {
                "api_code": item["api_code"],
                "price": price,
                "quantity": quantity,
                "line_total": price * quantity,
            }
        )
    day = date(2024, 1, 1) + timedelta(days=n % 365)
    when: date | datetime = (
        datetime(
            day.year, day.month, day.day, 9 + n % 8, n % 60, n % 60, tzinfo=PACIFIC
        )
        if n % 3 == 0
        else day
    )
    record: Record = {
        "api_code": stable_uuid(f"as-{kind}", n),
        "customer_api_code": customer["api_code"],
        "ship_to_api_code": customer["addresses"][0]["api_code"],
        "date": when,
        "ref_num": f"SBX{kind[0].upper()}{n:07d}",
        "memo": f"sandbox {kind.replace('_', ' ')} {n}",
        "sales_tax_total": Decimal(0),
        "doc_total": sum((line["line_total"] for line in lines), Decimal(0)),
        "lines": lines,
    }
    if kind == "invoice":
        # Every seventh invoice has no due date: the server writes it as "".
        record["due_date"] = None if n % 7 == 0 else day + timedelta(days=30)
    return record


# --- PayorCRM ----------------------------------------------------------------


def seed_payorcrm(state: PayorCRMState, seeding: Seeding) -> None:
    if not seeding.examples:
        return
    data = load("payorcrm")
    for customer in data["customers"]:
        state.customers.seed(customer)
    for invoice in data["invoices"]:
        state.invoices.seed(invoice)
