from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressWrite")


@_attrs_define
class AddressWrite:
    """An address or contact to add or change.  With `api_code` it updates that address; without it, `address_id` is
    required and a new address is added.  Setting a default moves the flag from the previous default (the page says
    "default shipping" for both flags; it means the flag being set).

    """

    api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
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
    default_billing: bool | Unset = UNSET
    """ Make this the company's one default billing address. """
    default_shipping: bool | Unset = UNSET
    """ Make this the company's one default shipping address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

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

        default_billing = self.default_billing

        default_shipping = self.default_shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_code is not UNSET:
            field_dict["api_code"] = api_code
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
        api_code = d.pop("api_code", UNSET)

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

        default_billing = d.pop("default_billing", UNSET)

        default_shipping = d.pop("default_shipping", UNSET)

        address_write = cls(
            api_code=api_code,
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

        address_write.additional_properties = d
        return address_write

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
