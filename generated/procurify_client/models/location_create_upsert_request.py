from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_request import AddressRequest


T = TypeVar("T", bound="LocationCreateUpsertRequest")


@_attrs_define
class LocationCreateUpsertRequest:
    """A location to create, with its addresses."""

    name: str
    currency: str
    phone_one: str
    primary_billing_address: AddressRequest
    primary_shipping_address: AddressRequest
    shipping_addresses: list[AddressRequest]
    url: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    language: int | Unset = UNSET
    """ Language code; 1 is the only documented value. """
    location_timezone: None | str | Unset = UNSET
    """ IANA time zone name, e.g. `America/Vancouver`. """
    active: bool | Unset = UNSET
    external_id: None | str | Unset = UNSET
    """ External id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        phone_one = self.phone_one

        primary_billing_address = self.primary_billing_address.to_dict()

        primary_shipping_address = self.primary_shipping_address.to_dict()

        shipping_addresses = []
        for shipping_addresses_item_data in self.shipping_addresses:
            shipping_addresses_item = shipping_addresses_item_data.to_dict()
            shipping_addresses.append(shipping_addresses_item)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        language = self.language

        location_timezone: None | str | Unset
        if isinstance(self.location_timezone, Unset):
            location_timezone = UNSET
        else:
            location_timezone = self.location_timezone

        active = self.active

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currency": currency,
                "phoneOne": phone_one,
                "primary_billing_address": primary_billing_address,
                "primary_shipping_address": primary_shipping_address,
                "shipping_addresses": shipping_addresses,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if language is not UNSET:
            field_dict["language"] = language
        if location_timezone is not UNSET:
            field_dict["locationTimezone"] = location_timezone
        if active is not UNSET:
            field_dict["active"] = active
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_request import AddressRequest

        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        phone_one = d.pop("phoneOne")

        primary_billing_address = AddressRequest.from_dict(
            d.pop("primary_billing_address")
        )

        primary_shipping_address = AddressRequest.from_dict(
            d.pop("primary_shipping_address")
        )

        shipping_addresses = []
        _shipping_addresses = d.pop("shipping_addresses")
        for shipping_addresses_item_data in _shipping_addresses:
            shipping_addresses_item = AddressRequest.from_dict(
                shipping_addresses_item_data
            )

            shipping_addresses.append(shipping_addresses_item)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        language = d.pop("language", UNSET)

        def _parse_location_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_timezone = _parse_location_timezone(d.pop("locationTimezone", UNSET))

        active = d.pop("active", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        location_create_upsert_request = cls(
            name=name,
            currency=currency,
            phone_one=phone_one,
            primary_billing_address=primary_billing_address,
            primary_shipping_address=primary_shipping_address,
            shipping_addresses=shipping_addresses,
            url=url,
            logo=logo,
            fax=fax,
            email=email,
            language=language,
            location_timezone=location_timezone,
            active=active,
            external_id=external_id,
        )

        location_create_upsert_request.additional_properties = d
        return location_create_upsert_request

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
