from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_user_summary import SimpleUserSummary


T = TypeVar("T", bound="ApproverRead")


@_attrs_define
class ApproverRead:
    user: SimpleUserSummary
    amount_limit: str
    approval_level: int
    id: int | Unset = UNSET
    item_variance_amount_limit: None | str | Unset = UNSET
    item_variance_percentage_limit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        amount_limit = self.amount_limit

        approval_level = self.approval_level

        id = self.id

        item_variance_amount_limit: None | str | Unset
        if isinstance(self.item_variance_amount_limit, Unset):
            item_variance_amount_limit = UNSET
        else:
            item_variance_amount_limit = self.item_variance_amount_limit

        item_variance_percentage_limit: None | str | Unset
        if isinstance(self.item_variance_percentage_limit, Unset):
            item_variance_percentage_limit = UNSET
        else:
            item_variance_percentage_limit = self.item_variance_percentage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "amount_limit": amount_limit,
                "approval_level": approval_level,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if item_variance_amount_limit is not UNSET:
            field_dict["item_variance_amount_limit"] = item_variance_amount_limit
        if item_variance_percentage_limit is not UNSET:
            field_dict["item_variance_percentage_limit"] = (
                item_variance_percentage_limit
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_user_summary import SimpleUserSummary

        d = dict(src_dict)
        user = SimpleUserSummary.from_dict(d.pop("user"))

        amount_limit = d.pop("amount_limit")

        approval_level = d.pop("approval_level")

        id = d.pop("id", UNSET)

        def _parse_item_variance_amount_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_variance_amount_limit = _parse_item_variance_amount_limit(
            d.pop("item_variance_amount_limit", UNSET)
        )

        def _parse_item_variance_percentage_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_variance_percentage_limit = _parse_item_variance_percentage_limit(
            d.pop("item_variance_percentage_limit", UNSET)
        )

        approver_read = cls(
            user=user,
            amount_limit=amount_limit,
            approval_level=approval_level,
            id=id,
            item_variance_amount_limit=item_variance_amount_limit,
            item_variance_percentage_limit=item_variance_percentage_limit,
        )

        approver_read.additional_properties = d
        return approver_read

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
