from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_counts_breakdown import PurchaseOrderCountsBreakdown


T = TypeVar("T", bound="PurchaseOrderCounts")


@_attrs_define
class PurchaseOrderCounts:
    """How many purchase orders each role sees, by status."""

    purchased: PurchaseOrderCountsBreakdown | Unset = UNSET
    """ How many purchase orders have each status. """
    receivable: PurchaseOrderCountsBreakdown | Unset = UNSET
    """ How many purchase orders have each status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchased: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchased, Unset):
            purchased = self.purchased.to_dict()

        receivable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receivable, Unset):
            receivable = self.receivable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchased is not UNSET:
            field_dict["purchased"] = purchased
        if receivable is not UNSET:
            field_dict["receivable"] = receivable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_order_counts_breakdown import (
            PurchaseOrderCountsBreakdown,
        )

        d = dict(src_dict)
        _purchased = d.pop("purchased", UNSET)
        purchased: PurchaseOrderCountsBreakdown | Unset
        if isinstance(_purchased, Unset):
            purchased = UNSET
        else:
            purchased = PurchaseOrderCountsBreakdown.from_dict(_purchased)

        _receivable = d.pop("receivable", UNSET)
        receivable: PurchaseOrderCountsBreakdown | Unset
        if isinstance(_receivable, Unset):
            receivable = UNSET
        else:
            receivable = PurchaseOrderCountsBreakdown.from_dict(_receivable)

        purchase_order_counts = cls(
            purchased=purchased,
            receivable=receivable,
        )

        purchase_order_counts.additional_properties = d
        return purchase_order_counts

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
