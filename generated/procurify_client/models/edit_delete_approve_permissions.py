from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EditDeleteApprovePermissions")


@_attrs_define
class EditDeleteApprovePermissions:
    can_edit: bool
    can_delete: bool
    can_approve: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_edit = self.can_edit

        can_delete = self.can_delete

        can_approve = self.can_approve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_edit": can_edit,
                "can_delete": can_delete,
                "can_approve": can_approve,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        can_edit = d.pop("can_edit")

        can_delete = d.pop("can_delete")

        can_approve = d.pop("can_approve")

        edit_delete_approve_permissions = cls(
            can_edit=can_edit,
            can_delete=can_delete,
            can_approve=can_approve,
        )

        edit_delete_approve_permissions.additional_properties = d
        return edit_delete_approve_permissions

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
