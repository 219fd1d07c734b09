from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_update_envelope import PurchaseOrderUpdateEnvelope
from ...models.purchase_order_update_request import PurchaseOrderUpdateRequest
from ...types import Response


def _get_kwargs(
    procurify_po: int,
    *,
    body: PurchaseOrderUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/purchase-orders/{procurify_po}".format(
            procurify_po=quote(str(procurify_po), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PurchaseOrderUpdateEnvelope | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderUpdateEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PurchaseOrderUpdateEnvelope]:
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
) -> Response[PurchaseOrderUpdateEnvelope]:
    """Update a purchase order

     Replaces the editable parts of a purchase order: buyer and receiver, terms, costs and its order
    items. `version` must be the version last read.

    Args:
        procurify_po (int):
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderUpdateEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
        body=body,
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
) -> PurchaseOrderUpdateEnvelope | None:
    """Update a purchase order

     Replaces the editable parts of a purchase order: buyer and receiver, terms, costs and its order
    items. `version` must be the version last read.

    Args:
        procurify_po (int):
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderUpdateEnvelope
    """

    return sync_detailed(
        procurify_po=procurify_po,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
) -> Response[PurchaseOrderUpdateEnvelope]:
    """Update a purchase order

     Replaces the editable parts of a purchase order: buyer and receiver, terms, costs and its order
    items. `version` must be the version last read.

    Args:
        procurify_po (int):
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderUpdateEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderUpdateRequest,
) -> PurchaseOrderUpdateEnvelope | None:
    """Update a purchase order

     Replaces the editable parts of a purchase order: buyer and receiver, terms, costs and its order
    items. `version` must be the version last read.

    Args:
        procurify_po (int):
        body (PurchaseOrderUpdateRequest): The editable parts of a purchase order, replaced in
            full; `version` must be the version last read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderUpdateEnvelope
    """

    return (
        await asyncio_detailed(
            procurify_po=procurify_po,
            client=client,
            body=body,
        )
    ).parsed
