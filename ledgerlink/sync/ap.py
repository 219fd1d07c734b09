"""``sync ap``: Procurify -> AccountingSuite (accounts payable).

Order matters: a purchase order names its vendor and its items, which must
already exist in AccountingSuite, and the mapping resolves those references
through the state of this very flow:

1. **charge items**: four AccountingSuite service items (freight, tax,
   discount, other charges).  AccountingSuite purchase orders have no header
   fields for charges, so the mapping turns each charge into a line on one of
   these items; they are created once, like any other record.
2. **vendors** -> companies of type ``vendor`` (lookup ``vendor``: Procurify
   vendor id -> company ``api_code``).
3. **catalog items** -> items (lookup ``item``: the SKU purchase-order lines
   carry -> item ``api_code``; the state keeps each item's SKU as its
   ``ref_key``).
4. **purchase orders** that were issued (listed by Procurify's own status
   filter: open, partial, closed, paid; cancelled ones are left out), fetched
   one by one for their lines -> purchase orders.

A reference that is not in the state (a vendor that failed, say) fails only
the purchase orders that need it, with the reason, and they are retried on
the next run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from accountingsuite_client.api.companies import (
    create_company,
    get_company,
    list_companies,
    update_company,
)
from accountingsuite_client.api.items import create_item, list_items, update_item
from accountingsuite_client.api.purchase_orders import create_purchase_order
from procurify_client.api.catalog_items import list_catalog_items
from procurify_client.api.purchase_orders import (
    get_purchase_order,
    list_purchase_orders,
)
from procurify_client.api.vendors import list_vendors

from ledgerlink.sync.engine import Converted, Step, SyncEngine
from ledgerlink.sync.mapper import PairMapper
from ledgerlink.sync.runner import FlowSettings
from ledgerlink.sync.sources import DetailedSource
from ledgerlink.sync.to_accountingsuite import AccountingSuiteWriter, with_address_codes

__all__ = ["CHARGE_ITEMS", "StateLookups", "build"]

# kind -> (item_code, item_description) of the AccountingSuite charge items.
CHARGE_ITEMS: dict[str, tuple[str, str]] = {
    "freight": ("CHG-FREIGHT", "Freight and shipping charges (from Procurify)"),
    "tax": ("CHG-TAX", "Tax on purchases (from Procurify)"),
    "discount": ("CHG-DISCOUNT", "Discount on purchases (from Procurify)"),
    "other": ("CHG-OTHER", "Other purchase charges (from Procurify)"),
}
CANCELLED = 1  # Procurify purchase-order state
# Purchase-order list statuses that are synced ("all" would include cancelled).
SYNCED_STATUSES = ("open", "partial", "closed", "paid")


class StateLookups:
    """The mapping's resolver, answered from this flow's state."""

    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine

    def resolve(self, kind: str, key: str) -> str | None:
        if kind == "vendor":
            return self.engine.lookup("vendor", key)
        if kind == "item":
            return self.engine.lookup_ref("catalog_item", key)
        if kind == "charge":
            return self.engine.lookup("charge_item", key)
        return None


class ChargeItems:
    """The charge items as a source (fixed records) and their mapper (identity)."""

    def fetch(self) -> Iterable[dict[str, Any]]:
        return [
            {"kind": kind, "item_code": code, "item_description": text}
            for kind, (code, text) in CHARGE_ITEMS.items()
        ]

    def source_id(self, record: dict[str, Any]) -> str:
        return str(record["kind"])

    def convert(self, records: Sequence[dict[str, Any]]) -> Converted[dict[str, Any]]:
        return Converted(
            [
                (
                    index,
                    {
                        "item_code": r["item_code"],
                        "item_description": r["item_description"],
                        "item_type": "service",
                    },
                )
                for index, r in enumerate(records)
            ],
            [],
        )

    def document(self, payload: dict[str, Any]) -> Mapping[str, Any]:
        return payload


def _not_cancelled(order: Any) -> bool:
    return getattr(order, "state", None) != CANCELLED


def _sku(record: Any) -> str | None:
    sku = record.get("internalSKU") if isinstance(record, Mapping) else None
    return sku if isinstance(sku, str) and sku else None


def build(
    engine: SyncEngine, settings: FlowSettings
) -> tuple[list[Step[Any, Any]], list[Any]]:
    """The four steps of ``sync ap``, and the clients to close afterwards."""
    source_client = settings.connections.procurify()
    target_client = settings.connections.accountingsuite()
    lookups = StateLookups(engine)
    page = {"page_size": 100}

    def writer(kind: str, **operations: Any) -> AccountingSuiteWriter:
        return AccountingSuiteWriter(
            target_client, kind=kind, writes=settings.writes, **operations
        )

    items = {
        "create": create_item,
        "update": update_item,
        "unique_field": "item_code",
        "find_existing": list_items,
    }
    charge_items = ChargeItems()
    steps: list[Step[Any, Any]] = [
        Step("charge_item", charge_items, charge_items, writer("item", **items)),
        Step(
            "vendor",
            DetailedSource(
                source_client, list_vendors, None, id_field="id", page_params=page
            ),
            PairMapper(
                "procurify.vendor -> accountingsuite.company", options=settings.mapping
            ),
            writer(
                "company",
                create=create_company,
                update=update_company,
                unique_field="company_name",
                find_existing=list_companies,
                get=get_company,
                prepare_update=with_address_codes,
            ),
        ),
        Step(
            "catalog_item",
            DetailedSource(
                source_client, list_catalog_items, None, id_field="id", page_params=page
            ),
            PairMapper(
                "procurify.catalog_item -> accountingsuite.item",
                options=settings.mapping,
            ),
            writer("item", **items),
            ref_key=_sku,
        ),
        Step(
            "purchase_order",
            DetailedSource(
                source_client,
                list_purchase_orders,
                get_purchase_order,
                id_field="uuid",
                keep=_not_cancelled,
                unwrap="data",
                page_params=[
                    {"role": "purchased", "status": status, **page}
                    for status in SYNCED_STATUSES
                ],
                workers=settings.detail_workers,
            ),
            PairMapper(
                "procurify.purchase_order -> accountingsuite.purchase_order",
                options=settings.mapping,
                lookups=lookups,
            ),
            writer(
                "purchase order",
                create=create_purchase_order,
                update=None,
                unique_field=None,
            ),
        ),
    ]
    return steps, [source_client, target_client]
