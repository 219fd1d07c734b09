from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.string_boolean import StringBoolean
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """An address or contact of a company, as the server returns it."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    address_code: str | Unset = UNSET
    """ Consecutive number assigned by the server, e.g. `00048`. """
    address_id: str | Unset = UNSET
    """ The label of the address or contact, e.g. `SFO warehouse`. """
    first_name: str | Unset = UNSET
    """ First name of the contact. """
    middle_name: str | Unset = UNSET
    """ Middle name of the contact. """
    last_name: str | Unset = UNSET
    """ Last name of the contact. """
    address_line1: str | Unset = UNSET
    """ First address line. """
    address_line2: str | Unset = UNSET
    """ Second address line. """
    city: str | Unset = UNSET
    """ City. """
    state: str | Unset = UNSET
    """ State (two-letter US code). """
    zip_: str | Unset = UNSET
    """ Postal code. """
    country: str | Unset = UNSET
    """ Country (ISO 3166-1 alpha-2). """
    phone: str | Unset = UNSET
    """ Phone number. """
    cell: str | Unset = UNSET
    """ Mobile number. """
    email: str | Unset = UNSET
    """ E-mail address. """
    sales_tax_code: str | Unset = UNSET
    """ Sales tax code applied to deliveries here. """
    notes: str | Unset = UNSET
    """ Free text. """
    default_billing: bool | StringBoolean | Unset = UNSET
    """ A boolean in a response: the server writes the strings `"true"` and `"false"`; a JSON boolean is accepted
    too. """
    default_shipping: bool | StringBoolean | Unset = UNSET
    """ A boolean in a response: the server writes the strings `"true"` and `"false"`; a JSON boolean is accepted
    too. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        address_code = self.address_code

        address_id = self.address_id

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        phone = self.phone

        cell = self.cell

        email = self.email

        sales_tax_code = self.sales_tax_code

        notes = self.notes

        default_billing: bool | str | Unset
        if isinstance(self.default_billing, Unset):
            default_billing = UNSET
        elif isinstance(self.default_billing, StringBoolean):
            default_billing = self.default_billing.value
        else:
            default_billing = self.default_billing

        default_shipping: bool | str | Unset
        if isinstance(self.default_shipping, Unset):
            default_shipping = UNSET
        elif isinstance(self.default_shipping, StringBoolean):
            default_shipping = self.default_shipping.value
        else:
            default_shipping = self.default_shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
            }
        )
        if address_code is not UNSET:
            field_dict["address_code"] = address_code
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cell is not UNSET:
            field_dict["cell"] = cell
        if email is not UNSET:
            field_dict["email"] = email
        if sales_tax_code is not UNSET:
            field_dict["sales_tax_code"] = sales_tax_code
        if notes is not UNSET:
            field_dict["notes"] = notes
        if default_billing is not UNSET:
            field_dict["default_billing"] = default_billing
        if default_shipping is not UNSET:
            field_dict["default_shipping"] = default_shipping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        address_code = d.pop("address_code", UNSET)

        address_id = d.pop("address_id", UNSET)

        first_name = d.pop("first_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        phone = d.pop("phone", UNSET)

        cell = d.pop("cell", UNSET)

        email = d.pop("email", UNSET)

        sales_tax_code = d.pop("sales_tax_code", UNSET)

        notes = d.pop("notes", UNSET)

        def _parse_default_billing(data: object) -> bool | StringBoolean | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_wire_boolean_type_1 = StringBoolean(data)

                return componentsschemas_wire_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StringBoolean | Unset, data)

        default_billing = _parse_default_billing(d.pop("default_billing", UNSET))

        def _parse_default_shipping(data: object) -> bool | StringBoolean | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_wire_boolean_type_1 = StringBoolean(data)

                return componentsschemas_wire_boolean_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StringBoolean | Unset, data)

        default_shipping = _parse_default_shipping(d.pop("default_shipping", UNSET))

        address = cls(
            api_code=api_code,
            address_code=address_code,
            address_id=address_id,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            address_line1=address_line1,
            address_line2=address_line2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            phone=phone,
            cell=cell,
            email=email,
            sales_tax_code=sales_tax_code,
            notes=notes,
            default_billing=default_billing,
            default_shipping=default_shipping,
        )

        address.additional_properties = d
        return address

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
