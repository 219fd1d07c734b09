from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_page import AccountPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    id: int | Unset = UNSET,
    in_effect: bool | Unset = UNSET,
    locations: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    with_expired_budgets: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_code"] = account_code

    params["active"] = active

    params["department"] = department

    params["departments"] = departments

    params["id"] = id

    params["in_effect"] = in_effect

    params["locations"] = locations

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["with_expired_budgets"] = with_expired_budgets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountPage | None:
    if response.status_code == 200:
        response_200 = AccountPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    id: int | Unset = UNSET,
    in_effect: bool | Unset = UNSET,
    locations: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    with_expired_budgets: bool | Unset = UNSET,
) -> Response[AccountPage]:
    """List accounts

     Budget accounts: an account code in a department for a period, with its budget and what has been
    spent against it.

    Args:
        account_code (int | Unset):
        active (bool | Unset):
        department (int | Unset):
        departments (str | Unset):
        id (int | Unset):
        in_effect (bool | Unset):
        locations (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        with_expired_budgets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage]
    """

    kwargs = _get_kwargs(
        account_code=account_code,
        active=active,
        department=department,
        departments=departments,
        id=id,
        in_effect=in_effect,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        with_expired_budgets=with_expired_budgets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    id: int | Unset = UNSET,
    in_effect: bool | Unset = UNSET,
    locations: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    with_expired_budgets: bool | Unset = UNSET,
) -> AccountPage | None:
    """List accounts

     Budget accounts: an account code in a department for a period, with its budget and what has been
    spent against it.

    Args:
        account_code (int | Unset):
        active (bool | Unset):
        department (int | Unset):
        departments (str | Unset):
        id (int | Unset):
        in_effect (bool | Unset):
        locations (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        with_expired_budgets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage
    """

    return sync_detailed(
        client=client,
        account_code=account_code,
        active=active,
        department=department,
        departments=departments,
        id=id,
        in_effect=in_effect,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        with_expired_budgets=with_expired_budgets,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    id: int | Unset = UNSET,
    in_effect: bool | Unset = UNSET,
    locations: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    with_expired_budgets: bool | Unset = UNSET,
) -> Response[AccountPage]:
    """List accounts

     Budget accounts: an account code in a department for a period, with its budget and what has been
    spent against it.

    Args:
        account_code (int | Unset):
        active (bool | Unset):
        department (int | Unset):
        departments (str | Unset):
        id (int | Unset):
        in_effect (bool | Unset):
        locations (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        with_expired_budgets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage]
    """

    kwargs = _get_kwargs(
        account_code=account_code,
        active=active,
        department=department,
        departments=departments,
        id=id,
        in_effect=in_effect,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        with_expired_budgets=with_expired_budgets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    id: int | Unset = UNSET,
    in_effect: bool | Unset = UNSET,
    locations: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    with_expired_budgets: bool | Unset = UNSET,
) -> AccountPage | None:
    """List accounts

     Budget accounts: an account code in a department for a period, with its budget and what has been
    spent against it.

    Args:
        account_code (int | Unset):
        active (bool | Unset):
        department (int | Unset):
        departments (str | Unset):
        id (int | Unset):
        in_effect (bool | Unset):
        locations (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        with_expired_budgets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage
    """

    return (
        await asyncio_detailed(
            client=client,
            account_code=account_code,
            active=active,
            department=department,
            departments=departments,
            id=id,
            in_effect=in_effect,
            locations=locations,
            order_by=order_by,
            page=page,
            page_size=page_size,
            search=search,
            with_expired_budgets=with_expired_budgets,
        )
    ).parsed
