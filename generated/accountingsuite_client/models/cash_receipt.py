from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashReceipt")


@_attrs_define
class CashReceipt:
    """A cash receipt as the 2015 server answers it.  The vendor page shows no answer, so every field is optional and any
    other key is kept in the model's additional properties.

    """

    api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    company_name: str | Unset = UNSET
    """ The paying customer's name. """
    date: str | Unset = UNSET
    """ A date as the server writes it: `yyyy-mm-dd` for midnight, `yyyy-mm-ddTHH:MM:SS` plus the server's offset
    for any other time (hours only, `-08`; hours and minutes, `+05:30`, for zones that are not whole hours; or `Z`),
    or `""` when empty.  Not `format: date-time`: `-08` is not RFC 3339 and `""` is no date. """
    amount: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    ref_num: str | Unset = UNSET
    """ The caller's reference, e.g. a card transaction ID. """
    memo: str | Unset = UNSET
    """ Free text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        company_name = self.company_name

        date = self.date

        amount = self.amount

        ref_num = self.ref_num

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_code is not UNSET:
            field_dict["api_code"] = api_code
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if ref_num is not UNSET:
            field_dict["ref_num"] = ref_num
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code", UNSET)

        company_name = d.pop("company_name", UNSET)

        date = d.pop("date", UNSET)

        amount = d.pop("amount", UNSET)

        ref_num = d.pop("ref_num", UNSET)

        memo = d.pop("memo", UNSET)

        cash_receipt = cls(
            api_code=api_code,
            company_name=company_name,
            date=date,
            amount=amount,
            ref_num=ref_num,
            memo=memo,
        )

        cash_receipt.additional_properties = d
        return cash_receipt

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
