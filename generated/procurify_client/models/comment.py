from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    userprofile: UserSummary | Unset = UNSET
    id: int | Unset = UNSET
    comment: str | Unset = UNSET
    submit_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        userprofile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.userprofile, Unset):
            userprofile = self.userprofile.to_dict()

        id = self.id

        comment = self.comment

        submit_date: str | Unset = UNSET
        if not isinstance(self.submit_date, Unset):
            submit_date = self.submit_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if userprofile is not UNSET:
            field_dict["userprofile"] = userprofile
        if id is not UNSET:
            field_dict["id"] = id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if submit_date is not UNSET:
            field_dict["submit_date"] = submit_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_summary import UserSummary

        d = dict(src_dict)
        _userprofile = d.pop("userprofile", UNSET)
        userprofile: UserSummary | Unset
        if isinstance(_userprofile, Unset):
            userprofile = UNSET
        else:
            userprofile = UserSummary.from_dict(_userprofile)

        id = d.pop("id", UNSET)

        comment = d.pop("comment", UNSET)

        _submit_date = d.pop("submit_date", UNSET)
        submit_date: datetime.datetime | Unset
        if isinstance(_submit_date, Unset):
            submit_date = UNSET
        else:
            submit_date = datetime.datetime.fromisoformat(_submit_date)

        comment = cls(
            userprofile=userprofile,
            id=id,
            comment=comment,
            submit_date=submit_date,
        )

        comment.additional_properties = d
        return comment

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
