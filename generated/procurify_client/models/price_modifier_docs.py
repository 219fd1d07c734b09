from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_modifier_type import PriceModifierType

T = TypeVar("T", bound="PriceModifierDocs")


@_attrs_define
class PriceModifierDocs:
    value: float
    type_: PriceModifierType | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_: str
        if isinstance(self.type_, PriceModifierType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_type_(data: object) -> PriceModifierType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PriceModifierType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PriceModifierType | str, data)

        type_ = _parse_type_(d.pop("type"))

        price_modifier_docs = cls(
            value=value,
            type_=type_,
        )

        price_modifier_docs.additional_properties = d
        return price_modifier_docs

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
