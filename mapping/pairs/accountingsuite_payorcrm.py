"""AccountingSuite customers, sales invoices and cash sales -> PayorCRM.

PayorCRM links an invoice to its customer by ``customerNumber`` = the
customer's ``customerno``.  AccountingSuite puts the company's 5-character
``company_code`` on the company *and* on every invoice and cash sale, so that
code is the customer number on both sides and no lookup is needed.

AccountingSuite numbers sales invoices and cash sales in two series that both
start at ``000001``; in PayorCRM they share one ``invoiceNumber`` space, so a
prefix per kind (``Options.invoice_prefix``/``cash_sale_prefix``, default
``""``/``"CS-"``) keeps them apart.  The unprefixed number is kept in
``accountingDocNumber`` and the AccountingSuite ``api_code`` in ``reference2``
so every PayorCRM record leads back to its source.
"""

from __future__ import annotations

from typing import Any

from mapping import transforms as t
from mapping.declaration import ABSENT, Context, Declaration, Transform, rule
from mapping.errors import MappingFailure, Reason
from mapping.models import wire_get

BILLING = "lines.addresses[?default_billing]"
DATE = t.date()


def _email(addresses: Any, _: Context) -> Any:
    """The billing contact's e-mail, else the first address that has one."""
    if addresses is ABSENT:
        addresses = []
    ordered = sorted(
        addresses,
        key=lambda a: not _is_true(wire_get(a, "default_billing")),
    )
    for address in ordered:
        email = wire_get(address, "email")
        if isinstance(email, str) and email.strip():
            return email.strip()
    raise MappingFailure(
        Reason.NO_EMAIL,
        "PayorCRM requires emailaddress1 and no address of the company has an e-mail",
    )


def _is_true(flag: Any) -> bool:
    try:
        return t.parse_string_bool(flag)
    except MappingFailure:
        return False


def _ledger_code(_: Any, ctx: Context) -> Any:
    return ctx.options.ledger_code or ABSENT


def _ship_address(values: Any, _: Context) -> Any:
    """The ship-to labels AccountingSuite returns, as PayorCRM's free-form address."""
    label, code, api_code = values
    if api_code == t.NIL_UUID:  # AccountingSuite's "no address"
        api_code = ABSENT
    address = {
        key: value
        for key, value in (
            ("address_id", label),
            ("address_code", code),
            ("api_code", api_code),
        )
        if value is not ABSENT
    }
    return address or ABSENT


def _numbered(kind: str) -> Transform:
    def fn(value: Any, ctx: Context) -> Any:
        prefix = (
            ctx.options.cash_sale_prefix
            if kind == "cash_sale"
            else ctx.options.invoice_prefix
        )
        return prefix + value

    option = "cash_sale_prefix" if kind == "cash_sale" else "invoice_prefix"
    return t.compute("prefix", f"option {option}", fn)


def _address_object() -> Transform:
    return t.compute(
        "object",
        "{address_id, address_code, api_code}; nil UUID -> absent",
        _ship_address,
        takes_absent=True,
    )


COMPANY_TO_CUSTOMER = Declaration(
    rules=(
        rule("customerno", "company_code", t.rename(), required=True),
        rule("companyname", "company_name", t.rename()),
        rule("firstname", f"{BILLING}.first_name", t.rename()),
        rule("lastname", f"{BILLING}.last_name", t.rename()),
        rule(
            "phoneno",
            (f"{BILLING}.phone", f"{BILLING}.cell"),
            t.compute(
                "first present",
                "phone, else cell",
                lambda v, _: v[0] if v[0] is not ABSENT else v[1],
                takes_absent=True,
            ),
        ),
        rule(
            "emailaddress1",
            "lines.addresses",
            t.compute(
                "email",
                "billing contact's, else first address with one; none -> no_email",
                _email,
                takes_absent=True,
            ),
            note="a company without any e-mail is reported (no_email), not sent",
        ),
        rule(
            "cocode",
            None,
            t.compute("option", "ledger_code", _ledger_code, takes_absent=True),
        ),
    ),
    notes=(
        "The billing contact is the address whose `default_billing` is "
        '`"true"`, else the first address (AccountingSuite creates a '
        "`Primary` address with both flags false when none is sent).",
        "Lost: website, price level, notes, custom fields, other addresses.",
    ),
)


def _document(kind: str, number: str) -> Declaration:
    rules = [
        rule("customerNumber", "company_code", t.rename(), required=True),
        rule("customerName", "company_name", t.rename()),
        rule("invoiceNumber", number, _numbered(kind), required=True),
        rule("accountingDocNumber", number, t.rename()),
        rule(
            "documentType",
            None,
            t.const("cash_sale" if kind == "cash_sale" else "invoice"),
        ),
        rule("invoiceDate", "date", DATE),
        rule("postDate", "date", DATE),
    ]
    if kind == "invoice":
        rules.append(rule("dueDate", "due_date", DATE))
    rules += [
        rule(
            "invoiceAmount",
            "doc_total",
            t.integer_amount(),
            required=True,
            note="AccountingSuite stores decimal(15,2): minor units are always exact",
        ),
        rule("reference1", "ref_num", t.rename()),
        rule(
            "reference2",
            "api_code",
            t.rename(),
            note="back-reference to AccountingSuite",
        ),
        rule("itemText", "memo", t.rename()),
        rule(
            "shipAddr",
            ("ship_to_address_id", "ship_to_address_code", "ship_to_api_code"),
            _address_object(),
        ),
        rule(
            "companyCode",
            None,
            t.compute("option", "ledger_code", _ledger_code, takes_absent=True),
        ),
    ]
    return Declaration(
        rules=tuple(rules),
        notes=(
            "Dates are the date part of what AccountingSuite wrote "
            '(`2013-11-16T12:38:13-08` -> `2013-11-16`); `""` is left out.',
            "`invoiceAmount` is an integer in the unit of option `amount_unit` "
            "(default `minor`: cents); with `major` an amount with cents is "
            "refused (inexact_amount), never rounded.",
            "Lost: line items, discount, shipping and sales-tax breakdown "
            "(PayorCRM takes one total), the customer's api_code.",
        ),
    )


INVOICE_TO_INVOICE = _document("invoice", "invoice_number")
CASH_SALE_TO_INVOICE = _document("cash_sale", "cash_sale_number")
