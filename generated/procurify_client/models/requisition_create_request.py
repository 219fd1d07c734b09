from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.requisition_line_create_request import RequisitionLineCreateRequest


T = TypeVar("T", bound="RequisitionCreateRequest")


@_attrs_define
class RequisitionCreateRequest:
    """A requisition to submit, with its lines."""

    required_date: datetime.date
    location_name: str
    department_name: str
    line_items: list[RequisitionLineCreateRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_date = self.required_date.isoformat()

        location_name = self.location_name

        department_name = self.department_name

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required_date": required_date,
                "location_name": location_name,
                "department_name": department_name,
                "line_items": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.requisition_line_create_request import (
            RequisitionLineCreateRequest,
        )

        d = dict(src_dict)
        required_date = datetime.date.fromisoformat(d.pop("required_date"))

        location_name = d.pop("location_name")

        department_name = d.pop("department_name")

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = RequisitionLineCreateRequest.from_dict(
                line_items_item_data
            )

            line_items.append(line_items_item)

        requisition_create_request = cls(
            required_date=required_date,
            location_name=location_name,
            department_name=department_name,
            line_items=line_items,
        )

        requisition_create_request.additional_properties = d
        return requisition_create_request

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
