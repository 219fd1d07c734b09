from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sales_order import SalesOrder
from ...models.sales_order_write import SalesOrderWrite
from ...types import Response


def _get_kwargs(
    api_code: str,
    *,
    body: SalesOrderWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/salesorders/{api_code}".format(
            api_code=quote(str(api_code), safe=""),
        ),
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
    api_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Response[Any | ErrorBody | SalesOrder]:
    """Update a sales order

     Replaces the order's fields and lines.  Line totals must equal `quantity × price` and `doc_total`
    the sum of the line totals.

    Args:
        api_code (str): A record identifier (UUID).  The nil UUID means "no record".
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
        api_code=api_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Any | ErrorBody | SalesOrder | None:
    """Update a sales order

     Replaces the order's fields and lines.  Line totals must equal `quantity × price` and `doc_total`
    the sum of the line totals.

    Args:
        api_code (str): A record identifier (UUID).  The nil UUID means "no record".
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
        api_code=api_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Response[Any | ErrorBody | SalesOrder]:
    """Update a sales order

     Replaces the order's fields and lines.  Line totals must equal `quantity × price` and `doc_total`
    the sum of the line totals.

    Args:
        api_code (str): A record identifier (UUID).  The nil UUID means "no record".
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
        api_code=api_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SalesOrderWrite,
) -> Any | ErrorBody | SalesOrder | None:
    """Update a sales order

     Replaces the order's fields and lines.  Line totals must equal `quantity × price` and `doc_total`
    the sum of the line totals.

    Args:
        api_code (str): A record identifier (UUID).  The nil UUID means "no record".
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
            api_code=api_code,
            client=client,
            body=body,
        )
    ).parsed
