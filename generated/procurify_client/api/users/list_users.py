from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_page import UserPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_active: bool | Unset = UNSET,
    location: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pending_invite: bool | Unset = UNSET,
    permission: str | Unset = UNSET,
    role: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_active"] = is_active

    params["location"] = location

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["pending_invite"] = pending_invite

    params["permission"] = permission

    params["role"] = role

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserPage | None:
    if response.status_code == 200:
        response_200 = UserPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_active: bool | Unset = UNSET,
    location: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pending_invite: bool | Unset = UNSET,
    permission: str | Unset = UNSET,
    role: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[UserPage]:
    """List users

     Users of the company.

    Args:
        is_active (bool | Unset):
        location (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pending_invite (bool | Unset):
        permission (str | Unset):
        role (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserPage]
    """

    kwargs = _get_kwargs(
        is_active=is_active,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pending_invite=pending_invite,
        permission=permission,
        role=role,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    is_active: bool | Unset = UNSET,
    location: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pending_invite: bool | Unset = UNSET,
    permission: str | Unset = UNSET,
    role: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> UserPage | None:
    """List users

     Users of the company.

    Args:
        is_active (bool | Unset):
        location (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pending_invite (bool | Unset):
        permission (str | Unset):
        role (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserPage
    """

    return sync_detailed(
        client=client,
        is_active=is_active,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pending_invite=pending_invite,
        permission=permission,
        role=role,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_active: bool | Unset = UNSET,
    location: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pending_invite: bool | Unset = UNSET,
    permission: str | Unset = UNSET,
    role: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[UserPage]:
    """List users

     Users of the company.

    Args:
        is_active (bool | Unset):
        location (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pending_invite (bool | Unset):
        permission (str | Unset):
        role (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserPage]
    """

    kwargs = _get_kwargs(
        is_active=is_active,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        pending_invite=pending_invite,
        permission=permission,
        role=role,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    is_active: bool | Unset = UNSET,
    location: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pending_invite: bool | Unset = UNSET,
    permission: str | Unset = UNSET,
    role: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> UserPage | None:
    """List users

     Users of the company.

    Args:
        is_active (bool | Unset):
        location (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        pending_invite (bool | Unset):
        permission (str | Unset):
        role (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserPage
    """

    return (
        await asyncio_detailed(
            client=client,
            is_active=is_active,
            location=location,
            order_by=order_by,
            page=page,
            page_size=page_size,
            pending_invite=pending_invite,
            permission=permission,
            role=role,
            search=search,
        )
    ).parsed
