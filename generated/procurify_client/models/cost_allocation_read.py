from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_read import AccountRead
    from ..models.currency import Currency


T = TypeVar("T", bound="CostAllocationRead")


@_attrs_define
class CostAllocationRead:
    budget: AccountRead
    amount: str
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    id: int | Unset = UNSET
    object_id: int | None | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget = self.budget.to_dict()

        amount = self.amount

        currency = self.currency.to_dict()

        id = self.id

        object_id: int | None | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget": budget,
                "amount": amount,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if created_on is not UNSET:
            field_dict["created_on"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_read import AccountRead
        from ..models.currency import Currency

        d = dict(src_dict)
        budget = AccountRead.from_dict(d.pop("budget"))

        amount = d.pop("amount")

        currency = Currency.from_dict(d.pop("currency"))

        id = d.pop("id", UNSET)

        def _parse_object_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        object_id = _parse_object_id(d.pop("object_id", UNSET))

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        cost_allocation_read = cls(
            budget=budget,
            amount=amount,
            currency=currency,
            id=id,
            object_id=object_id,
            created_on=created_on,
        )

        cost_allocation_read.additional_properties = d
        return cost_allocation_read

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
