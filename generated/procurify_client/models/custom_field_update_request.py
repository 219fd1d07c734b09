from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldUpdateRequest")


@_attrs_define
class CustomFieldUpdateRequest:
    """Changes to an order-item custom field."""

    name: str
    field_type: str
    default_value: str | Unset = UNSET
    is_required: bool | Unset = UNSET
    field_choices: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_type = self.field_type

        default_value = self.default_value

        is_required = self.is_required

        field_choices: list[str] | Unset = UNSET
        if not isinstance(self.field_choices, Unset):
            field_choices = self.field_choices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "field_type": field_type,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if field_choices is not UNSET:
            field_dict["field_choices"] = field_choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        field_type = d.pop("field_type")

        default_value = d.pop("default_value", UNSET)

        is_required = d.pop("is_required", UNSET)

        field_choices = cast(list[str], d.pop("field_choices", UNSET))

        custom_field_update_request = cls(
            name=name,
            field_type=field_type,
            default_value=default_value,
            is_required=is_required,
            field_choices=field_choices,
        )

        custom_field_update_request.additional_properties = d
        return custom_field_update_request

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
