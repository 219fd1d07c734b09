from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_item_upsert_request_custom_fields_item import (
        CatalogItemUpsertRequestCustomFieldsItem,
    )


T = TypeVar("T", bound="CatalogItemUpsertRequest")


@_attrs_define
class CatalogItemUpsertRequest:
    """A catalog item to create or to replace in full."""

    name: str
    currency: int
    custom_fields: list[CatalogItemUpsertRequestCustomFieldsItem]
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    image: str | Unset = UNSET
    unit_type: str | Unset = UNSET
    pref_vendor: int | None | Unset = UNSET
    account_code: int | None | Unset = UNSET
    internal_sku: str | Unset = UNSET
    product_url: None | str | Unset = UNSET
    price: str | Unset = UNSET
    rfo_lock: bool | Unset = UNSET
    departments: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        image = self.image

        unit_type = self.unit_type

        pref_vendor: int | None | Unset
        if isinstance(self.pref_vendor, Unset):
            pref_vendor = UNSET
        else:
            pref_vendor = self.pref_vendor

        account_code: int | None | Unset
        if isinstance(self.account_code, Unset):
            account_code = UNSET
        else:
            account_code = self.account_code

        internal_sku = self.internal_sku

        product_url: None | str | Unset
        if isinstance(self.product_url, Unset):
            product_url = UNSET
        else:
            product_url = self.product_url

        price = self.price

        rfo_lock = self.rfo_lock

        departments: list[int] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currency": currency,
                "custom_fields": custom_fields,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if pref_vendor is not UNSET:
            field_dict["pref_vendor"] = pref_vendor
        if account_code is not UNSET:
            field_dict["account_code"] = account_code
        if internal_sku is not UNSET:
            field_dict["internalSKU"] = internal_sku
        if product_url is not UNSET:
            field_dict["product_url"] = product_url
        if price is not UNSET:
            field_dict["price"] = price
        if rfo_lock is not UNSET:
            field_dict["rfo_lock"] = rfo_lock
        if departments is not UNSET:
            field_dict["departments"] = departments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_item_upsert_request_custom_fields_item import (
            CatalogItemUpsertRequestCustomFieldsItem,
        )

        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CatalogItemUpsertRequestCustomFieldsItem.from_dict(
                custom_fields_item_data
            )

            custom_fields.append(custom_fields_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        id = d.pop("id", UNSET)

        image = d.pop("image", UNSET)

        unit_type = d.pop("unitType", UNSET)

        def _parse_pref_vendor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pref_vendor = _parse_pref_vendor(d.pop("pref_vendor", UNSET))

        def _parse_account_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_code = _parse_account_code(d.pop("account_code", UNSET))

        internal_sku = d.pop("internalSKU", UNSET)

        def _parse_product_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_url = _parse_product_url(d.pop("product_url", UNSET))

        price = d.pop("price", UNSET)

        rfo_lock = d.pop("rfo_lock", UNSET)

        departments = cast(list[int], d.pop("departments", UNSET))

        catalog_item_upsert_request = cls(
            name=name,
            currency=currency,
            custom_fields=custom_fields,
            description=description,
            id=id,
            image=image,
            unit_type=unit_type,
            pref_vendor=pref_vendor,
            account_code=account_code,
            internal_sku=internal_sku,
            product_url=product_url,
            price=price,
            rfo_lock=rfo_lock,
            departments=departments,
        )

        catalog_item_upsert_request.additional_properties = d
        return catalog_item_upsert_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
