from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlagRead")


@_attrs_define
class FlagRead:
    object_id: int
    color: str | Unset = UNSET
    symbol: str | Unset = UNSET
    content_type: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        color = self.color

        symbol = self.symbol

        content_type: int | None | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_id": object_id,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_id = d.pop("object_id")

        color = d.pop("color", UNSET)

        symbol = d.pop("symbol", UNSET)

        def _parse_content_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        flag_read = cls(
            object_id=object_id,
            color=color,
            symbol=symbol,
            content_type=content_type,
        )

        flag_read.additional_properties = d
        return flag_read

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
