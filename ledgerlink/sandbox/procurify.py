"""The Procurify sandbox: OAuth token, vendors, catalog items, purchase orders.

- ``POST /oauth/token`` (client credentials) issues opaque tokens that expire
  after ``token_lifetime`` seconds; every other call needs
  ``Authorization: Bearer <live token>`` and ``X-Procurify-Client: api``
  (401 and 400 otherwise, with Django REST framework's ``{"detail": …}``).
- Lists page with ``page``/``page_size`` (default 10, at most 1000) in the
  ``{"metadata": {"pagination": {count, next, previous, page_size,
  num_pages, current_page}}, "data": […]}`` envelope; ``next``/``previous``
  are absolute URLs or ``null``; a page past the end is 404 ``Invalid page.``
  Purchase-order lists add ``metadata.counts``.  Single objects answer
  ``{"metadata": {}, "data": {…}}``.
- Records are kept small (the fields a sync reads) and dressed in the spec's
  full read schema on the way out (:mod:`ledgerlink.sandbox.examples`).
- Refusals are 400 with field errors ``{"field": ["message", …]}``.
"""

from __future__ import annotations

import hmac
import math
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ledgerlink.sandbox.app import Credentials, Refused, checked_body
from ledgerlink.sandbox.examples import dress, properties
from ledgerlink.sandbox.seeding import Seeding, load, stable_uuid
from ledgerlink.sandbox.store import Collection, Record
from ledgerlink.sandbox.wire import json_response

SERVICE = "procurify"
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000
PO_STATUSES = ("open", "partial", "closed", "cancelled", "paid")
# Orders with goods still to receive: what the "receivable" role lists.
RECEIVABLE = ("open", "partial")
# Vendor fields a client may write; references and scores are server-side.
VENDOR_WRITABLE = [
    "name",
    "active",
    "addressLineOne",
    "addressLineTwo",
    "postalCode",
    "city",
    "state_province",
    "country",
    "phoneOne",
    "phoneTwo",
    "fax",
    "email",
    "comments",
    "contact",
    "url",
    "external_id",
    "currency",
    "tax",
    "type",
    "default_payment_method",
    "is_1099_eligible",
    "is_auto_email_po_enabled",
    "po_pdf_labels",
]
CATALOG_WRITABLE = [
    "name",
    "description",
    "image",
    "unitType",
    "pref_vendor",
    "account_code",
    "internalSKU",
    "product_url",
    "currency",
    "price",
    "rfo_lock",
    "departments",
]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class ProcurifyState:
    """Vendors, catalog items and purchase orders by id; the tokens issued."""

    def __init__(self, token_lifetime: int = 86400) -> None:
        self.vendors = Collection("vendors", "id")
        self.catalog_items = Collection("catalog_items", "id")
        self.purchase_orders = Collection("purchase_orders", "id")
        self.account_codes: dict[int, Record] = {}
        self.currencies: dict[int, Record] = {}
        self.token_lifetime = token_lifetime
        self.tokens_issued = 0
        self._tokens: dict[str, float] = {}

    def counts(self) -> dict[str, int]:
        return {
            "vendors": len(self.vendors),
            "catalog_items": len(self.catalog_items),
            "purchase_orders": len(self.purchase_orders),
        }

    def issue_token(self) -> str:
        token = secrets.token_urlsafe(32)
        self._tokens[token] = time.monotonic() + self.token_lifetime
        self.tokens_issued += 1
        return token

    def token_valid(self, token: str) -> bool:
        expiry = self._tokens.get(token)
        return expiry is not None and time.monotonic() < expiry

    def expire_tokens(self) -> None:
        """Make every issued token stale (tests of the client's refresh)."""
        self._tokens = dict.fromkeys(self._tokens, 0.0)

    def edit(self, collection: Collection, key: int, **changes: Any) -> Record:
        """Change a record as a Procurify user would: its modification time moves."""
        stamp = "dateModified" if collection is self.vendors else "last_modified"
        return collection.update(key, **changes, **{stamp: _now()})

    def next_id(self, collection: Collection) -> int:
        return max((int(key) for key in collection.ids()), default=0) + 1


# --- rendering ---------------------------------------------------------------


class _Renderer:
    def __init__(self, state: ProcurifyState) -> None:
        self.state = state

    def vendor(self, vendor_id: int | None, schema: str = "VendorRead") -> Record:
        vendor = self.state.vendors.get(vendor_id) if vendor_id is not None else None
        return dress(SERVICE, schema, vendor or self.state.vendors.get(1) or {})

    def currency(self, currency_id: int | None) -> Record:
        currency = self.state.currencies.get(currency_id or 1) or {}
        return dress(SERVICE, "CurrencySummary", currency)

    def catalog_item(self, item: Record) -> Record:
        account = self.state.account_codes.get(item.get("account_code") or 0) or {}
        return dress(
            SERVICE,
            "CatalogItemRead",
            {
                **item,
                "pref_vendor": self.vendor(item.get("pref_vendor")),
                "account_code": dress(SERVICE, "AccountCodeRead", account),
                "currency": self.currency(item.get("currency")),
            },
        )

    def _po_fields(self, po: Record) -> Record:
        vendor = self.state.vendors.get(po["pref_vendor"]) or {}
        return {
            **po,
            "procurify_PO": po["id"],
            "pref_vendor": self.vendor(po["pref_vendor"]),
            "vendor_name": vendor.get("name"),
            "vendor_addressLineOne": vendor.get("addressLineOne"),
            "vendor_city": vendor.get("city"),
            "vendor_postalCode": vendor.get("postalCode"),
            "vendor_country": vendor.get("country"),
            "purchased_currency": self.currency(po.get("currency")),
            "item_count": len(po["order_items"]),
        }

    def po_summary(self, po: Record) -> Record:
        return dress(SERVICE, "PurchaseOrderDocs", self._po_fields(po))

    def po_detail(self, po: Record) -> Record:
        lines = []
        for line in po["order_items"]:
            catalog = (
                self.state.catalog_items.get(line["catalog_item"])
                if line.get("catalog_item") is not None
                else None
            )
            lines.append(
                dress(
                    SERVICE,
                    "PurchaseOrderLineItemRead",
                    {
                        **line,
                        "catalog_item": None
                        if catalog is None
                        else self.catalog_item(catalog),
                        "pref_vendor": self.vendor(po["pref_vendor"]),
                        "currency": self.currency(po.get("currency")),
                        "purchase_order": po["id"],
                        "PO": [po["id"]],
                        "purchase_order_uuid": po["uuid"],
                        "purchase_order_number": po["number"],
                    },
                )
            )
        return dress(
            SERVICE,
            "PurchaseOrderDetail",
            {**self._po_fields(po), "order_items": lines},
        )


# --- paging and errors -------------------------------------------------------


class _NotFound(Exception):
    pass


class _BadRequest(Exception):
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(str(errors))
        self.errors = errors


def _positive(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _BadRequest({name: ["A valid integer is required."]}) from None
    if value < 1:
        raise _BadRequest({name: ["Ensure this value is greater than or equal to 1."]})
    return value


def _page(
    request: Request,
    collection: Collection,
    predicate: Callable[[Record], bool] | None,
    render: Callable[[Record], Record],
) -> tuple[list[Record], Record]:
    """One page of the matching records, rendered, and its pagination block.

    Only the page's records are copied out of the store, so walking 10,000
    records page by page stays linear.
    """
    page = _positive(request, "page", 1)
    size = min(_positive(request, "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    start = (page - 1) * size
    records, count = collection.window(start, start + size, predicate)
    pages = max(1, math.ceil(count / size))
    if page > pages:
        raise _NotFound("Invalid page.")

    def link(number: int) -> str | None:
        if not 1 <= number <= pages:
            return None
        return str(request.url.include_query_params(page=number))

    pagination = {
        "count": count,
        "next": link(page + 1),
        "previous": link(page - 1),
        "page_size": size,
        "num_pages": pages,
        "current_page": page,
    }
    return [render(r) for r in records], pagination


def _detail(message: str, status: int) -> Response:
    return json_response({"detail": message}, status)


# --- routes ------------------------------------------------------------------


# The spec's read schemas the answers are dressed in (see examples.py).
READ_SCHEMAS = (
    "OptimizedVendor",
    "VendorDetail",
    "VendorRead",
    "CatalogItemRead",
    "AccountCodeRead",
    "CurrencySummary",
    "PurchaseOrderDocs",
    "PurchaseOrderDetail",
    "PurchaseOrderLineItemRead",
    "PurchaseOrderListMetadata",
)


def routes(state: ProcurifyState, credentials: Credentials) -> list[BaseRoute]:
    missing = [name for name in READ_SCHEMAS if not properties(SERVICE, name)]
    if missing:
        # Fail at start-up, not with a 500 on the first request.
        raise LookupError(f"specs/procurify.yaml lacks read schemas {missing}")
    render = _Renderer(state)

    def endpoint(handler: Any) -> Any:
        async def wrapped(request: Request) -> Response:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not token:
                return _detail("Authentication credentials were not provided.", 401)
            if not state.token_valid(token.strip()):
                return _detail("Invalid or expired token.", 401)
            if request.headers.get("x-procurify-client") != "api":
                return _detail("Missing header X-Procurify-Client: api.", 400)
            try:
                result: Response = await handler(request)
            except Refused as refused:
                errors: dict[str, list[str]] = {}
                for problem in refused.problems:
                    field = problem.path.removeprefix("$").removeprefix(".") or (
                        "non_field_errors"
                    )
                    errors.setdefault(field, []).append(problem.message)
                return json_response(errors, 400)
            except _BadRequest as bad:
                return json_response(bad.errors, 400)
            except _NotFound as missing:
                return _detail(str(missing) or "Not found.", 404)
            return result

        return wrapped

    async def token(request: Request) -> Response:
        try:
            body = await checked_body(request, SERVICE, "post", "/oauth/token")
        except Refused as refused:
            return json_response(
                {"error": "invalid_request", "error_description": str(refused)}, 400
            )
        if body.get("grant_type") != "client_credentials":
            return json_response(
                {
                    "error": "unsupported_grant_type",
                    "error_description": "Only client_credentials is supported.",
                },
                403,
            )
        good = hmac.compare_digest(
            body["client_id"], credentials.procurify_client_id
        ) & hmac.compare_digest(
            body["client_secret"], credentials.procurify_client_secret
        )
        if not good:
            return json_response(
                {"error": "access_denied", "error_description": "Unauthorized"}, 401
            )
        return json_response(
            {
                "access_token": state.issue_token(),
                "scope": "urn:procurify-api:domain:sandbox",
                "expires_in": state.token_lifetime,
                "token_type": "Bearer",
            }
        )

    # vendors -----------------------------------------------------------------

    async def list_vendors(request: Request) -> Response:
        query = request.query_params
        name = query.get("name")
        external_id = query.get("external_id")
        search = (query.get("search") or "").lower()
        kind = query.get("type")
        exclude_other = query.get("exclude_other") in ("true", "True", "1")

        def wanted(vendor: Record) -> bool:
            return (
                (name is None or vendor["name"] == name)
                and (external_id is None or vendor.get("external_id") == external_id)
                and (not search or search in vendor["name"].lower())
                and (kind is None or str(vendor.get("type")) == kind)
                and not (exclude_other and vendor.get("type") == 1)
            )

        data, pagination = _page(
            request,
            state.vendors,
            wanted,
            lambda vendor: dress(SERVICE, "OptimizedVendor", vendor),
        )
        return json_response({"metadata": {"pagination": pagination}, "data": data})

    async def get_vendor(request: Request) -> Response:
        vendor = state.vendors.get(_int_id(request, "id"))
        if vendor is None:
            raise _NotFound("Not found.")
        return json_response(
            {"metadata": {}, "data": dress(SERVICE, "VendorDetail", vendor)}
        )

    async def create_vendor(request: Request) -> Response:
        body = await checked_body(request, SERVICE, "post", "/api/v3/vendors")
        vendor = {k: v for k, v in body.items() if k in VENDOR_WRITABLE}
        vendor.setdefault("active", True)
        vendor.update(id=state.next_id(state.vendors), dateModified=_now())
        stored = state.vendors.add(vendor)
        return json_response(
            {"metadata": {}, "data": dress(SERVICE, "VendorDetail", stored)}, 201
        )

    # catalog items -----------------------------------------------------------

    async def list_catalog_items(request: Request) -> Response:
        query = request.query_params
        sku = query.get("internalSKU")
        vendor = query.get("pref_vendor")

        def wanted(item: Record) -> bool:
            return (sku is None or item.get("internalSKU") == sku) and (
                vendor is None or str(item.get("pref_vendor")) == vendor
            )

        data, pagination = _page(
            request, state.catalog_items, wanted, render.catalog_item
        )
        return json_response({"metadata": {"pagination": pagination}, "data": data})

    async def create_catalog_item(request: Request) -> Response:
        body = await checked_body(request, SERVICE, "post", "/api/v3/catalog-items")
        errors: dict[str, list[str]] = {}
        if (
            body.get("pref_vendor") is not None
            and body["pref_vendor"] not in state.vendors
        ):
            errors["pref_vendor"] = [
                f'Invalid pk "{body["pref_vendor"]}" - object does not exist.'
            ]
        if body["currency"] not in state.currencies:
            errors["currency"] = [
                f'Invalid pk "{body["currency"]}" - object does not exist.'
            ]
        if errors:
            raise _BadRequest(errors)
        item = {k: v for k, v in body.items() if k in CATALOG_WRITABLE}
        item["id"] = state.next_id(state.catalog_items)
        stored = state.catalog_items.add(item)
        return json_response({"metadata": {}, "data": render.catalog_item(stored)}, 201)

    # purchase orders ---------------------------------------------------------

    async def list_purchase_orders(request: Request) -> Response:
        role = request.path_params["role"]
        status = request.path_params["status"]
        if role not in ("purchased", "receivable"):
            raise _NotFound("Not found.")
        if status not in ("all", *PO_STATUSES):
            raise _NotFound("Not found.")
        vendor = request.query_params.get("pref_vendor")

        def in_role(po: Record, which: str) -> bool:
            return which == "purchased" or po["_status"] in RECEIVABLE

        def wanted(po: Record) -> bool:
            return (
                in_role(po, role)
                and (status == "all" or po["_status"] == status)
                and (vendor is None or str(po["pref_vendor"]) == vendor)
            )

        data, pagination = _page(
            request, state.purchase_orders, wanted, render.po_summary
        )
        tally = state.purchase_orders.tally(lambda po: po["_status"])
        counts = {
            which: {
                "all": sum(
                    n
                    for s, n in tally.items()
                    if which == "purchased" or s in RECEIVABLE
                ),
                **{
                    s: tally.get(s, 0) if which == "purchased" or s in RECEIVABLE else 0
                    for s in ("open", "partial", "closed", "cancelled")
                },
                "page": len(data),
            }
            for which in ("purchased", "receivable")
        }
        metadata = dress(
            SERVICE,
            "PurchaseOrderListMetadata",
            {"pagination": pagination, "counts": counts},
        )
        return json_response({"metadata": metadata, "data": data})

    async def get_purchase_order(request: Request) -> Response:
        raw = request.path_params["id"]
        po = (
            state.purchase_orders.get(int(raw))
            if raw.isdigit()
            else state.purchase_orders.find(lambda p: p["uuid"] == raw)
        )
        if po is None:
            raise _NotFound("Not found.")
        return json_response(
            {
                "metadata": {"can_edit": po["_status"] == "open", "can_delete": False},
                "data": render.po_detail(po),
            }
        )

    def both(path: str) -> list[str]:
        # Procurify's own examples use trailing slashes; the spec's paths do not.
        return [path, path + "/"]

    table: list[tuple[str, Any, str]] = [
        ("/api/v3/vendors", list_vendors, "GET"),
        ("/api/v3/vendors", create_vendor, "POST"),
        ("/api/v3/vendors/{id}", get_vendor, "GET"),
        ("/api/v3/catalog-items", list_catalog_items, "GET"),
        ("/api/v3/catalog-items", create_catalog_item, "POST"),
        ("/api/v2/purchase_orders/{role}/{status}", list_purchase_orders, "GET"),
        ("/api/v2/purchase_orders/{id}", get_purchase_order, "GET"),
    ]
    out: list[BaseRoute] = [
        Route(p, token, methods=["POST"]) for p in both("/oauth/token")
    ]
    for path, handler, method in table:
        out += [Route(p, endpoint(handler), methods=[method]) for p in both(path)]
    return out


def _int_id(request: Request, name: str) -> int:
    raw = request.path_params[name]
    if not str(raw).isdigit():
        raise _NotFound("Not found.")
    return int(raw)


# --- seeding -----------------------------------------------------------------


def seed(state: ProcurifyState, seeding: Seeding) -> None:
    """The example records (``seed_data/procurify.json``) and generated ones."""
    data = load(SERVICE)
    for currency in data["currencies"]:
        state.currencies[currency["id"]] = currency
    for account in data["account_codes"]:
        state.account_codes[account["id"]] = account
    if seeding.examples:
        for vendor in data["vendors"]:
            state.vendors.seed(vendor)
        for item in data["catalog_items"]:
            state.catalog_items.seed(item)
        for po in data["purchase_orders"]:
            state.purchase_orders.seed(po)
    elif data["vendors"]:
        state.vendors.seed(data["vendors"][0])  # vendor 1, OTHER, always exists
    for n in range(1, seeding.of("vendors") + 1):
        state.vendors.seed(_vendor(n))
    for n in range(1, seeding.of("catalog_items") + 1):
        state.catalog_items.seed(_catalog_item(n, state))
    for n in range(1, seeding.of("purchase_orders") + 1):
        state.purchase_orders.seed(_purchase_order(n, state))


_GENERATED_BASE = 100_000


def _vendor(n: int) -> Record:
    return {
        "id": _GENERATED_BASE + n,
        "name": f"Sandbox Supplier {n:05d}",
        "active": n % 17 != 0,
        "addressLineOne": f"{n} Supply Way",
        "city": "Vancouver",
        "state_province": "BC",
        "postalCode": "V6B 1A1",
        "country": "Canada",
        "phoneOne": f"+1604555{n % 10000:04d}",
        "email": [f"orders{n}@supplier{n}.example.com"],
        "contact": f"Sam Supplier{n}",
        "external_id": f"SUP-{n:05d}",
        "currency": 1,
        "type": 3,
        "dateModified": "2024-01-02T03:04:05.000000Z",
    }


def _catalog_item(n: int, state: ProcurifyState) -> Record:
    vendors = state.vendors.ids()
    price = Decimal(n % 500 + 1) + Decimal(n % 100) / 100
    return {
        "id": _GENERATED_BASE + n,
        "name": f"Sandbox catalog item {n}",
        "description": f"Generated item number {n}",
        "unitType": "each" if n % 2 else "box",
        "pref_vendor": vendors[n % len(vendors)],
        "account_code": 1,
        "internalSKU": f"SKU-{n:05d}",
        "currency": 1,
        "price": f"{price:.2f}",
    }


def _purchase_order(n: int, state: ProcurifyState) -> Record:
    vendors = [key for key in state.vendors.ids() if key != 1]
    items = state.catalog_items.ids()
    if not vendors or not items:
        raise ValueError("generated purchase orders need vendors and catalog items")
    vendor = vendors[n % len(vendors)]
    lines = []
    subtotal = Decimal(0)
    for offset in range(1 + n % 3):
        item = state.catalog_items.get(items[(n + offset) % len(items)]) or {}
        quantity = Decimal(1 + (n + offset) % 5)
        price = Decimal(item.get("price", "1.00"))
        total = quantity * price
        subtotal += total
        lines.append(
            {
                "id": _GENERATED_BASE * 10 + n * 10 + offset,
                "name": item.get("name", "item"),
                "sku": item.get("internalSKU", ""),
                "num": str(offset + 1),
                "catalog_item": item.get("id"),
                "quantity": quantity,
                "price": f"{price:.2f}",
                "total_cost": f"{total:.2f}",
                "unit": item.get("unitType", "each"),
            }
        )
    day = datetime(2024, 1, 1, 12, tzinfo=UTC) + timedelta(days=n % 365)
    status = PO_STATUSES[n % 4]  # open, partial, closed, cancelled in turn
    return {
        "id": _GENERATED_BASE + n,
        "uuid": stable_uuid("procurify-po", n),
        "number": str(_GENERATED_BASE + n),
        "PO_Num": f"PO-{n:06d}",
        "date": day.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "promise_date": (day + timedelta(days=14)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "last_modified": day.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pref_vendor": vendor,
        "currency": 1,
        "subtotal": f"{subtotal:.2f}",
        "total": f"{subtotal:.2f}",
        "comment": f"sandbox purchase order {n}",
        "active": status in ("open", "partial"),
        "_status": status,
        "order_items": lines,
    }
