from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.purchase_order_counts import PurchaseOrderCounts


T = TypeVar("T", bound="PurchaseOrderListMetadata")


@_attrs_define
class PurchaseOrderListMetadata:
    """Metadata of the purchase-order list: paging, and counts per role and status."""

    counts: PurchaseOrderCounts
    """ How many purchase orders each role sees, by status. """
    pagination: Pagination
    """ Where a page sits in a list: shared by every paged list answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.purchase_order_counts import PurchaseOrderCounts

        d = dict(src_dict)
        counts = PurchaseOrderCounts.from_dict(d.pop("counts"))

        pagination = Pagination.from_dict(d.pop("pagination"))

        purchase_order_list_metadata = cls(
            counts=counts,
            pagination=pagination,
        )

        purchase_order_list_metadata.additional_properties = d
        return purchase_order_list_metadata

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
