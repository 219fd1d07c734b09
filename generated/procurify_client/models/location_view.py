from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.currency import Currency


T = TypeVar("T", bound="LocationView")


@_attrs_define
class LocationView:
    """A location (branch) with its addresses and settings."""

    name: str
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    phone_one: str
    primary_billing_address: Address
    primary_shipping_address: Address
    id: int | Unset = UNSET
    url: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    shipping_addresses: list[Address] | Unset = UNSET
    language: int | None | Unset = UNSET
    """ Language code; 1 is the only documented value. """
    location_timezone: None | str | Unset = UNSET
    """ IANA time zone name, e.g. `America/Vancouver`. """
    headquarter: bool | Unset = UNSET
    department_count: int | Unset = UNSET
    active: bool | Unset = UNSET
    external_id: None | str | Unset = UNSET
    """ External id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency.to_dict()

        phone_one = self.phone_one

        primary_billing_address = self.primary_billing_address.to_dict()

        primary_shipping_address = self.primary_shipping_address.to_dict()

        id = self.id

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

        shipping_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_addresses, Unset):
            shipping_addresses = []
            for shipping_addresses_item_data in self.shipping_addresses:
                shipping_addresses_item = shipping_addresses_item_data.to_dict()
                shipping_addresses.append(shipping_addresses_item)

        language: int | None | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        location_timezone: None | str | Unset
        if isinstance(self.location_timezone, Unset):
            location_timezone = UNSET
        else:
            location_timezone = self.location_timezone

        headquarter = self.headquarter

        department_count = self.department_count

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
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if shipping_addresses is not UNSET:
            field_dict["shipping_addresses"] = shipping_addresses
        if language is not UNSET:
            field_dict["language"] = language
        if location_timezone is not UNSET:
            field_dict["locationTimezone"] = location_timezone
        if headquarter is not UNSET:
            field_dict["headquarter"] = headquarter
        if department_count is not UNSET:
            field_dict["department_count"] = department_count
        if active is not UNSET:
            field_dict["active"] = active
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address
        from ..models.currency import Currency

        d = dict(src_dict)
        name = d.pop("name")

        currency = Currency.from_dict(d.pop("currency"))

        phone_one = d.pop("phoneOne")

        primary_billing_address = Address.from_dict(d.pop("primary_billing_address"))

        primary_shipping_address = Address.from_dict(d.pop("primary_shipping_address"))

        id = d.pop("id", UNSET)

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

        _shipping_addresses = d.pop("shipping_addresses", UNSET)
        shipping_addresses: list[Address] | Unset = UNSET
        if _shipping_addresses is not UNSET:
            shipping_addresses = []
            for shipping_addresses_item_data in _shipping_addresses:
                shipping_addresses_item = Address.from_dict(
                    shipping_addresses_item_data
                )

                shipping_addresses.append(shipping_addresses_item)

        def _parse_language(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_location_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_timezone = _parse_location_timezone(d.pop("locationTimezone", UNSET))

        headquarter = d.pop("headquarter", UNSET)

        department_count = d.pop("department_count", UNSET)

        active = d.pop("active", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        location_view = cls(
            name=name,
            currency=currency,
            phone_one=phone_one,
            primary_billing_address=primary_billing_address,
            primary_shipping_address=primary_shipping_address,
            id=id,
            url=url,
            logo=logo,
            fax=fax,
            email=email,
            shipping_addresses=shipping_addresses,
            language=language,
            location_timezone=location_timezone,
            headquarter=headquarter,
            department_count=department_count,
            active=active,
            external_id=external_id,
        )

        location_view.additional_properties = d
        return location_view

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
