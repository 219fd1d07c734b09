from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleVendor")


@_attrs_define
class SimpleVendor:
    """A vendor by id and name, nested in credit-card records."""

    name: str
    """ Name of the vendor """
    id: int | Unset = UNSET
    active: bool | Unset = UNSET
    address_line_one: None | str | Unset = UNSET
    """ First line of address """
    address_line_two: None | str | Unset = UNSET
    """ Second line of address """
    postal_code: None | str | Unset = UNSET
    """ Postal or Zip code of the vendor """
    city: None | str | Unset = UNSET
    """ City of the vendor """
    state_province: None | str | Unset = UNSET
    """ State or Province of the vendor """
    country: None | str | Unset = UNSET
    """ Country of the vendor """
    overall_score: str | Unset = UNSET
    is_auto_email_po_enabled: bool | Unset = UNSET
    """ Represents whether the AutoEmail PO feature is turned on for this Vendor """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        active = self.active

        address_line_one: None | str | Unset
        if isinstance(self.address_line_one, Unset):
            address_line_one = UNSET
        else:
            address_line_one = self.address_line_one

        address_line_two: None | str | Unset
        if isinstance(self.address_line_two, Unset):
            address_line_two = UNSET
        else:
            address_line_two = self.address_line_two

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_province: None | str | Unset
        if isinstance(self.state_province, Unset):
            state_province = UNSET
        else:
            state_province = self.state_province

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        overall_score = self.overall_score

        is_auto_email_po_enabled = self.is_auto_email_po_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if active is not UNSET:
            field_dict["active"] = active
        if address_line_one is not UNSET:
            field_dict["addressLineOne"] = address_line_one
        if address_line_two is not UNSET:
            field_dict["addressLineTwo"] = address_line_two
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if state_province is not UNSET:
            field_dict["state_province"] = state_province
        if country is not UNSET:
            field_dict["country"] = country
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if is_auto_email_po_enabled is not UNSET:
            field_dict["is_auto_email_po_enabled"] = is_auto_email_po_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        active = d.pop("active", UNSET)

        def _parse_address_line_one(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_one = _parse_address_line_one(d.pop("addressLineOne", UNSET))

        def _parse_address_line_two(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_two = _parse_address_line_two(d.pop("addressLineTwo", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_province = _parse_state_province(d.pop("state_province", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        overall_score = d.pop("overall_score", UNSET)

        is_auto_email_po_enabled = d.pop("is_auto_email_po_enabled", UNSET)

        simple_vendor = cls(
            name=name,
            id=id,
            active=active,
            address_line_one=address_line_one,
            address_line_two=address_line_two,
            postal_code=postal_code,
            city=city,
            state_province=state_province,
            country=country,
            overall_score=overall_score,
            is_auto_email_po_enabled=is_auto_email_po_enabled,
        )

        simple_vendor.additional_properties = d
        return simple_vendor

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
