from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.register_app_request import RegisterAppRequest
from ...models.registered_app import RegisteredApp
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/register_app",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RegisteredApp | None:
    if response.status_code == 200:
        response_200 = RegisteredApp.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = cast(Any, None)
        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RegisteredApp]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAppRequest,
) -> Response[Any | RegisteredApp]:
    """Register an application

     Registers an application under a developer account (identified by the developer's own apisecretkey
    in the body) and answers its `client_id`. The vendor's example sends the JSON body without a content
    type.

    Args:
        body (RegisterAppRequest): An application to register under a developer account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RegisteredApp]
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
    body: RegisterAppRequest,
) -> Any | RegisteredApp | None:
    """Register an application

     Registers an application under a developer account (identified by the developer's own apisecretkey
    in the body) and answers its `client_id`. The vendor's example sends the JSON body without a content
    type.

    Args:
        body (RegisterAppRequest): An application to register under a developer account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RegisteredApp
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAppRequest,
) -> Response[Any | RegisteredApp]:
    """Register an application

     Registers an application under a developer account (identified by the developer's own apisecretkey
    in the body) and answers its `client_id`. The vendor's example sends the JSON body without a content
    type.

    Args:
        body (RegisterAppRequest): An application to register under a developer account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RegisteredApp]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAppRequest,
) -> Any | RegisteredApp | None:
    """Register an application

     Registers an application under a developer account (identified by the developer's own apisecretkey
    in the body) and answers its `client_id`. The vendor's example sends the JSON body without a content
    type.

    Args:
        body (RegisterAppRequest): An application to register under a developer account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RegisteredApp
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
