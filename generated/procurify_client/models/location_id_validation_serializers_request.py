from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_id_validation_request import DepartmentIdValidationRequest


T = TypeVar("T", bound="LocationIdValidationSerializersRequest")


@_attrs_define
class LocationIdValidationSerializersRequest:
    id: int
    all_departments: bool | Unset = False
    departments: list[DepartmentIdValidationRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        all_departments = self.all_departments

        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if all_departments is not UNSET:
            field_dict["all_departments"] = all_departments
        if departments is not UNSET:
            field_dict["departments"] = departments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.department_id_validation_request import (
            DepartmentIdValidationRequest,
        )

        d = dict(src_dict)
        id = d.pop("id")

        all_departments = d.pop("all_departments", UNSET)

        _departments = d.pop("departments", UNSET)
        departments: list[DepartmentIdValidationRequest] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = DepartmentIdValidationRequest.from_dict(
                    departments_item_data
                )

                departments.append(departments_item)

        location_id_validation_serializers_request = cls(
            id=id,
            all_departments=all_departments,
            departments=departments,
        )

        location_id_validation_serializers_request.additional_properties = d
        return location_id_validation_serializers_request

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
