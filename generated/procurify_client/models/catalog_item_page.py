from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.catalog_item_read import CatalogItemRead
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="CatalogItemPage")


@_attrs_define
class CatalogItemPage:
    """One page of CatalogItemRead records."""

    metadata: ListMetadata
    """ Metadata of a paged list answer. """
    data: list[CatalogItemRead]
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
        from ..models.catalog_item_read import CatalogItemRead
        from ..models.list_metadata import ListMetadata

        d = dict(src_dict)
        metadata = ListMetadata.from_dict(d.pop("metadata"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CatalogItemRead.from_dict(data_item_data)

            data.append(data_item)

        catalog_item_page = cls(
            metadata=metadata,
            data=data,
        )

        catalog_item_page.additional_properties = d
        return catalog_item_page

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
