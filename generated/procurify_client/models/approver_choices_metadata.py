from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approve_permissions import ApprovePermissions
    from ..models.payment_summary import PaymentSummary


T = TypeVar("T", bound="ApproverChoicesMetadata")


@_attrs_define
class ApproverChoicesMetadata:
    summary: PaymentSummary
    permissions: ApprovePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approve_permissions import ApprovePermissions
        from ..models.payment_summary import PaymentSummary

        d = dict(src_dict)
        summary = PaymentSummary.from_dict(d.pop("summary"))

        _permissions = d.pop("permissions", UNSET)
        permissions: ApprovePermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ApprovePermissions.from_dict(_permissions)

        approver_choices_metadata = cls(
            summary=summary,
            permissions=permissions,
        )

        approver_choices_metadata.additional_properties = d
        return approver_choices_metadata

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
