import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_method_type import PaymentMethodType
from ...models.payment_page import PaymentPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    approver: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_0: datetime.date | Unset = UNSET,
    payment_date_1: datetime.date | Unset = UNSET,
    payment_method_type: PaymentMethodType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["approver"] = approver

    params["currency"] = currency

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    json_payment_date_0: str | Unset = UNSET
    if not isinstance(payment_date_0, Unset):
        json_payment_date_0 = payment_date_0.isoformat()
    params["payment_date_0"] = json_payment_date_0

    json_payment_date_1: str | Unset = UNSET
    if not isinstance(payment_date_1, Unset):
        json_payment_date_1 = payment_date_1.isoformat()
    params["payment_date_1"] = json_payment_date_1

    json_payment_method_type: int | Unset = UNSET
    if not isinstance(payment_method_type, Unset):
        json_payment_method_type = payment_method_type.value

    params["payment_method__type"] = json_payment_method_type

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/ap/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentPage | None:
    if response.status_code == 200:
        response_200 = PaymentPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    approver: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_0: datetime.date | Unset = UNSET,
    payment_date_1: datetime.date | Unset = UNSET,
    payment_method_type: PaymentMethodType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaymentPage]:
    """List payments

     Accounts-payable payments, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (str | Unset):
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_0 (datetime.date | Unset):
        payment_date_1 (datetime.date | Unset):
        payment_method_type (PaymentMethodType | Unset): Payment method type. CHEQUE is another
            name for CHECK (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPage]
    """

    kwargs = _get_kwargs(
        approver=approver,
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        payment_date_0=payment_date_0,
        payment_date_1=payment_date_1,
        payment_method_type=payment_method_type,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    approver: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_0: datetime.date | Unset = UNSET,
    payment_date_1: datetime.date | Unset = UNSET,
    payment_method_type: PaymentMethodType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaymentPage | None:
    """List payments

     Accounts-payable payments, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (str | Unset):
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_0 (datetime.date | Unset):
        payment_date_1 (datetime.date | Unset):
        payment_method_type (PaymentMethodType | Unset): Payment method type. CHEQUE is another
            name for CHECK (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPage
    """

    return sync_detailed(
        client=client,
        approver=approver,
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        payment_date_0=payment_date_0,
        payment_date_1=payment_date_1,
        payment_method_type=payment_method_type,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    approver: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_0: datetime.date | Unset = UNSET,
    payment_date_1: datetime.date | Unset = UNSET,
    payment_method_type: PaymentMethodType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaymentPage]:
    """List payments

     Accounts-payable payments, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (str | Unset):
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_0 (datetime.date | Unset):
        payment_date_1 (datetime.date | Unset):
        payment_method_type (PaymentMethodType | Unset): Payment method type. CHEQUE is another
            name for CHECK (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPage]
    """

    kwargs = _get_kwargs(
        approver=approver,
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        payment_date_0=payment_date_0,
        payment_date_1=payment_date_1,
        payment_method_type=payment_method_type,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    approver: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    payment_date_0: datetime.date | Unset = UNSET,
    payment_date_1: datetime.date | Unset = UNSET,
    payment_method_type: PaymentMethodType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaymentPage | None:
    """List payments

     Accounts-payable payments, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (str | Unset):
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        payment_date_0 (datetime.date | Unset):
        payment_date_1 (datetime.date | Unset):
        payment_method_type (PaymentMethodType | Unset): Payment method type. CHEQUE is another
            name for CHECK (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPage
    """

    return (
        await asyncio_detailed(
            client=client,
            approver=approver,
            currency=currency,
            order_by=order_by,
            page=page,
            page_size=page_size,
            payment_date_0=payment_date_0,
            payment_date_1=payment_date_1,
            payment_method_type=payment_method_type,
            search=search,
        )
    ).parsed
