from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card import CreditCard
    from ..models.expense_docs import ExpenseDocs
    from ..models.purchase_order_read import PurchaseOrderRead
    from ..models.statement_item import StatementItem


T = TypeVar("T", bound="CreditCardItemRead")


@_attrs_define
class CreditCardItemRead:
    creditcard: CreditCard
    """ A company credit card issued by a card-provider vendor. The reference samples add `assignees` and
    `currency_name` to what the vendor document lists. """
    po: PurchaseOrderRead
    """ A purchase order nested in another record. """
    id: int | Unset = UNSET
    expense: ExpenseDocs | Unset = UNSET
    creditcard_is_editable: bool | Unset = UNSET
    matched_statement_items: list[StatementItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditcard = self.creditcard.to_dict()

        po = self.po.to_dict()

        id = self.id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        creditcard_is_editable = self.creditcard_is_editable

        matched_statement_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matched_statement_items, Unset):
            matched_statement_items = []
            for matched_statement_items_item_data in self.matched_statement_items:
                matched_statement_items_item = (
                    matched_statement_items_item_data.to_dict()
                )
                matched_statement_items.append(matched_statement_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditcard": creditcard,
                "po": po,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if creditcard_is_editable is not UNSET:
            field_dict["creditcard_is_editable"] = creditcard_is_editable
        if matched_statement_items is not UNSET:
            field_dict["matched_statement_items"] = matched_statement_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_card import CreditCard
        from ..models.expense_docs import ExpenseDocs
        from ..models.purchase_order_read import PurchaseOrderRead
        from ..models.statement_item import StatementItem

        d = dict(src_dict)
        creditcard = CreditCard.from_dict(d.pop("creditcard"))

        po = PurchaseOrderRead.from_dict(d.pop("po"))

        id = d.pop("id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: ExpenseDocs | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = ExpenseDocs.from_dict(_expense)

        creditcard_is_editable = d.pop("creditcard_is_editable", UNSET)

        _matched_statement_items = d.pop("matched_statement_items", UNSET)
        matched_statement_items: list[StatementItem] | Unset = UNSET
        if _matched_statement_items is not UNSET:
            matched_statement_items = []
            for matched_statement_items_item_data in _matched_statement_items:
                matched_statement_items_item = StatementItem.from_dict(
                    matched_statement_items_item_data
                )

                matched_statement_items.append(matched_statement_items_item)

        credit_card_item_read = cls(
            creditcard=creditcard,
            po=po,
            id=id,
            expense=expense,
            creditcard_is_editable=creditcard_is_editable,
            matched_statement_items=matched_statement_items,
        )

        credit_card_item_read.additional_properties = d
        return credit_card_item_read

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
