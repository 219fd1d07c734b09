from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PurchaseOrderCountsBreakdown")


@_attrs_define
class PurchaseOrderCountsBreakdown:
    """How many purchase orders have each status."""

    all_: int
    open_: int
    partial: int
    closed: int
    cancelled: int
    page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        open_ = self.open_

        partial = self.partial

        closed = self.closed

        cancelled = self.cancelled

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all": all_,
                "open": open_,
                "partial": partial,
                "closed": closed,
                "cancelled": cancelled,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        all_ = d.pop("all")

        open_ = d.pop("open")

        partial = d.pop("partial")

        closed = d.pop("closed")

        cancelled = d.pop("cancelled")

        page = d.pop("page")

        purchase_order_counts_breakdown = cls(
            all_=all_,
            open_=open_,
            partial=partial,
            closed=closed,
            cancelled=cancelled,
            page=page,
        )

        purchase_order_counts_breakdown.additional_properties = d
        return purchase_order_counts_breakdown

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
