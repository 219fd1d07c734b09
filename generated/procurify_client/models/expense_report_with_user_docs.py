from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expense_report_user_summary_docs import ExpenseReportUserSummaryDocs


T = TypeVar("T", bound="ExpenseReportWithUserDocs")


@_attrs_define
class ExpenseReportWithUserDocs:
    id: int
    uuid: str
    user: ExpenseReportUserSummaryDocs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expense_report_user_summary_docs import (
            ExpenseReportUserSummaryDocs,
        )

        d = dict(src_dict)
        id = d.pop("id")

        uuid = d.pop("uuid")

        user = ExpenseReportUserSummaryDocs.from_dict(d.pop("user"))

        expense_report_with_user_docs = cls(
            id=id,
            uuid=uuid,
            user=user,
        )

        expense_report_with_user_docs.additional_properties = d
        return expense_report_with_user_docs

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
