from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_lines_write import DocumentLinesWrite


T = TypeVar("T", bound="SalesInvoiceWrite")


@_attrs_define
class SalesInvoiceWrite:
    """A sales invoice to create or replace (as a draft)."""

    customer_api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    ship_to_api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    date: datetime.date
    """ Document date. """
    due_date: datetime.date
    """ When payment is due. """
    doc_total: float
    """ Total of the document; stored as sent. """
    lines: DocumentLinesWrite
    """ The lines to send. """
    sales_invoice_number: str | Unset = UNSET
    """ The page lists the number under this name; the server assigns it and returns it as `invoice_number`.
    Normally left out. """
    ref_num: str | Unset = UNSET
    """ The caller's transaction number. """
    memo: str | Unset = UNSET
    """ Free text. """
    line_subtotal: float | Unset = UNSET
    """ Sum of the line totals. """
    discount: float | Unset = UNSET
    """ Discount amount. """
    discount_percent: float | Unset = UNSET
    """ Discount in percent. """
    subtotal: float | Unset = UNSET
    """ Amount after discount. """
    shipping: float | Unset = UNSET
    """ Shipping charged. """
    sales_tax_total: float | Unset = UNSET
    """ Sales tax of the document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_api_code = self.customer_api_code

        ship_to_api_code = self.ship_to_api_code

        date = self.date.isoformat()

        due_date = self.due_date.isoformat()

        doc_total = self.doc_total

        lines = self.lines.to_dict()

        sales_invoice_number = self.sales_invoice_number

        ref_num = self.ref_num

        memo = self.memo

        line_subtotal = self.line_subtotal

        discount = self.discount

        discount_percent = self.discount_percent

        subtotal = self.subtotal

        shipping = self.shipping

        sales_tax_total = self.sales_tax_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_api_code": customer_api_code,
                "ship_to_api_code": ship_to_api_code,
                "date": date,
                "due_date": due_date,
                "doc_total": doc_total,
                "lines": lines,
            }
        )
        if sales_invoice_number is not UNSET:
            field_dict["sales_invoice_number"] = sales_invoice_number
        if ref_num is not UNSET:
            field_dict["ref_num"] = ref_num
        if memo is not UNSET:
            field_dict["memo"] = memo
        if line_subtotal is not UNSET:
            field_dict["line_subtotal"] = line_subtotal
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if sales_tax_total is not UNSET:
            field_dict["sales_tax_total"] = sales_tax_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_lines_write import DocumentLinesWrite

        d = dict(src_dict)
        customer_api_code = d.pop("customer_api_code")

        ship_to_api_code = d.pop("ship_to_api_code")

        date = datetime.date.fromisoformat(d.pop("date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        doc_total = d.pop("doc_total")

        lines = DocumentLinesWrite.from_dict(d.pop("lines"))

        sales_invoice_number = d.pop("sales_invoice_number", UNSET)

        ref_num = d.pop("ref_num", UNSET)

        memo = d.pop("memo", UNSET)

        line_subtotal = d.pop("line_subtotal", UNSET)

        discount = d.pop("discount", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        shipping = d.pop("shipping", UNSET)

        sales_tax_total = d.pop("sales_tax_total", UNSET)

        sales_invoice_write = cls(
            customer_api_code=customer_api_code,
            ship_to_api_code=ship_to_api_code,
            date=date,
            due_date=due_date,
            doc_total=doc_total,
            lines=lines,
            sales_invoice_number=sales_invoice_number,
            ref_num=ref_num,
            memo=memo,
            line_subtotal=line_subtotal,
            discount=discount,
            discount_percent=discount_percent,
            subtotal=subtotal,
            shipping=shipping,
            sales_tax_total=sales_tax_total,
        )

        sales_invoice_write.additional_properties = d
        return sales_invoice_write

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
