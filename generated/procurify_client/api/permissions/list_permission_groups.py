from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.permission_group_page import PermissionGroupPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: str | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    userprofile: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["permission"] = permission

    params["search"] = search

    params["type"] = type_

    params["user"] = user

    params["userprofile"] = userprofile

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/permissions/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PermissionGroupPage | None:
    if response.status_code == 200:
        response_200 = PermissionGroupPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PermissionGroupPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: str | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    userprofile: int | Unset = UNSET,
) -> Response[PermissionGroupPage]:
    """List roles

     The system roles (permission groups) with their permissions.

    Args:
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (str | Unset):
        search (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        userprofile (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionGroupPage]
    """

    kwargs = _get_kwargs(
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        search=search,
        type_=type_,
        user=user,
        userprofile=userprofile,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: str | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    userprofile: int | Unset = UNSET,
) -> PermissionGroupPage | None:
    """List roles

     The system roles (permission groups) with their permissions.

    Args:
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (str | Unset):
        search (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        userprofile (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionGroupPage
    """

    return sync_detailed(
        client=client,
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        search=search,
        type_=type_,
        user=user,
        userprofile=userprofile,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: str | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    userprofile: int | Unset = UNSET,
) -> Response[PermissionGroupPage]:
    """List roles

     The system roles (permission groups) with their permissions.

    Args:
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (str | Unset):
        search (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        userprofile (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissionGroupPage]
    """

    kwargs = _get_kwargs(
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        search=search,
        type_=type_,
        user=user,
        userprofile=userprofile,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: str | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    userprofile: int | Unset = UNSET,
) -> PermissionGroupPage | None:
    """List roles

     The system roles (permission groups) with their permissions.

    Args:
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (str | Unset):
        search (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        userprofile (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissionGroupPage
    """

    return (
        await asyncio_detailed(
            client=client,
            order_by=order_by,
            page=page,
            page_size=page_size,
            permission=permission,
            search=search,
            type_=type_,
            user=user,
            userprofile=userprofile,
        )
    ).parsed
