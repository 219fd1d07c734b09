from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_allocation_read import CostAllocationRead


T = TypeVar("T", bound="BillCostRead")


@_attrs_define
class BillCostRead:
    cost_allocation: CostAllocationRead
    name: str
    amount: str
    bill: int
    id: int | Unset = UNSET
    cost: int | None | Unset = UNSET
    currency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_allocation = self.cost_allocation.to_dict()

        name = self.name

        amount = self.amount

        bill = self.bill

        id = self.id

        cost: int | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        currency: int | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost_allocation": cost_allocation,
                "name": name,
                "amount": amount,
                "bill": bill,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_allocation_read import CostAllocationRead

        d = dict(src_dict)
        cost_allocation = CostAllocationRead.from_dict(d.pop("cost_allocation"))

        name = d.pop("name")

        amount = d.pop("amount")

        bill = d.pop("bill")

        id = d.pop("id", UNSET)

        def _parse_cost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        bill_cost_read = cls(
            cost_allocation=cost_allocation,
            name=name,
            amount=amount,
            bill=bill,
            id=id,
            cost=cost,
            currency=currency,
        )

        bill_cost_read.additional_properties = d
        return bill_cost_read

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
