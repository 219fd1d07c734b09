from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_read import CustomFieldRead


T = TypeVar("T", bound="CustomFieldValueRead")


@_attrs_define
class CustomFieldValueRead:
    field: CustomFieldRead | None
    id: int | Unset = UNSET
    value: bool | float | None | str | Unset = UNSET
    """ The field's value; its JSON type follows the field type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_field_read import CustomFieldRead

        field: dict[str, Any] | None
        if isinstance(self.field, CustomFieldRead):
            field = self.field.to_dict()
        else:
            field = self.field

        id = self.id

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_read import CustomFieldRead

        d = dict(src_dict)

        def _parse_field(data: object) -> CustomFieldRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_type_0 = CustomFieldRead.from_dict(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldRead | None, data)

        field = _parse_field(d.pop("field"))

        id = d.pop("id", UNSET)

        def _parse_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        custom_field_value_read = cls(
            field=field,
            id=id,
            value=value,
        )

        custom_field_value_read.additional_properties = d
        return custom_field_value_read

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
