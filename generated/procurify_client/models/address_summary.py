from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressSummary")


@_attrs_define
class AddressSummary:
    name: str
    address_line_one: str
    postal_code: str
    city: str
    country: str
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    address_association: int | Unset = UNSET
    """ Address association code (1-7; the documents do not name the values). """
    address_line_two: str | Unset = UNSET
    state_province: str | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address_line_one = self.address_line_one

        postal_code = self.postal_code

        city = self.city

        country = self.country

        id = self.id

        is_active = self.is_active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        address_association = self.address_association

        address_line_two = self.address_line_two

        state_province = self.state_province

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "addressLineOne": address_line_one,
                "postalCode": postal_code,
                "city": city,
                "country": country,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if address_association is not UNSET:
            field_dict["addressAssociation"] = address_association
        if address_line_two is not UNSET:
            field_dict["addressLineTwo"] = address_line_two
        if state_province is not UNSET:
            field_dict["state_province"] = state_province
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        address_line_one = d.pop("addressLineOne")

        postal_code = d.pop("postalCode")

        city = d.pop("city")

        country = d.pop("country")

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        address_association = d.pop("addressAssociation", UNSET)

        address_line_two = d.pop("addressLineTwo", UNSET)

        state_province = d.pop("state_province", UNSET)

        def _parse_last_changed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        address_summary = cls(
            name=name,
            address_line_one=address_line_one,
            postal_code=postal_code,
            city=city,
            country=country,
            id=id,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            address_association=address_association,
            address_line_two=address_line_two,
            state_province=state_province,
            last_changed_by=last_changed_by,
        )

        address_summary.additional_properties = d
        return address_summary

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
