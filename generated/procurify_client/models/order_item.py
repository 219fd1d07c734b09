from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_status import OrderItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blanket_order_item_read import BlanketOrderItemRead


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """An order item (requisition line): what was asked for, approved, purchased and received, and at what cost."""

    account: int
    approved_datetime: datetime.datetime | None
    currency: int
    name: str
    num: str
    pref_vendor: int
    price: str
    quantity: str
    unit: str
    po: list[int] | Unset = UNSET
    po_line_num: int | Unset = UNSET
    account_code: str | Unset = UNSET
    active: bool | Unset = UNSET
    approved_currency_rate: None | str | Unset = UNSET
    approved_price: None | str | Unset = UNSET
    approved_quantity: None | str | Unset = UNSET
    approved_shipping_amount: None | str | Unset = UNSET
    approved_tax_amount: None | str | Unset = UNSET
    attachments: str | Unset = UNSET
    catalog_item: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    date_invoiced: datetime.datetime | None | Unset = UNSET
    external_id: str | Unset = UNSET
    """ External id of the order item """
    hot: bool | Unset = UNSET
    id: int | Unset = UNSET
    inventory_item: int | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    item_attachments: list[int] | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    line_comment: None | str | Unset = UNSET
    order_num: int | None | Unset = UNSET
    po_note: str | Unset = UNSET
    po_version: int | Unset = UNSET
    purchase_order: int | None | Unset = UNSET
    purchaser: int | None | Unset = UNSET
    received_fail_qty: str | Unset = UNSET
    received_pass_qty: str | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    sku: str | Unset = UNSET
    status: int | OrderItemStatus | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    total_cost: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    vendor: None | str | Unset = UNSET
    receive_method: int | Unset = UNSET
    """ Code 0 or 1 (the documents do not name the values). """
    type_: int | Unset = UNSET
    """ Code 0, 1 or 2 (the documents do not name the values). """
    blanket: BlanketOrderItemRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        approved_datetime: None | str
        if isinstance(self.approved_datetime, datetime.datetime):
            approved_datetime = self.approved_datetime.isoformat()
        else:
            approved_datetime = self.approved_datetime

        currency = self.currency

        name = self.name

        num = self.num

        pref_vendor = self.pref_vendor

        price = self.price

        quantity = self.quantity

        unit = self.unit

        po: list[int] | Unset = UNSET
        if not isinstance(self.po, Unset):
            po = self.po

        po_line_num = self.po_line_num

        account_code = self.account_code

        active = self.active

        approved_currency_rate: None | str | Unset
        if isinstance(self.approved_currency_rate, Unset):
            approved_currency_rate = UNSET
        else:
            approved_currency_rate = self.approved_currency_rate

        approved_price: None | str | Unset
        if isinstance(self.approved_price, Unset):
            approved_price = UNSET
        else:
            approved_price = self.approved_price

        approved_quantity: None | str | Unset
        if isinstance(self.approved_quantity, Unset):
            approved_quantity = UNSET
        else:
            approved_quantity = self.approved_quantity

        approved_shipping_amount: None | str | Unset
        if isinstance(self.approved_shipping_amount, Unset):
            approved_shipping_amount = UNSET
        else:
            approved_shipping_amount = self.approved_shipping_amount

        approved_tax_amount: None | str | Unset
        if isinstance(self.approved_tax_amount, Unset):
            approved_tax_amount = UNSET
        else:
            approved_tax_amount = self.approved_tax_amount

        attachments = self.attachments

        catalog_item: int | None | Unset
        if isinstance(self.catalog_item, Unset):
            catalog_item = UNSET
        else:
            catalog_item = self.catalog_item

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        date_invoiced: None | str | Unset
        if isinstance(self.date_invoiced, Unset):
            date_invoiced = UNSET
        elif isinstance(self.date_invoiced, datetime.datetime):
            date_invoiced = self.date_invoiced.isoformat()
        else:
            date_invoiced = self.date_invoiced

        external_id = self.external_id

        hot = self.hot

        id = self.id

        inventory_item: int | None | Unset
        if isinstance(self.inventory_item, Unset):
            inventory_item = UNSET
        else:
            inventory_item = self.inventory_item

        is_active = self.is_active

        item_attachments: list[int] | Unset = UNSET
        if not isinstance(self.item_attachments, Unset):
            item_attachments = self.item_attachments

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        line_comment: None | str | Unset
        if isinstance(self.line_comment, Unset):
            line_comment = UNSET
        else:
            line_comment = self.line_comment

        order_num: int | None | Unset
        if isinstance(self.order_num, Unset):
            order_num = UNSET
        else:
            order_num = self.order_num

        po_note = self.po_note

        po_version = self.po_version

        purchase_order: int | None | Unset
        if isinstance(self.purchase_order, Unset):
            purchase_order = UNSET
        else:
            purchase_order = self.purchase_order

        purchaser: int | None | Unset
        if isinstance(self.purchaser, Unset):
            purchaser = UNSET
        else:
            purchaser = self.purchaser

        received_fail_qty = self.received_fail_qty

        received_pass_qty = self.received_pass_qty

        shipping_amount: None | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        sku = self.sku

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderItemStatus):
            status = self.status.value
        else:
            status = self.status

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        total_cost = self.total_cost

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        vendor: None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        receive_method = self.receive_method

        type_ = self.type_

        blanket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blanket, Unset):
            blanket = self.blanket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "approved_datetime": approved_datetime,
                "currency": currency,
                "name": name,
                "num": num,
                "pref_vendor": pref_vendor,
                "price": price,
                "quantity": quantity,
                "unit": unit,
            }
        )
        if po is not UNSET:
            field_dict["PO"] = po
        if po_line_num is not UNSET:
            field_dict["PO_line_num"] = po_line_num
        if account_code is not UNSET:
            field_dict["accountCode"] = account_code
        if active is not UNSET:
            field_dict["active"] = active
        if approved_currency_rate is not UNSET:
            field_dict["approved_currency_rate"] = approved_currency_rate
        if approved_price is not UNSET:
            field_dict["approved_price"] = approved_price
        if approved_quantity is not UNSET:
            field_dict["approved_quantity"] = approved_quantity
        if approved_shipping_amount is not UNSET:
            field_dict["approved_shipping_amount"] = approved_shipping_amount
        if approved_tax_amount is not UNSET:
            field_dict["approved_tax_amount"] = approved_tax_amount
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if catalog_item is not UNSET:
            field_dict["catalog_item"] = catalog_item
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if date_invoiced is not UNSET:
            field_dict["dateInvoiced"] = date_invoiced
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if hot is not UNSET:
            field_dict["hot"] = hot
        if id is not UNSET:
            field_dict["id"] = id
        if inventory_item is not UNSET:
            field_dict["inventoryItem"] = inventory_item
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if item_attachments is not UNSET:
            field_dict["item_attachments"] = item_attachments
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if line_comment is not UNSET:
            field_dict["lineComment"] = line_comment
        if order_num is not UNSET:
            field_dict["orderNum"] = order_num
        if po_note is not UNSET:
            field_dict["po_note"] = po_note
        if po_version is not UNSET:
            field_dict["po_version"] = po_version
        if purchase_order is not UNSET:
            field_dict["purchase_order"] = purchase_order
        if purchaser is not UNSET:
            field_dict["purchaser"] = purchaser
        if received_fail_qty is not UNSET:
            field_dict["receivedFailQty"] = received_fail_qty
        if received_pass_qty is not UNSET:
            field_dict["receivedPassQty"] = received_pass_qty
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if sku is not UNSET:
            field_dict["sku"] = sku
        if status is not UNSET:
            field_dict["status"] = status
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if receive_method is not UNSET:
            field_dict["receive_method"] = receive_method
        if type_ is not UNSET:
            field_dict["type"] = type_
        if blanket is not UNSET:
            field_dict["blanket"] = blanket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.blanket_order_item_read import BlanketOrderItemRead

        d = dict(src_dict)
        account = d.pop("account")

        def _parse_approved_datetime(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return approved_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_datetime = _parse_approved_datetime(d.pop("approved_datetime"))

        currency = d.pop("currency")

        name = d.pop("name")

        num = d.pop("num")

        pref_vendor = d.pop("pref_vendor")

        price = d.pop("price")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        po = cast(list[int], d.pop("PO", UNSET))

        po_line_num = d.pop("PO_line_num", UNSET)

        account_code = d.pop("accountCode", UNSET)

        active = d.pop("active", UNSET)

        def _parse_approved_currency_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_currency_rate = _parse_approved_currency_rate(
            d.pop("approved_currency_rate", UNSET)
        )

        def _parse_approved_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_price = _parse_approved_price(d.pop("approved_price", UNSET))

        def _parse_approved_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_quantity = _parse_approved_quantity(d.pop("approved_quantity", UNSET))

        def _parse_approved_shipping_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_shipping_amount = _parse_approved_shipping_amount(
            d.pop("approved_shipping_amount", UNSET)
        )

        def _parse_approved_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_tax_amount = _parse_approved_tax_amount(
            d.pop("approved_tax_amount", UNSET)
        )

        attachments = d.pop("attachments", UNSET)

        def _parse_catalog_item(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        catalog_item = _parse_catalog_item(d.pop("catalog_item", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_date_invoiced(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_invoiced_type_0 = datetime.datetime.fromisoformat(data)

                return date_invoiced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_invoiced = _parse_date_invoiced(d.pop("dateInvoiced", UNSET))

        external_id = d.pop("external_id", UNSET)

        hot = d.pop("hot", UNSET)

        id = d.pop("id", UNSET)

        def _parse_inventory_item(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inventory_item = _parse_inventory_item(d.pop("inventoryItem", UNSET))

        is_active = d.pop("is_active", UNSET)

        item_attachments = cast(list[int], d.pop("item_attachments", UNSET))

        def _parse_last_changed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        def _parse_line_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_comment = _parse_line_comment(d.pop("lineComment", UNSET))

        def _parse_order_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_num = _parse_order_num(d.pop("orderNum", UNSET))

        po_note = d.pop("po_note", UNSET)

        po_version = d.pop("po_version", UNSET)

        def _parse_purchase_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_order = _parse_purchase_order(d.pop("purchase_order", UNSET))

        def _parse_purchaser(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchaser = _parse_purchaser(d.pop("purchaser", UNSET))

        received_fail_qty = d.pop("receivedFailQty", UNSET)

        received_pass_qty = d.pop("receivedPassQty", UNSET)

        def _parse_shipping_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("shipping_amount", UNSET))

        sku = d.pop("sku", UNSET)

        def _parse_status(data: object) -> int | OrderItemStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = OrderItemStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderItemStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_tax_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        total_cost = d.pop("total_cost", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        receive_method = d.pop("receive_method", UNSET)

        type_ = d.pop("type", UNSET)

        _blanket = d.pop("blanket", UNSET)
        blanket: BlanketOrderItemRead | Unset
        if isinstance(_blanket, Unset):
            blanket = UNSET
        else:
            blanket = BlanketOrderItemRead.from_dict(_blanket)

        order_item = cls(
            account=account,
            approved_datetime=approved_datetime,
            currency=currency,
            name=name,
            num=num,
            pref_vendor=pref_vendor,
            price=price,
            quantity=quantity,
            unit=unit,
            po=po,
            po_line_num=po_line_num,
            account_code=account_code,
            active=active,
            approved_currency_rate=approved_currency_rate,
            approved_price=approved_price,
            approved_quantity=approved_quantity,
            approved_shipping_amount=approved_shipping_amount,
            approved_tax_amount=approved_tax_amount,
            attachments=attachments,
            catalog_item=catalog_item,
            created_at=created_at,
            date_invoiced=date_invoiced,
            external_id=external_id,
            hot=hot,
            id=id,
            inventory_item=inventory_item,
            is_active=is_active,
            item_attachments=item_attachments,
            last_changed_by=last_changed_by,
            last_modified=last_modified,
            line_comment=line_comment,
            order_num=order_num,
            po_note=po_note,
            po_version=po_version,
            purchase_order=purchase_order,
            purchaser=purchaser,
            received_fail_qty=received_fail_qty,
            received_pass_qty=received_pass_qty,
            shipping_amount=shipping_amount,
            sku=sku,
            status=status,
            tax_amount=tax_amount,
            total_cost=total_cost,
            updated_at=updated_at,
            vendor=vendor,
            receive_method=receive_method,
            type_=type_,
            blanket=blanket,
        )

        order_item.additional_properties = d
        return order_item

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
