from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_view import LocationView
    from ..models.location_view_serializer_list_metadata import (
        LocationViewSerializerListMetadata,
    )


T = TypeVar("T", bound="LocationViewSerializerList")


@_attrs_define
class LocationViewSerializerList:
    """A location as the location list shows it."""

    data: list[LocationView]
    metadata: LocationViewSerializerListMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_view import LocationView
        from ..models.location_view_serializer_list_metadata import (
            LocationViewSerializerListMetadata,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = LocationView.from_dict(data_item_data)

            data.append(data_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: LocationViewSerializerListMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LocationViewSerializerListMetadata.from_dict(_metadata)

        location_view_serializer_list = cls(
            data=data,
            metadata=metadata,
        )

        location_view_serializer_list.additional_properties = d
        return location_view_serializer_list

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
