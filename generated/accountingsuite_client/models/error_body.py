from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_status import ErrorStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The server's error answer, sent with any HTTP status (200 included). The text is in `message`, or split over
    `message1` and `message2` (address errors on company update).  Field errors read `[field] : text`.  Some errors add
    the key of the record they refer to; any other key is kept in the model's additional properties.

    """

    status: ErrorStatus
    """ The marker of an error body. """
    message: str | Unset = UNSET
    """ What went wrong, usually prefixed with `[field] :`. """
    message1: str | Unset = UNSET
    """ First of two messages (used instead of `message`). """
    message2: str | Unset = UNSET
    """ Second of two messages. """
    api_code: str | Unset = UNSET
    """ The existing record that caused the refusal, e.g. the company that already has the name sent. """
    item_code: str | Unset = UNSET
    """ The item the error is about (delete refused because it is in use). """
    company_name: str | Unset = UNSET
    """ The company the error is about. """
    invoice_number: str | Unset = UNSET
    """ The sales invoice the error is about. """
    cash_sale_number: str | Unset = UNSET
    """ The cash sale the error is about. """
    so_number: str | Unset = UNSET
    """ The sales order the error is about. """
    po_number: str | Unset = UNSET
    """ The purchase order the error is about. """
    date: str | Unset = UNSET
    """ The date of the document the error is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        message1 = self.message1

        message2 = self.message2

        api_code = self.api_code

        item_code = self.item_code

        company_name = self.company_name

        invoice_number = self.invoice_number

        cash_sale_number = self.cash_sale_number

        so_number = self.so_number

        po_number = self.po_number

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if message1 is not UNSET:
            field_dict["message1"] = message1
        if message2 is not UNSET:
            field_dict["message2"] = message2
        if api_code is not UNSET:
            field_dict["api_code"] = api_code
        if item_code is not UNSET:
            field_dict["item_code"] = item_code
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if cash_sale_number is not UNSET:
            field_dict["cash_sale_number"] = cash_sale_number
        if so_number is not UNSET:
            field_dict["so_number"] = so_number
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ErrorStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        message1 = d.pop("message1", UNSET)

        message2 = d.pop("message2", UNSET)

        api_code = d.pop("api_code", UNSET)

        item_code = d.pop("item_code", UNSET)

        company_name = d.pop("company_name", UNSET)

        invoice_number = d.pop("invoice_number", UNSET)

        cash_sale_number = d.pop("cash_sale_number", UNSET)

        so_number = d.pop("so_number", UNSET)

        po_number = d.pop("po_number", UNSET)

        date = d.pop("date", UNSET)

        error_body = cls(
            status=status,
            message=message,
            message1=message1,
            message2=message2,
            api_code=api_code,
            item_code=item_code,
            company_name=company_name,
            invoice_number=invoice_number,
            cash_sale_number=cash_sale_number,
            so_number=so_number,
            po_number=po_number,
            date=date,
        )

        error_body.additional_properties = d
        return error_body

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
