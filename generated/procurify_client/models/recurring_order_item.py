from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringOrderItem")


@_attrs_define
class RecurringOrderItem:
    frequency: int
    """ Code 0 or 1 (the documents do not name the values). """
    duration: int
    """ Code 0 or 1 (the documents do not name the values). """
    duration_quantity: int
    recurring_price: str
    id: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    periods_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency

        duration = self.duration

        duration_quantity = self.duration_quantity

        recurring_price = self.recurring_price

        id = self.id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        periods_count = self.periods_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "duration": duration,
                "duration_quantity": duration_quantity,
                "recurring_price": recurring_price,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if periods_count is not UNSET:
            field_dict["periods_count"] = periods_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        frequency = d.pop("frequency")

        duration = d.pop("duration")

        duration_quantity = d.pop("duration_quantity")

        recurring_price = d.pop("recurring_price")

        id = d.pop("id", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        periods_count = d.pop("periods_count", UNSET)

        recurring_order_item = cls(
            frequency=frequency,
            duration=duration,
            duration_quantity=duration_quantity,
            recurring_price=recurring_price,
            id=id,
            start_date=start_date,
            periods_count=periods_count,
        )

        recurring_order_item.additional_properties = d
        return recurring_order_item

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
