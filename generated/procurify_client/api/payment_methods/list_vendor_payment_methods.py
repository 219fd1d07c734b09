from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_method_type import PaymentMethodType
from ...models.vendor_payment_method_page import VendorPaymentMethodPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["vendor"] = vendor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/ap/vendor-payment-methods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VendorPaymentMethodPage | None:
    if response.status_code == 200:
        response_200 = VendorPaymentMethodPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VendorPaymentMethodPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[VendorPaymentMethodPage]:
    """List vendor payment methods

     Payment details of vendors (bank accounts, cheque payees). Paged under `metadata` like every other
    list (see `list_company_payment_methods`).

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorPaymentMethodPage]
    """

    kwargs = _get_kwargs(
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor=vendor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> VendorPaymentMethodPage | None:
    """List vendor payment methods

     Payment details of vendors (bank accounts, cheque payees). Paged under `metadata` like every other
    list (see `list_company_payment_methods`).

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorPaymentMethodPage
    """

    return sync_detailed(
        client=client,
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor=vendor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[VendorPaymentMethodPage]:
    """List vendor payment methods

     Payment details of vendors (bank accounts, cheque payees). Paged under `metadata` like every other
    list (see `list_company_payment_methods`).

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorPaymentMethodPage]
    """

    kwargs = _get_kwargs(
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor=vendor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> VendorPaymentMethodPage | None:
    """List vendor payment methods

     Payment details of vendors (bank accounts, cheque payees). Paged under `metadata` like every other
    list (see `list_company_payment_methods`).

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorPaymentMethodPage
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            order_by=order_by,
            page=page,
            page_size=page_size,
            search=search,
            type_=type_,
            vendor=vendor,
        )
    ).parsed
