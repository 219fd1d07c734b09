from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.net_suite_account import NetSuiteAccount
from ...models.net_suite_account_create_request import NetSuiteAccountCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: NetSuiteAccountCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/integrations/netsuite/accounts/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NetSuiteAccount | None:
    if response.status_code == 200:
        response_200 = NetSuiteAccount.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = NetSuiteAccount.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NetSuiteAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NetSuiteAccountCreateRequest,
) -> Response[NetSuiteAccount]:
    """Create an account from NetSuite

     Creates an account code that mirrors a NetSuite account; `external_id` is the NetSuite record's id.

    Args:
        body (NetSuiteAccountCreateRequest): An account code to create from NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetSuiteAccount]
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
    body: NetSuiteAccountCreateRequest,
) -> NetSuiteAccount | None:
    """Create an account from NetSuite

     Creates an account code that mirrors a NetSuite account; `external_id` is the NetSuite record's id.

    Args:
        body (NetSuiteAccountCreateRequest): An account code to create from NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetSuiteAccount
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NetSuiteAccountCreateRequest,
) -> Response[NetSuiteAccount]:
    """Create an account from NetSuite

     Creates an account code that mirrors a NetSuite account; `external_id` is the NetSuite record's id.

    Args:
        body (NetSuiteAccountCreateRequest): An account code to create from NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NetSuiteAccount]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NetSuiteAccountCreateRequest,
) -> NetSuiteAccount | None:
    """Create an account from NetSuite

     Creates an account code that mirrors a NetSuite account; `external_id` is the NetSuite record's id.

    Args:
        body (NetSuiteAccountCreateRequest): An account code to create from NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NetSuiteAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
