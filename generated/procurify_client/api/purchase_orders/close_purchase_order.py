from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.purchase_order_read_envelope import PurchaseOrderReadEnvelope
from ...types import Response


def _get_kwargs(
    procurify_po: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/purchase-orders/{procurify_po}/close".format(
            procurify_po=quote(str(procurify_po), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PurchaseOrderReadEnvelope | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderReadEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PurchaseOrderReadEnvelope]:
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
) -> Response[PurchaseOrderReadEnvelope]:
    """Close a purchase order

     Closes a purchase order; nothing more can be received or billed on it.

    Args:
        procurify_po (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderReadEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrderReadEnvelope | None:
    """Close a purchase order

     Closes a purchase order; nothing more can be received or billed on it.

    Args:
        procurify_po (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderReadEnvelope
    """

    return sync_detailed(
        procurify_po=procurify_po,
        client=client,
    ).parsed


async def asyncio_detailed(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PurchaseOrderReadEnvelope]:
    """Close a purchase order

     Closes a purchase order; nothing more can be received or billed on it.

    Args:
        procurify_po (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseOrderReadEnvelope]
    """

    kwargs = _get_kwargs(
        procurify_po=procurify_po,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    procurify_po: int,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrderReadEnvelope | None:
    """Close a purchase order

     Closes a purchase order; nothing more can be received or billed on it.

    Args:
        procurify_po (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderReadEnvelope
    """

    return (
        await asyncio_detailed(
            procurify_po=procurify_po,
            client=client,
        )
    ).parsed
