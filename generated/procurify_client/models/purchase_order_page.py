from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.purchase_order_docs import PurchaseOrderDocs
    from ..models.purchase_order_list_metadata import PurchaseOrderListMetadata


T = TypeVar("T", bound="PurchaseOrderPage")


@_attrs_define
class PurchaseOrderPage:
    """One page of PurchaseOrderDocs records."""

    metadata: PurchaseOrderListMetadata
    """ Metadata of the purchase-order list: paging, and counts per role and status. """
    data: list[PurchaseOrderDocs]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_order_docs import PurchaseOrderDocs
        from ..models.purchase_order_list_metadata import PurchaseOrderListMetadata

        d = dict(src_dict)
        metadata = PurchaseOrderListMetadata.from_dict(d.pop("metadata"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PurchaseOrderDocs.from_dict(data_item_data)

            data.append(data_item)

        purchase_order_page = cls(
            metadata=metadata,
            data=data,
        )

        purchase_order_page.additional_properties = d
        return purchase_order_page

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
