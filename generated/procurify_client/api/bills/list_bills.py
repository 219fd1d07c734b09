import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_page import BillPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    approver: int | Unset = UNSET,
    contract: int | Unset = UNSET,
    currency: int | Unset = UNSET,
    due_date_0: datetime.date | Unset = UNSET,
    due_date_1: datetime.date | Unset = UNSET,
    exclude_bill_group_ids: str | Unset = UNSET,
    exclude_expense_bills: str | Unset = UNSET,
    expense: str | Unset = UNSET,
    gl_post_date_0: datetime.date | Unset = UNSET,
    gl_post_date_1: datetime.date | Unset = UNSET,
    group: int | Unset = UNSET,
    has_payment: bool | Unset = UNSET,
    has_posting_date: bool | Unset = UNSET,
    include_bill_group_ids: str | Unset = UNSET,
    invoice_date_0: datetime.date | Unset = UNSET,
    invoice_date_1: datetime.date | Unset = UNSET,
    is_exported: bool | Unset = UNSET,
    last_export_date_0: datetime.date | Unset = UNSET,
    last_export_date_1: datetime.date | Unset = UNSET,
    last_export_user: int | Unset = UNSET,
    last_modified_datetime_0: datetime.datetime | Unset = UNSET,
    last_modified_datetime_1: datetime.datetime | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    submitted_date_0: datetime.date | Unset = UNSET,
    submitted_date_1: datetime.date | Unset = UNSET,
    sync_status: str | Unset = UNSET,
    sync_status_v2: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["approver"] = approver

    params["contract"] = contract

    params["currency"] = currency

    json_due_date_0: str | Unset = UNSET
    if not isinstance(due_date_0, Unset):
        json_due_date_0 = due_date_0.isoformat()
    params["due_date_0"] = json_due_date_0

    json_due_date_1: str | Unset = UNSET
    if not isinstance(due_date_1, Unset):
        json_due_date_1 = due_date_1.isoformat()
    params["due_date_1"] = json_due_date_1

    params["exclude_bill_group_ids"] = exclude_bill_group_ids

    params["exclude_expense_bills"] = exclude_expense_bills

    params["expense"] = expense

    json_gl_post_date_0: str | Unset = UNSET
    if not isinstance(gl_post_date_0, Unset):
        json_gl_post_date_0 = gl_post_date_0.isoformat()
    params["gl_post_date_0"] = json_gl_post_date_0

    json_gl_post_date_1: str | Unset = UNSET
    if not isinstance(gl_post_date_1, Unset):
        json_gl_post_date_1 = gl_post_date_1.isoformat()
    params["gl_post_date_1"] = json_gl_post_date_1

    params["group"] = group

    params["has_payment"] = has_payment

    params["has_posting_date"] = has_posting_date

    params["include_bill_group_ids"] = include_bill_group_ids

    json_invoice_date_0: str | Unset = UNSET
    if not isinstance(invoice_date_0, Unset):
        json_invoice_date_0 = invoice_date_0.isoformat()
    params["invoice_date_0"] = json_invoice_date_0

    json_invoice_date_1: str | Unset = UNSET
    if not isinstance(invoice_date_1, Unset):
        json_invoice_date_1 = invoice_date_1.isoformat()
    params["invoice_date_1"] = json_invoice_date_1

    params["is_exported"] = is_exported

    json_last_export_date_0: str | Unset = UNSET
    if not isinstance(last_export_date_0, Unset):
        json_last_export_date_0 = last_export_date_0.isoformat()
    params["last_export_date_0"] = json_last_export_date_0

    json_last_export_date_1: str | Unset = UNSET
    if not isinstance(last_export_date_1, Unset):
        json_last_export_date_1 = last_export_date_1.isoformat()
    params["last_export_date_1"] = json_last_export_date_1

    params["last_export_user"] = last_export_user

    json_last_modified_datetime_0: str | Unset = UNSET
    if not isinstance(last_modified_datetime_0, Unset):
        json_last_modified_datetime_0 = last_modified_datetime_0.isoformat()
    params["last_modified_datetime_0"] = json_last_modified_datetime_0

    json_last_modified_datetime_1: str | Unset = UNSET
    if not isinstance(last_modified_datetime_1, Unset):
        json_last_modified_datetime_1 = last_modified_datetime_1.isoformat()
    params["last_modified_datetime_1"] = json_last_modified_datetime_1

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

    params["search"] = search

    json_submitted_date_0: str | Unset = UNSET
    if not isinstance(submitted_date_0, Unset):
        json_submitted_date_0 = submitted_date_0.isoformat()
    params["submitted_date_0"] = json_submitted_date_0

    json_submitted_date_1: str | Unset = UNSET
    if not isinstance(submitted_date_1, Unset):
        json_submitted_date_1 = submitted_date_1.isoformat()
    params["submitted_date_1"] = json_submitted_date_1

    params["sync_status"] = sync_status

    params["sync_status_v2"] = sync_status_v2

    params["type"] = type_

    params["user"] = user

    params["vendor"] = vendor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/ap/bills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillPage | None:
    if response.status_code == 200:
        response_200 = BillPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    approver: int | Unset = UNSET,
    contract: int | Unset = UNSET,
    currency: int | Unset = UNSET,
    due_date_0: datetime.date | Unset = UNSET,
    due_date_1: datetime.date | Unset = UNSET,
    exclude_bill_group_ids: str | Unset = UNSET,
    exclude_expense_bills: str | Unset = UNSET,
    expense: str | Unset = UNSET,
    gl_post_date_0: datetime.date | Unset = UNSET,
    gl_post_date_1: datetime.date | Unset = UNSET,
    group: int | Unset = UNSET,
    has_payment: bool | Unset = UNSET,
    has_posting_date: bool | Unset = UNSET,
    include_bill_group_ids: str | Unset = UNSET,
    invoice_date_0: datetime.date | Unset = UNSET,
    invoice_date_1: datetime.date | Unset = UNSET,
    is_exported: bool | Unset = UNSET,
    last_export_date_0: datetime.date | Unset = UNSET,
    last_export_date_1: datetime.date | Unset = UNSET,
    last_export_user: int | Unset = UNSET,
    last_modified_datetime_0: datetime.datetime | Unset = UNSET,
    last_modified_datetime_1: datetime.datetime | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    submitted_date_0: datetime.date | Unset = UNSET,
    submitted_date_1: datetime.date | Unset = UNSET,
    sync_status: str | Unset = UNSET,
    sync_status_v2: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[BillPage]:
    """List bills

     Accounts-payable bills, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (int | Unset):
        contract (int | Unset):
        currency (int | Unset):
        due_date_0 (datetime.date | Unset):
        due_date_1 (datetime.date | Unset):
        exclude_bill_group_ids (str | Unset):
        exclude_expense_bills (str | Unset):
        expense (str | Unset):
        gl_post_date_0 (datetime.date | Unset):
        gl_post_date_1 (datetime.date | Unset):
        group (int | Unset):
        has_payment (bool | Unset):
        has_posting_date (bool | Unset):
        include_bill_group_ids (str | Unset):
        invoice_date_0 (datetime.date | Unset):
        invoice_date_1 (datetime.date | Unset):
        is_exported (bool | Unset):
        last_export_date_0 (datetime.date | Unset):
        last_export_date_1 (datetime.date | Unset):
        last_export_user (int | Unset):
        last_modified_datetime_0 (datetime.datetime | Unset):
        last_modified_datetime_1 (datetime.datetime | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        submitted_date_0 (datetime.date | Unset):
        submitted_date_1 (datetime.date | Unset):
        sync_status (str | Unset):
        sync_status_v2 (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillPage]
    """

    kwargs = _get_kwargs(
        approver=approver,
        contract=contract,
        currency=currency,
        due_date_0=due_date_0,
        due_date_1=due_date_1,
        exclude_bill_group_ids=exclude_bill_group_ids,
        exclude_expense_bills=exclude_expense_bills,
        expense=expense,
        gl_post_date_0=gl_post_date_0,
        gl_post_date_1=gl_post_date_1,
        group=group,
        has_payment=has_payment,
        has_posting_date=has_posting_date,
        include_bill_group_ids=include_bill_group_ids,
        invoice_date_0=invoice_date_0,
        invoice_date_1=invoice_date_1,
        is_exported=is_exported,
        last_export_date_0=last_export_date_0,
        last_export_date_1=last_export_date_1,
        last_export_user=last_export_user,
        last_modified_datetime_0=last_modified_datetime_0,
        last_modified_datetime_1=last_modified_datetime_1,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        submitted_date_0=submitted_date_0,
        submitted_date_1=submitted_date_1,
        sync_status=sync_status,
        sync_status_v2=sync_status_v2,
        type_=type_,
        user=user,
        vendor=vendor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    approver: int | Unset = UNSET,
    contract: int | Unset = UNSET,
    currency: int | Unset = UNSET,
    due_date_0: datetime.date | Unset = UNSET,
    due_date_1: datetime.date | Unset = UNSET,
    exclude_bill_group_ids: str | Unset = UNSET,
    exclude_expense_bills: str | Unset = UNSET,
    expense: str | Unset = UNSET,
    gl_post_date_0: datetime.date | Unset = UNSET,
    gl_post_date_1: datetime.date | Unset = UNSET,
    group: int | Unset = UNSET,
    has_payment: bool | Unset = UNSET,
    has_posting_date: bool | Unset = UNSET,
    include_bill_group_ids: str | Unset = UNSET,
    invoice_date_0: datetime.date | Unset = UNSET,
    invoice_date_1: datetime.date | Unset = UNSET,
    is_exported: bool | Unset = UNSET,
    last_export_date_0: datetime.date | Unset = UNSET,
    last_export_date_1: datetime.date | Unset = UNSET,
    last_export_user: int | Unset = UNSET,
    last_modified_datetime_0: datetime.datetime | Unset = UNSET,
    last_modified_datetime_1: datetime.datetime | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    submitted_date_0: datetime.date | Unset = UNSET,
    submitted_date_1: datetime.date | Unset = UNSET,
    sync_status: str | Unset = UNSET,
    sync_status_v2: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> BillPage | None:
    """List bills

     Accounts-payable bills, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (int | Unset):
        contract (int | Unset):
        currency (int | Unset):
        due_date_0 (datetime.date | Unset):
        due_date_1 (datetime.date | Unset):
        exclude_bill_group_ids (str | Unset):
        exclude_expense_bills (str | Unset):
        expense (str | Unset):
        gl_post_date_0 (datetime.date | Unset):
        gl_post_date_1 (datetime.date | Unset):
        group (int | Unset):
        has_payment (bool | Unset):
        has_posting_date (bool | Unset):
        include_bill_group_ids (str | Unset):
        invoice_date_0 (datetime.date | Unset):
        invoice_date_1 (datetime.date | Unset):
        is_exported (bool | Unset):
        last_export_date_0 (datetime.date | Unset):
        last_export_date_1 (datetime.date | Unset):
        last_export_user (int | Unset):
        last_modified_datetime_0 (datetime.datetime | Unset):
        last_modified_datetime_1 (datetime.datetime | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        submitted_date_0 (datetime.date | Unset):
        submitted_date_1 (datetime.date | Unset):
        sync_status (str | Unset):
        sync_status_v2 (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillPage
    """

    return sync_detailed(
        client=client,
        approver=approver,
        contract=contract,
        currency=currency,
        due_date_0=due_date_0,
        due_date_1=due_date_1,
        exclude_bill_group_ids=exclude_bill_group_ids,
        exclude_expense_bills=exclude_expense_bills,
        expense=expense,
        gl_post_date_0=gl_post_date_0,
        gl_post_date_1=gl_post_date_1,
        group=group,
        has_payment=has_payment,
        has_posting_date=has_posting_date,
        include_bill_group_ids=include_bill_group_ids,
        invoice_date_0=invoice_date_0,
        invoice_date_1=invoice_date_1,
        is_exported=is_exported,
        last_export_date_0=last_export_date_0,
        last_export_date_1=last_export_date_1,
        last_export_user=last_export_user,
        last_modified_datetime_0=last_modified_datetime_0,
        last_modified_datetime_1=last_modified_datetime_1,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        submitted_date_0=submitted_date_0,
        submitted_date_1=submitted_date_1,
        sync_status=sync_status,
        sync_status_v2=sync_status_v2,
        type_=type_,
        user=user,
        vendor=vendor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    approver: int | Unset = UNSET,
    contract: int | Unset = UNSET,
    currency: int | Unset = UNSET,
    due_date_0: datetime.date | Unset = UNSET,
    due_date_1: datetime.date | Unset = UNSET,
    exclude_bill_group_ids: str | Unset = UNSET,
    exclude_expense_bills: str | Unset = UNSET,
    expense: str | Unset = UNSET,
    gl_post_date_0: datetime.date | Unset = UNSET,
    gl_post_date_1: datetime.date | Unset = UNSET,
    group: int | Unset = UNSET,
    has_payment: bool | Unset = UNSET,
    has_posting_date: bool | Unset = UNSET,
    include_bill_group_ids: str | Unset = UNSET,
    invoice_date_0: datetime.date | Unset = UNSET,
    invoice_date_1: datetime.date | Unset = UNSET,
    is_exported: bool | Unset = UNSET,
    last_export_date_0: datetime.date | Unset = UNSET,
    last_export_date_1: datetime.date | Unset = UNSET,
    last_export_user: int | Unset = UNSET,
    last_modified_datetime_0: datetime.datetime | Unset = UNSET,
    last_modified_datetime_1: datetime.datetime | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    submitted_date_0: datetime.date | Unset = UNSET,
    submitted_date_1: datetime.date | Unset = UNSET,
    sync_status: str | Unset = UNSET,
    sync_status_v2: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> Response[BillPage]:
    """List bills

     Accounts-payable bills, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (int | Unset):
        contract (int | Unset):
        currency (int | Unset):
        due_date_0 (datetime.date | Unset):
        due_date_1 (datetime.date | Unset):
        exclude_bill_group_ids (str | Unset):
        exclude_expense_bills (str | Unset):
        expense (str | Unset):
        gl_post_date_0 (datetime.date | Unset):
        gl_post_date_1 (datetime.date | Unset):
        group (int | Unset):
        has_payment (bool | Unset):
        has_posting_date (bool | Unset):
        include_bill_group_ids (str | Unset):
        invoice_date_0 (datetime.date | Unset):
        invoice_date_1 (datetime.date | Unset):
        is_exported (bool | Unset):
        last_export_date_0 (datetime.date | Unset):
        last_export_date_1 (datetime.date | Unset):
        last_export_user (int | Unset):
        last_modified_datetime_0 (datetime.datetime | Unset):
        last_modified_datetime_1 (datetime.datetime | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        submitted_date_0 (datetime.date | Unset):
        submitted_date_1 (datetime.date | Unset):
        sync_status (str | Unset):
        sync_status_v2 (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillPage]
    """

    kwargs = _get_kwargs(
        approver=approver,
        contract=contract,
        currency=currency,
        due_date_0=due_date_0,
        due_date_1=due_date_1,
        exclude_bill_group_ids=exclude_bill_group_ids,
        exclude_expense_bills=exclude_expense_bills,
        expense=expense,
        gl_post_date_0=gl_post_date_0,
        gl_post_date_1=gl_post_date_1,
        group=group,
        has_payment=has_payment,
        has_posting_date=has_posting_date,
        include_bill_group_ids=include_bill_group_ids,
        invoice_date_0=invoice_date_0,
        invoice_date_1=invoice_date_1,
        is_exported=is_exported,
        last_export_date_0=last_export_date_0,
        last_export_date_1=last_export_date_1,
        last_export_user=last_export_user,
        last_modified_datetime_0=last_modified_datetime_0,
        last_modified_datetime_1=last_modified_datetime_1,
        modified_date_0=modified_date_0,
        modified_date_1=modified_date_1,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        submitted_date_0=submitted_date_0,
        submitted_date_1=submitted_date_1,
        sync_status=sync_status,
        sync_status_v2=sync_status_v2,
        type_=type_,
        user=user,
        vendor=vendor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    approver: int | Unset = UNSET,
    contract: int | Unset = UNSET,
    currency: int | Unset = UNSET,
    due_date_0: datetime.date | Unset = UNSET,
    due_date_1: datetime.date | Unset = UNSET,
    exclude_bill_group_ids: str | Unset = UNSET,
    exclude_expense_bills: str | Unset = UNSET,
    expense: str | Unset = UNSET,
    gl_post_date_0: datetime.date | Unset = UNSET,
    gl_post_date_1: datetime.date | Unset = UNSET,
    group: int | Unset = UNSET,
    has_payment: bool | Unset = UNSET,
    has_posting_date: bool | Unset = UNSET,
    include_bill_group_ids: str | Unset = UNSET,
    invoice_date_0: datetime.date | Unset = UNSET,
    invoice_date_1: datetime.date | Unset = UNSET,
    is_exported: bool | Unset = UNSET,
    last_export_date_0: datetime.date | Unset = UNSET,
    last_export_date_1: datetime.date | Unset = UNSET,
    last_export_user: int | Unset = UNSET,
    last_modified_datetime_0: datetime.datetime | Unset = UNSET,
    last_modified_datetime_1: datetime.datetime | Unset = UNSET,
    modified_date_0: datetime.date | Unset = UNSET,
    modified_date_1: datetime.date | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    submitted_date_0: datetime.date | Unset = UNSET,
    submitted_date_1: datetime.date | Unset = UNSET,
    sync_status: str | Unset = UNSET,
    sync_status_v2: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    user: int | Unset = UNSET,
    vendor: int | Unset = UNSET,
) -> BillPage | None:
    """List bills

     Accounts-payable bills, with a summary and the caller's permissions in `metadata`.

    Args:
        approver (int | Unset):
        contract (int | Unset):
        currency (int | Unset):
        due_date_0 (datetime.date | Unset):
        due_date_1 (datetime.date | Unset):
        exclude_bill_group_ids (str | Unset):
        exclude_expense_bills (str | Unset):
        expense (str | Unset):
        gl_post_date_0 (datetime.date | Unset):
        gl_post_date_1 (datetime.date | Unset):
        group (int | Unset):
        has_payment (bool | Unset):
        has_posting_date (bool | Unset):
        include_bill_group_ids (str | Unset):
        invoice_date_0 (datetime.date | Unset):
        invoice_date_1 (datetime.date | Unset):
        is_exported (bool | Unset):
        last_export_date_0 (datetime.date | Unset):
        last_export_date_1 (datetime.date | Unset):
        last_export_user (int | Unset):
        last_modified_datetime_0 (datetime.datetime | Unset):
        last_modified_datetime_1 (datetime.datetime | Unset):
        modified_date_0 (datetime.date | Unset):
        modified_date_1 (datetime.date | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        submitted_date_0 (datetime.date | Unset):
        submitted_date_1 (datetime.date | Unset):
        sync_status (str | Unset):
        sync_status_v2 (str | Unset):
        type_ (int | Unset):
        user (int | Unset):
        vendor (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillPage
    """

    return (
        await asyncio_detailed(
            client=client,
            approver=approver,
            contract=contract,
            currency=currency,
            due_date_0=due_date_0,
            due_date_1=due_date_1,
            exclude_bill_group_ids=exclude_bill_group_ids,
            exclude_expense_bills=exclude_expense_bills,
            expense=expense,
            gl_post_date_0=gl_post_date_0,
            gl_post_date_1=gl_post_date_1,
            group=group,
            has_payment=has_payment,
            has_posting_date=has_posting_date,
            include_bill_group_ids=include_bill_group_ids,
            invoice_date_0=invoice_date_0,
            invoice_date_1=invoice_date_1,
            is_exported=is_exported,
            last_export_date_0=last_export_date_0,
            last_export_date_1=last_export_date_1,
            last_export_user=last_export_user,
            last_modified_datetime_0=last_modified_datetime_0,
            last_modified_datetime_1=last_modified_datetime_1,
            modified_date_0=modified_date_0,
            modified_date_1=modified_date_1,
            order_by=order_by,
            page=page,
            page_size=page_size,
            search=search,
            submitted_date_0=submitted_date_0,
            submitted_date_1=submitted_date_1,
            sync_status=sync_status,
            sync_status_v2=sync_status_v2,
            type_=type_,
            user=user,
            vendor=vendor,
        )
    ).parsed
