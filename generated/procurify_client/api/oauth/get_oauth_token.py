from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthToken | None:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthToken]:
    """Get an API access token

     Exchanges the API application's client credentials for a bearer token (client-credentials grant,
    audience `https://api.procurify.com/`). The token is valid for 24 hours: cache it and reuse it until
    it expires. This call needs no authorization.

    Args:
        body (OAuthTokenRequest): Client-credentials grant for an API access token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthToken]
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
    body: OAuthTokenRequest,
) -> OAuthToken | None:
    """Get an API access token

     Exchanges the API application's client credentials for a bearer token (client-credentials grant,
    audience `https://api.procurify.com/`). The token is valid for 24 hours: cache it and reuse it until
    it expires. This call needs no authorization.

    Args:
        body (OAuthTokenRequest): Client-credentials grant for an API access token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthToken]:
    """Get an API access token

     Exchanges the API application's client credentials for a bearer token (client-credentials grant,
    audience `https://api.procurify.com/`). The token is valid for 24 hours: cache it and reuse it until
    it expires. This call needs no authorization.

    Args:
        body (OAuthTokenRequest): Client-credentials grant for an API access token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthToken | None:
    """Get an API access token

     Exchanges the API application's client credentials for a bearer token (client-credentials grant,
    audience `https://api.procurify.com/`). The token is valid for 24 hours: cache it and reuse it until
    it expires. This call needs no authorization.

    Args:
        body (OAuthTokenRequest): Client-credentials grant for an API access token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
