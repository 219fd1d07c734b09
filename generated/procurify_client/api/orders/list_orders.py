import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_page import OrderPage
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    branch: int | Unset = UNSET,
    date_required: datetime.datetime | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    is_punchout: bool | Unset = UNSET,
    line_count: int | Unset = UNSET,
    location: int | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    required_date_0: datetime.date | Unset = UNSET,
    required_date_1: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    total_price: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    json_date_required: str | Unset = UNSET
    if not isinstance(date_required, Unset):
        json_date_required = date_required.isoformat()
    params["dateRequired"] = json_date_required

    json_date_0: str | Unset = UNSET
    if not isinstance(date_0, Unset):
        json_date_0 = date_0.isoformat()
    params["date_0"] = json_date_0

    json_date_1: str | Unset = UNSET
    if not isinstance(date_1, Unset):
        json_date_1 = date_1.isoformat()
    params["date_1"] = json_date_1

    params["department"] = department

    params["has_blanket_order_items"] = has_blanket_order_items

    params["is_punchout"] = is_punchout

    params["lineCount"] = line_count

    params["location"] = location

    json_modified_date_0: str | Unset = UNSET
    if not isinstance(modified_date_0, Unset):
        json_modified_date_0 = modified_date_0.isoformat()
    params["modified_date_0"] = json_modified_date_0

    json_modified_date_1: str | Unset = UNSET
    if not isinstance(modified_date_1, Unset):
        json_modified_date_1 = modified_date_1.isoformat()
    params["modified_date_1"] = json_modified_date_1

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    json_required_date_0: str | Unset = UNSET
    if not isinstance(required_date_0, Unset):
        json_required_date_0 = required_date_0.isoformat()
    params["required_date_0"] = json_required_date_0

    json_required_date_1: str | Unset = UNSET
    if not isinstance(required_date_1, Unset):
        json_required_date_1 = required_date_1.isoformat()
    params["required_date_1"] = json_required_date_1

    params["search"] = search

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["totalPrice"] = total_price

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/global/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderPage | None:
    if response.status_code == 200:
        response_200 = OrderPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    date_required: datetime.datetime | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    is_punchout: bool | Unset = UNSET,
    line_count: int | Unset = UNSET,
    location: int | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    required_date_0: datetime.date | Unset = UNSET,
    required_date_1: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    total_price: str | Unset = UNSET,
) -> Response[OrderPage]:
    """List orders

     Requisitions (orders) across the company.

    Args:
        branch (int | Unset):
        date_required (datetime.datetime | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        department (int | Unset):
        has_blanket_order_items (bool | Unset):
        is_punchout (bool | Unset):
        line_count (int | Unset):
        location (int | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        required_date_0 (datetime.date | Unset):
        required_date_1 (datetime.date | Unset):
        search (str | Unset):
        status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is legacy.
        total_price (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderPage]
    """

    kwargs = _get_kwargs(
        branch=branch,
        date_required=date_required,
        date_0=date_0,
        date_1=date_1,
        department=department,
        has_blanket_order_items=has_blanket_order_items,
        is_punchout=is_punchout,
        line_count=line_count,
        location=location,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        required_date_0=required_date_0,
        required_date_1=required_date_1,
        search=search,
        status=status,
        total_price=total_price,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    date_required: datetime.datetime | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    is_punchout: bool | Unset = UNSET,
    line_count: int | Unset = UNSET,
    location: int | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    required_date_0: datetime.date | Unset = UNSET,
    required_date_1: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    total_price: str | Unset = UNSET,
) -> OrderPage | None:
    """List orders

     Requisitions (orders) across the company.

    Args:
        branch (int | Unset):
        date_required (datetime.datetime | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        department (int | Unset):
        has_blanket_order_items (bool | Unset):
        is_punchout (bool | Unset):
        line_count (int | Unset):
        location (int | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        required_date_0 (datetime.date | Unset):
        required_date_1 (datetime.date | Unset):
        search (str | Unset):
        status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is legacy.
        total_price (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderPage
    """

    return sync_detailed(
        client=client,
        branch=branch,
        date_required=date_required,
        date_0=date_0,
        date_1=date_1,
        department=department,
        has_blanket_order_items=has_blanket_order_items,
        is_punchout=is_punchout,
        line_count=line_count,
        location=location,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        required_date_0=required_date_0,
        required_date_1=required_date_1,
        search=search,
        status=status,
        total_price=total_price,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    date_required: datetime.datetime | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    is_punchout: bool | Unset = UNSET,
    line_count: int | Unset = UNSET,
    location: int | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    required_date_0: datetime.date | Unset = UNSET,
    required_date_1: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    total_price: str | Unset = UNSET,
) -> Response[OrderPage]:
    """List orders

     Requisitions (orders) across the company.

    Args:
        branch (int | Unset):
        date_required (datetime.datetime | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        department (int | Unset):
        has_blanket_order_items (bool | Unset):
        is_punchout (bool | Unset):
        line_count (int | Unset):
        location (int | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        required_date_0 (datetime.date | Unset):
        required_date_1 (datetime.date | Unset):
        search (str | Unset):
        status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is legacy.
        total_price (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderPage]
    """

    kwargs = _get_kwargs(
        branch=branch,
        date_required=date_required,
        date_0=date_0,
        date_1=date_1,
        department=department,
        has_blanket_order_items=has_blanket_order_items,
        is_punchout=is_punchout,
        line_count=line_count,
        location=location,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        required_date_0=required_date_0,
        required_date_1=required_date_1,
        search=search,
        status=status,
        total_price=total_price,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    branch: int | Unset = UNSET,
    date_required: datetime.datetime | Unset = UNSET,
    date_0: datetime.date | Unset = UNSET,
    date_1: datetime.date | Unset = UNSET,
    department: int | Unset = UNSET,
    has_blanket_order_items: bool | Unset = UNSET,
    is_punchout: bool | Unset = UNSET,
    line_count: int | Unset = UNSET,
    location: int | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    required_date_0: datetime.date | Unset = UNSET,
    required_date_1: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    total_price: str | Unset = UNSET,
) -> OrderPage | None:
    """List orders

     Requisitions (orders) across the company.

    Args:
        branch (int | Unset):
        date_required (datetime.datetime | Unset):
        date_0 (datetime.date | Unset):
        date_1 (datetime.date | Unset):
        department (int | Unset):
        has_blanket_order_items (bool | Unset):
        is_punchout (bool | Unset):
        line_count (int | Unset):
        location (int | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        required_date_0 (datetime.date | Unset):
        required_date_1 (datetime.date | Unset):
        search (str | Unset):
        status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is legacy.
        total_price (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderPage
    """

    return (
        await asyncio_detailed(
            client=client,
            branch=branch,
            date_required=date_required,
            date_0=date_0,
            date_1=date_1,
            department=department,
            has_blanket_order_items=has_blanket_order_items,
            is_punchout=is_punchout,
            line_count=line_count,
            location=location,
            modified_date_0=modified_date_0,
            modified_date_1=modified_date_1,
            order_by=order_by,
            page=page,
            page_size=page_size,
            required_date_0=required_date_0,
            required_date_1=required_date_1,
            search=search,
            status=status,
            total_price=total_price,
        )
    ).parsed
