from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_delegatee_slim_docs import ApprovalDelegateeSlimDocs


T = TypeVar("T", bound="BillListViewApproverUserDocs")


@_attrs_define
class BillListViewApproverUserDocs:
    approval_delegatee: ApprovalDelegateeSlimDocs
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_delegatee = self.approval_delegatee.to_dict()

        first_name = self.first_name

        last_name = self.last_name

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_delegatee": approval_delegatee,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_delegatee_slim_docs import ApprovalDelegateeSlimDocs

        d = dict(src_dict)
        approval_delegatee = ApprovalDelegateeSlimDocs.from_dict(
            d.pop("approval_delegatee")
        )

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        bill_list_view_approver_user_docs = cls(
            approval_delegatee=approval_delegatee,
            first_name=first_name,
            last_name=last_name,
            profile_image=profile_image,
        )

        bill_list_view_approver_user_docs.additional_properties = d
        return bill_list_view_approver_user_docs

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
