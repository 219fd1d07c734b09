from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purchase_order_billing_history_item import (
        PurchaseOrderBillingHistoryItem,
    )


T = TypeVar("T", bound="PurchaseOrderBillingHistory")


@_attrs_define
class PurchaseOrderBillingHistory:
    """A purchase order with the bills raised against its items."""

    id: int
    number: str
    has_unbilled_unreceived_items: bool
    items: list[PurchaseOrderBillingHistoryItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        has_unbilled_unreceived_items = self.has_unbilled_unreceived_items

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "has_unbilled_unreceived_items": has_unbilled_unreceived_items,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_order_billing_history_item import (
            PurchaseOrderBillingHistoryItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        has_unbilled_unreceived_items = d.pop("has_unbilled_unreceived_items")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PurchaseOrderBillingHistoryItem.from_dict(items_item_data)

            items.append(items_item)

        purchase_order_billing_history = cls(
            id=id,
            number=number,
            has_unbilled_unreceived_items=has_unbilled_unreceived_items,
            items=items,
        )

        purchase_order_billing_history.additional_properties = d
        return purchase_order_billing_history

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
