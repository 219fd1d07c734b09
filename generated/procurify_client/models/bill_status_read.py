from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="BillStatusRead")


@_attrs_define
class BillStatusRead:
    user: UserSummary
    date: datetime.datetime
    status: int
    """ Bill status code (0-8; the documents do not name the values). """
    bill: int
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        date = self.date.isoformat()

        status = self.status

        bill = self.bill

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "date": date,
                "status": status,
                "bill": bill,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_summary import UserSummary

        d = dict(src_dict)
        user = UserSummary.from_dict(d.pop("user"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        status = d.pop("status")

        bill = d.pop("bill")

        id = d.pop("id", UNSET)

        bill_status_read = cls(
            user=user,
            date=date,
            status=status,
            bill=bill,
            id=id,
        )

        bill_status_read.additional_properties = d
        return bill_status_read

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
