from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_list import CompanyList
from ...models.error_body import ErrorBody
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
        "url": "/companies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CompanyList | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompanyList | ErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CompanyList.from_dict(data)

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
) -> Response[Any | CompanyList | ErrorBody]:
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
) -> Response[Any | CompanyList | ErrorBody]:
    """List companies

     Companies sorted by name.  Later servers page the list: pass `limit` and `start_after` (or
    `end_before`) with an `api_code` and follow `more_records`; the 2014 server ignores the parameters
    and returns every company.

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompanyList | ErrorBody | ErrorBody]
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
) -> Any | CompanyList | ErrorBody | None:
    """List companies

     Companies sorted by name.  Later servers page the list: pass `limit` and `start_after` (or
    `end_before`) with an `api_code` and follow `more_records`; the 2014 server ignores the parameters
    and returns every company.

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompanyList | ErrorBody | ErrorBody
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
) -> Response[Any | CompanyList | ErrorBody]:
    """List companies

     Companies sorted by name.  Later servers page the list: pass `limit` and `start_after` (or
    `end_before`) with an `api_code` and follow `more_records`; the 2014 server ignores the parameters
    and returns every company.

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompanyList | ErrorBody | ErrorBody]
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
) -> Any | CompanyList | ErrorBody | None:
    """List companies

     Companies sorted by name.  Later servers page the list: pass `limit` and `start_after` (or
    `end_before`) with an `api_code` and follow `more_records`; the 2014 server ignores the parameters
    and returns every company.

    Args:
        limit (int | Unset):
        start_after (str | Unset): A record identifier (UUID).  The nil UUID means "no record".
        end_before (str | Unset): A record identifier (UUID).  The nil UUID means "no record".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompanyList | ErrorBody | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            start_after=start_after,
            end_before=end_before,
        )
    ).parsed
