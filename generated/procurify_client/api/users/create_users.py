from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invite_functional_user_request import InviteFunctionalUserRequest
from ...models.user_list import UserList
from ...types import Response


def _get_kwargs(
    *,
    body: list[InviteFunctionalUserRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/users",
    }

    _kwargs["json"] = []
    for componentsschemas_user_invitations_item_data in body:
        componentsschemas_user_invitations_item = (
            componentsschemas_user_invitations_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_user_invitations_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserList | None:
    if response.status_code == 201:
        response_201 = UserList.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[InviteFunctionalUserRequest],
) -> Response[UserList]:
    """Invite users

     Invites several users at once; the answer lists the created users.

    Args:
        body (list[InviteFunctionalUserRequest]): Users to invite in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[InviteFunctionalUserRequest],
) -> UserList | None:
    """Invite users

     Invites several users at once; the answer lists the created users.

    Args:
        body (list[InviteFunctionalUserRequest]): Users to invite in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[InviteFunctionalUserRequest],
) -> Response[UserList]:
    """Invite users

     Invites several users at once; the answer lists the created users.

    Args:
        body (list[InviteFunctionalUserRequest]): Users to invite in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[InviteFunctionalUserRequest],
) -> UserList | None:
    """Invite users

     Invites several users at once; the answer lists the created users.

    Args:
        body (list[InviteFunctionalUserRequest]): Users to invite in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
