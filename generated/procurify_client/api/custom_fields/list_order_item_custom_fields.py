from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_page import CustomFieldPage
from ...models.custom_field_type import CustomFieldType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_type: CustomFieldType | Unset = UNSET,
    meta_is_active: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_field_type: str | Unset = UNSET
    if not isinstance(field_type, Unset):
        json_field_type = field_type.value

    params["field_type"] = json_field_type

    params["meta__is_active"] = meta_is_active

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/custom-fields/order-items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldPage | None:
    if response.status_code == 200:
        response_200 = CustomFieldPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_type: CustomFieldType | Unset = UNSET,
    meta_is_active: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CustomFieldPage]:
    """List order-item custom fields

     Custom fields defined for order items.

    Args:
        field_type (CustomFieldType | Unset): One-letter custom field type code (the documents do
            not spell the letters out).
        meta_is_active (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldPage]
    """

    kwargs = _get_kwargs(
        field_type=field_type,
        meta_is_active=meta_is_active,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field_type: CustomFieldType | Unset = UNSET,
    meta_is_active: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CustomFieldPage | None:
    """List order-item custom fields

     Custom fields defined for order items.

    Args:
        field_type (CustomFieldType | Unset): One-letter custom field type code (the documents do
            not spell the letters out).
        meta_is_active (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldPage
    """

    return sync_detailed(
        client=client,
        field_type=field_type,
        meta_is_active=meta_is_active,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field_type: CustomFieldType | Unset = UNSET,
    meta_is_active: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CustomFieldPage]:
    """List order-item custom fields

     Custom fields defined for order items.

    Args:
        field_type (CustomFieldType | Unset): One-letter custom field type code (the documents do
            not spell the letters out).
        meta_is_active (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldPage]
    """

    kwargs = _get_kwargs(
        field_type=field_type,
        meta_is_active=meta_is_active,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field_type: CustomFieldType | Unset = UNSET,
    meta_is_active: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CustomFieldPage | None:
    """List order-item custom fields

     Custom fields defined for order items.

    Args:
        field_type (CustomFieldType | Unset): One-letter custom field type code (the documents do
            not spell the letters out).
        meta_is_active (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldPage
    """

    return (
        await asyncio_detailed(
            client=client,
            field_type=field_type,
            meta_is_active=meta_is_active,
            page=page,
            page_size=page_size,
        )
    ).parsed
