from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderBillingHistoryItem")


@_attrs_define
class PurchaseOrderBillingHistoryItem:
    """One order item of a purchase order and what has been billed for it."""

    id: int
    billed_qty: str | Unset = "0.00000000"
    received_qty: str | Unset = "0.00000"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        billed_qty = self.billed_qty

        received_qty = self.received_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if billed_qty is not UNSET:
            field_dict["billed_qty"] = billed_qty
        if received_qty is not UNSET:
            field_dict["received_qty"] = received_qty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        billed_qty = d.pop("billed_qty", UNSET)

        received_qty = d.pop("received_qty", UNSET)

        purchase_order_billing_history_item = cls(
            id=id,
            billed_qty=billed_qty,
            received_qty=received_qty,
        )

        purchase_order_billing_history_item.additional_properties = d
        return purchase_order_billing_history_item

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
