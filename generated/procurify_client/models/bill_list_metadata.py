from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bill_summary import BillSummary
    from ..models.edit_delete_approve_permissions import EditDeleteApprovePermissions
    from ..models.pagination import Pagination


T = TypeVar("T", bound="BillListMetadata")


@_attrs_define
class BillListMetadata:
    summary: BillSummary
    permissions: EditDeleteApprovePermissions
    pagination: Pagination
    """ Where a page sits in a list: shared by every paged list answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        permissions = self.permissions.to_dict()

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "permissions": permissions,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bill_summary import BillSummary
        from ..models.edit_delete_approve_permissions import (
            EditDeleteApprovePermissions,
        )
        from ..models.pagination import Pagination

        d = dict(src_dict)
        summary = BillSummary.from_dict(d.pop("summary"))

        permissions = EditDeleteApprovePermissions.from_dict(d.pop("permissions"))

        pagination = Pagination.from_dict(d.pop("pagination"))

        bill_list_metadata = cls(
            summary=summary,
            permissions=permissions,
            pagination=pagination,
        )

        bill_list_metadata.additional_properties = d
        return bill_list_metadata

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
