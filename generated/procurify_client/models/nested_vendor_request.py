from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nested_vendor_request_permissions import (
        NestedVendorRequestPermissions,
    )


T = TypeVar("T", bound="NestedVendorRequest")


@_attrs_define
class NestedVendorRequest:
    """The request that asked for this vendor to be added, if any."""

    submitted_date: datetime.datetime
    id: int | Unset = UNSET
    requester: str | Unset = UNSET
    next_approver: str | Unset = UNSET
    permissions: NestedVendorRequestPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted_date = self.submitted_date.isoformat()

        id = self.id

        requester = self.requester

        next_approver = self.next_approver

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted_date": submitted_date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if requester is not UNSET:
            field_dict["requester"] = requester
        if next_approver is not UNSET:
            field_dict["next_approver"] = next_approver
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nested_vendor_request_permissions import (
            NestedVendorRequestPermissions,
        )

        d = dict(src_dict)
        submitted_date = datetime.datetime.fromisoformat(d.pop("submitted_date"))

        id = d.pop("id", UNSET)

        requester = d.pop("requester", UNSET)

        next_approver = d.pop("next_approver", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: NestedVendorRequestPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = NestedVendorRequestPermissions.from_dict(_permissions)

        nested_vendor_request = cls(
            submitted_date=submitted_date,
            id=id,
            requester=requester,
            next_approver=next_approver,
            permissions=permissions,
        )

        nested_vendor_request.additional_properties = d
        return nested_vendor_request

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
