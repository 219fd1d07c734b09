from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.database_authentication import DatabaseAuthentication
from ...models.o_auth_error import OAuthError
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
        "url": "/oauth_token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | list[DatabaseAuthentication] | OAuthToken | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[DatabaseAuthentication] | OAuthError | OAuthToken:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OAuthError.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = OAuthToken.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_2 = []
            _response_200_type_2 = data
            for (
                componentsschemas_o_auth_token_choices_item_data
            ) in _response_200_type_2:
                componentsschemas_o_auth_token_choices_item = (
                    DatabaseAuthentication.from_dict(
                        componentsschemas_o_auth_token_choices_item_data
                    )
                )

                response_200_type_2.append(componentsschemas_o_auth_token_choices_item)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = OAuthError.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | list[DatabaseAuthentication] | OAuthToken]:
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
) -> Response[OAuthError | list[DatabaseAuthentication] | OAuthToken]:
    """Exchange an authorization code for the tenant's key

     Form-encoded.  The access token is the connected tenant's apisecretkey: it does not expire and there
    is no refresh token.  A user with several databases receives an array of authentication records
    instead, one per database (shape undocumented, kept as parsed JSON).  The HTTP status of the
    `invalid_grant` answer is not documented, so it is accepted with any status.

    Args:
        body (OAuthTokenRequest): The form fields of the code exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | list[DatabaseAuthentication] | OAuthError | OAuthToken]
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
) -> OAuthError | list[DatabaseAuthentication] | OAuthToken | None:
    """Exchange an authorization code for the tenant's key

     Form-encoded.  The access token is the connected tenant's apisecretkey: it does not expire and there
    is no refresh token.  A user with several databases receives an array of authentication records
    instead, one per database (shape undocumented, kept as parsed JSON).  The HTTP status of the
    `invalid_grant` answer is not documented, so it is accepted with any status.

    Args:
        body (OAuthTokenRequest): The form fields of the code exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | list[DatabaseAuthentication] | OAuthError | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | list[DatabaseAuthentication] | OAuthToken]:
    """Exchange an authorization code for the tenant's key

     Form-encoded.  The access token is the connected tenant's apisecretkey: it does not expire and there
    is no refresh token.  A user with several databases receives an array of authentication records
    instead, one per database (shape undocumented, kept as parsed JSON).  The HTTP status of the
    `invalid_grant` answer is not documented, so it is accepted with any status.

    Args:
        body (OAuthTokenRequest): The form fields of the code exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | list[DatabaseAuthentication] | OAuthError | OAuthToken]
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
) -> OAuthError | list[DatabaseAuthentication] | OAuthToken | None:
    """Exchange an authorization code for the tenant's key

     Form-encoded.  The access token is the connected tenant's apisecretkey: it does not expire and there
    is no refresh token.  A user with several databases receives an array of authentication records
    instead, one per database (shape undocumented, kept as parsed JSON).  The HTTP status of the
    `invalid_grant` answer is not documented, so it is accepted with any status.

    Args:
        body (OAuthTokenRequest): The form fields of the code exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | list[DatabaseAuthentication] | OAuthError | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
