from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.optimized_vendor_envelope import OptimizedVendorEnvelope
from ...models.patched_optimized_vendor_request import PatchedOptimizedVendorRequest
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: PatchedOptimizedVendorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v3/vendors/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OptimizedVendorEnvelope | None:
    if response.status_code == 200:
        response_200 = OptimizedVendorEnvelope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OptimizedVendorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedOptimizedVendorRequest,
) -> Response[OptimizedVendorEnvelope]:
    """Change some fields of a vendor

     Changes only the fields sent.

    Args:
        id (int):
        body (PatchedOptimizedVendorRequest): The vendor fields to change; fields not sent are
            left as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptimizedVendorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedOptimizedVendorRequest,
) -> OptimizedVendorEnvelope | None:
    """Change some fields of a vendor

     Changes only the fields sent.

    Args:
        id (int):
        body (PatchedOptimizedVendorRequest): The vendor fields to change; fields not sent are
            left as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptimizedVendorEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedOptimizedVendorRequest,
) -> Response[OptimizedVendorEnvelope]:
    """Change some fields of a vendor

     Changes only the fields sent.

    Args:
        id (int):
        body (PatchedOptimizedVendorRequest): The vendor fields to change; fields not sent are
            left as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptimizedVendorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchedOptimizedVendorRequest,
) -> OptimizedVendorEnvelope | None:
    """Change some fields of a vendor

     Changes only the fields sent.

    Args:
        id (int):
        body (PatchedOptimizedVendorRequest): The vendor fields to change; fields not sent are
            left as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptimizedVendorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
