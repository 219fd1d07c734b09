from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expense_report_with_user_docs import ExpenseReportWithUserDocs


T = TypeVar("T", bound="ExpenseDocs")


@_attrs_define
class ExpenseDocs:
    merchant: str
    notes: None | str
    expense_report: ExpenseReportWithUserDocs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant = self.merchant

        notes: None | str
        notes = self.notes

        expense_report = self.expense_report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant": merchant,
                "notes": notes,
                "expenseReport": expense_report,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expense_report_with_user_docs import ExpenseReportWithUserDocs

        d = dict(src_dict)
        merchant = d.pop("merchant")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        expense_report = ExpenseReportWithUserDocs.from_dict(d.pop("expenseReport"))

        expense_docs = cls(
            merchant=merchant,
            notes=notes,
            expense_report=expense_report,
        )

        expense_docs.additional_properties = d
        return expense_docs

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
