from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_read import PermissionRead


T = TypeVar("T", bound="PermissionGroup")


@_attrs_define
class PermissionGroup:
    """A role (permission group) and its permissions."""

    name: str
    type_: int
    id: int | Unset = UNSET
    user_count: int | Unset = UNSET
    permissions: list[PermissionRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        id = self.id

        user_count = self.user_count

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user_count is not UNSET:
            field_dict["user_count"] = user_count
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.permission_read import PermissionRead

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        user_count = d.pop("user_count", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[PermissionRead] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = PermissionRead.from_dict(permissions_item_data)

                permissions.append(permissions_item)

        permission_group = cls(
            name=name,
            type_=type_,
            id=id,
            user_count=user_count,
            permissions=permissions,
        )

        permission_group.additional_properties = d
        return permission_group

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
