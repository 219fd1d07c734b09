import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_item_page import BillItemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bill: int | Unset = UNSET,
    bill_uuid: UUID | Unset = UNSET,
    billed: bool | Unset = UNSET,
    budget: int | Unset = UNSET,
    created_at_0: datetime.date | Unset = UNSET,
    created_at_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    location: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    received_on_0: datetime.date | Unset = UNSET,
    received_on_1: datetime.date | Unset = UNSET,
    reimburse: bool | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bill"] = bill

    json_bill_uuid: str | Unset = UNSET
    if not isinstance(bill_uuid, Unset):
        json_bill_uuid = str(bill_uuid)
    params["bill_uuid"] = json_bill_uuid

    params["billed"] = billed

    params["budget"] = budget

    json_created_at_0: str | Unset = UNSET
    if not isinstance(created_at_0, Unset):
        json_created_at_0 = created_at_0.isoformat()
    params["created_at_0"] = json_created_at_0

    json_created_at_1: str | Unset = UNSET
    if not isinstance(created_at_1, Unset):
        json_created_at_1 = created_at_1.isoformat()
    params["created_at_1"] = json_created_at_1

    params["department"] = department

    params["exclude"] = exclude

    params["location"] = location

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    json_received_on_0: str | Unset = UNSET
    if not isinstance(received_on_0, Unset):
        json_received_on_0 = received_on_0.isoformat()
    params["received_on_0"] = json_received_on_0

    json_received_on_1: str | Unset = UNSET
    if not isinstance(received_on_1, Unset):
        json_received_on_1 = received_on_1.isoformat()
    params["received_on_1"] = json_received_on_1

    params["reimburse"] = reimburse

    params["requester"] = requester

    params["search"] = search

    params["vendor"] = vendor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/ap/items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillItemPage | None:
    if response.status_code == 200:
        response_200 = BillItemPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill: int | Unset = UNSET,
    bill_uuid: UUID | Unset = UNSET,
    billed: bool | Unset = UNSET,
    budget: int | Unset = UNSET,
    created_at_0: datetime.date | Unset = UNSET,
    created_at_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    location: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    received_on_0: datetime.date | Unset = UNSET,
    received_on_1: datetime.date | Unset = UNSET,
    reimburse: bool | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[BillItemPage]:
    """List bill items

     Line items of accounts-payable bills, with a cost summary in `metadata`.

    Args:
        bill (int | Unset):
        bill_uuid (UUID | Unset):
        billed (bool | Unset):
        budget (int | Unset):
        created_at_0 (datetime.date | Unset):
        created_at_1 (datetime.date | Unset):
        department (int | Unset):
        exclude (str | Unset):
        location (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        received_on_0 (datetime.date | Unset):
        received_on_1 (datetime.date | Unset):
        reimburse (bool | Unset):
        requester (int | Unset):
        search (str | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillItemPage]
    """

    kwargs = _get_kwargs(
        bill=bill,
        bill_uuid=bill_uuid,
        billed=billed,
        budget=budget,
        created_at_0=created_at_0,
        created_at_1=created_at_1,
        department=department,
        exclude=exclude,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        received_on_0=received_on_0,
        received_on_1=received_on_1,
        reimburse=reimburse,
        requester=requester,
        search=search,
        vendor=vendor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bill: int | Unset = UNSET,
    bill_uuid: UUID | Unset = UNSET,
    billed: bool | Unset = UNSET,
    budget: int | Unset = UNSET,
    created_at_0: datetime.date | Unset = UNSET,
    created_at_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    location: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    received_on_0: datetime.date | Unset = UNSET,
    received_on_1: datetime.date | Unset = UNSET,
    reimburse: bool | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> BillItemPage | None:
    """List bill items

     Line items of accounts-payable bills, with a cost summary in `metadata`.

    Args:
        bill (int | Unset):
        bill_uuid (UUID | Unset):
        billed (bool | Unset):
        budget (int | Unset):
        created_at_0 (datetime.date | Unset):
        created_at_1 (datetime.date | Unset):
        department (int | Unset):
        exclude (str | Unset):
        location (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        received_on_0 (datetime.date | Unset):
        received_on_1 (datetime.date | Unset):
        reimburse (bool | Unset):
        requester (int | Unset):
        search (str | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillItemPage
    """

    return sync_detailed(
        client=client,
        bill=bill,
        bill_uuid=bill_uuid,
        billed=billed,
        budget=budget,
        created_at_0=created_at_0,
        created_at_1=created_at_1,
        department=department,
        exclude=exclude,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        received_on_0=received_on_0,
        received_on_1=received_on_1,
        reimburse=reimburse,
        requester=requester,
        search=search,
        vendor=vendor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bill: int | Unset = UNSET,
    bill_uuid: UUID | Unset = UNSET,
    billed: bool | Unset = UNSET,
    budget: int | Unset = UNSET,
    created_at_0: datetime.date | Unset = UNSET,
    created_at_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    location: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    received_on_0: datetime.date | Unset = UNSET,
    received_on_1: datetime.date | Unset = UNSET,
    reimburse: bool | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[BillItemPage]:
    """List bill items

     Line items of accounts-payable bills, with a cost summary in `metadata`.

    Args:
        bill (int | Unset):
        bill_uuid (UUID | Unset):
        billed (bool | Unset):
        budget (int | Unset):
        created_at_0 (datetime.date | Unset):
        created_at_1 (datetime.date | Unset):
        department (int | Unset):
        exclude (str | Unset):
        location (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        received_on_0 (datetime.date | Unset):
        received_on_1 (datetime.date | Unset):
        reimburse (bool | Unset):
        requester (int | Unset):
        search (str | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillItemPage]
    """

    kwargs = _get_kwargs(
        bill=bill,
        bill_uuid=bill_uuid,
        billed=billed,
        budget=budget,
        created_at_0=created_at_0,
        created_at_1=created_at_1,
        department=department,
        exclude=exclude,
        location=location,
        order_by=order_by,
        page=page,
        page_size=page_size,
        received_on_0=received_on_0,
        received_on_1=received_on_1,
        reimburse=reimburse,
        requester=requester,
        search=search,
        vendor=vendor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bill: int | Unset = UNSET,
    bill_uuid: UUID | Unset = UNSET,
    billed: bool | Unset = UNSET,
    budget: int | Unset = UNSET,
    created_at_0: datetime.date | Unset = UNSET,
    created_at_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    location: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    received_on_0: datetime.date | Unset = UNSET,
    received_on_1: datetime.date | Unset = UNSET,
    reimburse: bool | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> BillItemPage | None:
    """List bill items

     Line items of accounts-payable bills, with a cost summary in `metadata`.

    Args:
        bill (int | Unset):
        bill_uuid (UUID | Unset):
        billed (bool | Unset):
        budget (int | Unset):
        created_at_0 (datetime.date | Unset):
        created_at_1 (datetime.date | Unset):
        department (int | Unset):
        exclude (str | Unset):
        location (int | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        received_on_0 (datetime.date | Unset):
        received_on_1 (datetime.date | Unset):
        reimburse (bool | Unset):
        requester (int | Unset):
        search (str | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillItemPage
    """

    return (
        await asyncio_detailed(
            client=client,
            bill=bill,
            bill_uuid=bill_uuid,
            billed=billed,
            budget=budget,
            created_at_0=created_at_0,
            created_at_1=created_at_1,
            department=department,
            exclude=exclude,
            location=location,
            order_by=order_by,
            page=page,
            page_size=page_size,
            received_on_0=received_on_0,
            received_on_1=received_on_1,
            reimburse=reimburse,
            requester=requester,
            search=search,
            vendor=vendor,
        )
    ).parsed
