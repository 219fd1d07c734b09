"""``sync ar``: AccountingSuite -> PayorCRM (accounts receivable).

Order matters: PayorCRM links an invoice to its customer by number and
refuses an invoice whose customer it does not know, so customers go first,
then sales invoices, then cash sales (as paid invoices, numbered apart by the
mapping's ``cash_sale_prefix``).

- **customers**: AccountingSuite companies of type ``customer`` or
  ``customer+vendor`` (no type means customer), with their default billing
  address.  A listed company without addresses is fetched whole.
- **sales invoices** and **cash sales**: listed, then fetched one by one,
  since lists leave out the lines and the ship-to reference the mapping uses;
  a document whose list entry is as it was when last sent is not fetched
  again (see :mod:`ledgerlink.sync.sources`).

Sources read JSON with exact decimals; the mapped JSON is what is hashed and
uploaded (:mod:`ledgerlink.sync.wire`).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from accountingsuite_client.api.cash_sales import get_cash_sale, list_cash_sales
from accountingsuite_client.api.companies import get_company, list_companies
from accountingsuite_client.api.sales_invoices import (
    get_sales_invoice,
    list_sales_invoices,
)
from payorcrm_client.api.customers import upload_customers
from payorcrm_client.api.invoices import upload_invoices

from ledgerlink.sync.engine import Step, SyncEngine
from ledgerlink.sync.mapper import PairMapper
from ledgerlink.sync.runner import FlowSettings
from ledgerlink.sync.sources import DetailedSource
from ledgerlink.sync.to_payorcrm import PayorCRMUpload, customer_key, invoice_key

__all__ = ["build"]

PAGE = {"limit": 100}


def is_customer(company: Any) -> bool:
    """Customers and customer+vendors; AccountingSuite's default type is customer."""
    kind = getattr(company, "company_type", None)
    kind = getattr(kind, "value", kind)
    return not isinstance(kind, str) or kind == "" or "customer" in kind


def lacks_addresses(company: Any) -> bool:
    lines = getattr(company, "lines", None)
    addresses = getattr(lines, "addresses", None)
    return not isinstance(addresses, list) or not addresses


def build(
    engine: SyncEngine, settings: FlowSettings
) -> tuple[list[Step[Any, Any]], list[Any]]:
    """The three steps of ``sync ar``, and the clients to close afterwards."""
    source_client = settings.connections.accountingsuite()
    target_client = settings.connections.payorcrm()
    workers = settings.detail_workers

    def upload(operation: Any, key: Any) -> PayorCRMUpload:
        return PayorCRMUpload(
            target_client,
            operation,
            key,
            writes=settings.writes,
            batch_size=settings.upload_batch,
        )

    def documents(kind: str, list_operation: Any, get_operation: Any) -> DetailedSource:
        return DetailedSource(
            source_client,
            list_operation,
            get_operation,
            page_params=PAGE,
            is_current=partial(engine.listing_current, kind),
            workers=workers,
        )

    invoices = documents("sales_invoice", list_sales_invoices, get_sales_invoice)
    cash_sales = documents("cash_sale", list_cash_sales, get_cash_sale)
    steps: list[Step[Any, Any]] = [
        Step(
            "customer",
            DetailedSource(
                source_client,
                list_companies,
                get_company,
                keep=is_customer,
                needs_detail=lacks_addresses,
                page_params=PAGE,
                workers=workers,
            ),
            PairMapper(
                "accountingsuite.company -> payorcrm.customer", options=settings.mapping
            ),
            upload(upload_customers, customer_key),
        ),
        Step(
            "sales_invoice",
            invoices,
            PairMapper(
                "accountingsuite.invoice -> payorcrm.invoice", options=settings.mapping
            ),
            upload(upload_invoices, invoice_key),
            listing_hash=invoices.listing_hash,
        ),
        Step(
            "cash_sale",
            cash_sales,
            PairMapper(
                "accountingsuite.cash_sale -> payorcrm.invoice",
                options=settings.mapping,
            ),
            upload(upload_invoices, invoice_key),
            listing_hash=cash_sales.listing_hash,
        ),
    ]
    return steps, [source_client, target_client]
