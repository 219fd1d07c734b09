from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCreate")


@_attrs_define
class SessionCreate:
    creditcard: int
    balance: str | Unset = UNSET
    statement_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditcard = self.creditcard

        balance = self.balance

        statement_date: None | str | Unset
        if isinstance(self.statement_date, Unset):
            statement_date = UNSET
        elif isinstance(self.statement_date, datetime.datetime):
            statement_date = self.statement_date.isoformat()
        else:
            statement_date = self.statement_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditcard": creditcard,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if statement_date is not UNSET:
            field_dict["statement_date"] = statement_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creditcard = d.pop("creditcard")

        balance = d.pop("balance", UNSET)

        def _parse_statement_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                statement_date_type_0 = datetime.datetime.fromisoformat(data)

                return statement_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        statement_date = _parse_statement_date(d.pop("statement_date", UNSET))

        session_create = cls(
            creditcard=creditcard,
            balance=balance,
            statement_date=statement_date,
        )

        session_create.additional_properties = d
        return session_create

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
