from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_payment_method_page import CompanyPaymentMethodPage
from ...models.payment_method_type import PaymentMethodType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: PaymentMethodType | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/ap/company-payment-methods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyPaymentMethodPage | None:
    if response.status_code == 200:
        response_200 = CompanyPaymentMethodPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyPaymentMethodPage]:
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
) -> Response[CompanyPaymentMethodPage]:
    """List company payment methods

     Payment methods the company pays bills with. The vendor document puts `pagination` at the top level
    of this answer, its own examples put it under `metadata` like every other list; this spec follows
    the examples.

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyPaymentMethodPage]
    """

    kwargs = _get_kwargs(
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
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
) -> CompanyPaymentMethodPage | None:
    """List company payment methods

     Payment methods the company pays bills with. The vendor document puts `pagination` at the top level
    of this answer, its own examples put it under `metadata` like every other list; this spec follows
    the examples.

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyPaymentMethodPage
    """

    return sync_detailed(
        client=client,
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
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
) -> Response[CompanyPaymentMethodPage]:
    """List company payment methods

     Payment methods the company pays bills with. The vendor document puts `pagination` at the top level
    of this answer, its own examples put it under `metadata` like every other list; this spec follows
    the examples.

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyPaymentMethodPage]
    """

    kwargs = _get_kwargs(
        currency=currency,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
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
) -> CompanyPaymentMethodPage | None:
    """List company payment methods

     Payment methods the company pays bills with. The vendor document puts `pagination` at the top level
    of this answer, its own examples put it under `metadata` like every other list; this spec follows
    the examples.

    Args:
        currency (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (PaymentMethodType | Unset): Payment method type. CHEQUE is another name for CHECK
            (1). The method's `data` object depends on it: OTHER `{description}`, CHECK
            `{payable_to}`, ACH `{routing_number, account_number, company_name}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyPaymentMethodPage
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
        )
    ).parsed
