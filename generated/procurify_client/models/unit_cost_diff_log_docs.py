from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCostDiffLogDocs")


@_attrs_define
class UnitCostDiffLogDocs:
    changed_by: str | Unset = UNSET
    changed_date: str | Unset = UNSET
    original_unit_cost: float | Unset = UNSET
    original_currency_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_by = self.changed_by

        changed_date = self.changed_date

        original_unit_cost = self.original_unit_cost

        original_currency_label = self.original_currency_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_by is not UNSET:
            field_dict["changed_by"] = changed_by
        if changed_date is not UNSET:
            field_dict["changed_date"] = changed_date
        if original_unit_cost is not UNSET:
            field_dict["original_unit_cost"] = original_unit_cost
        if original_currency_label is not UNSET:
            field_dict["original_currency_label"] = original_currency_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        changed_by = d.pop("changed_by", UNSET)

        changed_date = d.pop("changed_date", UNSET)

        original_unit_cost = d.pop("original_unit_cost", UNSET)

        original_currency_label = d.pop("original_currency_label", UNSET)

        unit_cost_diff_log_docs = cls(
            changed_by=changed_by,
            changed_date=changed_date,
            original_unit_cost=original_unit_cost,
            original_currency_label=original_currency_label,
        )

        unit_cost_diff_log_docs.additional_properties = d
        return unit_cost_diff_log_docs

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
