from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatementItem")


@_attrs_define
class StatementItem:
    creditcard: int
    amount: str
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    statement: int | None | Unset = UNSET
    match: int | None | Unset = UNSET
    date: datetime.date | Unset = UNSET
    duplicate_of: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditcard = self.creditcard

        amount = self.amount

        description = self.description

        id = self.id

        statement: int | None | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        else:
            statement = self.statement

        match: int | None | Unset
        if isinstance(self.match, Unset):
            match = UNSET
        else:
            match = self.match

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        duplicate_of: int | None | Unset
        if isinstance(self.duplicate_of, Unset):
            duplicate_of = UNSET
        else:
            duplicate_of = self.duplicate_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditcard": creditcard,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if statement is not UNSET:
            field_dict["statement"] = statement
        if match is not UNSET:
            field_dict["match"] = match
        if date is not UNSET:
            field_dict["date"] = date
        if duplicate_of is not UNSET:
            field_dict["duplicate_of"] = duplicate_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creditcard = d.pop("creditcard")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        def _parse_statement(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        statement = _parse_statement(d.pop("statement", UNSET))

        def _parse_match(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        match = _parse_match(d.pop("match", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_duplicate_of(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duplicate_of = _parse_duplicate_of(d.pop("duplicate_of", UNSET))

        statement_item = cls(
            creditcard=creditcard,
            amount=amount,
            description=description,
            id=id,
            statement=statement,
            match=match,
            date=date,
            duplicate_of=duplicate_of,
        )

        statement_item.additional_properties = d
        return statement_item

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
