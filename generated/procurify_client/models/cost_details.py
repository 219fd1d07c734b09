from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostDetails")


@_attrs_define
class CostDetails:
    total_cost: str
    total_cost_in_base_currency: str
    tax_amount: str
    subtotal: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        total_cost_in_base_currency = self.total_cost_in_base_currency

        tax_amount = self.tax_amount

        subtotal: None | str | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_cost": total_cost,
                "total_cost_in_base_currency": total_cost_in_base_currency,
                "tax_amount": tax_amount,
            }
        )
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_cost = d.pop("total_cost")

        total_cost_in_base_currency = d.pop("total_cost_in_base_currency")

        tax_amount = d.pop("tax_amount")

        def _parse_subtotal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        cost_details = cls(
            total_cost=total_cost,
            total_cost_in_base_currency=total_cost_in_base_currency,
            tax_amount=tax_amount,
            subtotal=subtotal,
        )

        cost_details.additional_properties = d
        return cost_details

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
