from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.currency_summary import CurrencySummary
    from ..models.expense_read_expense_type_fields_type_0 import (
        ExpenseReadExpenseTypeFieldsType0,
    )
    from ..models.simple_expense_report import SimpleExpenseReport
    from ..models.simple_user_summary import SimpleUserSummary


T = TypeVar("T", bound="ExpenseRead")


@_attrs_define
class ExpenseRead:
    account: Account
    local_currency: CurrencySummary
    expense_type_fields: ExpenseReadExpenseTypeFieldsType0 | None
    expense_report: SimpleExpenseReport
    merchant: str
    trans_date: datetime.datetime
    currency_rate_final: str
    tax_percentage: str
    id: int | Unset = UNSET
    requester: SimpleUserSummary | Unset = UNSET
    approver: SimpleUserSummary | Unset = UNSET
    approved_date: datetime.datetime | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    reimburse: bool | Unset = UNSET
    expense_type: int | Unset = UNSET
    """ Expense type code; no document names the values. """
    payment_type: int | Unset = UNSET
    """ How the expense was paid, as a code; no document names the values. """
    amount: None | str | Unset = UNSET
    exchange_rate_override: bool | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    tax_is_inclusive: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    attachment: str | Unset = UNSET
    active: bool | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    creditcard: int | None | Unset = UNSET
    tax: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expense_read_expense_type_fields_type_0 import (
            ExpenseReadExpenseTypeFieldsType0,
        )

        account = self.account.to_dict()

        local_currency = self.local_currency.to_dict()

        expense_type_fields: dict[str, Any] | None
        if isinstance(self.expense_type_fields, ExpenseReadExpenseTypeFieldsType0):
            expense_type_fields = self.expense_type_fields.to_dict()
        else:
            expense_type_fields = self.expense_type_fields

        expense_report = self.expense_report.to_dict()

        merchant = self.merchant

        trans_date = self.trans_date.isoformat()

        currency_rate_final = self.currency_rate_final

        tax_percentage = self.tax_percentage

        id = self.id

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        approver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approver, Unset):
            approver = self.approver.to_dict()

        approved_date: str | Unset = UNSET
        if not isinstance(self.approved_date, Unset):
            approved_date = self.approved_date.isoformat()

        is_active = self.is_active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        reimburse = self.reimburse

        expense_type = self.expense_type

        payment_type = self.payment_type

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        exchange_rate_override = self.exchange_rate_override

        tax_name = self.tax_name

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        tax_is_inclusive = self.tax_is_inclusive

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        attachment = self.attachment

        active = self.active

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        creditcard: int | None | Unset
        if isinstance(self.creditcard, Unset):
            creditcard = UNSET
        else:
            creditcard = self.creditcard

        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "localCurrency": local_currency,
                "expense_type_fields": expense_type_fields,
                "expenseReport": expense_report,
                "merchant": merchant,
                "transDate": trans_date,
                "currency_rate_final": currency_rate_final,
                "tax_percentage": tax_percentage,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if requester is not UNSET:
            field_dict["requester"] = requester
        if approver is not UNSET:
            field_dict["approver"] = approver
        if approved_date is not UNSET:
            field_dict["approved_date"] = approved_date
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if reimburse is not UNSET:
            field_dict["reimburse"] = reimburse
        if expense_type is not UNSET:
            field_dict["expense_type"] = expense_type
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if exchange_rate_override is not UNSET:
            field_dict["exchange_rate_override"] = exchange_rate_override
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_is_inclusive is not UNSET:
            field_dict["tax_is_inclusive"] = tax_is_inclusive
        if notes is not UNSET:
            field_dict["notes"] = notes
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if active is not UNSET:
            field_dict["active"] = active
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by
        if creditcard is not UNSET:
            field_dict["creditcard"] = creditcard
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account import Account
        from ..models.currency_summary import CurrencySummary
        from ..models.expense_read_expense_type_fields_type_0 import (
            ExpenseReadExpenseTypeFieldsType0,
        )
        from ..models.simple_expense_report import SimpleExpenseReport
        from ..models.simple_user_summary import SimpleUserSummary

        d = dict(src_dict)
        account = Account.from_dict(d.pop("account"))

        local_currency = CurrencySummary.from_dict(d.pop("localCurrency"))

        def _parse_expense_type_fields(
            data: object,
        ) -> ExpenseReadExpenseTypeFieldsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expense_type_fields_type_0 = (
                    ExpenseReadExpenseTypeFieldsType0.from_dict(data)
                )

                return expense_type_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpenseReadExpenseTypeFieldsType0 | None, data)

        expense_type_fields = _parse_expense_type_fields(d.pop("expense_type_fields"))

        expense_report = SimpleExpenseReport.from_dict(d.pop("expenseReport"))

        merchant = d.pop("merchant")

        trans_date = datetime.datetime.fromisoformat(d.pop("transDate"))

        currency_rate_final = d.pop("currency_rate_final")

        tax_percentage = d.pop("tax_percentage")

        id = d.pop("id", UNSET)

        _requester = d.pop("requester", UNSET)
        requester: SimpleUserSummary | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = SimpleUserSummary.from_dict(_requester)

        _approver = d.pop("approver", UNSET)
        approver: SimpleUserSummary | Unset
        if isinstance(_approver, Unset):
            approver = UNSET
        else:
            approver = SimpleUserSummary.from_dict(_approver)

        _approved_date = d.pop("approved_date", UNSET)
        approved_date: datetime.datetime | Unset
        if isinstance(_approved_date, Unset):
            approved_date = UNSET
        else:
            approved_date = datetime.datetime.fromisoformat(_approved_date)

        is_active = d.pop("is_active", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        reimburse = d.pop("reimburse", UNSET)

        expense_type = d.pop("expense_type", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        exchange_rate_override = d.pop("exchange_rate_override", UNSET)

        tax_name = d.pop("tax_name", UNSET)

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        tax_is_inclusive = d.pop("tax_is_inclusive", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        attachment = d.pop("attachment", UNSET)

        active = d.pop("active", UNSET)

        def _parse_last_changed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        def _parse_creditcard(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creditcard = _parse_creditcard(d.pop("creditcard", UNSET))

        def _parse_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        expense_read = cls(
            account=account,
            local_currency=local_currency,
            expense_type_fields=expense_type_fields,
            expense_report=expense_report,
            merchant=merchant,
            trans_date=trans_date,
            currency_rate_final=currency_rate_final,
            tax_percentage=tax_percentage,
            id=id,
            requester=requester,
            approver=approver,
            approved_date=approved_date,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            reimburse=reimburse,
            expense_type=expense_type,
            payment_type=payment_type,
            amount=amount,
            exchange_rate_override=exchange_rate_override,
            tax_name=tax_name,
            tax_amount=tax_amount,
            tax_is_inclusive=tax_is_inclusive,
            notes=notes,
            attachment=attachment,
            active=active,
            last_changed_by=last_changed_by,
            creditcard=creditcard,
            tax=tax,
        )

        expense_read.additional_properties = d
        return expense_read

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
