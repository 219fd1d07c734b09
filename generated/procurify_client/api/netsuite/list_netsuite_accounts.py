from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.net_suite_account import NetSuiteAccount
from ...models.net_suite_account_status import NetSuiteAccountStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    status: NetSuiteAccountStatus,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status = status.value
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/integrations/netsuite/accounts/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[NetSuiteAccount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = NetSuiteAccount.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[NetSuiteAccount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: NetSuiteAccountStatus,
) -> Response[list[NetSuiteAccount]]:
    """List accounts by sync status

     Account codes whose synchronisation with NetSuite has the given status. The answer is a JSON array
    without the usual envelope (the integration page shows one element of it).

    Args:
        status (NetSuiteAccountStatus): Synchronisation status of an account between Procurify and
            NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[NetSuiteAccount]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: NetSuiteAccountStatus,
) -> list[NetSuiteAccount] | None:
    """List accounts by sync status

     Account codes whose synchronisation with NetSuite has the given status. The answer is a JSON array
    without the usual envelope (the integration page shows one element of it).

    Args:
        status (NetSuiteAccountStatus): Synchronisation status of an account between Procurify and
            NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[NetSuiteAccount]
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: NetSuiteAccountStatus,
) -> Response[list[NetSuiteAccount]]:
    """List accounts by sync status

     Account codes whose synchronisation with NetSuite has the given status. The answer is a JSON array
    without the usual envelope (the integration page shows one element of it).

    Args:
        status (NetSuiteAccountStatus): Synchronisation status of an account between Procurify and
            NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[NetSuiteAccount]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: NetSuiteAccountStatus,
) -> list[NetSuiteAccount] | None:
    """List accounts by sync status

     Account codes whose synchronisation with NetSuite has the given status. The answer is a JSON array
    without the usual envelope (the integration page shows one element of it).

    Args:
        status (NetSuiteAccountStatus): Synchronisation status of an account between Procurify and
            NetSuite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[NetSuiteAccount]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
