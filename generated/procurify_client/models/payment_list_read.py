from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approver_read import ApproverRead
    from ..models.bill_payment_docs import BillPaymentDocs
    from ..models.company_payment_method_read import CompanyPaymentMethodRead
    from ..models.currency import Currency


T = TypeVar("T", bound="PaymentListRead")


@_attrs_define
class PaymentListRead:
    """An accounts-payable payment and the bills it pays."""

    payment_method: CompanyPaymentMethodRead | None
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    id: int | Unset = UNSET
    bill_payments: list[BillPaymentDocs] | None | Unset = UNSET
    payment_method_type: int | Unset = UNSET
    payment_date: datetime.date | None | Unset = UNSET
    amount: str | Unset = UNSET
    total_amount_with_tax: str | Unset = UNSET
    tax_amount: str | Unset = UNSET
    inclusive_tax_amount: str | Unset = UNSET
    exclusive_tax_amount: str | Unset = UNSET
    status: int | Unset = UNSET
    """ Payment status code (0-9; the documents do not name the values). """
    ach_number: int | Unset = UNSET
    next_approver_choices: list[ApproverRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_payment_method_read import CompanyPaymentMethodRead

        payment_method: dict[str, Any] | None
        if isinstance(self.payment_method, CompanyPaymentMethodRead):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        currency = self.currency.to_dict()

        id = self.id

        bill_payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.bill_payments, Unset):
            bill_payments = UNSET
        elif isinstance(self.bill_payments, list):
            bill_payments = []
            for bill_payments_type_0_item_data in self.bill_payments:
                bill_payments_type_0_item = bill_payments_type_0_item_data.to_dict()
                bill_payments.append(bill_payments_type_0_item)

        else:
            bill_payments = self.bill_payments

        payment_method_type = self.payment_method_type

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.date):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        amount = self.amount

        total_amount_with_tax = self.total_amount_with_tax

        tax_amount = self.tax_amount

        inclusive_tax_amount = self.inclusive_tax_amount

        exclusive_tax_amount = self.exclusive_tax_amount

        status = self.status

        ach_number = self.ach_number

        next_approver_choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.next_approver_choices, Unset):
            next_approver_choices = []
            for next_approver_choices_item_data in self.next_approver_choices:
                next_approver_choices_item = next_approver_choices_item_data.to_dict()
                next_approver_choices.append(next_approver_choices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_method": payment_method,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if bill_payments is not UNSET:
            field_dict["bill_payments"] = bill_payments
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if total_amount_with_tax is not UNSET:
            field_dict["total_amount_with_tax"] = total_amount_with_tax
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if inclusive_tax_amount is not UNSET:
            field_dict["inclusive_tax_amount"] = inclusive_tax_amount
        if exclusive_tax_amount is not UNSET:
            field_dict["exclusive_tax_amount"] = exclusive_tax_amount
        if status is not UNSET:
            field_dict["status"] = status
        if ach_number is not UNSET:
            field_dict["ach_number"] = ach_number
        if next_approver_choices is not UNSET:
            field_dict["next_approver_choices"] = next_approver_choices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approver_read import ApproverRead
        from ..models.bill_payment_docs import BillPaymentDocs
        from ..models.company_payment_method_read import CompanyPaymentMethodRead
        from ..models.currency import Currency

        d = dict(src_dict)

        def _parse_payment_method(data: object) -> CompanyPaymentMethodRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_0 = CompanyPaymentMethodRead.from_dict(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyPaymentMethodRead | None, data)

        payment_method = _parse_payment_method(d.pop("payment_method"))

        currency = Currency.from_dict(d.pop("currency"))

        id = d.pop("id", UNSET)

        def _parse_bill_payments(data: object) -> list[BillPaymentDocs] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bill_payments_type_0 = []
                _bill_payments_type_0 = data
                for bill_payments_type_0_item_data in _bill_payments_type_0:
                    bill_payments_type_0_item = BillPaymentDocs.from_dict(
                        bill_payments_type_0_item_data
                    )

                    bill_payments_type_0.append(bill_payments_type_0_item)

                return bill_payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BillPaymentDocs] | None | Unset, data)

        bill_payments = _parse_bill_payments(d.pop("bill_payments", UNSET))

        payment_method_type = d.pop("payment_method_type", UNSET)

        def _parse_payment_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_date_type_0 = datetime.date.fromisoformat(data)

                return payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        amount = d.pop("amount", UNSET)

        total_amount_with_tax = d.pop("total_amount_with_tax", UNSET)

        tax_amount = d.pop("tax_amount", UNSET)

        inclusive_tax_amount = d.pop("inclusive_tax_amount", UNSET)

        exclusive_tax_amount = d.pop("exclusive_tax_amount", UNSET)

        status = d.pop("status", UNSET)

        ach_number = d.pop("ach_number", UNSET)

        _next_approver_choices = d.pop("next_approver_choices", UNSET)
        next_approver_choices: list[ApproverRead] | Unset = UNSET
        if _next_approver_choices is not UNSET:
            next_approver_choices = []
            for next_approver_choices_item_data in _next_approver_choices:
                next_approver_choices_item = ApproverRead.from_dict(
                    next_approver_choices_item_data
                )

                next_approver_choices.append(next_approver_choices_item)

        payment_list_read = cls(
            payment_method=payment_method,
            currency=currency,
            id=id,
            bill_payments=bill_payments,
            payment_method_type=payment_method_type,
            payment_date=payment_date,
            amount=amount,
            total_amount_with_tax=total_amount_with_tax,
            tax_amount=tax_amount,
            inclusive_tax_amount=inclusive_tax_amount,
            exclusive_tax_amount=exclusive_tax_amount,
            status=status,
            ach_number=ach_number,
            next_approver_choices=next_approver_choices,
        )

        payment_list_read.additional_properties = d
        return payment_list_read

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
