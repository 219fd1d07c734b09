from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_purchase_edit_custom_fields_item import (
        OrderItemPurchaseEditCustomFieldsItem,
    )


T = TypeVar("T", bound="OrderItemPurchaseEdit")


@_attrs_define
class OrderItemPurchaseEdit:
    """An order item of a purchase order, as an update returns it."""

    id: int
    name: str
    unit: str
    quantity: str
    price: str
    custom_fields: list[OrderItemPurchaseEditCustomFieldsItem]
    sku: str | Unset = UNSET
    po_note: str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        unit = self.unit

        quantity = self.quantity

        price = self.price

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        sku = self.sku

        po_note = self.po_note

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        shipping_amount: None | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "unit": unit,
                "quantity": quantity,
                "price": price,
                "custom_fields": custom_fields,
            }
        )
        if sku is not UNSET:
            field_dict["sku"] = sku
        if po_note is not UNSET:
            field_dict["po_note"] = po_note
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item_purchase_edit_custom_fields_item import (
            OrderItemPurchaseEditCustomFieldsItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        unit = d.pop("unit")

        quantity = d.pop("quantity")

        price = d.pop("price")

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = OrderItemPurchaseEditCustomFieldsItem.from_dict(
                custom_fields_item_data
            )

            custom_fields.append(custom_fields_item)

        sku = d.pop("sku", UNSET)

        po_note = d.pop("po_note", UNSET)

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_shipping_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("shipping_amount", UNSET))

        order_item_purchase_edit = cls(
            id=id,
            name=name,
            unit=unit,
            quantity=quantity,
            price=price,
            custom_fields=custom_fields,
            sku=sku,
            po_note=po_note,
            tax_amount=tax_amount,
            shipping_amount=shipping_amount,
        )

        order_item_purchase_edit.additional_properties = d
        return order_item_purchase_edit

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
