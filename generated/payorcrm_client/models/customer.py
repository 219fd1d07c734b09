from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """One customer of the receivables ledger."""

    emailaddress1: str
    """ Where invoices and reminders are sent; required by PayorCRM. """
    customerno: str
    """ The customer's number; invoices refer to it as `customerNumber`. """
    companyname: str | Unset = UNSET
    """ Legal or trading name of the customer. """
    firstname: str | Unset = UNSET
    """ First name of the billing contact. """
    lastname: str | Unset = UNSET
    """ Last name of the billing contact. """
    phoneno: str | Unset = UNSET
    """ Contact telephone number, preferably in E.164 form. """
    cocode: str | Unset = UNSET
    """ Company code of the ledger the customer belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emailaddress1 = self.emailaddress1

        customerno = self.customerno

        companyname = self.companyname

        firstname = self.firstname

        lastname = self.lastname

        phoneno = self.phoneno

        cocode = self.cocode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailaddress1": emailaddress1,
                "customerno": customerno,
            }
        )
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if phoneno is not UNSET:
            field_dict["phoneno"] = phoneno
        if cocode is not UNSET:
            field_dict["cocode"] = cocode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emailaddress1 = d.pop("emailaddress1")

        customerno = d.pop("customerno")

        companyname = d.pop("companyname", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        phoneno = d.pop("phoneno", UNSET)

        cocode = d.pop("cocode", UNSET)

        customer = cls(
            emailaddress1=emailaddress1,
            customerno=customerno,
            companyname=companyname,
            firstname=firstname,
            lastname=lastname,
            phoneno=phoneno,
            cocode=cocode,
        )

        customer.additional_properties = d
        return customer

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
