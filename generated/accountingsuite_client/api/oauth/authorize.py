from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_response_type import AuthorizeResponseType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: AuthorizeResponseType,
    client_id: str,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 302:
        return None

    if 400 <= response.status_code <= 499:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    state: str | Unset = UNSET,
) -> Response[Any]:
    """Ask a user to connect their ledger

     Where the application sends the user's browser.  After the user decides, AccountingSuite redirects
    to the registered `redirect_uri` with `code` and `state`, or with `error=access_denied` and `state`.
    Applications link here rather than call it.

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    state: str | Unset = UNSET,
) -> Response[Any]:
    """Ask a user to connect their ledger

     Where the application sends the user's browser.  After the user decides, AccountingSuite redirects
    to the registered `redirect_uri` with `code` and `state`, or with `error=access_denied` and `state`.
    Applications link here rather than call it.

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
