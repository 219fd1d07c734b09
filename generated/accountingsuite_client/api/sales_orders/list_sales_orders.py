from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sales_order_list import SalesOrderList
from ...models.sales_order_list_2014 import SalesOrderList2014
from ...models.sales_order_list_2015 import SalesOrderList2015
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    start_after: str | Unset = UNSET,
    end_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["start_after"] = start_after

    params["end_before"] = end_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salesorders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015 | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = SalesOrderList.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = SalesOrderList2014.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = SalesOrderList2015.from_dict(data)

            return response_200_type_3

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
) -> Response[
    Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    start_after: str | Unset = UNSET,
    end_before: str | Unset = UNSET,
) -> Response[
    Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015
]:
    """List sales orders

     Sales orders sorted by date, with their lines.  The array's key depends on the server version:
    `Sales_Orders` (vendor page), `"Sales Orders"` (2014) or `items` (2015); each has its own list
    schema.  Later servers page like companies (`limit`, `start_after`/`end_before`, `more_records`).

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015]
    """

    kwargs = _get_kwargs(
        limit=limit,
        start_after=start_after,
        end_before=end_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    start_after: str | Unset = UNSET,
    end_before: str | Unset = UNSET,
) -> Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015 | None:
    """List sales orders

     Sales orders sorted by date, with their lines.  The array's key depends on the server version:
    `Sales_Orders` (vendor page), `"Sales Orders"` (2014) or `items` (2015); each has its own list
    schema.  Later servers page like companies (`limit`, `start_after`/`end_before`, `more_records`).

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015
    """

    return sync_detailed(
        client=client,
        limit=limit,
        start_after=start_after,
        end_before=end_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    start_after: str | Unset = UNSET,
    end_before: str | Unset = UNSET,
) -> Response[
    Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015
]:
    """List sales orders

     Sales orders sorted by date, with their lines.  The array's key depends on the server version:
    `Sales_Orders` (vendor page), `"Sales Orders"` (2014) or `items` (2015); each has its own list
    schema.  Later servers page like companies (`limit`, `start_after`/`end_before`, `more_records`).

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015]
    """

    kwargs = _get_kwargs(
        limit=limit,
        start_after=start_after,
        end_before=end_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    start_after: str | Unset = UNSET,
    end_before: str | Unset = UNSET,
) -> Any | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015 | None:
    """List sales orders

     Sales orders sorted by date, with their lines.  The array's key depends on the server version:
    `Sales_Orders` (vendor page), `"Sales Orders"` (2014) or `items` (2015); each has its own list
    schema.  Later servers page like companies (`limit`, `start_after`/`end_before`, `more_records`).

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorBody | SalesOrderList | SalesOrderList2014 | SalesOrderList2015
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            start_after=start_after,
            end_before=end_before,
        )
    ).parsed
