from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashReceiptWrite")


@_attrs_define
class CashReceiptWrite:
    """A payment to record.  An unknown `company_name` creates a new customer; the server ignores `date` and uses today."""

    company_name: str
    """ The paying customer's exact name. """
    date: datetime.date
    """ Payment date (ignored by the server, which uses today). """
    amount: float
    """ Amount received. """
    ref_num: str | Unset = UNSET
    """ The caller's reference, e.g. a card transaction ID. """
    memo: str | Unset = UNSET
    """ Free text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        date = self.date.isoformat()

        amount = self.amount

        ref_num = self.ref_num

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_name": company_name,
                "date": date,
                "amount": amount,
            }
        )
        if ref_num is not UNSET:
            field_dict["ref_num"] = ref_num
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_name = d.pop("company_name")

        date = datetime.date.fromisoformat(d.pop("date"))

        amount = d.pop("amount")

        ref_num = d.pop("ref_num", UNSET)

        memo = d.pop("memo", UNSET)

        cash_receipt_write = cls(
            company_name=company_name,
            date=date,
            amount=amount,
            ref_num=ref_num,
            memo=memo,
        )

        cash_receipt_write.additional_properties = d
        return cash_receipt_write

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
