from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_page import LocationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    headquarter: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["headquarter"] = headquarter

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocationPage | None:
    if response.status_code == 200:
        response_200 = LocationPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    headquarter: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[LocationPage]:
    """List locations

     Locations (branches) of the company.

    Args:
        active (bool | Unset):
        headquarter (bool | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationPage]
    """

    kwargs = _get_kwargs(
        active=active,
        headquarter=headquarter,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    headquarter: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> LocationPage | None:
    """List locations

     Locations (branches) of the company.

    Args:
        active (bool | Unset):
        headquarter (bool | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationPage
    """

    return sync_detailed(
        client=client,
        active=active,
        headquarter=headquarter,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    headquarter: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[LocationPage]:
    """List locations

     Locations (branches) of the company.

    Args:
        active (bool | Unset):
        headquarter (bool | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationPage]
    """

    kwargs = _get_kwargs(
        active=active,
        headquarter=headquarter,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    headquarter: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> LocationPage | None:
    """List locations

     Locations (branches) of the company.

    Args:
        active (bool | Unset):
        headquarter (bool | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationPage
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            headquarter=headquarter,
            order_by=order_by,
            page=page,
            page_size=page_size,
            search=search,
        )
    ).parsed
