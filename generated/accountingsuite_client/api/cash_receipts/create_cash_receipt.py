from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cash_receipt import CashReceipt
from ...models.cash_receipt_write import CashReceiptWrite
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CashReceiptWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cashreceipts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CashReceipt | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CashReceipt | ErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorBody.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CashReceipt.from_dict(data)

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
) -> Response[Any | CashReceipt | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CashReceiptWrite,
) -> Response[Any | CashReceipt | ErrorBody]:
    """Create a cash receipt

     Records a customer payment.  The customer is found by exact `company_name`; an unknown name silently
    creates a new customer.  The server dates the receipt today whatever `date` says.  The vendor page
    shows no answer; the 2015 server answers with the receipt.

    Args:
        body (CashReceiptWrite): A payment to record.  An unknown `company_name` creates a new
            customer; the server ignores `date` and uses today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CashReceipt | ErrorBody | ErrorBody]
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
    body: CashReceiptWrite,
) -> Any | CashReceipt | ErrorBody | None:
    """Create a cash receipt

     Records a customer payment.  The customer is found by exact `company_name`; an unknown name silently
    creates a new customer.  The server dates the receipt today whatever `date` says.  The vendor page
    shows no answer; the 2015 server answers with the receipt.

    Args:
        body (CashReceiptWrite): A payment to record.  An unknown `company_name` creates a new
            customer; the server ignores `date` and uses today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CashReceipt | ErrorBody | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CashReceiptWrite,
) -> Response[Any | CashReceipt | ErrorBody]:
    """Create a cash receipt

     Records a customer payment.  The customer is found by exact `company_name`; an unknown name silently
    creates a new customer.  The server dates the receipt today whatever `date` says.  The vendor page
    shows no answer; the 2015 server answers with the receipt.

    Args:
        body (CashReceiptWrite): A payment to record.  An unknown `company_name` creates a new
            customer; the server ignores `date` and uses today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CashReceipt | ErrorBody | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CashReceiptWrite,
) -> Any | CashReceipt | ErrorBody | None:
    """Create a cash receipt

     Records a customer payment.  The customer is found by exact `company_name`; an unknown name silently
    creates a new customer.  The server dates the receipt today whatever `date` says.  The vendor page
    shows no answer; the 2015 server answers with the receipt.

    Args:
        body (CashReceiptWrite): A payment to record.  An unknown `company_name` creates a new
            customer; the server ignores `date` and uses today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CashReceipt | ErrorBody | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
