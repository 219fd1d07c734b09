from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_po_number_check import DuplicatePoNumberCheck
from ...models.purchase_order_detail_envelope import PurchaseOrderDetailEnvelope
from ...models.purchase_order_update_request import PurchaseOrderUpdateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    procurify_po: int,
    *,
    body: PurchaseOrderUpdateRequest,
    confirm_duplicate_external_po_number: DuplicatePoNumberCheck | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_confirm_duplicate_external_po_number: str | Unset = UNSET
    if not isinstance(confirm_duplicate_external_po_number, Unset):
        json_confirm_duplicate_external_po_number = (
            confirm_duplicate_external_po_number.value
        )

    params["confirm_duplicate_external_po_number"] = (
        json_confirm_duplicate_external_po_number
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/purchase_order/revise/{procurify_po}".format(
            procurify_po=quote(str(procurify_po), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PurchaseOrderDetailEnvelope | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderDetailEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PurchaseOrderDetailEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
    confirm_duplicate_external_po_number: DuplicatePoNumberCheck | Unset = UNSET,
) -> Response[PurchaseOrderDetailEnvelope]:
    """Revise a purchase order (deprecated)

     The v2 form of `update_purchase_order`, kept for old integrations. Use `update_purchase_order`
    instead.

    Args:
        procurify_po (int):
        confirm_duplicate_external_po_number (DuplicatePoNumberCheck | Unset): Python-style
            boolean the server expects as text.
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderDetailEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
        body=body,
        confirm_duplicate_external_po_number=confirm_duplicate_external_po_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
    confirm_duplicate_external_po_number: DuplicatePoNumberCheck | Unset = UNSET,
) -> PurchaseOrderDetailEnvelope | None:
    """Revise a purchase order (deprecated)

     The v2 form of `update_purchase_order`, kept for old integrations. Use `update_purchase_order`
    instead.

    Args:
        procurify_po (int):
        confirm_duplicate_external_po_number (DuplicatePoNumberCheck | Unset): Python-style
            boolean the server expects as text.
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderDetailEnvelope
    """

    return sync_detailed(
        procurify_po=procurify_po,
        client=client,
        body=body,
        confirm_duplicate_external_po_number=confirm_duplicate_external_po_number,
    ).parsed


async def asyncio_detailed(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
    confirm_duplicate_external_po_number: DuplicatePoNumberCheck | Unset = UNSET,
) -> Response[PurchaseOrderDetailEnvelope]:
    """Revise a purchase order (deprecated)

     The v2 form of `update_purchase_order`, kept for old integrations. Use `update_purchase_order`
    instead.

    Args:
        procurify_po (int):
        confirm_duplicate_external_po_number (DuplicatePoNumberCheck | Unset): Python-style
            boolean the server expects as text.
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderDetailEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
        body=body,
        confirm_duplicate_external_po_number=confirm_duplicate_external_po_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
    confirm_duplicate_external_po_number: DuplicatePoNumberCheck | Unset = UNSET,
) -> PurchaseOrderDetailEnvelope | None:
    """Revise a purchase order (deprecated)

     The v2 form of `update_purchase_order`, kept for old integrations. Use `update_purchase_order`
    instead.

    Args:
        procurify_po (int):
        confirm_duplicate_external_po_number (DuplicatePoNumberCheck | Unset): Python-style
            boolean the server expects as text.
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderDetailEnvelope
    """

    return (
        await asyncio_detailed(
            procurify_po=procurify_po,
            client=client,
            body=body,
            confirm_duplicate_external_po_number=confirm_duplicate_external_po_number,
        )
    ).parsed
