from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_location import SimpleLocation


T = TypeVar("T", bound="SimpleDepartment")


@_attrs_define
class SimpleDepartment:
    name: str
    location: None | SimpleLocation
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_location import SimpleLocation

        name = self.name

        location: dict[str, Any] | None
        if isinstance(self.location, SimpleLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_location import SimpleLocation

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_location(data: object) -> None | SimpleLocation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = SimpleLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleLocation, data)

        location = _parse_location(d.pop("location"))

        id = d.pop("id", UNSET)

        simple_department = cls(
            name=name,
            location=location,
            id=id,
        )

        simple_department.additional_properties = d
        return simple_department

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
