from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_line import PurchaseOrderLine


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order as returned: the vendor's name is `company` and the lines are a top-level `line_items` array (they
    are sent under `lines.line_items`).

    """

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    po_number: str | Unset = UNSET
    """ The order's number. """
    po_date: str | Unset = UNSET
    """ A date as the server writes it: `yyyy-mm-dd` for midnight, `yyyy-mm-ddTHH:MM:SS` plus the server's offset
    for any other time (hours only, `-08`; hours and minutes, `+05:30`, for zones that are not whole hours; or `Z`),
    or `""` when empty.  Not `format: date-time`: `-08` is not RFC 3339 and `""` is no date. """
    delivery_date: str | Unset = UNSET
    """ A date as the server writes it: `yyyy-mm-dd` for midnight, `yyyy-mm-ddTHH:MM:SS` plus the server's offset
    for any other time (hours only, `-08`; hours and minutes, `+05:30`, for zones that are not whole hours; or `Z`),
    or `""` when empty.  Not `format: date-time`: `-08` is not RFC 3339 and `""` is no date. """
    customer_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    company: str | Unset = UNSET
    """ The vendor's name. """
    address_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    purchase_address_id: str | Unset = UNSET
    """ Label of the vendor address. """
    purchase_first_name: str | Unset = UNSET
    """ First name of the vendor contact. """
    purchase_middle_name: str | Unset = UNSET
    """ Middle name of the vendor contact. """
    purchase_last_name: str | Unset = UNSET
    """ Last name of the vendor contact. """
    purchase_address_line1: str | Unset = UNSET
    """ First address line. """
    purchase_address_line2: str | Unset = UNSET
    """ Second address line. """
    purchase_city: str | Unset = UNSET
    """ City. """
    purchase_state: str | Unset = UNSET
    """ State. """
    purchase_zip: str | Unset = UNSET
    """ Postal code. """
    purchase_country: str | Unset = UNSET
    """ Country. """
    purchase_phone: str | Unset = UNSET
    """ Phone number. """
    purchase_cell: str | Unset = UNSET
    """ Mobile number. """
    purchase_email: str | Unset = UNSET
    """ E-mail address. """
    purchase_sales_tax_code: str | Unset = UNSET
    """ Sales tax code. """
    purchase_notes: str | Unset = UNSET
    """ Free text. """
    ds_customer_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    ds_customer: str | Unset = UNSET
    """ Name of the drop-ship customer, `""` if none. """
    ds_address_api_code: str | Unset = UNSET
    """ A record identifier (UUID).  The nil UUID means "no record". """
    ds_address_id: str | Unset = UNSET
    """ Label of the drop-ship address, `""` if none. """
    memo: str | Unset = UNSET
    """ Free text. """
    project: str | Unset = UNSET
    """ Project of the order. """
    class_: str | Unset = UNSET
    """ Class of the order. """
    doc_total: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    line_items: list[PurchaseOrderLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        po_number = self.po_number

        po_date = self.po_date

        delivery_date = self.delivery_date

        customer_api_code = self.customer_api_code

        company = self.company

        address_api_code = self.address_api_code

        purchase_address_id = self.purchase_address_id

        purchase_first_name = self.purchase_first_name

        purchase_middle_name = self.purchase_middle_name

        purchase_last_name = self.purchase_last_name

        purchase_address_line1 = self.purchase_address_line1

        purchase_address_line2 = self.purchase_address_line2

        purchase_city = self.purchase_city

        purchase_state = self.purchase_state

        purchase_zip = self.purchase_zip

        purchase_country = self.purchase_country

        purchase_phone = self.purchase_phone

        purchase_cell = self.purchase_cell

        purchase_email = self.purchase_email

        purchase_sales_tax_code = self.purchase_sales_tax_code

        purchase_notes = self.purchase_notes

        ds_customer_api_code = self.ds_customer_api_code

        ds_customer = self.ds_customer

        ds_address_api_code = self.ds_address_api_code

        ds_address_id = self.ds_address_id

        memo = self.memo

        project = self.project

        class_ = self.class_

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
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if po_date is not UNSET:
            field_dict["po_date"] = po_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if customer_api_code is not UNSET:
            field_dict["customer_api_code"] = customer_api_code
        if company is not UNSET:
            field_dict["company"] = company
        if address_api_code is not UNSET:
            field_dict["address_api_code"] = address_api_code
        if purchase_address_id is not UNSET:
            field_dict["purchase_address_id"] = purchase_address_id
        if purchase_first_name is not UNSET:
            field_dict["purchase_first_name"] = purchase_first_name
        if purchase_middle_name is not UNSET:
            field_dict["purchase_middle_name"] = purchase_middle_name
        if purchase_last_name is not UNSET:
            field_dict["purchase_last_name"] = purchase_last_name
        if purchase_address_line1 is not UNSET:
            field_dict["purchase_address_line1"] = purchase_address_line1
        if purchase_address_line2 is not UNSET:
            field_dict["purchase_address_line2"] = purchase_address_line2
        if purchase_city is not UNSET:
            field_dict["purchase_city"] = purchase_city
        if purchase_state is not UNSET:
            field_dict["purchase_state"] = purchase_state
        if purchase_zip is not UNSET:
            field_dict["purchase_zip"] = purchase_zip
        if purchase_country is not UNSET:
            field_dict["purchase_country"] = purchase_country
        if purchase_phone is not UNSET:
            field_dict["purchase_phone"] = purchase_phone
        if purchase_cell is not UNSET:
            field_dict["purchase_cell"] = purchase_cell
        if purchase_email is not UNSET:
            field_dict["purchase_email"] = purchase_email
        if purchase_sales_tax_code is not UNSET:
            field_dict["purchase_sales_tax_code"] = purchase_sales_tax_code
        if purchase_notes is not UNSET:
            field_dict["purchase_notes"] = purchase_notes
        if ds_customer_api_code is not UNSET:
            field_dict["ds_customer_api_code"] = ds_customer_api_code
        if ds_customer is not UNSET:
            field_dict["ds_customer"] = ds_customer
        if ds_address_api_code is not UNSET:
            field_dict["ds_address_api_code"] = ds_address_api_code
        if ds_address_id is not UNSET:
            field_dict["ds_address_id"] = ds_address_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if project is not UNSET:
            field_dict["project"] = project
        if class_ is not UNSET:
            field_dict["class"] = class_
        if doc_total is not UNSET:
            field_dict["doc_total"] = doc_total
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_order_line import PurchaseOrderLine

        d = dict(src_dict)
        api_code = d.pop("api_code")

        po_number = d.pop("po_number", UNSET)

        po_date = d.pop("po_date", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        customer_api_code = d.pop("customer_api_code", UNSET)

        company = d.pop("company", UNSET)

        address_api_code = d.pop("address_api_code", UNSET)

        purchase_address_id = d.pop("purchase_address_id", UNSET)

        purchase_first_name = d.pop("purchase_first_name", UNSET)

        purchase_middle_name = d.pop("purchase_middle_name", UNSET)

        purchase_last_name = d.pop("purchase_last_name", UNSET)

        purchase_address_line1 = d.pop("purchase_address_line1", UNSET)

        purchase_address_line2 = d.pop("purchase_address_line2", UNSET)

        purchase_city = d.pop("purchase_city", UNSET)

        purchase_state = d.pop("purchase_state", UNSET)

        purchase_zip = d.pop("purchase_zip", UNSET)

        purchase_country = d.pop("purchase_country", UNSET)

        purchase_phone = d.pop("purchase_phone", UNSET)

        purchase_cell = d.pop("purchase_cell", UNSET)

        purchase_email = d.pop("purchase_email", UNSET)

        purchase_sales_tax_code = d.pop("purchase_sales_tax_code", UNSET)

        purchase_notes = d.pop("purchase_notes", UNSET)

        ds_customer_api_code = d.pop("ds_customer_api_code", UNSET)

        ds_customer = d.pop("ds_customer", UNSET)

        ds_address_api_code = d.pop("ds_address_api_code", UNSET)

        ds_address_id = d.pop("ds_address_id", UNSET)

        memo = d.pop("memo", UNSET)

        project = d.pop("project", UNSET)

        class_ = d.pop("class", UNSET)

        doc_total = d.pop("doc_total", UNSET)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[PurchaseOrderLine] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = PurchaseOrderLine.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        purchase_order = cls(
            api_code=api_code,
            po_number=po_number,
            po_date=po_date,
            delivery_date=delivery_date,
            customer_api_code=customer_api_code,
            company=company,
            address_api_code=address_api_code,
            purchase_address_id=purchase_address_id,
            purchase_first_name=purchase_first_name,
            purchase_middle_name=purchase_middle_name,
            purchase_last_name=purchase_last_name,
            purchase_address_line1=purchase_address_line1,
            purchase_address_line2=purchase_address_line2,
            purchase_city=purchase_city,
            purchase_state=purchase_state,
            purchase_zip=purchase_zip,
            purchase_country=purchase_country,
            purchase_phone=purchase_phone,
            purchase_cell=purchase_cell,
            purchase_email=purchase_email,
            purchase_sales_tax_code=purchase_sales_tax_code,
            purchase_notes=purchase_notes,
            ds_customer_api_code=ds_customer_api_code,
            ds_customer=ds_customer,
            ds_address_api_code=ds_address_api_code,
            ds_address_id=ds_address_id,
            memo=memo,
            project=project,
            class_=class_,
            doc_total=doc_total,
            line_items=line_items,
        )

        purchase_order.additional_properties = d
        return purchase_order

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
