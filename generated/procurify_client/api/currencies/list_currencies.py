from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.currency_page import CurrencyPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    base: bool | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    rate: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["base"] = base

    params["description"] = description

    params["name"] = name

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["rate"] = rate

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/currencies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrencyPage | None:
    if response.status_code == 200:
        response_200 = CurrencyPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CurrencyPage]:
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
    base: bool | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    rate: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CurrencyPage]:
    """List currencies

     Currencies enabled for the company, with their exchange rate to the base currency.

    Args:
        active (bool | Unset):
        base (bool | Unset):
        description (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        rate (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyPage]
    """

    kwargs = _get_kwargs(
        active=active,
        base=base,
        description=description,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        rate=rate,
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
    base: bool | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    rate: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CurrencyPage | None:
    """List currencies

     Currencies enabled for the company, with their exchange rate to the base currency.

    Args:
        active (bool | Unset):
        base (bool | Unset):
        description (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        rate (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyPage
    """

    return sync_detailed(
        client=client,
        active=active,
        base=base,
        description=description,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        rate=rate,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    base: bool | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    rate: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CurrencyPage]:
    """List currencies

     Currencies enabled for the company, with their exchange rate to the base currency.

    Args:
        active (bool | Unset):
        base (bool | Unset):
        description (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        rate (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyPage]
    """

    kwargs = _get_kwargs(
        active=active,
        base=base,
        description=description,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        rate=rate,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active: bool | Unset = UNSET,
    base: bool | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    rate: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CurrencyPage | None:
    """List currencies

     Currencies enabled for the company, with their exchange rate to the base currency.

    Args:
        active (bool | Unset):
        base (bool | Unset):
        description (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        rate (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyPage
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            base=base,
            description=description,
            name=name,
            order_by=order_by,
            page=page,
            page_size=page_size,
            rate=rate,
            search=search,
        )
    ).parsed
