"""Procurify vendors, catalog items and purchase orders <-> AccountingSuite.

Cross-references: a Procurify id written to AccountingSuite goes to
``cf4_string`` -- the server returns ``cf3_string`` and ``cf2_num`` crossed
with other custom fields, ``cf4`` is unaffected -- and an AccountingSuite
``api_code`` written to Procurify goes to the vendor's ``external_id``.

Purchase orders: AccountingSuite refuses a line whose ``line_total`` is not
exactly ``quantity * price``, stores amounts as decimal(15,2) and quantities
as decimal(10,4), and has no header fields for freight, tax, discount or other
charges.  Every charge therefore becomes a line of its own (quantity 1, on the
AccountingSuite item the caller's lookups name for ``charge``/``freight``,
``tax``, ``discount``, ``other``), so ``doc_total`` -- the sum of the lines --
carries every cent, and it is checked against Procurify's ``total``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mapping import transforms as t
from mapping.declaration import ABSENT, Context, Declaration, rule
from mapping.errors import Failures, MappingFailure, Reason
from mapping.models import wire_get

BILLING = "lines.addresses[?default_billing]"
CROSS_REFERENCE = "cf4_string"


# -- helpers -----------------------------------------------------------------


def _first_name(contact: Any, _: Context) -> Any:
    first, _sep, _rest = contact.strip().partition(" ")
    return first or ABSENT


def _last_name(contact: Any, _: Context) -> Any:
    _first, _sep, rest = contact.strip().partition(" ")
    return rest.strip() or ABSENT


FIRST_NAME = t.compute("split name", "first word", _first_name)
LAST_NAME = t.compute("split name", "everything after the first word", _last_name)


def _contact(values: Any, _: Context) -> Any:
    names = [v.strip() for v in values if v is not ABSENT and v.strip()]
    return " ".join(names)[:50] if names else ABSENT


def _first_email(emails: Any, _: Context) -> Any:
    for email in emails:
        if isinstance(email, str) and email.strip():
            return email.strip()
    return ABSENT


def _email_list(email: Any, _: Context) -> Any:
    return [] if email is ABSENT else [email]


def _procurify_id(value: Any, _: Context) -> Any:
    return f"procurify:{value}"


def _item_type(_: Any, ctx: Context) -> Any:
    return ctx.options.item_type


def _currency(_: Any, ctx: Context) -> Any:
    if ctx.options.procurify_currency is None:
        raise MappingFailure(
            Reason.MISSING,
            "Procurify requires a currency id: set option procurify_currency",
        )
    return ctx.options.procurify_currency


def _first_present(values: Any, _: Context) -> Any:
    return next((v for v in values if v is not ABSENT), ABSENT)


# -- vendors -----------------------------------------------------------------

VENDOR_TO_COMPANY = Declaration(
    rules=(
        rule("company_name", "name", t.text(150), required=True),
        rule("company_type", None, t.const("vendor")),
        rule("website", "url", t.text(200)),
        rule("notes", "comments", t.rename()),
        rule(
            CROSS_REFERENCE,
            "id",
            t.compute("cross-reference", '"procurify:<id>"', _procurify_id),
        ),
        rule("lines.addresses[0].address_id", None, t.const("Primary")),
        rule("lines.addresses[0].first_name", "contact", FIRST_NAME),
        rule("lines.addresses[0].last_name", "contact", LAST_NAME),
        rule("lines.addresses[0].address_line1", "addressLineOne", t.rename()),
        rule("lines.addresses[0].address_line2", "addressLineTwo", t.rename()),
        rule("lines.addresses[0].city", "city", t.rename()),
        rule("lines.addresses[0].state", "state_province", t.rename()),
        rule("lines.addresses[0].zip", "postalCode", t.rename()),
        rule("lines.addresses[0].country", "country", t.rename()),
        rule("lines.addresses[0].phone", "phoneOne", t.rename()),
        rule("lines.addresses[0].cell", "phoneTwo", t.rename()),
        rule(
            "lines.addresses[0].email",
            "email",
            t.compute("first", "first non-empty address", _first_email),
            note="further e-mail addresses are lost",
        ),
        rule("lines.addresses[0].default_billing", None, t.const(True)),
        rule("lines.addresses[0].default_shipping", None, t.const(True)),
    ),
    notes=(
        "The vendor's one address becomes the company's default billing and "
        "shipping address, labelled `Primary`.",
        "`contact` is split at its first space: first word -> `first_name`, "
        "the rest -> `last_name`.",
        "Lost: fax, currency, payment/shipping terms and methods, tax, "
        "1099 flag, payment methods, credit cards.",
    ),
)

COMPANY_TO_VENDOR = Declaration(
    rules=(
        rule("name", "company_name", t.text(150), required=True),
        rule(
            "type",
            None,
            t.const(3),
            note="PREFERRED, Procurify's documented default vendor type",
        ),
        rule("overall_score", None, t.const(None)),
        rule(
            "email",
            f"{BILLING}.email",
            t.compute("list", "[email] or []", _email_list, takes_absent=True),
        ),
        rule(
            "contact",
            (f"{BILLING}.first_name", f"{BILLING}.last_name"),
            t.compute("join", "first last, cut to 50", _contact),
        ),
        rule("addressLineOne", f"{BILLING}.address_line1", t.text(300)),
        rule("addressLineTwo", f"{BILLING}.address_line2", t.text(300)),
        rule("city", f"{BILLING}.city", t.text(50)),
        rule("state_province", f"{BILLING}.state", t.text(40)),
        rule("postalCode", f"{BILLING}.zip", t.text(20)),
        rule("country", f"{BILLING}.country", t.text(80)),
        rule("phoneOne", f"{BILLING}.phone", t.text(20)),
        rule("phoneTwo", f"{BILLING}.cell", t.text(20)),
        rule("url", "website", t.text(200)),
        rule("comments", "notes", t.rename()),
        rule(
            "external_id",
            "api_code",
            t.text(100),
            note="back-reference to AccountingSuite",
        ),
    ),
    notes=(
        "The vendor address is the company's default-billing address "
        '(`default_billing` is the string `"true"` on the wire), else its first.',
        "Lost: company code, company type, price level, custom fields, other addresses.",
    ),
)

# -- items -------------------------------------------------------------------

CATALOG_ITEM_TO_ITEM = Declaration(
    rules=(
        rule(
            "item_code",
            "internalSKU",
            t.text(50),
            required=True,
            note="a code is never truncated: longer than 50 is refused",
        ),
        rule(
            "item_description",
            "name",
            t.truncate(150),
            required=True,
            note="cut to AccountingSuite's 150 characters",
        ),
        rule(
            "item_type",
            None,
            t.compute(
                "option", "item_type (default service)", _item_type, takes_absent=True
            ),
        ),
        rule(
            "unit_of_measure",
            "unitType",
            t.text(25),
            note="must name an existing AccountingSuite unit of measure",
        ),
        rule(
            CROSS_REFERENCE,
            "id",
            t.compute("cross-reference", '"procurify:<id>"', _procurify_id),
        ),
    ),
    notes=(
        "Lost: price (AccountingSuite's `item_price` is read-only), vendor, "
        "account code, description, image, currency, custom fields.",
    ),
)

ITEM_TO_CATALOG_ITEM = Declaration(
    rules=(
        rule("name", "item_description", t.text(255), required=True),
        rule("internalSKU", "item_code", t.text(50)),
        rule("unitType", "unit_of_measure", t.text(30)),
        rule("price", "item_price", t.decimal_string(2)),
        rule(
            "currency",
            None,
            t.compute(
                "option", "procurify_currency (required)", _currency, takes_absent=True
            ),
        ),
        rule("custom_fields", None, t.const(())),
    ),
    notes=(
        "Lost: item type, category, accounts, costing method, price levels, custom fields.",
    ),
)

# -- purchase orders -----------------------------------------------------------

AMOUNT = (15, 2)
QUANTITY = (10, 4)
CENT = Decimal("0.01")


def _modifier(modifier: Any, base: Decimal, what: str) -> Decimal:
    """A Procurify tax/discount ``{value, type}`` as an amount in cents.

    ``percentage`` is applied to the subtotal and rounded half-up to the cent
    (the one rounding in the mapping; the total check below proves it agrees
    with Procurify's own total).
    """
    value = t.to_decimal(wire_get(modifier, "value"))
    kind = wire_get(modifier, "type")
    kind = getattr(kind, "value", kind)
    if kind in ("percentage", "percent", "1"):
        return (base * value / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    if kind in ("amount", "0"):
        try:
            return t.quantize(value, 2, what)
        except MappingFailure as failure:
            failure.path = f"{what}.value"
            raise
    raise MappingFailure(
        Reason.UNKNOWN_ENUM,
        f"{what} type {kind!r} is not amount or percentage",
        path=f"{what}.type",
    )


def _charge(value: Any, what: str) -> Decimal:
    try:
        return t.quantize(t.to_decimal(value), 2, what)
    except MappingFailure as failure:
        failure.path = what
        raise


def _po_lines(values: Any, ctx: Context) -> Any:
    order_items, freight, tax, discount, other, total = values
    if order_items is ABSENT or not order_items:
        raise MappingFailure(
            Reason.MISSING,
            "a purchase order needs at least one line",
            path="order_items",
        )
    lines: list[dict[str, Any]] = []
    failures: list[MappingFailure] = []
    charges: dict[str, Decimal] = {"freight": Decimal(0), "tax": Decimal(0)}
    subtotal = Decimal(0)
    for i, item in enumerate(order_items):
        at = f"order_items[{i}]"
        try:
            line, tax_amount, shipping = _po_line(item, ctx, at)
        except MappingFailure as failure:
            failures.append(failure)
            continue
        lines.append(line)
        subtotal += line["line_total"]
        charges["tax"] += tax_amount
        charges["freight"] += shipping
    if failures:
        raise Failures(failures)
    if freight is not ABSENT:
        charges["freight"] += _charge(freight, "freight")
    if other is not ABSENT:
        charges["other"] = _charge(other, "other")
    if discount is not ABSENT:
        charges["discount"] = -_modifier(discount, subtotal, "discount")
    if tax is not ABSENT:
        charges["tax"] += _modifier(tax, subtotal, "tax")
    for kind in ("freight", "tax", "discount", "other"):
        amount = charges.get(kind, Decimal(0))
        if amount == 0:
            continue
        code = ctx.lookups.resolve("charge", kind)
        if code is None:
            raise MappingFailure(
                Reason.UNRESOLVED_REFERENCE,
                f"no charge item known for {kind!r} (lookups: charge.{kind})",
                path=kind if kind in ("freight", "tax", "discount", "other") else "",
            )
        amount = t.check_digits(amount, *AMOUNT, kind)
        lines.append(
            {
                "api_code": code,
                "price": amount,
                "quantity": Decimal("1.0000"),
                "line_total": amount,
            }
        )
    doc_total = sum((line["line_total"] for line in lines), Decimal("0.00"))
    if total is not ABSENT:
        expected = t.to_decimal(total)
        if expected != doc_total:
            raise MappingFailure(
                Reason.TOTAL_MISMATCH,
                f"lines and charges sum to {doc_total}, Procurify's total is {expected}",
                path="total",
            )
    return lines, t.check_digits(doc_total, *AMOUNT, "doc_total")


def _po_line(
    item: Any, ctx: Context, at: str
) -> tuple[dict[str, Any], Decimal, Decimal]:
    sku = wire_get(item, "sku")
    if not isinstance(sku, str) or not sku:
        raise MappingFailure(
            Reason.MISSING, "the line has no sku to find its item by", path=f"{at}.sku"
        )
    code = ctx.lookups.resolve("item", sku)
    if code is None:
        raise MappingFailure(
            Reason.UNRESOLVED_REFERENCE,
            f"no item known for sku {sku!r}",
            path=f"{at}.sku",
        )
    try:
        price = t.check_digits(t.to_decimal(wire_get(item, "price")), *AMOUNT, "price")
    except MappingFailure as failure:
        failure.path = f"{at}.price"
        raise
    try:
        quantity = t.check_digits(
            t.to_decimal(wire_get(item, "quantity")), *QUANTITY, "quantity"
        )
    except MappingFailure as failure:
        failure.path = f"{at}.quantity"
        raise
    product = price * quantity
    try:
        line_total = t.check_digits(product, *AMOUNT, "price x quantity")
    except MappingFailure as failure:
        failure.path = f"{at}.price, {at}.quantity"
        raise
    line: dict[str, Any] = {
        "api_code": code,
        "price": price,
        "quantity": quantity,
        "line_total": line_total,
    }
    unit = wire_get(item, "unit")
    if isinstance(unit, str) and unit:
        if len(unit) > 25:
            raise MappingFailure(
                Reason.TOO_LONG, f"unit {unit!r} is longer than 25", path=f"{at}.unit"
            )
        line["unit_of_measure"] = unit
    amounts = []
    for name in ("tax_amount", "shipping_amount"):
        raw = wire_get(item, name)
        if raw is None or raw.__class__ is not str or raw == "":
            amounts.append(Decimal(0))
            continue
        try:
            amounts.append(t.quantize(t.to_decimal(raw), 2, name))
        except MappingFailure as failure:
            failure.path = f"{at}.{name}"
            raise
    return line, amounts[0], amounts[1]


PO_SOURCES = ("order_items", "freight", "tax", "discount", "other", "total")


def _lines_and_total(values: Any, ctx: Context) -> Any:
    lines, total = _po_lines(values, ctx)
    return lines, total


PURCHASE_ORDER = Declaration(
    rules=(
        rule("customer_api_code", "pref_vendor.id", t.lookup("vendor"), required=True),
        rule(
            "po_number",
            ("number", "PO_Num"),
            t.compute("first present", "number, else PO_Num", _first_present),
        ),
        rule("po_date", "date", t.date(), required=True),
        rule("delivery_date", "promise_date", t.date()),
        rule("memo", "comment", t.rename()),
        rule("purchase_first_name", "vendor_contact", FIRST_NAME),
        rule("purchase_last_name", "vendor_contact", LAST_NAME),
        rule("purchase_address_line1", "vendor_addressLineOne", t.rename()),
        rule("purchase_city", "vendor_city", t.rename()),
        rule("purchase_state", "vendor_state_province", t.rename()),
        rule("purchase_zip", "vendor_postalCode", t.rename()),
        rule("purchase_country", "vendor_country", t.rename()),
        rule(
            "lines.line_items, doc_total",
            PO_SOURCES,
            t.compute(
                "purchase-order lines",
                "one line per order item (api_code = lookup item by sku; "
                "line_total = price x quantity, exact) + one per non-zero "
                "charge (freight incl. line shipping, tax incl. line tax, "
                "-discount, other; api_code = lookup charge); doc_total = "
                "sum of line totals, must equal Procurify total",
                _lines_and_total,
            ),
            required=True,
        ),
    ),
    notes=(
        "Amounts: decimal(15,2), quantities decimal(10,4); a price, quantity "
        "or `price x quantity` that needs more places is refused "
        "(inexact_amount), never rounded.",
        "A percentage tax or discount is applied to the subtotal of the lines "
        "and rounded half-up to the cent; the result is accepted only if "
        "the document total equals Procurify's `total` (else total_mismatch).",
        "Lost: buyer and receiver addresses, terms, shipping method, currency "
        "and rate, custom fields, approval data.",
    ),
)
