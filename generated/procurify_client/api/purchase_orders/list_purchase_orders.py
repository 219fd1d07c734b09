import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_list_status import PurchaseOrderListStatus
from ...models.purchase_order_page import PurchaseOrderPage
from ...models.purchase_order_role import PurchaseOrderRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    role: PurchaseOrderRole,
    status: PurchaseOrderListStatus,
    *,
    contract: int | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    expiry_date_0: datetime.date | Unset = UNSET,
    expiry_date_1: datetime.date | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    promise_date_0: datetime.date | Unset = UNSET,
    promise_date_1: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contract"] = contract

    json_date_0: str | Unset = UNSET
    if not isinstance(date_0, Unset):
        json_date_0 = date_0.isoformat()
    params["date_0"] = json_date_0

    json_date_1: str | Unset = UNSET
    if not isinstance(date_1, Unset):
        json_date_1 = date_1.isoformat()
    params["date_1"] = json_date_1

    json_expiry_date_0: str | Unset = UNSET
    if not isinstance(expiry_date_0, Unset):
        json_expiry_date_0 = expiry_date_0.isoformat()
    params["expiry_date_0"] = json_expiry_date_0

    json_expiry_date_1: str | Unset = UNSET
    if not isinstance(expiry_date_1, Unset):
        json_expiry_date_1 = expiry_date_1.isoformat()
    params["expiry_date_1"] = json_expiry_date_1

    params["has_blanket_order_items"] = has_blanket_order_items

    json_modified_date_0: str | Unset = UNSET
    if not isinstance(modified_date_0, Unset):
        json_modified_date_0 = modified_date_0.isoformat()
    params["modified_date_0"] = json_modified_date_0

    json_modified_date_1: str | Unset = UNSET
    if not isinstance(modified_date_1, Unset):
        json_modified_date_1 = modified_date_1.isoformat()
    params["modified_date_1"] = json_modified_date_1

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["pref_vendor"] = pref_vendor

    json_promise_date_0: str | Unset = UNSET
    if not isinstance(promise_date_0, Unset):
        json_promise_date_0 = promise_date_0.isoformat()
    params["promise_date_0"] = json_promise_date_0

    json_promise_date_1: str | Unset = UNSET
    if not isinstance(promise_date_1, Unset):
        json_promise_date_1 = promise_date_1.isoformat()
    params["promise_date_1"] = json_promise_date_1

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/purchase_orders/{role}/{status}".format(
            role=quote(str(role), safe=""),
            status=quote(str(status), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PurchaseOrderPage | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PurchaseOrderPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role: PurchaseOrderRole,
    status: PurchaseOrderListStatus,
    *,
    client: AuthenticatedClient | Client,
    contract: int | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    expiry_date_0: datetime.date | Unset = UNSET,
    expiry_date_1: datetime.date | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    promise_date_0: datetime.date | Unset = UNSET,
    promise_date_1: datetime.date | Unset = UNSET,
) -> Response[PurchaseOrderPage]:
    """List purchase orders

     Purchase orders seen as a purchaser or a receiver, filtered by status; `metadata.counts` counts the
    orders of each role and status.

    Args:
        role (PurchaseOrderRole): Which purchase orders to list: those purchased by the caller, or
            those to be received.
        status (PurchaseOrderListStatus): Status filter of the purchase-order list.
        contract (int | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        expiry_date_0 (datetime.date | Unset):
        expiry_date_1 (datetime.date | Unset):
        has_blanket_order_items (bool | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        promise_date_0 (datetime.date | Unset):
        promise_date_1 (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderPage]
    """

    kwargs = _get_kwargs(
        role=role,
        status=status,
        contract=contract,
        date_0=date_0,
        date_1=date_1,
        expiry_date_0=expiry_date_0,
        expiry_date_1=expiry_date_1,
        has_blanket_order_items=has_blanket_order_items,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        promise_date_0=promise_date_0,
        promise_date_1=promise_date_1,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role: PurchaseOrderRole,
    status: PurchaseOrderListStatus,
    *,
    client: AuthenticatedClient | Client,
    contract: int | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    expiry_date_0: datetime.date | Unset = UNSET,
    expiry_date_1: datetime.date | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    promise_date_0: datetime.date | Unset = UNSET,
    promise_date_1: datetime.date | Unset = UNSET,
) -> PurchaseOrderPage | None:
    """List purchase orders

     Purchase orders seen as a purchaser or a receiver, filtered by status; `metadata.counts` counts the
    orders of each role and status.

    Args:
        role (PurchaseOrderRole): Which purchase orders to list: those purchased by the caller, or
            those to be received.
        status (PurchaseOrderListStatus): Status filter of the purchase-order list.
        contract (int | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        expiry_date_0 (datetime.date | Unset):
        expiry_date_1 (datetime.date | Unset):
        has_blanket_order_items (bool | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        promise_date_0 (datetime.date | Unset):
        promise_date_1 (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderPage
    """

    return sync_detailed(
        role=role,
        status=status,
        client=client,
        contract=contract,
        date_0=date_0,
        date_1=date_1,
        expiry_date_0=expiry_date_0,
        expiry_date_1=expiry_date_1,
        has_blanket_order_items=has_blanket_order_items,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        promise_date_0=promise_date_0,
        promise_date_1=promise_date_1,
    ).parsed


async def asyncio_detailed(
    role: PurchaseOrderRole,
    status: PurchaseOrderListStatus,
    *,
    client: AuthenticatedClient | Client,
    contract: int | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    expiry_date_0: datetime.date | Unset = UNSET,
    expiry_date_1: datetime.date | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    promise_date_0: datetime.date | Unset = UNSET,
    promise_date_1: datetime.date | Unset = UNSET,
) -> Response[PurchaseOrderPage]:
    """List purchase orders

     Purchase orders seen as a purchaser or a receiver, filtered by status; `metadata.counts` counts the
    orders of each role and status.

    Args:
        role (PurchaseOrderRole): Which purchase orders to list: those purchased by the caller, or
            those to be received.
        status (PurchaseOrderListStatus): Status filter of the purchase-order list.
        contract (int | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        expiry_date_0 (datetime.date | Unset):
        expiry_date_1 (datetime.date | Unset):
        has_blanket_order_items (bool | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        promise_date_0 (datetime.date | Unset):
        promise_date_1 (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderPage]
    """

    kwargs = _get_kwargs(
        role=role,
        status=status,
        contract=contract,
        date_0=date_0,
        date_1=date_1,
        expiry_date_0=expiry_date_0,
        expiry_date_1=expiry_date_1,
        has_blanket_order_items=has_blanket_order_items,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        promise_date_0=promise_date_0,
        promise_date_1=promise_date_1,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role: PurchaseOrderRole,
    status: PurchaseOrderListStatus,
    *,
    client: AuthenticatedClient | Client,
    contract: int | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    expiry_date_0: datetime.date | Unset = UNSET,
    expiry_date_1: datetime.date | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    promise_date_0: datetime.date | Unset = UNSET,
    promise_date_1: datetime.date | Unset = UNSET,
) -> PurchaseOrderPage | None:
    """List purchase orders

     Purchase orders seen as a purchaser or a receiver, filtered by status; `metadata.counts` counts the
    orders of each role and status.

    Args:
        role (PurchaseOrderRole): Which purchase orders to list: those purchased by the caller, or
            those to be received.
        status (PurchaseOrderListStatus): Status filter of the purchase-order list.
        contract (int | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        expiry_date_0 (datetime.date | Unset):
        expiry_date_1 (datetime.date | Unset):
        has_blanket_order_items (bool | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        promise_date_0 (datetime.date | Unset):
        promise_date_1 (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderPage
    """

    return (
        await asyncio_detailed(
            role=role,
            status=status,
            client=client,
            contract=contract,
            date_0=date_0,
            date_1=date_1,
            expiry_date_0=expiry_date_0,
            expiry_date_1=expiry_date_1,
            has_blanket_order_items=has_blanket_order_items,
            modified_date_0=modified_date_0,
            modified_date_1=modified_date_1,
            order_by=order_by,
            page=page,
            page_size=page_size,
            pref_vendor=pref_vendor,
            promise_date_0=promise_date_0,
            promise_date_1=promise_date_1,
        )
    ).parsed
