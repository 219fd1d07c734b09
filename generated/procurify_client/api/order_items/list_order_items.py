import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_item_page import OrderItemPage
from ...models.order_item_status import OrderItemStatus
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account: int | Unset = UNSET,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    approved_datetime_0: datetime.date | Unset = UNSET,
    approved_datetime_1: datetime.date | Unset = UNSET,
    approved_price: str | Unset = UNSET,
    approved_quantity: str | Unset = UNSET,
    approver: int | Unset = UNSET,
    approver_id: int | Unset = UNSET,
    branch: int | Unset = UNSET,
    catalog: bool | Unset = UNSET,
    catalog_item: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    exclude_punchout: bool | Unset = UNSET,
    fulfilment_status: str | Unset = UNSET,
    is_purchased: bool | Unset = UNSET,
    is_recurring: bool | Unset = UNSET,
    last_changed_by: int | Unset = UNSET,
    last_modified_0: datetime.date | Unset = UNSET,
    last_modified_1: datetime.date | Unset = UNSET,
    line_comment: str | Unset = UNSET,
    location: int | Unset = UNSET,
    locations: str | Unset = UNSET,
    name: str | Unset = UNSET,
    num: str | Unset = UNSET,
    order_num: int | Unset = UNSET,
    order_num_status: OrderStatus | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_created_date_0: datetime.date | Unset = UNSET,
    order_created_date_1: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    po_created_date_0: datetime.date | Unset = UNSET,
    po_created_date_1: datetime.date | Unset = UNSET,
    po_vendor: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    price: str | Unset = UNSET,
    purchase_agreement: int | Unset = UNSET,
    purchased_date_0: datetime.date | Unset = UNSET,
    purchased_date_1: datetime.date | Unset = UNSET,
    purchaser: int | Unset = UNSET,
    quantity: str | Unset = UNSET,
    received_fail_qty: str | Unset = UNSET,
    received_pass_qty: str | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    status: OrderItemStatus | Unset = UNSET,
    type_: int | Unset = UNSET,
    unit: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account"] = account

    params["account_code"] = account_code

    params["active"] = active

    json_approved_datetime_0: str | Unset = UNSET
    if not isinstance(approved_datetime_0, Unset):
        json_approved_datetime_0 = approved_datetime_0.isoformat()
    params["approved_datetime_0"] = json_approved_datetime_0

    json_approved_datetime_1: str | Unset = UNSET
    if not isinstance(approved_datetime_1, Unset):
        json_approved_datetime_1 = approved_datetime_1.isoformat()
    params["approved_datetime_1"] = json_approved_datetime_1

    params["approved_price"] = approved_price

    params["approved_quantity"] = approved_quantity

    params["approver"] = approver

    params["approver_id"] = approver_id

    params["branch"] = branch

    params["catalog"] = catalog

    params["catalog_item"] = catalog_item

    params["currency"] = currency

    params["department"] = department

    params["departments"] = departments

    params["exclude"] = exclude

    params["exclude_punchout"] = exclude_punchout

    params["fulfilment_status"] = fulfilment_status

    params["is_purchased"] = is_purchased

    params["is_recurring"] = is_recurring

    params["last_changed_by"] = last_changed_by

    json_last_modified_0: str | Unset = UNSET
    if not isinstance(last_modified_0, Unset):
        json_last_modified_0 = last_modified_0.isoformat()
    params["last_modified_0"] = json_last_modified_0

    json_last_modified_1: str | Unset = UNSET
    if not isinstance(last_modified_1, Unset):
        json_last_modified_1 = last_modified_1.isoformat()
    params["last_modified_1"] = json_last_modified_1

    params["lineComment"] = line_comment

    params["location"] = location

    params["locations"] = locations

    params["name"] = name

    params["num"] = num

    params["orderNum"] = order_num

    json_order_num_status: int | Unset = UNSET
    if not isinstance(order_num_status, Unset):
        json_order_num_status = order_num_status.value

    params["orderNum__status"] = json_order_num_status

    params["order_by"] = order_by

    json_order_created_date_0: str | Unset = UNSET
    if not isinstance(order_created_date_0, Unset):
        json_order_created_date_0 = order_created_date_0.isoformat()
    params["order_created_date_0"] = json_order_created_date_0

    json_order_created_date_1: str | Unset = UNSET
    if not isinstance(order_created_date_1, Unset):
        json_order_created_date_1 = order_created_date_1.isoformat()
    params["order_created_date_1"] = json_order_created_date_1

    params["page"] = page

    params["page_size"] = page_size

    json_po_created_date_0: str | Unset = UNSET
    if not isinstance(po_created_date_0, Unset):
        json_po_created_date_0 = po_created_date_0.isoformat()
    params["po_created_date_0"] = json_po_created_date_0

    json_po_created_date_1: str | Unset = UNSET
    if not isinstance(po_created_date_1, Unset):
        json_po_created_date_1 = po_created_date_1.isoformat()
    params["po_created_date_1"] = json_po_created_date_1

    params["po_vendor"] = po_vendor

    params["pref_vendor"] = pref_vendor

    params["price"] = price

    params["purchase_agreement"] = purchase_agreement

    json_purchased_date_0: str | Unset = UNSET
    if not isinstance(purchased_date_0, Unset):
        json_purchased_date_0 = purchased_date_0.isoformat()
    params["purchased_date_0"] = json_purchased_date_0

    json_purchased_date_1: str | Unset = UNSET
    if not isinstance(purchased_date_1, Unset):
        json_purchased_date_1 = purchased_date_1.isoformat()
    params["purchased_date_1"] = json_purchased_date_1

    params["purchaser"] = purchaser

    params["quantity"] = quantity

    params["receivedFailQty"] = received_fail_qty

    params["receivedPassQty"] = received_pass_qty

    params["requester"] = requester

    params["search"] = search

    params["sku"] = sku

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["type"] = type_

    params["unit"] = unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/order-items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderItemPage | None:
    if response.status_code == 200:
        response_200 = OrderItemPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account: int | Unset = UNSET,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    approved_datetime_0: datetime.date | Unset = UNSET,
    approved_datetime_1: datetime.date | Unset = UNSET,
    approved_price: str | Unset = UNSET,
    approved_quantity: str | Unset = UNSET,
    approver: int | Unset = UNSET,
    approver_id: int | Unset = UNSET,
    branch: int | Unset = UNSET,
    catalog: bool | Unset = UNSET,
    catalog_item: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    exclude_punchout: bool | Unset = UNSET,
    fulfilment_status: str | Unset = UNSET,
    is_purchased: bool | Unset = UNSET,
    is_recurring: bool | Unset = UNSET,
    last_changed_by: int | Unset = UNSET,
    last_modified_0: datetime.date | Unset = UNSET,
    last_modified_1: datetime.date | Unset = UNSET,
    line_comment: str | Unset = UNSET,
    location: int | Unset = UNSET,
    locations: str | Unset = UNSET,
    name: str | Unset = UNSET,
    num: str | Unset = UNSET,
    order_num: int | Unset = UNSET,
    order_num_status: OrderStatus | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_created_date_0: datetime.date | Unset = UNSET,
    order_created_date_1: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    po_created_date_0: datetime.date | Unset = UNSET,
    po_created_date_1: datetime.date | Unset = UNSET,
    po_vendor: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    price: str | Unset = UNSET,
    purchase_agreement: int | Unset = UNSET,
    purchased_date_0: datetime.date | Unset = UNSET,
    purchased_date_1: datetime.date | Unset = UNSET,
    purchaser: int | Unset = UNSET,
    quantity: str | Unset = UNSET,
    received_fail_qty: str | Unset = UNSET,
    received_pass_qty: str | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    status: OrderItemStatus | Unset = UNSET,
    type_: int | Unset = UNSET,
    unit: str | Unset = UNSET,
) -> Response[OrderItemPage]:
    """List order items

     Order items with date-range filters (`_0` is the start of a range, `_1` its end).

    Args:
        account (int | Unset):
        account_code (int | Unset):
        active (bool | Unset):
        approved_datetime_0 (datetime.date | Unset):
        approved_datetime_1 (datetime.date | Unset):
        approved_price (str | Unset):
        approved_quantity (str | Unset):
        approver (int | Unset):
        approver_id (int | Unset):
        branch (int | Unset):
        catalog (bool | Unset):
        catalog_item (str | Unset):
        currency (int | Unset):
        department (int | Unset):
        departments (str | Unset):
        exclude (str | Unset):
        exclude_punchout (bool | Unset):
        fulfilment_status (str | Unset):
        is_purchased (bool | Unset):
        is_recurring (bool | Unset):
        last_changed_by (int | Unset):
        last_modified_0 (datetime.date | Unset):
        last_modified_1 (datetime.date | Unset):
        line_comment (str | Unset):
        location (int | Unset):
        locations (str | Unset):
        name (str | Unset):
        num (str | Unset):
        order_num (int | Unset):
        order_num_status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is
            legacy.
        order_by (str | Unset):
        order_created_date_0 (datetime.date | Unset):
        order_created_date_1 (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        po_created_date_0 (datetime.date | Unset):
        po_created_date_1 (datetime.date | Unset):
        po_vendor (int | Unset):
        pref_vendor (int | Unset):
        price (str | Unset):
        purchase_agreement (int | Unset):
        purchased_date_0 (datetime.date | Unset):
        purchased_date_1 (datetime.date | Unset):
        purchaser (int | Unset):
        quantity (str | Unset):
        received_fail_qty (str | Unset):
        received_pass_qty (str | Unset):
        requester (int | Unset):
        search (str | Unset):
        sku (str | Unset):
        status (OrderItemStatus | Unset): Status of an order item: 0 approved, not purchased; 1 on
            a purchaser's PO list; 2 purchased, nothing received; 3 fully received; 4 rejected at
            procurement; 5 partially received; 6 received but unused; 7 denied by an approver; 8
            draft.
        type_ (int | Unset):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderItemPage]
    """

    kwargs = _get_kwargs(
        account=account,
        account_code=account_code,
        active=active,
        approved_datetime_0=approved_datetime_0,
        approved_datetime_1=approved_datetime_1,
        approved_price=approved_price,
        approved_quantity=approved_quantity,
        approver=approver,
        approver_id=approver_id,
        branch=branch,
        catalog=catalog,
        catalog_item=catalog_item,
        currency=currency,
        department=department,
        departments=departments,
        exclude=exclude,
        exclude_punchout=exclude_punchout,
        fulfilment_status=fulfilment_status,
        is_purchased=is_purchased,
        is_recurring=is_recurring,
        last_changed_by=last_changed_by,
        last_modified_0=last_modified_0,
        last_modified_1=last_modified_1,
        line_comment=line_comment,
        location=location,
        locations=locations,
        name=name,
        num=num,
        order_num=order_num,
        order_num_status=order_num_status,
        order_by=order_by,
        order_created_date_0=order_created_date_0,
        order_created_date_1=order_created_date_1,
        page=page,
        page_size=page_size,
        po_created_date_0=po_created_date_0,
        po_created_date_1=po_created_date_1,
        po_vendor=po_vendor,
        pref_vendor=pref_vendor,
        price=price,
        purchase_agreement=purchase_agreement,
        purchased_date_0=purchased_date_0,
        purchased_date_1=purchased_date_1,
        purchaser=purchaser,
        quantity=quantity,
        received_fail_qty=received_fail_qty,
        received_pass_qty=received_pass_qty,
        requester=requester,
        search=search,
        sku=sku,
        status=status,
        type_=type_,
        unit=unit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account: int | Unset = UNSET,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    approved_datetime_0: datetime.date | Unset = UNSET,
    approved_datetime_1: datetime.date | Unset = UNSET,
    approved_price: str | Unset = UNSET,
    approved_quantity: str | Unset = UNSET,
    approver: int | Unset = UNSET,
    approver_id: int | Unset = UNSET,
    branch: int | Unset = UNSET,
    catalog: bool | Unset = UNSET,
    catalog_item: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    exclude_punchout: bool | Unset = UNSET,
    fulfilment_status: str | Unset = UNSET,
    is_purchased: bool | Unset = UNSET,
    is_recurring: bool | Unset = UNSET,
    last_changed_by: int | Unset = UNSET,
    last_modified_0: datetime.date | Unset = UNSET,
    last_modified_1: datetime.date | Unset = UNSET,
    line_comment: str | Unset = UNSET,
    location: int | Unset = UNSET,
    locations: str | Unset = UNSET,
    name: str | Unset = UNSET,
    num: str | Unset = UNSET,
    order_num: int | Unset = UNSET,
    order_num_status: OrderStatus | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_created_date_0: datetime.date | Unset = UNSET,
    order_created_date_1: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    po_created_date_0: datetime.date | Unset = UNSET,
    po_created_date_1: datetime.date | Unset = UNSET,
    po_vendor: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    price: str | Unset = UNSET,
    purchase_agreement: int | Unset = UNSET,
    purchased_date_0: datetime.date | Unset = UNSET,
    purchased_date_1: datetime.date | Unset = UNSET,
    purchaser: int | Unset = UNSET,
    quantity: str | Unset = UNSET,
    received_fail_qty: str | Unset = UNSET,
    received_pass_qty: str | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    status: OrderItemStatus | Unset = UNSET,
    type_: int | Unset = UNSET,
    unit: str | Unset = UNSET,
) -> OrderItemPage | None:
    """List order items

     Order items with date-range filters (`_0` is the start of a range, `_1` its end).

    Args:
        account (int | Unset):
        account_code (int | Unset):
        active (bool | Unset):
        approved_datetime_0 (datetime.date | Unset):
        approved_datetime_1 (datetime.date | Unset):
        approved_price (str | Unset):
        approved_quantity (str | Unset):
        approver (int | Unset):
        approver_id (int | Unset):
        branch (int | Unset):
        catalog (bool | Unset):
        catalog_item (str | Unset):
        currency (int | Unset):
        department (int | Unset):
        departments (str | Unset):
        exclude (str | Unset):
        exclude_punchout (bool | Unset):
        fulfilment_status (str | Unset):
        is_purchased (bool | Unset):
        is_recurring (bool | Unset):
        last_changed_by (int | Unset):
        last_modified_0 (datetime.date | Unset):
        last_modified_1 (datetime.date | Unset):
        line_comment (str | Unset):
        location (int | Unset):
        locations (str | Unset):
        name (str | Unset):
        num (str | Unset):
        order_num (int | Unset):
        order_num_status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is
            legacy.
        order_by (str | Unset):
        order_created_date_0 (datetime.date | Unset):
        order_created_date_1 (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        po_created_date_0 (datetime.date | Unset):
        po_created_date_1 (datetime.date | Unset):
        po_vendor (int | Unset):
        pref_vendor (int | Unset):
        price (str | Unset):
        purchase_agreement (int | Unset):
        purchased_date_0 (datetime.date | Unset):
        purchased_date_1 (datetime.date | Unset):
        purchaser (int | Unset):
        quantity (str | Unset):
        received_fail_qty (str | Unset):
        received_pass_qty (str | Unset):
        requester (int | Unset):
        search (str | Unset):
        sku (str | Unset):
        status (OrderItemStatus | Unset): Status of an order item: 0 approved, not purchased; 1 on
            a purchaser's PO list; 2 purchased, nothing received; 3 fully received; 4 rejected at
            procurement; 5 partially received; 6 received but unused; 7 denied by an approver; 8
            draft.
        type_ (int | Unset):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderItemPage
    """

    return sync_detailed(
        client=client,
        account=account,
        account_code=account_code,
        active=active,
        approved_datetime_0=approved_datetime_0,
        approved_datetime_1=approved_datetime_1,
        approved_price=approved_price,
        approved_quantity=approved_quantity,
        approver=approver,
        approver_id=approver_id,
        branch=branch,
        catalog=catalog,
        catalog_item=catalog_item,
        currency=currency,
        department=department,
        departments=departments,
        exclude=exclude,
        exclude_punchout=exclude_punchout,
        fulfilment_status=fulfilment_status,
        is_purchased=is_purchased,
        is_recurring=is_recurring,
        last_changed_by=last_changed_by,
        last_modified_0=last_modified_0,
        last_modified_1=last_modified_1,
        line_comment=line_comment,
        location=location,
        locations=locations,
        name=name,
        num=num,
        order_num=order_num,
        order_num_status=order_num_status,
        order_by=order_by,
        order_created_date_0=order_created_date_0,
        order_created_date_1=order_created_date_1,
        page=page,
        page_size=page_size,
        po_created_date_0=po_created_date_0,
        po_created_date_1=po_created_date_1,
        po_vendor=po_vendor,
        pref_vendor=pref_vendor,
        price=price,
        purchase_agreement=purchase_agreement,
        purchased_date_0=purchased_date_0,
        purchased_date_1=purchased_date_1,
        purchaser=purchaser,
        quantity=quantity,
        received_fail_qty=received_fail_qty,
        received_pass_qty=received_pass_qty,
        requester=requester,
        search=search,
        sku=sku,
        status=status,
        type_=type_,
        unit=unit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account: int | Unset = UNSET,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    approved_datetime_0: datetime.date | Unset = UNSET,
    approved_datetime_1: datetime.date | Unset = UNSET,
    approved_price: str | Unset = UNSET,
    approved_quantity: str | Unset = UNSET,
    approver: int | Unset = UNSET,
    approver_id: int | Unset = UNSET,
    branch: int | Unset = UNSET,
    catalog: bool | Unset = UNSET,
    catalog_item: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    exclude_punchout: bool | Unset = UNSET,
    fulfilment_status: str | Unset = UNSET,
    is_purchased: bool | Unset = UNSET,
    is_recurring: bool | Unset = UNSET,
    last_changed_by: int | Unset = UNSET,
    last_modified_0: datetime.date | Unset = UNSET,
    last_modified_1: datetime.date | Unset = UNSET,
    line_comment: str | Unset = UNSET,
    location: int | Unset = UNSET,
    locations: str | Unset = UNSET,
    name: str | Unset = UNSET,
    num: str | Unset = UNSET,
    order_num: int | Unset = UNSET,
    order_num_status: OrderStatus | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_created_date_0: datetime.date | Unset = UNSET,
    order_created_date_1: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    po_created_date_0: datetime.date | Unset = UNSET,
    po_created_date_1: datetime.date | Unset = UNSET,
    po_vendor: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    price: str | Unset = UNSET,
    purchase_agreement: int | Unset = UNSET,
    purchased_date_0: datetime.date | Unset = UNSET,
    purchased_date_1: datetime.date | Unset = UNSET,
    purchaser: int | Unset = UNSET,
    quantity: str | Unset = UNSET,
    received_fail_qty: str | Unset = UNSET,
    received_pass_qty: str | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    status: OrderItemStatus | Unset = UNSET,
    type_: int | Unset = UNSET,
    unit: str | Unset = UNSET,
) -> Response[OrderItemPage]:
    """List order items

     Order items with date-range filters (`_0` is the start of a range, `_1` its end).

    Args:
        account (int | Unset):
        account_code (int | Unset):
        active (bool | Unset):
        approved_datetime_0 (datetime.date | Unset):
        approved_datetime_1 (datetime.date | Unset):
        approved_price (str | Unset):
        approved_quantity (str | Unset):
        approver (int | Unset):
        approver_id (int | Unset):
        branch (int | Unset):
        catalog (bool | Unset):
        catalog_item (str | Unset):
        currency (int | Unset):
        department (int | Unset):
        departments (str | Unset):
        exclude (str | Unset):
        exclude_punchout (bool | Unset):
        fulfilment_status (str | Unset):
        is_purchased (bool | Unset):
        is_recurring (bool | Unset):
        last_changed_by (int | Unset):
        last_modified_0 (datetime.date | Unset):
        last_modified_1 (datetime.date | Unset):
        line_comment (str | Unset):
        location (int | Unset):
        locations (str | Unset):
        name (str | Unset):
        num (str | Unset):
        order_num (int | Unset):
        order_num_status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is
            legacy.
        order_by (str | Unset):
        order_created_date_0 (datetime.date | Unset):
        order_created_date_1 (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        po_created_date_0 (datetime.date | Unset):
        po_created_date_1 (datetime.date | Unset):
        po_vendor (int | Unset):
        pref_vendor (int | Unset):
        price (str | Unset):
        purchase_agreement (int | Unset):
        purchased_date_0 (datetime.date | Unset):
        purchased_date_1 (datetime.date | Unset):
        purchaser (int | Unset):
        quantity (str | Unset):
        received_fail_qty (str | Unset):
        received_pass_qty (str | Unset):
        requester (int | Unset):
        search (str | Unset):
        sku (str | Unset):
        status (OrderItemStatus | Unset): Status of an order item: 0 approved, not purchased; 1 on
            a purchaser's PO list; 2 purchased, nothing received; 3 fully received; 4 rejected at
            procurement; 5 partially received; 6 received but unused; 7 denied by an approver; 8
            draft.
        type_ (int | Unset):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderItemPage]
    """

    kwargs = _get_kwargs(
        account=account,
        account_code=account_code,
        active=active,
        approved_datetime_0=approved_datetime_0,
        approved_datetime_1=approved_datetime_1,
        approved_price=approved_price,
        approved_quantity=approved_quantity,
        approver=approver,
        approver_id=approver_id,
        branch=branch,
        catalog=catalog,
        catalog_item=catalog_item,
        currency=currency,
        department=department,
        departments=departments,
        exclude=exclude,
        exclude_punchout=exclude_punchout,
        fulfilment_status=fulfilment_status,
        is_purchased=is_purchased,
        is_recurring=is_recurring,
        last_changed_by=last_changed_by,
        last_modified_0=last_modified_0,
        last_modified_1=last_modified_1,
        line_comment=line_comment,
        location=location,
        locations=locations,
        name=name,
        num=num,
        order_num=order_num,
        order_num_status=order_num_status,
        order_by=order_by,
        order_created_date_0=order_created_date_0,
        order_created_date_1=order_created_date_1,
        page=page,
        page_size=page_size,
        po_created_date_0=po_created_date_0,
        po_created_date_1=po_created_date_1,
        po_vendor=po_vendor,
        pref_vendor=pref_vendor,
        price=price,
        purchase_agreement=purchase_agreement,
        purchased_date_0=purchased_date_0,
        purchased_date_1=purchased_date_1,
        purchaser=purchaser,
        quantity=quantity,
        received_fail_qty=received_fail_qty,
        received_pass_qty=received_pass_qty,
        requester=requester,
        search=search,
        sku=sku,
        status=status,
        type_=type_,
        unit=unit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account: int | Unset = UNSET,
    account_code: int | Unset = UNSET,
    active: bool | Unset = UNSET,
    approved_datetime_0: datetime.date | Unset = UNSET,
    approved_datetime_1: datetime.date | Unset = UNSET,
    approved_price: str | Unset = UNSET,
    approved_quantity: str | Unset = UNSET,
    approver: int | Unset = UNSET,
    approver_id: int | Unset = UNSET,
    branch: int | Unset = UNSET,
    catalog: bool | Unset = UNSET,
    catalog_item: str | Unset = UNSET,
    currency: int | Unset = UNSET,
    department: int | Unset = UNSET,
    departments: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    exclude_punchout: bool | Unset = UNSET,
    fulfilment_status: str | Unset = UNSET,
    is_purchased: bool | Unset = UNSET,
    is_recurring: bool | Unset = UNSET,
    last_changed_by: int | Unset = UNSET,
    last_modified_0: datetime.date | Unset = UNSET,
    last_modified_1: datetime.date | Unset = UNSET,
    line_comment: str | Unset = UNSET,
    location: int | Unset = UNSET,
    locations: str | Unset = UNSET,
    name: str | Unset = UNSET,
    num: str | Unset = UNSET,
    order_num: int | Unset = UNSET,
    order_num_status: OrderStatus | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_created_date_0: datetime.date | Unset = UNSET,
    order_created_date_1: datetime.date | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    po_created_date_0: datetime.date | Unset = UNSET,
    po_created_date_1: datetime.date | Unset = UNSET,
    po_vendor: int | Unset = UNSET,
    pref_vendor: int | Unset = UNSET,
    price: str | Unset = UNSET,
    purchase_agreement: int | Unset = UNSET,
    purchased_date_0: datetime.date | Unset = UNSET,
    purchased_date_1: datetime.date | Unset = UNSET,
    purchaser: int | Unset = UNSET,
    quantity: str | Unset = UNSET,
    received_fail_qty: str | Unset = UNSET,
    received_pass_qty: str | Unset = UNSET,
    requester: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    status: OrderItemStatus | Unset = UNSET,
    type_: int | Unset = UNSET,
    unit: str | Unset = UNSET,
) -> OrderItemPage | None:
    """List order items

     Order items with date-range filters (`_0` is the start of a range, `_1` its end).

    Args:
        account (int | Unset):
        account_code (int | Unset):
        active (bool | Unset):
        approved_datetime_0 (datetime.date | Unset):
        approved_datetime_1 (datetime.date | Unset):
        approved_price (str | Unset):
        approved_quantity (str | Unset):
        approver (int | Unset):
        approver_id (int | Unset):
        branch (int | Unset):
        catalog (bool | Unset):
        catalog_item (str | Unset):
        currency (int | Unset):
        department (int | Unset):
        departments (str | Unset):
        exclude (str | Unset):
        exclude_punchout (bool | Unset):
        fulfilment_status (str | Unset):
        is_purchased (bool | Unset):
        is_recurring (bool | Unset):
        last_changed_by (int | Unset):
        last_modified_0 (datetime.date | Unset):
        last_modified_1 (datetime.date | Unset):
        line_comment (str | Unset):
        location (int | Unset):
        locations (str | Unset):
        name (str | Unset):
        num (str | Unset):
        order_num (int | Unset):
        order_num_status (OrderStatus | Unset): Status of a requisition (order). CANCELLED (4) is
            legacy.
        order_by (str | Unset):
        order_created_date_0 (datetime.date | Unset):
        order_created_date_1 (datetime.date | Unset):
        page (int | Unset):
        page_size (int | Unset):
        po_created_date_0 (datetime.date | Unset):
        po_created_date_1 (datetime.date | Unset):
        po_vendor (int | Unset):
        pref_vendor (int | Unset):
        price (str | Unset):
        purchase_agreement (int | Unset):
        purchased_date_0 (datetime.date | Unset):
        purchased_date_1 (datetime.date | Unset):
        purchaser (int | Unset):
        quantity (str | Unset):
        received_fail_qty (str | Unset):
        received_pass_qty (str | Unset):
        requester (int | Unset):
        search (str | Unset):
        sku (str | Unset):
        status (OrderItemStatus | Unset): Status of an order item: 0 approved, not purchased; 1 on
            a purchaser's PO list; 2 purchased, nothing received; 3 fully received; 4 rejected at
            procurement; 5 partially received; 6 received but unused; 7 denied by an approver; 8
            draft.
        type_ (int | Unset):
        unit (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderItemPage
    """

    return (
        await asyncio_detailed(
            client=client,
            account=account,
            account_code=account_code,
            active=active,
            approved_datetime_0=approved_datetime_0,
            approved_datetime_1=approved_datetime_1,
            approved_price=approved_price,
            approved_quantity=approved_quantity,
            approver=approver,
            approver_id=approver_id,
            branch=branch,
            catalog=catalog,
            catalog_item=catalog_item,
            currency=currency,
            department=department,
            departments=departments,
            exclude=exclude,
            exclude_punchout=exclude_punchout,
            fulfilment_status=fulfilment_status,
            is_purchased=is_purchased,
            is_recurring=is_recurring,
            last_changed_by=last_changed_by,
            last_modified_0=last_modified_0,
            last_modified_1=last_modified_1,
            line_comment=line_comment,
            location=location,
            locations=locations,
            name=name,
            num=num,
            order_num=order_num,
            order_num_status=order_num_status,
            order_by=order_by,
            order_created_date_0=order_created_date_0,
            order_created_date_1=order_created_date_1,
            page=page,
            page_size=page_size,
            po_created_date_0=po_created_date_0,
            po_created_date_1=po_created_date_1,
            po_vendor=po_vendor,
            pref_vendor=pref_vendor,
            price=price,
            purchase_agreement=purchase_agreement,
            purchased_date_0=purchased_date_0,
            purchased_date_1=purchased_date_1,
            purchaser=purchaser,
            quantity=quantity,
            received_fail_qty=received_fail_qty,
            received_pass_qty=received_pass_qty,
            requester=requester,
            search=search,
            sku=sku,
            status=status,
            type_=type_,
            unit=unit,
        )
    ).parsed
