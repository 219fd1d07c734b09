from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_page import DepartmentPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch: int | Unset = UNSET,
    include_is_active_for_account_code: int | Unset = UNSET,
    location_perm_override: bool | Unset = UNSET,
    locations: list[int] | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: int | Unset = UNSET,
    requestable: str | Unset = UNSET,
    search: str | Unset = UNSET,
    user: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["include_is_active_for_account_code"] = include_is_active_for_account_code

    params["location_perm_override"] = location_perm_override

    json_locations: list[int] | Unset = UNSET
    if not isinstance(locations, Unset):
        json_locations = locations

    params["locations"] = json_locations

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["permission"] = permission

    params["requestable"] = requestable

    params["search"] = search

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/departments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepartmentPage | None:
    if response.status_code == 200:
        response_200 = DepartmentPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DepartmentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    include_is_active_for_account_code: int | Unset = UNSET,
    location_perm_override: bool | Unset = UNSET,
    locations: list[int] | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: int | Unset = UNSET,
    requestable: str | Unset = UNSET,
    search: str | Unset = UNSET,
    user: int | Unset = UNSET,
) -> Response[DepartmentPage]:
    """List departments

     Departments, each within a location.

    Args:
        branch (int | Unset):
        include_is_active_for_account_code (int | Unset):
        location_perm_override (bool | Unset):
        locations (list[int] | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (int | Unset):
        requestable (str | Unset):
        search (str | Unset):
        user (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentPage]
    """

    kwargs = _get_kwargs(
        branch=branch,
        include_is_active_for_account_code=include_is_active_for_account_code,
        location_perm_override=location_perm_override,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        requestable=requestable,
        search=search,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    include_is_active_for_account_code: int | Unset = UNSET,
    location_perm_override: bool | Unset = UNSET,
    locations: list[int] | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: int | Unset = UNSET,
    requestable: str | Unset = UNSET,
    search: str | Unset = UNSET,
    user: int | Unset = UNSET,
) -> DepartmentPage | None:
    """List departments

     Departments, each within a location.

    Args:
        branch (int | Unset):
        include_is_active_for_account_code (int | Unset):
        location_perm_override (bool | Unset):
        locations (list[int] | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (int | Unset):
        requestable (str | Unset):
        search (str | Unset):
        user (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentPage
    """

    return sync_detailed(
        client=client,
        branch=branch,
        include_is_active_for_account_code=include_is_active_for_account_code,
        location_perm_override=location_perm_override,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        requestable=requestable,
        search=search,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    include_is_active_for_account_code: int | Unset = UNSET,
    location_perm_override: bool | Unset = UNSET,
    locations: list[int] | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: int | Unset = UNSET,
    requestable: str | Unset = UNSET,
    search: str | Unset = UNSET,
    user: int | Unset = UNSET,
) -> Response[DepartmentPage]:
    """List departments

     Departments, each within a location.

    Args:
        branch (int | Unset):
        include_is_active_for_account_code (int | Unset):
        location_perm_override (bool | Unset):
        locations (list[int] | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (int | Unset):
        requestable (str | Unset):
        search (str | Unset):
        user (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentPage]
    """

    kwargs = _get_kwargs(
        branch=branch,
        include_is_active_for_account_code=include_is_active_for_account_code,
        location_perm_override=location_perm_override,
        locations=locations,
        order_by=order_by,
        page=page,
        page_size=page_size,
        permission=permission,
        requestable=requestable,
        search=search,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    include_is_active_for_account_code: int | Unset = UNSET,
    location_perm_override: bool | Unset = UNSET,
    locations: list[int] | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    permission: int | Unset = UNSET,
    requestable: str | Unset = UNSET,
    search: str | Unset = UNSET,
    user: int | Unset = UNSET,
) -> DepartmentPage | None:
    """List departments

     Departments, each within a location.

    Args:
        branch (int | Unset):
        include_is_active_for_account_code (int | Unset):
        location_perm_override (bool | Unset):
        locations (list[int] | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        permission (int | Unset):
        requestable (str | Unset):
        search (str | Unset):
        user (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentPage
    """

    return (
        await asyncio_detailed(
            client=client,
            branch=branch,
            include_is_active_for_account_code=include_is_active_for_account_code,
            location_perm_override=location_perm_override,
            locations=locations,
            order_by=order_by,
            page=page,
            page_size=page_size,
            permission=permission,
            requestable=requestable,
            search=search,
            user=user,
        )
    ).parsed
