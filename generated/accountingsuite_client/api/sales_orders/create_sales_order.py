from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sales_order import SalesOrder
from ...models.sales_order_write import SalesOrderWrite
from ...types import Response


def _get_kwargs(
    *,
    body: SalesOrderWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/salesorders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | SalesOrder | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorBody | SalesOrder:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SalesOrder.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorBody.from_dict(response.json())

        return response_4xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | SalesOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Response[Any | ErrorBody | SalesOrder]:
    """Create a sales order

     Creates and posts a sales order (the vendor page says "draft"; the server posts it).  Each
    `line_total` must equal `quantity × price` exactly.  Bill-to and ship-to fields given inline
    override the addresses named by `bill_to_api_code` and `ship_to_api_code`.

    Args:
        body (SalesOrderWrite): A sales order to create or replace.  `bill_to_api_code` names the
            bill-to address (the vendor page calls it a ship-to address).  Line totals must equal
            `quantity × price` exactly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorBody | SalesOrder]
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
    body: SalesOrderWrite,
) -> Any | ErrorBody | SalesOrder | None:
    """Create a sales order

     Creates and posts a sales order (the vendor page says "draft"; the server posts it).  Each
    `line_total` must equal `quantity × price` exactly.  Bill-to and ship-to fields given inline
    override the addresses named by `bill_to_api_code` and `ship_to_api_code`.

    Args:
        body (SalesOrderWrite): A sales order to create or replace.  `bill_to_api_code` names the
            bill-to address (the vendor page calls it a ship-to address).  Line totals must equal
            `quantity × price` exactly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorBody | SalesOrder
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Response[Any | ErrorBody | SalesOrder]:
    """Create a sales order

     Creates and posts a sales order (the vendor page says "draft"; the server posts it).  Each
    `line_total` must equal `quantity × price` exactly.  Bill-to and ship-to fields given inline
    override the addresses named by `bill_to_api_code` and `ship_to_api_code`.

    Args:
        body (SalesOrderWrite): A sales order to create or replace.  `bill_to_api_code` names the
            bill-to address (the vendor page calls it a ship-to address).  Line totals must equal
            `quantity × price` exactly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorBody | SalesOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Any | ErrorBody | SalesOrder | None:
    """Create a sales order

     Creates and posts a sales order (the vendor page says "draft"; the server posts it).  Each
    `line_total` must equal `quantity × price` exactly.  Bill-to and ship-to fields given inline
    override the addresses named by `bill_to_api_code` and `ship_to_api_code`.

    Args:
        body (SalesOrderWrite): A sales order to create or replace.  `bill_to_api_code` names the
            bill-to address (the vendor page calls it a ship-to address).  Line totals must equal
            `quantity × price` exactly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorBody | SalesOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
