from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog_item_page import CatalogItemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bundle: int | Unset = UNSET,
    department: str | Unset = UNSET,
    internal_sku: str | Unset = UNSET,
    location: str | Unset = UNSET,
    max_price: str | Unset = UNSET,
    min_price: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bundle"] = bundle

    params["department"] = department

    params["internalSKU"] = internal_sku

    params["location"] = location

    params["max_price"] = max_price

    params["min_price"] = min_price

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["pref_vendor"] = pref_vendor

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/catalog-items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogItemPage | None:
    if response.status_code == 200:
        response_200 = CatalogItemPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CatalogItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bundle: int | Unset = UNSET,
    department: str | Unset = UNSET,
    internal_sku: str | Unset = UNSET,
    location: str | Unset = UNSET,
    max_price: str | Unset = UNSET,
    min_price: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CatalogItemPage]:
    """List catalog items

     Items of the company catalog.

    Args:
        bundle (int | Unset):
        department (str | Unset):
        internal_sku (str | Unset):
        location (str | Unset):
        max_price (str | Unset):
        min_price (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItemPage]
    """

    kwargs = _get_kwargs(
        bundle=bundle,
        department=department,
        internal_sku=internal_sku,
        location=location,
        max_price=max_price,
        min_price=min_price,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bundle: int | Unset = UNSET,
    department: str | Unset = UNSET,
    internal_sku: str | Unset = UNSET,
    location: str | Unset = UNSET,
    max_price: str | Unset = UNSET,
    min_price: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CatalogItemPage | None:
    """List catalog items

     Items of the company catalog.

    Args:
        bundle (int | Unset):
        department (str | Unset):
        internal_sku (str | Unset):
        location (str | Unset):
        max_price (str | Unset):
        min_price (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItemPage
    """

    return sync_detailed(
        client=client,
        bundle=bundle,
        department=department,
        internal_sku=internal_sku,
        location=location,
        max_price=max_price,
        min_price=min_price,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bundle: int | Unset = UNSET,
    department: str | Unset = UNSET,
    internal_sku: str | Unset = UNSET,
    location: str | Unset = UNSET,
    max_price: str | Unset = UNSET,
    min_price: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CatalogItemPage]:
    """List catalog items

     Items of the company catalog.

    Args:
        bundle (int | Unset):
        department (str | Unset):
        internal_sku (str | Unset):
        location (str | Unset):
        max_price (str | Unset):
        min_price (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogItemPage]
    """

    kwargs = _get_kwargs(
        bundle=bundle,
        department=department,
        internal_sku=internal_sku,
        location=location,
        max_price=max_price,
        min_price=min_price,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pref_vendor=pref_vendor,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bundle: int | Unset = UNSET,
    department: str | Unset = UNSET,
    internal_sku: str | Unset = UNSET,
    location: str | Unset = UNSET,
    max_price: str | Unset = UNSET,
    min_price: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CatalogItemPage | None:
    """List catalog items

     Items of the company catalog.

    Args:
        bundle (int | Unset):
        department (str | Unset):
        internal_sku (str | Unset):
        location (str | Unset):
        max_price (str | Unset):
        min_price (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pref_vendor (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogItemPage
    """

    return (
        await asyncio_detailed(
            client=client,
            bundle=bundle,
            department=department,
            internal_sku=internal_sku,
            location=location,
            max_price=max_price,
            min_price=min_price,
            order_by=order_by,
            page=page,
            page_size=page_size,
            pref_vendor=pref_vendor,
            search=search,
        )
    ).parsed
