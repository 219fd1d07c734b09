"""The AccountingSuite sandbox: companies, items, cash sales, invoices, purchase orders.

Records are stored in plain Python form (``Decimal`` amounts, ``date`` or
aware ``datetime`` dates, ``bool`` flags) and written out the way the real
server writes them (``../shared/reference/accountingsuite-server-notes.md``):

- errors are bodies ``{"status": "error", "message": "[field] : text"}`` sent
  with HTTP 200, with the extra keys the server adds (``api_code`` of the
  existing record on a duplicate company name or item code);
- address flags come back as the strings ``"true"``/``"false"``;
- dates are ``yyyy-mm-dd`` at midnight, ``yyyy-mm-ddTHH:MM:SS-08`` otherwise,
  ``""`` when empty; an absent reference is the nil UUID; empty text is ``""``;
- items take ``item_category`` and return ``category``; invoices return
  ``invoice_number``; purchase orders return top-level ``line_items`` whose
  item code is ``item``;
- lists are paged as the later server pages them: companies and items by
  ``limit`` (default 10) and ``start_after``/``end_before`` with
  ``more_records``, ``num_records_listed``, ``total_num_records``; cash sales
  and invoices by ``limit`` (at most 100) and ``start_from``/``end_before``
  with ``has_more`` and ``numOfRecords``; invoices under ``invoices``.
  ``legacy_lists=True`` answers every record with no paging keys, as the
  2014 server did.
"""

from __future__ import annotations

import hmac
import itertools
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ledgerlink.sandbox.app import Credentials, Refused, checked_body
from ledgerlink.sandbox.store import Collection, Record
from ledgerlink.sandbox.validation import Problem
from ledgerlink.sandbox.wire import json_response, number

SERVICE = "accountingsuite"
NIL_UUID = "00000000-0000-0000-0000-000000000000"

ADDRESS_TEXT = [
    "address_id",
    "first_name",
    "middle_name",
    "last_name",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "zip",
    "country",
    "phone",
    "cell",
    "email",
    "sales_tax_code",
    "notes",
]
COMPANY_TEXT = ["website", "price_level", "notes"] + [
    f"cf{n}_string" for n in range(1, 6)
]
CUSTOM_NUMBERS = [f"cf{n}_num" for n in range(1, 6)]
ITEM_TEXT = ["unit_of_measure"] + [f"cf{n}_string" for n in range(1, 6)]
# What a client may set; other keys in a body are ignored, as the server does,
# so a body can never overwrite server-assigned fields (api_code, numbers).
COMPANY_WRITABLE = {"company_name", "company_type", *COMPANY_TEXT, *CUSTOM_NUMBERS}
ITEM_WRITABLE = {
    "item_code",
    "item_description",
    "item_type",
    "item_category",
    *ITEM_TEXT,
    *CUSTOM_NUMBERS,
}
DOCUMENT_WRITABLE = {
    "customer_api_code",
    "ship_to_api_code",
    "address_api_code",
    "ds_customer_api_code",
    "ds_address_api_code",
    "po_number",
    "date",
    "due_date",
    "po_date",
    "delivery_date",
    "ref_num",
    "memo",
    "project",
    "class",
    "line_subtotal",
    "discount",
    "discount_percent",
    "subtotal",
    "shipping",
    "sales_tax_total",
    "doc_total",
}
LINE_WRITABLE = {
    "api_code",
    "price",
    "quantity",
    "line_total",
    "unit_of_measure",
    "project",
    "class",
}
PURCHASE_TEXT = ["purchase_" + field for field in ADDRESS_TEXT]


def wire_date(value: date | datetime | None) -> str:
    """A stored date as the server writes it (see the module docstring)."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return value.isoformat()
    if (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    offset = value.utcoffset()
    if offset is None or offset == timedelta(0):
        return text + "Z"
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}" + (f":{rest:02d}" if rest else "")


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _amount(value: Any) -> Decimal | int:
    return number(value if isinstance(value, Decimal | int) else Decimal(str(value)))


class AccountingSuiteState:
    """The tenant's records, plus the categories and units items may name."""

    def __init__(self) -> None:
        self.companies = Collection("companies", "api_code")
        self.items = Collection("items", "api_code")
        self.cash_sales = Collection("cash_sales", "api_code")
        self.invoices = Collection("invoices", "api_code")
        self.purchase_orders = Collection("purchase_orders", "api_code")
        self.categories: set[str] = set()
        self.units: set[str] = set()
        self._numbers: dict[str, itertools.count[int]] = {}
        self._uuids = itertools.count(1)

    def counts(self) -> dict[str, int]:
        return {
            "companies": len(self.companies),
            "items": len(self.items),
            "cash_sales": len(self.cash_sales),
            "invoices": len(self.invoices),
            "purchase_orders": len(self.purchase_orders),
        }

    def new_api_code(self) -> str:
        """A fresh UUID, deterministic per run so replays compare equal."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sandbox:as:{next(self._uuids)}"))

    def next_number(self, series: str, width: int) -> str:
        """The next consecutive document/record number of a series ("000012")."""
        if series not in self._numbers:
            self._numbers[series] = itertools.count(self._start(series))
        return f"{next(self._numbers[series]):0{width}d}"

    def _start(self, series: str) -> int:
        field, collection = {
            "company": ("company_code", self.companies),
            "address": ("address_code", None),
            "cash_sale": ("cash_sale_number", self.cash_sales),
            "invoice": ("invoice_number", self.invoices),
            "po": ("po_number", self.purchase_orders),
        }[series]
        if collection is None:
            codes = [
                address["address_code"]
                for company in self.companies
                for address in company["addresses"]
            ]
        else:
            codes = [record.get(field, "") for record in collection]
        numeric = [int(code) for code in codes if str(code).isdigit()]
        return max(numeric, default=0) + 1


# --- rendering ---------------------------------------------------------------


def render_address(address: Record) -> Record:
    out: Record = {field: address.get(field, "") for field in ADDRESS_TEXT}
    out["address_code"] = address["address_code"]
    out["api_code"] = address["api_code"]
    out["default_billing"] = _bool(address.get("default_billing", False))
    out["default_shipping"] = _bool(address.get("default_shipping", False))
    return out


def render_company(company: Record) -> Record:
    out: Record = {
        "api_code": company["api_code"],
        "company_code": company["company_code"],
        "company_name": company["company_name"],
        "company_type": company.get("company_type", "customer"),
    }
    out.update({field: company.get(field, "") for field in COMPANY_TEXT})
    out.update({field: _amount(company.get(field, 0)) for field in CUSTOM_NUMBERS})
    out["lines"] = {"addresses": [render_address(a) for a in company["addresses"]]}
    return out


def render_item(item: Record) -> Record:
    product = item.get("item_type", "product") == "product"
    out: Record = {
        "api_code": item["api_code"],
        "item_code": item["item_code"],
        "item_description": item["item_description"],
        "item_type": item.get("item_type", "product"),
        "category": item.get("category", ""),
        "item_price": _amount(item.get("item_price", 0)),
        "cogs_account": "5000" if product else "",
        "inventory_or_expense_account": "1300" if product else "6000",
        "income_account": "4000",
        "price_levels": [],
    }
    if product:
        out["costing_method"] = "weighted_average"
    out.update({field: item.get(field, "") for field in ITEM_TEXT})
    out.update({field: _amount(item.get(field, 0)) for field in CUSTOM_NUMBERS})
    return out


class _Renderer:
    """Writes documents, resolving their company, address and item references."""

    def __init__(self, state: AccountingSuiteState) -> None:
        self.state = state

    def _company(self, api_code: str) -> Record:
        return self.state.companies.get(api_code) or {
            "company_code": "",
            "company_name": "",
            "addresses": [],
        }

    def _address(self, company: Record, api_code: str | None) -> Record:
        addresses: list[Record] = company["addresses"]
        for address in addresses:
            if address["api_code"] == api_code:
                return address
        return {"api_code": NIL_UUID, "address_code": "", "address_id": ""}

    def _item(self, api_code: str) -> Record:
        return self.state.items.get(api_code) or {
            "item_code": "",
            "item_description": "",
        }

    def document_lines(self, lines: list[Record]) -> list[Record]:
        out = []
        for line in lines:
            item = self._item(line["api_code"])
            out.append(
                {
                    "api_code": line["api_code"],
                    "item_code": item["item_code"],
                    "item_description": item["item_description"],
                    "price": _amount(line["price"]),
                    "quantity": _amount(line["quantity"]),
                    "line_total": _amount(line["line_total"]),
                }
            )
        return out

    def sales_document(self, record: Record, kind: str, *, listed: bool) -> Record:
        """A cash sale or invoice; lists leave out lines and references, as the server does."""
        company = self._company(record["customer_api_code"])
        address = self._address(company, record.get("ship_to_api_code"))
        out: Record = {
            "api_code": record["api_code"],
            "company_code": company["company_code"],
            "company_name": company["company_name"],
            "date": wire_date(record.get("date")),
            "ref_num": record.get("ref_num", ""),
            "memo": record.get("memo", ""),
            "sales_tax_total": _amount(record.get("sales_tax_total", 0)),
            "doc_total": _amount(record["doc_total"]),
            "ship_to_address_id": address["address_id"],
        }
        if kind == "invoice":
            out["invoice_number"] = record["invoice_number"]
            out["due_date"] = wire_date(record.get("due_date"))
        else:
            out["cash_sale_number"] = record["cash_sale_number"]
            out["payment_method"] = "Cash"
        if listed or kind == "cash_sale":
            # The invoice create/retrieve answer lacks this key; lists have it.
            out["ship_to_address_code"] = address["address_code"]
        if not listed:
            out["customer_api_code"] = record["customer_api_code"]
            out["ship_to_api_code"] = address["api_code"]
            out["lines"] = {"line_items": self.document_lines(record["lines"])}
        return out

    def purchase_order(self, record: Record) -> Record:
        company = self._company(record["customer_api_code"])
        address = self._address(company, record.get("address_api_code"))
        out: Record = {
            "api_code": record["api_code"],
            "po_number": record["po_number"],
            "po_date": wire_date(record.get("po_date")),
            "delivery_date": wire_date(record.get("delivery_date")),
            "customer_api_code": record["customer_api_code"],
            "company": company["company_name"],
            "address_api_code": address["api_code"],
            "ds_customer_api_code": record.get("ds_customer_api_code") or NIL_UUID,
            "ds_customer": "",
            "ds_address_api_code": record.get("ds_address_api_code") or NIL_UUID,
            "ds_address_id": "",
            "memo": record.get("memo", ""),
            "project": record.get("project", ""),
            "class": record.get("class", ""),
            "doc_total": _amount(record["doc_total"]),
        }
        for field in PURCHASE_TEXT:
            source = field.removeprefix("purchase_")
            out[field] = record.get(field) or address.get(source, "")
        out["line_items"] = [
            {
                "api_code": line["api_code"],
                "item": self._item(line["api_code"])["item_code"],
                "item_description": self._item(line["api_code"])["item_description"],
                "price": _amount(line["price"]),
                "quantity": _amount(line["quantity"]),
                "unit_of_measure": line.get("unit_of_measure", ""),
                "line_total": _amount(line["line_total"]),
                "project": line.get("project", ""),
                "class": line.get("class", ""),
            }
            for line in record["lines"]
        ]
        return out


# --- errors ------------------------------------------------------------------


def error(message: str, **extra: Any) -> Response:
    """An error as the server sends it: a body with status "error", HTTP 200."""
    return json_response({"status": "error", "message": message, **extra})


def _field(path: str) -> str:
    return path.removeprefix("$").removeprefix(".") or "body"


def refusal(problems: list[Problem]) -> Response:
    """Schema problems as error bodies; several use ``message1``, ``message2``…"""
    messages = [f"[{_field(p.path)}] : {p.message}" for p in problems]
    if len(messages) == 1:
        return json_response({"status": "error", "message": messages[0]})
    body: Record = {"status": "error"}
    body.update({f"message{n}": text for n, text in enumerate(messages, start=1)})
    return json_response(body)


class _Rejected(Exception):
    """A business rule the server enforces, answered as an error body."""

    def __init__(self, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra


# --- paging ------------------------------------------------------------------


def _int_param(request: Request, name: str) -> int | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise _Rejected(f"[{name}] : must be a whole number.") from None


def _window(
    collection: Collection,
    request: Request,
    *,
    default_limit: int,
    max_limit: int,
    after: str,
    inclusive: bool,
) -> tuple[list[Record], int, bool]:
    """The page a list request asks for, the total, and whether more remain."""
    limit = _int_param(request, "limit") or default_limit
    if limit < 1:
        raise _Rejected("[limit] : must be at least 1.")
    limit = min(limit, max_limit)
    start_code = request.query_params.get(after)
    end_code = request.query_params.get("end_before")
    total = len(collection)
    if end_code is not None:
        end = collection.position(end_code)
        if end is None:
            raise _Rejected(f"[end_before] : {end_code} was not found.")
        start = max(0, end - limit)
        records, _ = collection.window(start, end)
        return records, total, start > 0
    start = 0
    if start_code is not None:
        position = collection.position(start_code)
        if position is None:
            raise _Rejected(f"[{after}] : {start_code} was not found.")
        start = position if inclusive else position + 1
    records, _ = collection.window(start, start + limit)
    return records, total, start + limit < total


# --- handlers ----------------------------------------------------------------


def _authorized(request: Request, credentials: Credentials) -> bool:
    key = request.headers.get("apisecretkey")
    if key is None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        key = token.strip() if scheme.lower() == "bearer" else ""
    return hmac.compare_digest(key, credentials.accountingsuite_api_key)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


def routes(
    state: AccountingSuiteState, credentials: Credentials, *, legacy_lists: bool = False
) -> list[BaseRoute]:
    render = _Renderer(state)

    def endpoint(
        handler: Callable[[Request], Any],
    ) -> Callable[[Request], Any]:
        async def wrapped(request: Request) -> Response:
            if not _authorized(request, credentials):
                return json_response(
                    {"status": "error", "message": "Invalid apisecretkey."}, 401
                )
            try:
                result: Response = await handler(request)
            except Refused as refused:
                return refusal(refused.problems)
            except _Rejected as rejected:
                return error(rejected.message, **rejected.extra)
            return result

        return wrapped

    # companies ---------------------------------------------------------------

    def build_addresses(
        sent: list[Record], existing: list[Record] | None = None
    ) -> list[Record]:
        addresses = [dict(a) for a in existing or []]
        for entry in sent:
            if "api_code" in entry:
                target = next(
                    (a for a in addresses if a["api_code"] == entry["api_code"]), None
                )
                if target is None:
                    raise _Rejected(
                        f"[address.api_code] : {entry['api_code']} is not an address of this company."
                    )
                target.update(entry)
            elif "address_id" in entry:
                address = {
                    **entry,
                    "api_code": state.new_api_code(),
                    "address_code": state.next_number("address", 5),
                }
                addresses.append(address)
            else:
                raise _Rejected(
                    "[address.address_id] : This is required to create a new address.",
                    message1="[address.address_id] : This is required to create a new address.",
                    message2="[address.api_code] : This is required to update an existing address.",
                )
        if not addresses:
            addresses.append(
                {
                    "api_code": state.new_api_code(),
                    "address_code": state.next_number("address", 5),
                    "address_id": "Primary",
                }
            )
        for flag in ("default_billing", "default_shipping"):
            chosen = [a for a in addresses if a.get(flag)]
            winner = chosen[-1] if chosen else addresses[0]
            for address in addresses:
                address[flag] = address is winner
        return addresses

    def check_company_name(name: str, own: str | None) -> None:
        clash = state.companies.find(
            lambda c: c["company_name"] == name and c["api_code"] != own
        )
        if clash is not None:
            raise _Rejected(
                "[company_name] : The company already exists.",
                api_code=clash["api_code"],
            )

    def company_fields(body: Record) -> Record:
        return {k: v for k, v in body.items() if k in COMPANY_WRITABLE}

    async def create_company(request: Request) -> Response:
        body = await checked_body(request, SERVICE, "post", "/companies")
        if "company_code" in body:
            raise _Rejected(
                "[company_code] : The company code is assigned by the server."
            )
        check_company_name(body["company_name"], None)
        company = {
            "company_type": "customer",
            **company_fields(body),
            "api_code": state.new_api_code(),
            "company_code": state.next_number("company", 5),
            "addresses": build_addresses(body.get("lines", {}).get("addresses", [])),
        }
        return json_response(render_company(state.companies.add(company)))

    async def update_company(request: Request) -> Response:
        company = _existing(state.companies, request, "company")
        body = await checked_body(request, SERVICE, "put", "/companies/{api_code}")
        if "company_name" in body:
            check_company_name(body["company_name"], company["api_code"])
        company.update(company_fields(body))
        if "lines" in body:
            company["addresses"] = build_addresses(
                body["lines"].get("addresses", []), company["addresses"]
            )
        return json_response(render_company(state.companies.replace(company)))

    # items -------------------------------------------------------------------

    def check_item(body: Record, own: str | None) -> None:
        if "item_code" in body:
            clash = state.items.find(
                lambda i: i["item_code"] == body["item_code"] and i["api_code"] != own
            )
            if clash is not None:
                raise _Rejected(
                    "[item_code] : The item already exists.", api_code=clash["api_code"]
                )
        category = body.get("item_category")
        if category and category not in state.categories:
            raise _Rejected(
                "[item_category] : The category does not exist. You must create the item category first."
            )
        unit = body.get("unit_of_measure")
        if unit and unit not in state.units:
            raise _Rejected("[unit_of_measure] : The unit of measure does not exist.")

    def item_fields(body: Record) -> Record:
        fields = {
            k: v for k, v in body.items() if k in ITEM_WRITABLE and k != "item_category"
        }
        if "item_category" in body:
            fields["category"] = body["item_category"]
        return fields

    async def create_item(request: Request) -> Response:
        body = await checked_body(request, SERVICE, "post", "/items")
        check_item(body, None)
        item = {
            "item_type": "product",  # the 2015 server's default (not "service")
            **item_fields(body),
            "api_code": state.new_api_code(),
        }
        return json_response(render_item(state.items.add(item)))

    async def update_item(request: Request) -> Response:
        item = _existing(state.items, request, "item")
        body = await checked_body(request, SERVICE, "put", "/items/{api_code}")
        if "item_type" in body and body["item_type"] != item.get(
            "item_type", "product"
        ):
            raise _Rejected("[item_type] : Cannot change the item type.")
        check_item(body, item["api_code"])
        item.update(item_fields(body))
        return json_response(render_item(state.items.replace(item)))

    # cash sales and invoices -----------------------------------------------

    def check_references(body: Record, address_field: str | None) -> None:
        company = state.companies.get(body["customer_api_code"])
        if company is None:
            raise _Rejected("[customer_api_code] : The company does not exist.")
        if address_field is not None and body.get(address_field):
            codes = {a["api_code"] for a in company["addresses"]}
            if body[address_field] not in codes:
                label = (
                    "Shipping" if address_field == "ship_to_api_code" else "Purchase"
                )
                raise _Rejected(
                    f"[{address_field}] : {label} Address does not belong to the Company."
                )
        for index, line in enumerate(body["lines"]["line_items"]):
            if line["api_code"] not in state.items:
                raise _Rejected(
                    f"[lines.line_items[{index}].api_code] : The item does not exist."
                )

    def document_fields(body: Record) -> Record:
        fields = {k: v for k, v in body.items() if k in DOCUMENT_WRITABLE}
        for key in ("date", "due_date", "po_date", "delivery_date"):
            if key in fields:
                fields[key] = _date(fields[key])
        fields.update({k: v for k, v in body.items() if k in PURCHASE_TEXT})
        fields["lines"] = [
            {k: v for k, v in line.items() if k in LINE_WRITABLE}
            for line in body["lines"]["line_items"]
        ]
        return fields

    def sales_document_endpoints(
        kind: str, collection: Collection, path: str, list_key: str
    ) -> list[BaseRoute]:
        number_field = "invoice_number" if kind == "invoice" else "cash_sale_number"

        async def create(request: Request) -> Response:
            body = await checked_body(request, SERVICE, "post", path)
            check_references(body, "ship_to_api_code")
            record = {
                **document_fields(body),
                "api_code": state.new_api_code(),
                number_field: state.next_number(kind, 6),
            }
            stored = collection.add(record)
            return json_response(render.sales_document(stored, kind, listed=False))

        async def retrieve(request: Request) -> Response:
            record = _existing(collection, request, kind.replace("_", " "))
            return json_response(render.sales_document(record, kind, listed=False))

        async def update(request: Request) -> Response:
            record = _existing(collection, request, kind.replace("_", " "))
            body = await checked_body(request, SERVICE, "put", path + "/{api_code}")
            check_references(body, "ship_to_api_code")
            record.update(document_fields(body))
            stored = collection.replace(record)
            return json_response(render.sales_document(stored, kind, listed=False))

        async def listing(request: Request) -> Response:
            if legacy_lists:
                records = collection.all()
                return json_response(
                    {
                        list_key: [
                            render.sales_document(r, kind, listed=True) for r in records
                        ]
                    }
                )
            records, total, more = _window(
                collection,
                request,
                default_limit=100,
                max_limit=100,
                after="start_from",
                inclusive=True,
            )
            return json_response(
                {
                    list_key: [
                        render.sales_document(r, kind, listed=True) for r in records
                    ],
                    "has_more": more,
                    "numOfRecords": total,
                }
            )

        return [
            Route(path, endpoint(listing), methods=["GET"]),
            Route(path, endpoint(create), methods=["POST"]),
            Route(path + "/{api_code}", endpoint(retrieve), methods=["GET"]),
            Route(path + "/{api_code}", endpoint(update), methods=["PUT"]),
        ]

    # purchase orders ---------------------------------------------------------

    async def create_purchase_order(request: Request) -> Response:
        body = await checked_body(request, SERVICE, "post", "/purchaseorders")
        check_references(body, "address_api_code")
        for index, line in enumerate(body["lines"]["line_items"]):
            expected = _decimal(line["quantity"]) * _decimal(line["price"])
            if _decimal(line["line_total"]) != expected:
                raise _Rejected(
                    f"[lines.line_items[{index}].line_total] : The line total must equal quantity * price ({expected})."
                )
        record = {
            **document_fields(body),
            "api_code": state.new_api_code(),
            "po_number": body.get("po_number") or state.next_number("po", 6),
        }
        stored = state.purchase_orders.add(record)
        return json_response(render.purchase_order(stored))

    # master-data lists and retrieval ----------------------------------------

    def master_list(
        collection: Collection, key: str, renderer: Callable[[Record], Record]
    ) -> Callable[[Request], Any]:
        async def listing(request: Request) -> Response:
            if legacy_lists:
                return json_response({key: [renderer(r) for r in collection.all()]})
            records, total, more = _window(
                collection,
                request,
                default_limit=10,
                max_limit=1000,
                after="start_after",
                inclusive=False,
            )
            return json_response(
                {
                    key: [renderer(r) for r in records],
                    "more_records": more,
                    "num_records_listed": len(records),
                    "total_num_records": total,
                }
            )

        return listing

    def master_get(
        collection: Collection, noun: str, renderer: Callable[[Record], Record]
    ) -> Callable[[Request], Any]:
        async def retrieve(request: Request) -> Response:
            return json_response(renderer(_existing(collection, request, noun)))

        return retrieve

    return [
        Route(
            "/companies",
            endpoint(master_list(state.companies, "companies", render_company)),
            methods=["GET"],
        ),
        Route("/companies", endpoint(create_company), methods=["POST"]),
        Route(
            "/companies/{api_code}",
            endpoint(master_get(state.companies, "company", render_company)),
            methods=["GET"],
        ),
        Route("/companies/{api_code}", endpoint(update_company), methods=["PUT"]),
        Route(
            "/items",
            endpoint(master_list(state.items, "items", render_item)),
            methods=["GET"],
        ),
        Route("/items", endpoint(create_item), methods=["POST"]),
        Route(
            "/items/{api_code}",
            endpoint(master_get(state.items, "item", render_item)),
            methods=["GET"],
        ),
        Route("/items/{api_code}", endpoint(update_item), methods=["PUT"]),
        *sales_document_endpoints(
            "cash_sale", state.cash_sales, "/cashsales", "cash_sales"
        ),
        *sales_document_endpoints("invoice", state.invoices, "/invoices", "invoices"),
        Route("/purchaseorders", endpoint(create_purchase_order), methods=["POST"]),
    ]


def _existing(collection: Collection, request: Request, noun: str) -> Record:
    api_code = request.path_params["api_code"]
    record = collection.get(api_code)
    if record is None:
        raise _Rejected(f"[api_code] : The {noun} does not exist.")
    return record
