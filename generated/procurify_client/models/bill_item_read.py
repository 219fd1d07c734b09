from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.cost_allocation_read import CostAllocationRead
    from ..models.credit_card_item_read import CreditCardItemRead
    from ..models.currency import Currency
    from ..models.custom_field_value_read import CustomFieldValueRead
    from ..models.expense_read import ExpenseRead
    from ..models.expense_report_docs import ExpenseReportDocs
    from ..models.order_item_read import OrderItemRead
    from ..models.po_docs import PODocs
    from ..models.unit_cost_diff_log_docs import UnitCostDiffLogDocs
    from ..models.vendor_read import VendorRead


T = TypeVar("T", bound="BillItemRead")


@_attrs_define
class BillItemRead:
    """A line of an accounts-payable bill."""

    description: str
    expense: ExpenseRead | None
    vendor: VendorRead
    """ A vendor nested in another record (catalog items, purchase orders, bills). """
    quantity: str
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    cost_allocations: list[CostAllocationRead]
    creditcard_item: CreditCardItemRead | None
    id: int | Unset = UNSET
    orderitem: OrderItemRead | Unset = UNSET
    """ An order item nested in a bill item. """
    bill: int | None | Unset = UNSET
    sku: str | Unset = UNSET
    po: PODocs | Unset = UNSET
    unit: str | Unset = UNSET
    total_cost: float | Unset = UNSET
    received_on: datetime.datetime | Unset = UNSET
    packing_slips: list[Attachment] | Unset = UNSET
    archived: bool | Unset = UNSET
    expense_report: ExpenseReportDocs | Unset = UNSET
    same_unit_cost: bool | Unset = UNSET
    is_edited: bool | Unset = UNSET
    unit_cost_diff_log: None | UnitCostDiffLogDocs | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_percentage: None | str | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_is_inclusive: bool | Unset = UNSET
    tax: int | None | Unset = UNSET
    total_cost_with_tax: float | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    unit_cost: float | Unset = UNSET
    custom_fields: list[CustomFieldValueRead] | Unset = UNSET
    item_type: int | Unset = UNSET
    type_: str | Unset = UNSET
    bill_by_cost: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_card_item_read import CreditCardItemRead
        from ..models.expense_read import ExpenseRead
        from ..models.unit_cost_diff_log_docs import UnitCostDiffLogDocs

        description = self.description

        expense: dict[str, Any] | None
        if isinstance(self.expense, ExpenseRead):
            expense = self.expense.to_dict()
        else:
            expense = self.expense

        vendor = self.vendor.to_dict()

        quantity = self.quantity

        currency = self.currency.to_dict()

        cost_allocations = []
        for cost_allocations_item_data in self.cost_allocations:
            cost_allocations_item = cost_allocations_item_data.to_dict()
            cost_allocations.append(cost_allocations_item)

        creditcard_item: dict[str, Any] | None
        if isinstance(self.creditcard_item, CreditCardItemRead):
            creditcard_item = self.creditcard_item.to_dict()
        else:
            creditcard_item = self.creditcard_item

        id = self.id

        orderitem: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orderitem, Unset):
            orderitem = self.orderitem.to_dict()

        bill: int | None | Unset
        if isinstance(self.bill, Unset):
            bill = UNSET
        else:
            bill = self.bill

        sku = self.sku

        po: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po, Unset):
            po = self.po.to_dict()

        unit = self.unit

        total_cost = self.total_cost

        received_on: str | Unset = UNSET
        if not isinstance(self.received_on, Unset):
            received_on = self.received_on.isoformat()

        packing_slips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packing_slips, Unset):
            packing_slips = []
            for packing_slips_item_data in self.packing_slips:
                packing_slips_item = packing_slips_item_data.to_dict()
                packing_slips.append(packing_slips_item)

        archived = self.archived

        expense_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_report, Unset):
            expense_report = self.expense_report.to_dict()

        same_unit_cost = self.same_unit_cost

        is_edited = self.is_edited

        unit_cost_diff_log: dict[str, Any] | None | Unset
        if isinstance(self.unit_cost_diff_log, Unset):
            unit_cost_diff_log = UNSET
        elif isinstance(self.unit_cost_diff_log, UnitCostDiffLogDocs):
            unit_cost_diff_log = self.unit_cost_diff_log.to_dict()
        else:
            unit_cost_diff_log = self.unit_cost_diff_log

        tax_name = self.tax_name

        tax_percentage: None | str | Unset
        if isinstance(self.tax_percentage, Unset):
            tax_percentage = UNSET
        else:
            tax_percentage = self.tax_percentage

        tax_amount = self.tax_amount

        tax_is_inclusive = self.tax_is_inclusive

        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        total_cost_with_tax = self.total_cost_with_tax

        shipping_amount: None | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        unit_cost = self.unit_cost

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        item_type = self.item_type

        type_ = self.type_

        bill_by_cost = self.bill_by_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "expense": expense,
                "vendor": vendor,
                "quantity": quantity,
                "currency": currency,
                "cost_allocations": cost_allocations,
                "creditcard_item": creditcard_item,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if orderitem is not UNSET:
            field_dict["orderitem"] = orderitem
        if bill is not UNSET:
            field_dict["bill"] = bill
        if sku is not UNSET:
            field_dict["sku"] = sku
        if po is not UNSET:
            field_dict["po"] = po
        if unit is not UNSET:
            field_dict["unit"] = unit
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
        if packing_slips is not UNSET:
            field_dict["packing_slips"] = packing_slips
        if archived is not UNSET:
            field_dict["archived"] = archived
        if expense_report is not UNSET:
            field_dict["expense_report"] = expense_report
        if same_unit_cost is not UNSET:
            field_dict["same_unit_cost"] = same_unit_cost
        if is_edited is not UNSET:
            field_dict["is_edited"] = is_edited
        if unit_cost_diff_log is not UNSET:
            field_dict["unit_cost_diff_log"] = unit_cost_diff_log
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_percentage is not UNSET:
            field_dict["tax_percentage"] = tax_percentage
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_is_inclusive is not UNSET:
            field_dict["tax_is_inclusive"] = tax_is_inclusive
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total_cost_with_tax is not UNSET:
            field_dict["total_cost_with_tax"] = total_cost_with_tax
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bill_by_cost is not UNSET:
            field_dict["bill_by_cost"] = bill_by_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment import Attachment
        from ..models.cost_allocation_read import CostAllocationRead
        from ..models.credit_card_item_read import CreditCardItemRead
        from ..models.currency import Currency
        from ..models.custom_field_value_read import CustomFieldValueRead
        from ..models.expense_read import ExpenseRead
        from ..models.expense_report_docs import ExpenseReportDocs
        from ..models.order_item_read import OrderItemRead
        from ..models.po_docs import PODocs
        from ..models.unit_cost_diff_log_docs import UnitCostDiffLogDocs
        from ..models.vendor_read import VendorRead

        d = dict(src_dict)
        description = d.pop("description")

        def _parse_expense(data: object) -> ExpenseRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expense_type_0 = ExpenseRead.from_dict(data)

                return expense_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpenseRead | None, data)

        expense = _parse_expense(d.pop("expense"))

        vendor = VendorRead.from_dict(d.pop("vendor"))

        quantity = d.pop("quantity")

        currency = Currency.from_dict(d.pop("currency"))

        cost_allocations = []
        _cost_allocations = d.pop("cost_allocations")
        for cost_allocations_item_data in _cost_allocations:
            cost_allocations_item = CostAllocationRead.from_dict(
                cost_allocations_item_data
            )

            cost_allocations.append(cost_allocations_item)

        def _parse_creditcard_item(data: object) -> CreditCardItemRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creditcard_item_type_0 = CreditCardItemRead.from_dict(data)

                return creditcard_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditCardItemRead | None, data)

        creditcard_item = _parse_creditcard_item(d.pop("creditcard_item"))

        id = d.pop("id", UNSET)

        _orderitem = d.pop("orderitem", UNSET)
        orderitem: OrderItemRead | Unset
        if isinstance(_orderitem, Unset):
            orderitem = UNSET
        else:
            orderitem = OrderItemRead.from_dict(_orderitem)

        def _parse_bill(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bill = _parse_bill(d.pop("bill", UNSET))

        sku = d.pop("sku", UNSET)

        _po = d.pop("po", UNSET)
        po: PODocs | Unset
        if isinstance(_po, Unset):
            po = UNSET
        else:
            po = PODocs.from_dict(_po)

        unit = d.pop("unit", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        _received_on = d.pop("received_on", UNSET)
        received_on: datetime.datetime | Unset
        if isinstance(_received_on, Unset):
            received_on = UNSET
        else:
            received_on = datetime.datetime.fromisoformat(_received_on)

        _packing_slips = d.pop("packing_slips", UNSET)
        packing_slips: list[Attachment] | Unset = UNSET
        if _packing_slips is not UNSET:
            packing_slips = []
            for packing_slips_item_data in _packing_slips:
                packing_slips_item = Attachment.from_dict(packing_slips_item_data)

                packing_slips.append(packing_slips_item)

        archived = d.pop("archived", UNSET)

        _expense_report = d.pop("expense_report", UNSET)
        expense_report: ExpenseReportDocs | Unset
        if isinstance(_expense_report, Unset):
            expense_report = UNSET
        else:
            expense_report = ExpenseReportDocs.from_dict(_expense_report)

        same_unit_cost = d.pop("same_unit_cost", UNSET)

        is_edited = d.pop("is_edited", UNSET)

        def _parse_unit_cost_diff_log(
            data: object,
        ) -> None | UnitCostDiffLogDocs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_cost_diff_log_type_0 = UnitCostDiffLogDocs.from_dict(data)

                return unit_cost_diff_log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitCostDiffLogDocs | Unset, data)

        unit_cost_diff_log = _parse_unit_cost_diff_log(
            d.pop("unit_cost_diff_log", UNSET)
        )

        tax_name = d.pop("tax_name", UNSET)

        def _parse_tax_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_percentage = _parse_tax_percentage(d.pop("tax_percentage", UNSET))

        tax_amount = d.pop("tax_amount", UNSET)

        tax_is_inclusive = d.pop("tax_is_inclusive", UNSET)

        def _parse_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        total_cost_with_tax = d.pop("total_cost_with_tax", UNSET)

        def _parse_shipping_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("shipping_amount", UNSET))

        unit_cost = d.pop("unit_cost", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueRead] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueRead.from_dict(
                    custom_fields_item_data
                )

                custom_fields.append(custom_fields_item)

        item_type = d.pop("item_type", UNSET)

        type_ = d.pop("type", UNSET)

        bill_by_cost = d.pop("bill_by_cost", UNSET)

        bill_item_read = cls(
            description=description,
            expense=expense,
            vendor=vendor,
            quantity=quantity,
            currency=currency,
            cost_allocations=cost_allocations,
            creditcard_item=creditcard_item,
            id=id,
            orderitem=orderitem,
            bill=bill,
            sku=sku,
            po=po,
            unit=unit,
            total_cost=total_cost,
            received_on=received_on,
            packing_slips=packing_slips,
            archived=archived,
            expense_report=expense_report,
            same_unit_cost=same_unit_cost,
            is_edited=is_edited,
            unit_cost_diff_log=unit_cost_diff_log,
            tax_name=tax_name,
            tax_percentage=tax_percentage,
            tax_amount=tax_amount,
            tax_is_inclusive=tax_is_inclusive,
            tax=tax,
            total_cost_with_tax=total_cost_with_tax,
            shipping_amount=shipping_amount,
            unit_cost=unit_cost,
            custom_fields=custom_fields,
            item_type=item_type,
            type_=type_,
            bill_by_cost=bill_by_cost,
        )

        bill_item_read.additional_properties = d
        return bill_item_read

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
