from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentSimpleDocs")


@_attrs_define
class PaymentSimpleDocs:
    user: int
    currency: int
    id: int | Unset = UNSET
    approver: int | None | Unset = UNSET
    status: int | Unset = UNSET
    """ Payment status code (0-9; the documents do not name the values). """
    amount: str | Unset = UNSET
    payment_method: int | None | Unset = UNSET
    payment_date: datetime.date | None | Unset = UNSET
    memo: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    is_processed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        currency = self.currency

        id = self.id

        approver: int | None | Unset
        if isinstance(self.approver, Unset):
            approver = UNSET
        else:
            approver = self.approver

        status = self.status

        amount = self.amount

        payment_method: int | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.date):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        memo = self.memo

        reference_number = self.reference_number

        is_processed = self.is_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if approver is not UNSET:
            field_dict["approver"] = approver
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if is_processed is not UNSET:
            field_dict["is_processed"] = is_processed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user")

        currency = d.pop("currency")

        id = d.pop("id", UNSET)

        def _parse_approver(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approver = _parse_approver(d.pop("approver", UNSET))

        status = d.pop("status", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_payment_method(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_date_type_0 = datetime.date.fromisoformat(data)

                return payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        memo = d.pop("memo", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        is_processed = d.pop("is_processed", UNSET)

        payment_simple_docs = cls(
            user=user,
            currency=currency,
            id=id,
            approver=approver,
            status=status,
            amount=amount,
            payment_method=payment_method,
            payment_date=payment_date,
            memo=memo,
            reference_number=reference_number,
            is_processed=is_processed,
        )

        payment_simple_docs.additional_properties = d
        return payment_simple_docs

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
