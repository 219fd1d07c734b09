from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_lines import DocumentLines


T = TypeVar("T", bound="CashSale")


@_attrs_define
class CashSale:
    """A cash sale as returned.  Lists leave out `lines` and `customer_api_code`."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    cash_sale_number: str | Unset = UNSET
    """ Consecutive number assigned by the server, e.g. `000011`. """
    customer_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    company_code: str | Unset = UNSET
    """ The customer's company code. """
    company_name: str | Unset = UNSET
    """ The customer's name. """
    ship_to_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    ship_to_address_code: str | Unset = UNSET
    """ The ship-to address's code. """
    ship_to_address_id: str | Unset = UNSET
    """ The ship-to address's label. """
    date: str | Unset = UNSET
    """ A date as the server writes it: `yyyy-mm-dd` for midnight, `yyyy-mm-ddTHH:MM:SS` plus the server's offset
    for any other time (hours only, `-08`; hours and minutes, `+05:30`, for zones that are not whole hours; or `Z`),
    or `""` when empty.  Not `format: date-time`: `-08` is not RFC 3339 and `""` is no date. """
    ref_num: str | Unset = UNSET
    """ The caller's transaction number. """
    memo: str | Unset = UNSET
    """ Free text. """
    payment_method: str | Unset = UNSET
    """ How the customer paid, e.g. `Cash`. """
    line_subtotal: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    discount: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    discount_percent: float | Unset = UNSET
    """ Discount in percent, decimal(4,2). """
    subtotal: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    shipping: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    sales_tax_total: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    doc_total: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    lines: DocumentLines | Unset = UNSET
    """ The lines of a cash sale or sales invoice, as returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        cash_sale_number = self.cash_sale_number

        customer_api_code = self.customer_api_code

        company_code = self.company_code

        company_name = self.company_name

        ship_to_api_code = self.ship_to_api_code

        ship_to_address_code = self.ship_to_address_code

        ship_to_address_id = self.ship_to_address_id

        date = self.date

        ref_num = self.ref_num

        memo = self.memo

        payment_method = self.payment_method

        line_subtotal = self.line_subtotal

        discount = self.discount

        discount_percent = self.discount_percent

        subtotal = self.subtotal

        shipping = self.shipping

        sales_tax_total = self.sales_tax_total

        doc_total = self.doc_total

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
            }
        )
        if cash_sale_number is not UNSET:
            field_dict["cash_sale_number"] = cash_sale_number
        if customer_api_code is not UNSET:
            field_dict["customer_api_code"] = customer_api_code
        if company_code is not UNSET:
            field_dict["company_code"] = company_code
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if ship_to_api_code is not UNSET:
            field_dict["ship_to_api_code"] = ship_to_api_code
        if ship_to_address_code is not UNSET:
            field_dict["ship_to_address_code"] = ship_to_address_code
        if ship_to_address_id is not UNSET:
            field_dict["ship_to_address_id"] = ship_to_address_id
        if date is not UNSET:
            field_dict["date"] = date
        if ref_num is not UNSET:
            field_dict["ref_num"] = ref_num
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
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
        if doc_total is not UNSET:
            field_dict["doc_total"] = doc_total
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_lines import DocumentLines

        d = dict(src_dict)
        api_code = d.pop("api_code")

        cash_sale_number = d.pop("cash_sale_number", UNSET)

        customer_api_code = d.pop("customer_api_code", UNSET)

        company_code = d.pop("company_code", UNSET)

        company_name = d.pop("company_name", UNSET)

        ship_to_api_code = d.pop("ship_to_api_code", UNSET)

        ship_to_address_code = d.pop("ship_to_address_code", UNSET)

        ship_to_address_id = d.pop("ship_to_address_id", UNSET)

        date = d.pop("date", UNSET)

        ref_num = d.pop("ref_num", UNSET)

        memo = d.pop("memo", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        line_subtotal = d.pop("line_subtotal", UNSET)

        discount = d.pop("discount", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        shipping = d.pop("shipping", UNSET)

        sales_tax_total = d.pop("sales_tax_total", UNSET)

        doc_total = d.pop("doc_total", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: DocumentLines | Unset
        if isinstance(_lines, Unset):
            lines = UNSET
        else:
            lines = DocumentLines.from_dict(_lines)

        cash_sale = cls(
            api_code=api_code,
            cash_sale_number=cash_sale_number,
            customer_api_code=customer_api_code,
            company_code=company_code,
            company_name=company_name,
            ship_to_api_code=ship_to_api_code,
            ship_to_address_code=ship_to_address_code,
            ship_to_address_id=ship_to_address_id,
            date=date,
            ref_num=ref_num,
            memo=memo,
            payment_method=payment_method,
            line_subtotal=line_subtotal,
            discount=discount,
            discount_percent=discount_percent,
            subtotal=subtotal,
            shipping=shipping,
            sales_tax_total=sales_tax_total,
            doc_total=doc_total,
            lines=lines,
        )

        cash_sale.additional_properties = d
        return cash_sale

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
