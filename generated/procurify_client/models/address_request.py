from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressRequest")


@_attrs_define
class AddressRequest:
    name: str
    address_line_one: str
    city: str
    postal_code: str
    country: str
    state_province: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address_line_one = self.address_line_one

        city = self.city

        postal_code = self.postal_code

        country = self.country

        state_province = self.state_province

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "addressLineOne": address_line_one,
                "city": city,
                "postalCode": postal_code,
                "country": country,
            }
        )
        if state_province is not UNSET:
            field_dict["state_province"] = state_province

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        address_line_one = d.pop("addressLineOne")

        city = d.pop("city")

        postal_code = d.pop("postalCode")

        country = d.pop("country")

        state_province = d.pop("state_province", UNSET)

        address_request = cls(
            name=name,
            address_line_one=address_line_one,
            city=city,
            postal_code=postal_code,
            country=country,
            state_province=state_province,
        )

        address_request.additional_properties = d
        return address_request

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
