from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_code_read import AccountCodeRead
    from ..models.catalog_item_read_serializer_with_quantity_selected_account import (
        CatalogItemReadSerializerWithQuantitySelectedAccount,
    )
    from ..models.currency_summary import CurrencySummary
    from ..models.custom_field_value_read import CustomFieldValueRead
    from ..models.vendor_read import VendorRead


T = TypeVar("T", bound="CatalogItemReadSerializerWithQuantity")


@_attrs_define
class CatalogItemReadSerializerWithQuantity:
    """A catalog item inside a bundle, with how many of it the bundle holds."""

    name: str
    pref_vendor: VendorRead
    """ A vendor nested in another record (catalog items, purchase orders, bills). """
    account_code: AccountCodeRead
    """ An account code (GL code) of the chart of accounts. """
    currency: CurrencySummary
    quantity: float
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    image: str | Unset = UNSET
    unit_type: str | Unset = UNSET
    internal_sku: str | Unset = UNSET
    product_url: None | str | Unset = UNSET
    price: str | Unset = UNSET
    rfo_lock: bool | Unset = UNSET
    departments: list[int] | Unset = UNSET
    custom_fields: list[CustomFieldValueRead] | Unset = UNSET
    requested_count: int | Unset = UNSET
    last_requested_date: datetime.datetime | None | Unset = UNSET
    selected_account: CatalogItemReadSerializerWithQuantitySelectedAccount | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pref_vendor = self.pref_vendor.to_dict()

        account_code = self.account_code.to_dict()

        currency = self.currency.to_dict()

        quantity = self.quantity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        image = self.image

        unit_type = self.unit_type

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

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        requested_count = self.requested_count

        last_requested_date: None | str | Unset
        if isinstance(self.last_requested_date, Unset):
            last_requested_date = UNSET
        elif isinstance(self.last_requested_date, datetime.datetime):
            last_requested_date = self.last_requested_date.isoformat()
        else:
            last_requested_date = self.last_requested_date

        selected_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_account, Unset):
            selected_account = self.selected_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "pref_vendor": pref_vendor,
                "account_code": account_code,
                "currency": currency,
                "quantity": quantity,
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
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if requested_count is not UNSET:
            field_dict["requested_count"] = requested_count
        if last_requested_date is not UNSET:
            field_dict["last_requested_date"] = last_requested_date
        if selected_account is not UNSET:
            field_dict["selected_account"] = selected_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_code_read import AccountCodeRead
        from ..models.catalog_item_read_serializer_with_quantity_selected_account import (
            CatalogItemReadSerializerWithQuantitySelectedAccount,
        )
        from ..models.currency_summary import CurrencySummary
        from ..models.custom_field_value_read import CustomFieldValueRead
        from ..models.vendor_read import VendorRead

        d = dict(src_dict)
        name = d.pop("name")

        pref_vendor = VendorRead.from_dict(d.pop("pref_vendor"))

        account_code = AccountCodeRead.from_dict(d.pop("account_code"))

        currency = CurrencySummary.from_dict(d.pop("currency"))

        quantity = d.pop("quantity")

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueRead] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueRead.from_dict(
                    custom_fields_item_data
                )

                custom_fields.append(custom_fields_item)

        requested_count = d.pop("requested_count", UNSET)

        def _parse_last_requested_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_requested_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_requested_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_requested_date = _parse_last_requested_date(
            d.pop("last_requested_date", UNSET)
        )

        _selected_account = d.pop("selected_account", UNSET)
        selected_account: CatalogItemReadSerializerWithQuantitySelectedAccount | Unset
        if isinstance(_selected_account, Unset):
            selected_account = UNSET
        else:
            selected_account = (
                CatalogItemReadSerializerWithQuantitySelectedAccount.from_dict(
                    _selected_account
                )
            )

        catalog_item_read_serializer_with_quantity = cls(
            name=name,
            pref_vendor=pref_vendor,
            account_code=account_code,
            currency=currency,
            quantity=quantity,
            description=description,
            id=id,
            image=image,
            unit_type=unit_type,
            internal_sku=internal_sku,
            product_url=product_url,
            price=price,
            rfo_lock=rfo_lock,
            departments=departments,
            custom_fields=custom_fields,
            requested_count=requested_count,
            last_requested_date=last_requested_date,
            selected_account=selected_account,
        )

        catalog_item_read_serializer_with_quantity.additional_properties = d
        return catalog_item_read_serializer_with_quantity

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
