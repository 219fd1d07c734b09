from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_order_line import SalesOrderLine


T = TypeVar("T", bound="SalesOrder")


@_attrs_define
class SalesOrder:
    """A sales order as returned: the customer's name is `company`, the lines are a top-level `line_items` array (sent
    under `lines.line_items`), and the `*_last_name` fields are left out. `external_id` is documented but not
    implemented by the server.

    """

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    so_number: str | Unset = UNSET
    """ Consecutive number assigned by the server, e.g. `000014`. """
    customer_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    company: str | Unset = UNSET
    """ The customer's name. """
    ship_to_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    bill_to_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    ship_to_address_id: str | Unset = UNSET
    """ Label of the ship-to address. """
    ship_to_first_name: str | Unset = UNSET
    """ First name of the ship-to contact. """
    ship_to_middle_name: str | Unset = UNSET
    """ Middle name of the ship-to contact. """
    ship_to_last_name: str | Unset = UNSET
    """ Last name of the ship-to contact (the server leaves it out of its answers). """
    ship_to_address_line1: str | Unset = UNSET
    """ First ship-to address line. """
    ship_to_address_line2: str | Unset = UNSET
    """ Second ship-to address line. """
    ship_to_city: str | Unset = UNSET
    """ Ship-to city. """
    ship_to_state: str | Unset = UNSET
    """ Ship-to state (two-letter US code). """
    ship_to_zip: str | Unset = UNSET
    """ Ship-to postal code. """
    ship_to_country: str | Unset = UNSET
    """ Ship-to country (ISO 3166-1 alpha-2). """
    ship_to_phone: str | Unset = UNSET
    """ Ship-to phone number. """
    ship_to_cell: str | Unset = UNSET
    """ Ship-to mobile number. """
    ship_to_email: str | Unset = UNSET
    """ Ship-to e-mail address. """
    ship_to_sales_tax_code: str | Unset = UNSET
    """ Ship-to sales tax code. """
    ship_to_notes: str | Unset = UNSET
    """ Ship-to notes. """
    bill_to_address_id: str | Unset = UNSET
    """ Label of the bill-to address. """
    bill_to_first_name: str | Unset = UNSET
    """ First name of the bill-to contact. """
    bill_to_middle_name: str | Unset = UNSET
    """ Middle name of the bill-to contact. """
    bill_to_last_name: str | Unset = UNSET
    """ Last name of the bill-to contact (the server leaves it out of its answers). """
    bill_to_address_line1: str | Unset = UNSET
    """ First bill-to address line. """
    bill_to_address_line2: str | Unset = UNSET
    """ Second bill-to address line. """
    bill_to_city: str | Unset = UNSET
    """ Bill-to city. """
    bill_to_state: str | Unset = UNSET
    """ Bill-to state (two-letter US code). """
    bill_to_zip: str | Unset = UNSET
    """ Bill-to postal code. """
    bill_to_country: str | Unset = UNSET
    """ Bill-to country (ISO 3166-1 alpha-2). """
    bill_to_phone: str | Unset = UNSET
    """ Bill-to phone number. """
    bill_to_cell: str | Unset = UNSET
    """ Bill-to mobile number. """
    bill_to_email: str | Unset = UNSET
    """ Bill-to e-mail address. """
    bill_to_sales_tax_code: str | Unset = UNSET
    """ Bill-to sales tax code. """
    bill_to_notes: str | Unset = UNSET
    """ Bill-to notes. """
    external_id: str | Unset = UNSET
    """ Record ID in an external system (documented, not implemented). """
    date: str | Unset = UNSET
    """ A date as the server writes it: `yyyy-mm-dd` for midnight, `yyyy-mm-ddTHH:MM:SS` plus the server's offset
    for any other time (hours only, `-08`; hours and minutes, `+05:30`, for zones that are not whole hours; or `Z`),
    or `""` when empty.  Not `format: date-time`: `-08` is not RFC 3339 and `""` is no date. """
    ref_num: str | Unset = UNSET
    """ The caller's transaction number. """
    memo: str | Unset = UNSET
    """ Free text. """
    cf1_string: str | Unset = UNSET
    """ Text custom field 1. """
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
    line_items: list[SalesOrderLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        so_number = self.so_number

        customer_api_code = self.customer_api_code

        company = self.company

        ship_to_api_code = self.ship_to_api_code

        bill_to_api_code = self.bill_to_api_code

        ship_to_address_id = self.ship_to_address_id

        ship_to_first_name = self.ship_to_first_name

        ship_to_middle_name = self.ship_to_middle_name

        ship_to_last_name = self.ship_to_last_name

        ship_to_address_line1 = self.ship_to_address_line1

        ship_to_address_line2 = self.ship_to_address_line2

        ship_to_city = self.ship_to_city

        ship_to_state = self.ship_to_state

        ship_to_zip = self.ship_to_zip

        ship_to_country = self.ship_to_country

        ship_to_phone = self.ship_to_phone

        ship_to_cell = self.ship_to_cell

        ship_to_email = self.ship_to_email

        ship_to_sales_tax_code = self.ship_to_sales_tax_code

        ship_to_notes = self.ship_to_notes

        bill_to_address_id = self.bill_to_address_id

        bill_to_first_name = self.bill_to_first_name

        bill_to_middle_name = self.bill_to_middle_name

        bill_to_last_name = self.bill_to_last_name

        bill_to_address_line1 = self.bill_to_address_line1

        bill_to_address_line2 = self.bill_to_address_line2

        bill_to_city = self.bill_to_city

        bill_to_state = self.bill_to_state

        bill_to_zip = self.bill_to_zip

        bill_to_country = self.bill_to_country

        bill_to_phone = self.bill_to_phone

        bill_to_cell = self.bill_to_cell

        bill_to_email = self.bill_to_email

        bill_to_sales_tax_code = self.bill_to_sales_tax_code

        bill_to_notes = self.bill_to_notes

        external_id = self.external_id

        date = self.date

        ref_num = self.ref_num

        memo = self.memo

        cf1_string = self.cf1_string

        line_subtotal = self.line_subtotal

        discount = self.discount

        discount_percent = self.discount_percent

        subtotal = self.subtotal

        shipping = self.shipping

        sales_tax_total = self.sales_tax_total

        doc_total = self.doc_total

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
            }
        )
        if so_number is not UNSET:
            field_dict["so_number"] = so_number
        if customer_api_code is not UNSET:
            field_dict["customer_api_code"] = customer_api_code
        if company is not UNSET:
            field_dict["company"] = company
        if ship_to_api_code is not UNSET:
            field_dict["ship_to_api_code"] = ship_to_api_code
        if bill_to_api_code is not UNSET:
            field_dict["bill_to_api_code"] = bill_to_api_code
        if ship_to_address_id is not UNSET:
            field_dict["ship_to_address_id"] = ship_to_address_id
        if ship_to_first_name is not UNSET:
            field_dict["ship_to_first_name"] = ship_to_first_name
        if ship_to_middle_name is not UNSET:
            field_dict["ship_to_middle_name"] = ship_to_middle_name
        if ship_to_last_name is not UNSET:
            field_dict["ship_to_last_name"] = ship_to_last_name
        if ship_to_address_line1 is not UNSET:
            field_dict["ship_to_address_line1"] = ship_to_address_line1
        if ship_to_address_line2 is not UNSET:
            field_dict["ship_to_address_line2"] = ship_to_address_line2
        if ship_to_city is not UNSET:
            field_dict["ship_to_city"] = ship_to_city
        if ship_to_state is not UNSET:
            field_dict["ship_to_state"] = ship_to_state
        if ship_to_zip is not UNSET:
            field_dict["ship_to_zip"] = ship_to_zip
        if ship_to_country is not UNSET:
            field_dict["ship_to_country"] = ship_to_country
        if ship_to_phone is not UNSET:
            field_dict["ship_to_phone"] = ship_to_phone
        if ship_to_cell is not UNSET:
            field_dict["ship_to_cell"] = ship_to_cell
        if ship_to_email is not UNSET:
            field_dict["ship_to_email"] = ship_to_email
        if ship_to_sales_tax_code is not UNSET:
            field_dict["ship_to_sales_tax_code"] = ship_to_sales_tax_code
        if ship_to_notes is not UNSET:
            field_dict["ship_to_notes"] = ship_to_notes
        if bill_to_address_id is not UNSET:
            field_dict["bill_to_address_id"] = bill_to_address_id
        if bill_to_first_name is not UNSET:
            field_dict["bill_to_first_name"] = bill_to_first_name
        if bill_to_middle_name is not UNSET:
            field_dict["bill_to_middle_name"] = bill_to_middle_name
        if bill_to_last_name is not UNSET:
            field_dict["bill_to_last_name"] = bill_to_last_name
        if bill_to_address_line1 is not UNSET:
            field_dict["bill_to_address_line1"] = bill_to_address_line1
        if bill_to_address_line2 is not UNSET:
            field_dict["bill_to_address_line2"] = bill_to_address_line2
        if bill_to_city is not UNSET:
            field_dict["bill_to_city"] = bill_to_city
        if bill_to_state is not UNSET:
            field_dict["bill_to_state"] = bill_to_state
        if bill_to_zip is not UNSET:
            field_dict["bill_to_zip"] = bill_to_zip
        if bill_to_country is not UNSET:
            field_dict["bill_to_country"] = bill_to_country
        if bill_to_phone is not UNSET:
            field_dict["bill_to_phone"] = bill_to_phone
        if bill_to_cell is not UNSET:
            field_dict["bill_to_cell"] = bill_to_cell
        if bill_to_email is not UNSET:
            field_dict["bill_to_email"] = bill_to_email
        if bill_to_sales_tax_code is not UNSET:
            field_dict["bill_to_sales_tax_code"] = bill_to_sales_tax_code
        if bill_to_notes is not UNSET:
            field_dict["bill_to_notes"] = bill_to_notes
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if date is not UNSET:
            field_dict["date"] = date
        if ref_num is not UNSET:
            field_dict["ref_num"] = ref_num
        if memo is not UNSET:
            field_dict["memo"] = memo
        if cf1_string is not UNSET:
            field_dict["cf1_string"] = cf1_string
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
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sales_order_line import SalesOrderLine

        d = dict(src_dict)
        api_code = d.pop("api_code")

        so_number = d.pop("so_number", UNSET)

        customer_api_code = d.pop("customer_api_code", UNSET)

        company = d.pop("company", UNSET)

        ship_to_api_code = d.pop("ship_to_api_code", UNSET)

        bill_to_api_code = d.pop("bill_to_api_code", UNSET)

        ship_to_address_id = d.pop("ship_to_address_id", UNSET)

        ship_to_first_name = d.pop("ship_to_first_name", UNSET)

        ship_to_middle_name = d.pop("ship_to_middle_name", UNSET)

        ship_to_last_name = d.pop("ship_to_last_name", UNSET)

        ship_to_address_line1 = d.pop("ship_to_address_line1", UNSET)

        ship_to_address_line2 = d.pop("ship_to_address_line2", UNSET)

        ship_to_city = d.pop("ship_to_city", UNSET)

        ship_to_state = d.pop("ship_to_state", UNSET)

        ship_to_zip = d.pop("ship_to_zip", UNSET)

        ship_to_country = d.pop("ship_to_country", UNSET)

        ship_to_phone = d.pop("ship_to_phone", UNSET)

        ship_to_cell = d.pop("ship_to_cell", UNSET)

        ship_to_email = d.pop("ship_to_email", UNSET)

        ship_to_sales_tax_code = d.pop("ship_to_sales_tax_code", UNSET)

        ship_to_notes = d.pop("ship_to_notes", UNSET)

        bill_to_address_id = d.pop("bill_to_address_id", UNSET)

        bill_to_first_name = d.pop("bill_to_first_name", UNSET)

        bill_to_middle_name = d.pop("bill_to_middle_name", UNSET)

        bill_to_last_name = d.pop("bill_to_last_name", UNSET)

        bill_to_address_line1 = d.pop("bill_to_address_line1", UNSET)

        bill_to_address_line2 = d.pop("bill_to_address_line2", UNSET)

        bill_to_city = d.pop("bill_to_city", UNSET)

        bill_to_state = d.pop("bill_to_state", UNSET)

        bill_to_zip = d.pop("bill_to_zip", UNSET)

        bill_to_country = d.pop("bill_to_country", UNSET)

        bill_to_phone = d.pop("bill_to_phone", UNSET)

        bill_to_cell = d.pop("bill_to_cell", UNSET)

        bill_to_email = d.pop("bill_to_email", UNSET)

        bill_to_sales_tax_code = d.pop("bill_to_sales_tax_code", UNSET)

        bill_to_notes = d.pop("bill_to_notes", UNSET)

        external_id = d.pop("external_id", UNSET)

        date = d.pop("date", UNSET)

        ref_num = d.pop("ref_num", UNSET)

        memo = d.pop("memo", UNSET)

        cf1_string = d.pop("cf1_string", UNSET)

        line_subtotal = d.pop("line_subtotal", UNSET)

        discount = d.pop("discount", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        shipping = d.pop("shipping", UNSET)

        sales_tax_total = d.pop("sales_tax_total", UNSET)

        doc_total = d.pop("doc_total", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[SalesOrderLine] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = SalesOrderLine.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        sales_order = cls(
            api_code=api_code,
            so_number=so_number,
            customer_api_code=customer_api_code,
            company=company,
            ship_to_api_code=ship_to_api_code,
            bill_to_api_code=bill_to_api_code,
            ship_to_address_id=ship_to_address_id,
            ship_to_first_name=ship_to_first_name,
            ship_to_middle_name=ship_to_middle_name,
            ship_to_last_name=ship_to_last_name,
            ship_to_address_line1=ship_to_address_line1,
            ship_to_address_line2=ship_to_address_line2,
            ship_to_city=ship_to_city,
            ship_to_state=ship_to_state,
            ship_to_zip=ship_to_zip,
            ship_to_country=ship_to_country,
            ship_to_phone=ship_to_phone,
            ship_to_cell=ship_to_cell,
            ship_to_email=ship_to_email,
            ship_to_sales_tax_code=ship_to_sales_tax_code,
            ship_to_notes=ship_to_notes,
            bill_to_address_id=bill_to_address_id,
            bill_to_first_name=bill_to_first_name,
            bill_to_middle_name=bill_to_middle_name,
            bill_to_last_name=bill_to_last_name,
            bill_to_address_line1=bill_to_address_line1,
            bill_to_address_line2=bill_to_address_line2,
            bill_to_city=bill_to_city,
            bill_to_state=bill_to_state,
            bill_to_zip=bill_to_zip,
            bill_to_country=bill_to_country,
            bill_to_phone=bill_to_phone,
            bill_to_cell=bill_to_cell,
            bill_to_email=bill_to_email,
            bill_to_sales_tax_code=bill_to_sales_tax_code,
            bill_to_notes=bill_to_notes,
            external_id=external_id,
            date=date,
            ref_num=ref_num,
            memo=memo,
            cf1_string=cf1_string,
            line_subtotal=line_subtotal,
            discount=discount,
            discount_percent=discount_percent,
            subtotal=subtotal,
            shipping=shipping,
            sales_tax_total=sales_tax_total,
            doc_total=doc_total,
            line_items=line_items,
        )

        sales_order.additional_properties = d
        return sales_order

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
