from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vendor_group import VendorGroup
from ...models.vendor_page import VendorPage
from ...models.vendor_type import VendorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exclude_other: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: VendorType | Unset = UNSET,
    vendor_group: VendorGroup | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exclude_other"] = exclude_other

    params["external_id"] = external_id

    params["name"] = name

    params["order_by"] = order_by

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_vendor_group: str | Unset = UNSET
    if not isinstance(vendor_group, Unset):
        json_vendor_group = vendor_group.value

    params["vendor_group"] = json_vendor_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/vendors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VendorPage | None:
    if response.status_code == 200:
        response_200 = VendorPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VendorPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_other: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: VendorType | Unset = UNSET,
    vendor_group: VendorGroup | Unset = UNSET,
) -> Response[VendorPage]:
    """List vendors

     Vendors (suppliers) of the company.

    Args:
        exclude_other (bool | Unset):
        external_id (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (VendorType | Unset): Vendor type. 1 OTHER holds free-text vendor names from
            requests; 2 HIDDEN is reserved for system vendors (e.g. Amazon Business); 3 PREFERRED is
            the default and the only type requesters see (with OTHER); 4 REGULAR vendors are for AP
            and purchasers; 5 EMPLOYEE vendors appear only in AP employee lists; 6 CC_PROVIDER vendors
            are credit-card providers. The vendors `type` filter also accepts 7, which no document
            names.
        vendor_group (VendorGroup | Unset): Predefined group of vendors to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorPage]
    """

    kwargs = _get_kwargs(
        exclude_other=exclude_other,
        external_id=external_id,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor_group=vendor_group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    exclude_other: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: VendorType | Unset = UNSET,
    vendor_group: VendorGroup | Unset = UNSET,
) -> VendorPage | None:
    """List vendors

     Vendors (suppliers) of the company.

    Args:
        exclude_other (bool | Unset):
        external_id (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (VendorType | Unset): Vendor type. 1 OTHER holds free-text vendor names from
            requests; 2 HIDDEN is reserved for system vendors (e.g. Amazon Business); 3 PREFERRED is
            the default and the only type requesters see (with OTHER); 4 REGULAR vendors are for AP
            and purchasers; 5 EMPLOYEE vendors appear only in AP employee lists; 6 CC_PROVIDER vendors
            are credit-card providers. The vendors `type` filter also accepts 7, which no document
            names.
        vendor_group (VendorGroup | Unset): Predefined group of vendors to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorPage
    """

    return sync_detailed(
        client=client,
        exclude_other=exclude_other,
        external_id=external_id,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor_group=vendor_group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_other: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: VendorType | Unset = UNSET,
    vendor_group: VendorGroup | Unset = UNSET,
) -> Response[VendorPage]:
    """List vendors

     Vendors (suppliers) of the company.

    Args:
        exclude_other (bool | Unset):
        external_id (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (VendorType | Unset): Vendor type. 1 OTHER holds free-text vendor names from
            requests; 2 HIDDEN is reserved for system vendors (e.g. Amazon Business); 3 PREFERRED is
            the default and the only type requesters see (with OTHER); 4 REGULAR vendors are for AP
            and purchasers; 5 EMPLOYEE vendors appear only in AP employee lists; 6 CC_PROVIDER vendors
            are credit-card providers. The vendors `type` filter also accepts 7, which no document
            names.
        vendor_group (VendorGroup | Unset): Predefined group of vendors to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VendorPage]
    """

    kwargs = _get_kwargs(
        exclude_other=exclude_other,
        external_id=external_id,
        name=name,
        order_by=order_by,
        page=page,
        page_size=page_size,
        search=search,
        type_=type_,
        vendor_group=vendor_group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    exclude_other: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type_: VendorType | Unset = UNSET,
    vendor_group: VendorGroup | Unset = UNSET,
) -> VendorPage | None:
    """List vendors

     Vendors (suppliers) of the company.

    Args:
        exclude_other (bool | Unset):
        external_id (str | Unset):
        name (str | Unset):
        order_by (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        type_ (VendorType | Unset): Vendor type. 1 OTHER holds free-text vendor names from
            requests; 2 HIDDEN is reserved for system vendors (e.g. Amazon Business); 3 PREFERRED is
            the default and the only type requesters see (with OTHER); 4 REGULAR vendors are for AP
            and purchasers; 5 EMPLOYEE vendors appear only in AP employee lists; 6 CC_PROVIDER vendors
            are credit-card providers. The vendors `type` filter also accepts 7, which no document
            names.
        vendor_group (VendorGroup | Unset): Predefined group of vendors to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VendorPage
    """

    return (
        await asyncio_detailed(
            client=client,
            exclude_other=exclude_other,
            external_id=external_id,
            name=name,
            order_by=order_by,
            page=page,
            page_size=page_size,
            search=search,
            type_=type_,
            vendor_group=vendor_group,
        )
    ).parsed
