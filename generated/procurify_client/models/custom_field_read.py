from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldRead")


@_attrs_define
class CustomFieldRead:
    """A custom field of order items."""

    name: str
    content_type: int
    id: int | Unset = UNSET
    default_value: str | Unset = UNSET
    is_required: bool | Unset = UNSET
    field_choices: list[str] | Unset = UNSET
    field_type: CustomFieldType | None | str | Unset = UNSET
    field_label: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content_type = self.content_type

        id = self.id

        default_value = self.default_value

        is_required = self.is_required

        field_choices: list[str] | Unset = UNSET
        if not isinstance(self.field_choices, Unset):
            field_choices = self.field_choices

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        elif isinstance(self.field_type, CustomFieldType):
            field_type = self.field_type.value
        else:
            field_type = self.field_type

        field_label = self.field_label

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content_type": content_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if field_choices is not UNSET:
            field_dict["field_choices"] = field_choices
        if field_type is not UNSET:
            field_dict["field_type"] = field_type
        if field_label is not UNSET:
            field_dict["field_label"] = field_label
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        content_type = d.pop("content_type")

        id = d.pop("id", UNSET)

        default_value = d.pop("default_value", UNSET)

        is_required = d.pop("is_required", UNSET)

        field_choices = cast(list[str], d.pop("field_choices", UNSET))

        def _parse_field_type(data: object) -> CustomFieldType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_type_0 = CustomFieldType(data)

                return field_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldType | None | str | Unset, data)

        field_type = _parse_field_type(d.pop("field_type", UNSET))

        field_label = d.pop("field_label", UNSET)

        is_active = d.pop("is_active", UNSET)

        custom_field_read = cls(
            name=name,
            content_type=content_type,
            id=id,
            default_value=default_value,
            is_required=is_required,
            field_choices=field_choices,
            field_type=field_type,
            field_label=field_label,
            is_active=is_active,
        )

        custom_field_read.additional_properties = d
        return custom_field_read

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
