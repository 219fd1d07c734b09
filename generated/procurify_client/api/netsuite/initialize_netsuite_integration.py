from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.net_suite_initialization import NetSuiteInitialization
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/integrations/netsuite/initialize/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NetSuiteInitialization | None:
    if response.status_code == 200:
        response_200 = NetSuiteInitialization.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = NetSuiteInitialization.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NetSuiteInitialization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NetSuiteInitialization]:
    """Initialize the NetSuite integration

     Sets up the NetSuite integration and returns the basic-authentication string the NetSuite side uses.
    Documented on the separate Procurify Integration API page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetSuiteInitialization]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> NetSuiteInitialization | None:
    """Initialize the NetSuite integration

     Sets up the NetSuite integration and returns the basic-authentication string the NetSuite side uses.
    Documented on the separate Procurify Integration API page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetSuiteInitialization
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[NetSuiteInitialization]:
    """Initialize the NetSuite integration

     Sets up the NetSuite integration and returns the basic-authentication string the NetSuite side uses.
    Documented on the separate Procurify Integration API page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetSuiteInitialization]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> NetSuiteInitialization | None:
    """Initialize the NetSuite integration

     Sets up the NetSuite integration and returns the basic-authentication string the NetSuite side uses.
    Documented on the separate Procurify Integration API page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetSuiteInitialization
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
