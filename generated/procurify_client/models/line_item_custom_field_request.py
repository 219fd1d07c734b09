from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LineItemCustomFieldRequest")


@_attrs_define
class LineItemCustomFieldRequest:
    """Serializer used when custom fields are provided in a request. E.g JSON request with:
    "custom_fields": [
        {
        "custom_field_name": "string",
        "custom_field_value": "string"
        },
        ...
    ]

    """

    custom_field_name: str
    custom_field_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_name = self.custom_field_name

        custom_field_value = self.custom_field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_field_name": custom_field_name,
                "custom_field_value": custom_field_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_field_name = d.pop("custom_field_name")

        custom_field_value = d.pop("custom_field_value")

        line_item_custom_field_request = cls(
            custom_field_name=custom_field_name,
            custom_field_value=custom_field_value,
        )

        line_item_custom_field_request.additional_properties = d
        return line_item_custom_field_request

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
