"""Every mapping the library offers, by name.

The declarations are imported here (they are plain data); the generated
client models they bind to are named as ``module:Class`` and imported only
when a pair is first used, so listing pairs or printing lineage stays cheap.
"""

from __future__ import annotations

from mapping.declaration import Pair
from mapping.pairs import accountingsuite_payorcrm as as_pc
from mapping.pairs import procurify_accountingsuite as pr_as

PAIRS: tuple[Pair, ...] = (
    Pair(
        source="procurify.vendor",
        target="accountingsuite.company",
        source_model="procurify_client.models:VendorRead",
        target_model="accountingsuite_client.models:CompanyWrite",
        declaration=pr_as.VENDOR_TO_COMPANY,
        summary="a Procurify vendor as an AccountingSuite company of type vendor",
    ),
    Pair(
        source="accountingsuite.company",
        target="procurify.vendor",
        source_model="accountingsuite_client.models:Company",
        target_model="procurify_client.models:OptimizedVendorRequest",
        declaration=pr_as.COMPANY_TO_VENDOR,
        summary="an AccountingSuite company as a Procurify vendor",
    ),
    Pair(
        source="procurify.catalog_item",
        target="accountingsuite.item",
        source_model="procurify_client.models:CatalogItemRead",
        target_model="accountingsuite_client.models:ItemWrite",
        declaration=pr_as.CATALOG_ITEM_TO_ITEM,
        summary="a Procurify catalog item as an AccountingSuite item",
    ),
    Pair(
        source="accountingsuite.item",
        target="procurify.catalog_item",
        source_model="accountingsuite_client.models:Item",
        target_model="procurify_client.models:CatalogItemUpsertRequest",
        declaration=pr_as.ITEM_TO_CATALOG_ITEM,
        summary="an AccountingSuite item as a Procurify catalog item",
    ),
    Pair(
        source="procurify.purchase_order",
        target="accountingsuite.purchase_order",
        source_model="procurify_client.models:PurchaseOrderDetail",
        target_model="accountingsuite_client.models:PurchaseOrderWrite",
        declaration=pr_as.PURCHASE_ORDER,
        summary="a Procurify purchase order as an AccountingSuite purchase order",
    ),
    Pair(
        source="accountingsuite.company",
        target="payorcrm.customer",
        source_model="accountingsuite_client.models:Company",
        target_model="payorcrm_client.models:Customer",
        declaration=as_pc.COMPANY_TO_CUSTOMER,
        summary="an AccountingSuite company as a PayorCRM customer",
    ),
    Pair(
        source="accountingsuite.invoice",
        target="payorcrm.invoice",
        source_model="accountingsuite_client.models:SalesInvoice",
        target_model="payorcrm_client.models:Invoice",
        declaration=as_pc.INVOICE_TO_INVOICE,
        summary="an AccountingSuite sales invoice as a PayorCRM invoice",
    ),
    Pair(
        source="accountingsuite.cash_sale",
        target="payorcrm.invoice",
        source_model="accountingsuite_client.models:CashSale",
        target_model="payorcrm_client.models:Invoice",
        declaration=as_pc.CASH_SALE_TO_INVOICE,
        summary="an AccountingSuite cash sale as a PayorCRM invoice (documentType cash_sale)",
    ),
)

BY_NAME: dict[tuple[str, str], Pair] = {(p.source, p.target): p for p in PAIRS}


def find(source: str, target: str) -> Pair:
    """The pair ``source -> target``; ``KeyError`` naming the known pairs."""
    try:
        return BY_NAME[(source, target)]
    except KeyError:
        known = ", ".join(p.name for p in PAIRS)
        raise KeyError(f"no mapping {source} -> {target}; known: {known}") from None
