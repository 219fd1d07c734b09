from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_code_read import AccountCodeRead
    from ..models.department_summary import DepartmentSummary


T = TypeVar("T", bound="AccountRead")


@_attrs_define
class AccountRead:
    account_code: AccountCodeRead
    """ An account code (GL code) of the chart of accounts. """
    department: DepartmentSummary
    id: int | Unset = UNSET
    warning_indicator: bool | Unset = UNSET
    budget_used_approved: float | Unset = UNSET
    budget_used_purchased: float | Unset = UNSET
    start_datetime: datetime.datetime | None | Unset = UNSET
    end_datetime: datetime.datetime | None | Unset = UNSET
    budget: str | Unset = UNSET
    balance_approved: str | Unset = UNSET
    balance_purchased: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code.to_dict()

        department = self.department.to_dict()

        id = self.id

        warning_indicator = self.warning_indicator

        budget_used_approved = self.budget_used_approved

        budget_used_purchased = self.budget_used_purchased

        start_datetime: None | str | Unset
        if isinstance(self.start_datetime, Unset):
            start_datetime = UNSET
        elif isinstance(self.start_datetime, datetime.datetime):
            start_datetime = self.start_datetime.isoformat()
        else:
            start_datetime = self.start_datetime

        end_datetime: None | str | Unset
        if isinstance(self.end_datetime, Unset):
            end_datetime = UNSET
        elif isinstance(self.end_datetime, datetime.datetime):
            end_datetime = self.end_datetime.isoformat()
        else:
            end_datetime = self.end_datetime

        budget = self.budget

        balance_approved = self.balance_approved

        balance_purchased = self.balance_purchased

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_code": account_code,
                "department": department,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if warning_indicator is not UNSET:
            field_dict["warning_indicator"] = warning_indicator
        if budget_used_approved is not UNSET:
            field_dict["budget_used_approved"] = budget_used_approved
        if budget_used_purchased is not UNSET:
            field_dict["budget_used_purchased"] = budget_used_purchased
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime
        if budget is not UNSET:
            field_dict["budget"] = budget
        if balance_approved is not UNSET:
            field_dict["balance_approved"] = balance_approved
        if balance_purchased is not UNSET:
            field_dict["balance_purchased"] = balance_purchased
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_code_read import AccountCodeRead
        from ..models.department_summary import DepartmentSummary

        d = dict(src_dict)
        account_code = AccountCodeRead.from_dict(d.pop("account_code"))

        department = DepartmentSummary.from_dict(d.pop("department"))

        id = d.pop("id", UNSET)

        warning_indicator = d.pop("warning_indicator", UNSET)

        budget_used_approved = d.pop("budget_used_approved", UNSET)

        budget_used_purchased = d.pop("budget_used_purchased", UNSET)

        def _parse_start_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return start_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_datetime = _parse_start_datetime(d.pop("start_datetime", UNSET))

        def _parse_end_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return end_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_datetime = _parse_end_datetime(d.pop("end_datetime", UNSET))

        budget = d.pop("budget", UNSET)

        balance_approved = d.pop("balance_approved", UNSET)

        balance_purchased = d.pop("balance_purchased", UNSET)

        active = d.pop("active", UNSET)

        account_read = cls(
            account_code=account_code,
            department=department,
            id=id,
            warning_indicator=warning_indicator,
            budget_used_approved=budget_used_approved,
            budget_used_purchased=budget_used_purchased,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            budget=budget,
            balance_approved=balance_approved,
            balance_purchased=balance_purchased,
            active=active,
        )

        account_read.additional_properties = d
        return account_read

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
