from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_status import OrderItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_read import AccountRead
    from ..models.adjustment import Adjustment
    from ..models.allocation_read import AllocationRead
    from ..models.attachment import Attachment
    from ..models.blanket_order_item_read import BlanketOrderItemRead
    from ..models.catalog_item_read import CatalogItemRead
    from ..models.comment import Comment
    from ..models.cost_details import CostDetails
    from ..models.currency_summary import CurrencySummary
    from ..models.custom_field_value_read import CustomFieldValueRead
    from ..models.flag_read import FlagRead
    from ..models.master_logger import MasterLogger
    from ..models.order_item_attachment import OrderItemAttachment
    from ..models.recurring_order_item import RecurringOrderItem
    from ..models.simple_user_summary import SimpleUserSummary
    from ..models.user_summary import UserSummary
    from ..models.vendor_read import VendorRead


T = TypeVar("T", bound="PurchaseOrderLineItemRead")


@_attrs_define
class PurchaseOrderLineItemRead:
    """An order item of a purchase order, as the purchase order shows it."""

    account: AccountRead
    approved_datetime: datetime.datetime | None
    approved_quantity: float
    attachments: list[OrderItemAttachment] | None
    catalog_item: CatalogItemRead | None
    currency: CurrencySummary
    item_attachments: list[Attachment]
    name: str
    num: str
    pref_vendor: VendorRead
    """ A vendor nested in another record (catalog items, purchase orders, bills). """
    price: str
    purchaser: UserSummary
    quantity: float
    received_fail_qty: float
    received_pass_qty: float
    unit: str
    recurrence: None | RecurringOrderItem
    po: list[int] | Unset = UNSET
    po_line_num: int | Unset = UNSET
    account_code: str | Unset = UNSET
    active: bool | Unset = UNSET
    approved_currency_rate: None | str | Unset = UNSET
    approved_price: None | str | Unset = UNSET
    approved_shipping_amount: None | str | Unset = UNSET
    approved_tax_amount: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    date_invoiced: datetime.datetime | None | Unset = UNSET
    external_id: str | Unset = UNSET
    """ External id of the order item """
    hot: bool | Unset = UNSET
    id: int | Unset = UNSET
    inventory_item: int | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    lineComment: None | str | Unset = UNSET
    order_num: int | None | Unset = UNSET
    po_note: str | Unset = UNSET
    po_version: int | Unset = UNSET
    purchase_order: int | None | Unset = UNSET
    shipping_amount: None | str | Unset = UNSET
    sku: str | Unset = UNSET
    status: int | OrderItemStatus | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    total_cost: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    vendor: str | Unset = UNSET
    receive_method: int | Unset = UNSET
    """ Code 0 or 1 (the documents do not name the values). """
    type_: int | Unset = UNSET
    """ Code 0, 1 or 2 (the documents do not name the values). """
    blanket: BlanketOrderItemRead | Unset = UNSET
    comments: list[Comment] | Unset = UNSET
    confirmation_status: int | None | Unset = UNSET
    confirmation_status_description: None | str | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    custom_fields: list[CustomFieldValueRead] | Unset = UNSET
    date_required: datetime.datetime | Unset = UNSET
    has_sibling_items: bool | Unset = UNSET
    line_comment: str | Unset = UNSET
    logs: list[MasterLogger] | Unset = UNSET
    order_description: str | Unset = UNSET
    order_status: int | Unset = UNSET
    order_uuid: UUID | Unset = UNSET
    punchout_supplier_icon: None | str | Unset = UNSET
    punchout_supplier_name: None | str | Unset = UNSET
    punchout_system: int | None | Unset = UNSET
    punchout_vendor_reference: int | None | Unset = UNSET
    punchout_supplier_can_update_quantity: bool | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    purchase_order_uuid: UUID | Unset = UNSET
    purchased_currency_rate: str | Unset = "0.000000"
    requester: SimpleUserSummary | Unset = UNSET
    spend_allocation: list[AllocationRead] | Unset = UNSET
    submitted_date: datetime.datetime | Unset = UNSET
    taxes: list[Adjustment] | None | Unset = UNSET
    receive_log_count: int | Unset = UNSET
    approval_history: list[MasterLogger] | Unset = UNSET
    flags: list[FlagRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_item_read import CatalogItemRead
        from ..models.cost_details import CostDetails
        from ..models.recurring_order_item import RecurringOrderItem

        account = self.account.to_dict()

        approved_datetime: None | str
        if isinstance(self.approved_datetime, datetime.datetime):
            approved_datetime = self.approved_datetime.isoformat()
        else:
            approved_datetime = self.approved_datetime

        approved_quantity = self.approved_quantity

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        catalog_item: dict[str, Any] | None
        if isinstance(self.catalog_item, CatalogItemRead):
            catalog_item = self.catalog_item.to_dict()
        else:
            catalog_item = self.catalog_item

        currency = self.currency.to_dict()

        item_attachments = []
        for item_attachments_item_data in self.item_attachments:
            item_attachments_item = item_attachments_item_data.to_dict()
            item_attachments.append(item_attachments_item)

        name = self.name

        num = self.num

        pref_vendor = self.pref_vendor.to_dict()

        price = self.price

        purchaser = self.purchaser.to_dict()

        quantity = self.quantity

        received_fail_qty = self.received_fail_qty

        received_pass_qty = self.received_pass_qty

        unit = self.unit

        recurrence: dict[str, Any] | None
        if isinstance(self.recurrence, RecurringOrderItem):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

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

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        lineComment: None | str | Unset
        if isinstance(self.lineComment, Unset):
            lineComment = UNSET
        else:
            lineComment = self.lineComment

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

        vendor = self.vendor

        receive_method = self.receive_method

        type_ = self.type_

        blanket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blanket, Unset):
            blanket = self.blanket.to_dict()

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        confirmation_status: int | None | Unset
        if isinstance(self.confirmation_status, Unset):
            confirmation_status = UNSET
        else:
            confirmation_status = self.confirmation_status

        confirmation_status_description: None | str | Unset
        if isinstance(self.confirmation_status_description, Unset):
            confirmation_status_description = UNSET
        else:
            confirmation_status_description = self.confirmation_status_description

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_required: str | Unset = UNSET
        if not isinstance(self.date_required, Unset):
            date_required = self.date_required.isoformat()

        has_sibling_items = self.has_sibling_items

        line_comment = self.line_comment

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        order_description = self.order_description

        order_status = self.order_status

        order_uuid: str | Unset = UNSET
        if not isinstance(self.order_uuid, Unset):
            order_uuid = str(self.order_uuid)

        punchout_supplier_icon: None | str | Unset
        if isinstance(self.punchout_supplier_icon, Unset):
            punchout_supplier_icon = UNSET
        else:
            punchout_supplier_icon = self.punchout_supplier_icon

        punchout_supplier_name: None | str | Unset
        if isinstance(self.punchout_supplier_name, Unset):
            punchout_supplier_name = UNSET
        else:
            punchout_supplier_name = self.punchout_supplier_name

        punchout_system: int | None | Unset
        if isinstance(self.punchout_system, Unset):
            punchout_system = UNSET
        else:
            punchout_system = self.punchout_system

        punchout_vendor_reference: int | None | Unset
        if isinstance(self.punchout_vendor_reference, Unset):
            punchout_vendor_reference = UNSET
        else:
            punchout_vendor_reference = self.punchout_vendor_reference

        punchout_supplier_can_update_quantity = (
            self.punchout_supplier_can_update_quantity
        )

        purchase_order_number = self.purchase_order_number

        purchase_order_uuid: str | Unset = UNSET
        if not isinstance(self.purchase_order_uuid, Unset):
            purchase_order_uuid = str(self.purchase_order_uuid)

        purchased_currency_rate = self.purchased_currency_rate

        requester: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.to_dict()

        spend_allocation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spend_allocation, Unset):
            spend_allocation = []
            for spend_allocation_item_data in self.spend_allocation:
                spend_allocation_item = spend_allocation_item_data.to_dict()
                spend_allocation.append(spend_allocation_item)

        submitted_date: str | Unset = UNSET
        if not isinstance(self.submitted_date, Unset):
            submitted_date = self.submitted_date.isoformat()

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        receive_log_count = self.receive_log_count

        approval_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approval_history, Unset):
            approval_history = []
            for approval_history_item_data in self.approval_history:
                approval_history_item = approval_history_item_data.to_dict()
                approval_history.append(approval_history_item)

        flags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = []
            for flags_item_data in self.flags:
                flags_item = flags_item_data.to_dict()
                flags.append(flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "approved_datetime": approved_datetime,
                "approved_quantity": approved_quantity,
                "attachments": attachments,
                "catalog_item": catalog_item,
                "currency": currency,
                "item_attachments": item_attachments,
                "name": name,
                "num": num,
                "pref_vendor": pref_vendor,
                "price": price,
                "purchaser": purchaser,
                "quantity": quantity,
                "receivedFailQty": received_fail_qty,
                "receivedPassQty": received_pass_qty,
                "unit": unit,
                "recurrence": recurrence,
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
        if approved_shipping_amount is not UNSET:
            field_dict["approved_shipping_amount"] = approved_shipping_amount
        if approved_tax_amount is not UNSET:
            field_dict["approved_tax_amount"] = approved_tax_amount
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
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if lineComment is not UNSET:
            field_dict["lineComment"] = lineComment
        if order_num is not UNSET:
            field_dict["orderNum"] = order_num
        if po_note is not UNSET:
            field_dict["po_note"] = po_note
        if po_version is not UNSET:
            field_dict["po_version"] = po_version
        if purchase_order is not UNSET:
            field_dict["purchase_order"] = purchase_order
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
        if comments is not UNSET:
            field_dict["comments"] = comments
        if confirmation_status is not UNSET:
            field_dict["confirmation_status"] = confirmation_status
        if confirmation_status_description is not UNSET:
            field_dict["confirmation_status_description"] = (
                confirmation_status_description
            )
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if date_required is not UNSET:
            field_dict["date_required"] = date_required
        if has_sibling_items is not UNSET:
            field_dict["has_sibling_items"] = has_sibling_items
        if line_comment is not UNSET:
            field_dict["line_comment"] = line_comment
        if logs is not UNSET:
            field_dict["logs"] = logs
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if order_uuid is not UNSET:
            field_dict["order_uuid"] = order_uuid
        if punchout_supplier_icon is not UNSET:
            field_dict["punchout_supplier_icon"] = punchout_supplier_icon
        if punchout_supplier_name is not UNSET:
            field_dict["punchout_supplier_name"] = punchout_supplier_name
        if punchout_system is not UNSET:
            field_dict["punchout_system"] = punchout_system
        if punchout_vendor_reference is not UNSET:
            field_dict["punchout_vendor_reference"] = punchout_vendor_reference
        if punchout_supplier_can_update_quantity is not UNSET:
            field_dict["punchout_supplier_can_update_quantity"] = (
                punchout_supplier_can_update_quantity
            )
        if purchase_order_number is not UNSET:
            field_dict["purchase_order_number"] = purchase_order_number
        if purchase_order_uuid is not UNSET:
            field_dict["purchase_order_uuid"] = purchase_order_uuid
        if purchased_currency_rate is not UNSET:
            field_dict["purchased_currency_rate"] = purchased_currency_rate
        if requester is not UNSET:
            field_dict["requester"] = requester
        if spend_allocation is not UNSET:
            field_dict["spend_allocation"] = spend_allocation
        if submitted_date is not UNSET:
            field_dict["submitted_date"] = submitted_date
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if receive_log_count is not UNSET:
            field_dict["receive_log_count"] = receive_log_count
        if approval_history is not UNSET:
            field_dict["approval_history"] = approval_history
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_read import AccountRead
        from ..models.adjustment import Adjustment
        from ..models.allocation_read import AllocationRead
        from ..models.attachment import Attachment
        from ..models.blanket_order_item_read import BlanketOrderItemRead
        from ..models.catalog_item_read import CatalogItemRead
        from ..models.comment import Comment
        from ..models.cost_details import CostDetails
        from ..models.currency_summary import CurrencySummary
        from ..models.custom_field_value_read import CustomFieldValueRead
        from ..models.flag_read import FlagRead
        from ..models.master_logger import MasterLogger
        from ..models.order_item_attachment import OrderItemAttachment
        from ..models.recurring_order_item import RecurringOrderItem
        from ..models.simple_user_summary import SimpleUserSummary
        from ..models.user_summary import UserSummary
        from ..models.vendor_read import VendorRead

        d = dict(src_dict)
        account = AccountRead.from_dict(d.pop("account"))

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

        approved_quantity = d.pop("approved_quantity")

        def _parse_attachments(data: object) -> list[OrderItemAttachment] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = OrderItemAttachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderItemAttachment] | None, data)

        attachments = _parse_attachments(d.pop("attachments"))

        def _parse_catalog_item(data: object) -> CatalogItemRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                catalog_item_type_0 = CatalogItemRead.from_dict(data)

                return catalog_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogItemRead | None, data)

        catalog_item = _parse_catalog_item(d.pop("catalog_item"))

        currency = CurrencySummary.from_dict(d.pop("currency"))

        item_attachments = []
        _item_attachments = d.pop("item_attachments")
        for item_attachments_item_data in _item_attachments:
            item_attachments_item = Attachment.from_dict(item_attachments_item_data)

            item_attachments.append(item_attachments_item)

        name = d.pop("name")

        num = d.pop("num")

        pref_vendor = VendorRead.from_dict(d.pop("pref_vendor"))

        price = d.pop("price")

        purchaser = UserSummary.from_dict(d.pop("purchaser"))

        quantity = d.pop("quantity")

        received_fail_qty = d.pop("receivedFailQty")

        received_pass_qty = d.pop("receivedPassQty")

        unit = d.pop("unit")

        def _parse_recurrence(data: object) -> None | RecurringOrderItem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = RecurringOrderItem.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecurringOrderItem, data)

        recurrence = _parse_recurrence(d.pop("recurrence"))

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

        def _parse_lineComment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lineComment = _parse_lineComment(d.pop("lineComment", UNSET))

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

        vendor = d.pop("vendor", UNSET)

        receive_method = d.pop("receive_method", UNSET)

        type_ = d.pop("type", UNSET)

        _blanket = d.pop("blanket", UNSET)
        blanket: BlanketOrderItemRead | Unset
        if isinstance(_blanket, Unset):
            blanket = UNSET
        else:
            blanket = BlanketOrderItemRead.from_dict(_blanket)

        _comments = d.pop("comments", UNSET)
        comments: list[Comment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = Comment.from_dict(comments_item_data)

                comments.append(comments_item)

        def _parse_confirmation_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        confirmation_status = _parse_confirmation_status(
            d.pop("confirmation_status", UNSET)
        )

        def _parse_confirmation_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_status_description = _parse_confirmation_status_description(
            d.pop("confirmation_status_description", UNSET)
        )

        def _parse_cost_details(data: object) -> CostDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_details_type_0 = CostDetails.from_dict(data)

                return cost_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostDetails | None | Unset, data)

        cost_details = _parse_cost_details(d.pop("cost_details", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueRead] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueRead.from_dict(
                    custom_fields_item_data
                )

                custom_fields.append(custom_fields_item)

        _date_required = d.pop("date_required", UNSET)
        date_required: datetime.datetime | Unset
        if isinstance(_date_required, Unset):
            date_required = UNSET
        else:
            date_required = datetime.datetime.fromisoformat(_date_required)

        has_sibling_items = d.pop("has_sibling_items", UNSET)

        line_comment = d.pop("line_comment", UNSET)

        _logs = d.pop("logs", UNSET)
        logs: list[MasterLogger] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = MasterLogger.from_dict(logs_item_data)

                logs.append(logs_item)

        order_description = d.pop("order_description", UNSET)

        order_status = d.pop("order_status", UNSET)

        _order_uuid = d.pop("order_uuid", UNSET)
        order_uuid: UUID | Unset
        if isinstance(_order_uuid, Unset):
            order_uuid = UNSET
        else:
            order_uuid = UUID(_order_uuid)

        def _parse_punchout_supplier_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_icon = _parse_punchout_supplier_icon(
            d.pop("punchout_supplier_icon", UNSET)
        )

        def _parse_punchout_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_name = _parse_punchout_supplier_name(
            d.pop("punchout_supplier_name", UNSET)
        )

        def _parse_punchout_system(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        punchout_system = _parse_punchout_system(d.pop("punchout_system", UNSET))

        def _parse_punchout_vendor_reference(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        punchout_vendor_reference = _parse_punchout_vendor_reference(
            d.pop("punchout_vendor_reference", UNSET)
        )

        punchout_supplier_can_update_quantity = d.pop(
            "punchout_supplier_can_update_quantity", UNSET
        )

        purchase_order_number = d.pop("purchase_order_number", UNSET)

        _purchase_order_uuid = d.pop("purchase_order_uuid", UNSET)
        purchase_order_uuid: UUID | Unset
        if isinstance(_purchase_order_uuid, Unset):
            purchase_order_uuid = UNSET
        else:
            purchase_order_uuid = UUID(_purchase_order_uuid)

        purchased_currency_rate = d.pop("purchased_currency_rate", UNSET)

        _requester = d.pop("requester", UNSET)
        requester: SimpleUserSummary | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = SimpleUserSummary.from_dict(_requester)

        _spend_allocation = d.pop("spend_allocation", UNSET)
        spend_allocation: list[AllocationRead] | Unset = UNSET
        if _spend_allocation is not UNSET:
            spend_allocation = []
            for spend_allocation_item_data in _spend_allocation:
                spend_allocation_item = AllocationRead.from_dict(
                    spend_allocation_item_data
                )

                spend_allocation.append(spend_allocation_item)

        _submitted_date = d.pop("submitted_date", UNSET)
        submitted_date: datetime.datetime | Unset
        if isinstance(_submitted_date, Unset):
            submitted_date = UNSET
        else:
            submitted_date = datetime.datetime.fromisoformat(_submitted_date)

        def _parse_taxes(data: object) -> list[Adjustment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = Adjustment.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Adjustment] | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        receive_log_count = d.pop("receive_log_count", UNSET)

        _approval_history = d.pop("approval_history", UNSET)
        approval_history: list[MasterLogger] | Unset = UNSET
        if _approval_history is not UNSET:
            approval_history = []
            for approval_history_item_data in _approval_history:
                approval_history_item = MasterLogger.from_dict(
                    approval_history_item_data
                )

                approval_history.append(approval_history_item)

        _flags = d.pop("flags", UNSET)
        flags: list[FlagRead] | Unset = UNSET
        if _flags is not UNSET:
            flags = []
            for flags_item_data in _flags:
                flags_item = FlagRead.from_dict(flags_item_data)

                flags.append(flags_item)

        purchase_order_line_item_read = cls(
            account=account,
            approved_datetime=approved_datetime,
            approved_quantity=approved_quantity,
            attachments=attachments,
            catalog_item=catalog_item,
            currency=currency,
            item_attachments=item_attachments,
            name=name,
            num=num,
            pref_vendor=pref_vendor,
            price=price,
            purchaser=purchaser,
            quantity=quantity,
            received_fail_qty=received_fail_qty,
            received_pass_qty=received_pass_qty,
            unit=unit,
            recurrence=recurrence,
            po=po,
            po_line_num=po_line_num,
            account_code=account_code,
            active=active,
            approved_currency_rate=approved_currency_rate,
            approved_price=approved_price,
            approved_shipping_amount=approved_shipping_amount,
            approved_tax_amount=approved_tax_amount,
            created_at=created_at,
            date_invoiced=date_invoiced,
            external_id=external_id,
            hot=hot,
            id=id,
            inventory_item=inventory_item,
            is_active=is_active,
            last_changed_by=last_changed_by,
            last_modified=last_modified,
            lineComment=lineComment,
            order_num=order_num,
            po_note=po_note,
            po_version=po_version,
            purchase_order=purchase_order,
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
            comments=comments,
            confirmation_status=confirmation_status,
            confirmation_status_description=confirmation_status_description,
            cost_details=cost_details,
            custom_fields=custom_fields,
            date_required=date_required,
            has_sibling_items=has_sibling_items,
            line_comment=line_comment,
            logs=logs,
            order_description=order_description,
            order_status=order_status,
            order_uuid=order_uuid,
            punchout_supplier_icon=punchout_supplier_icon,
            punchout_supplier_name=punchout_supplier_name,
            punchout_system=punchout_system,
            punchout_vendor_reference=punchout_vendor_reference,
            punchout_supplier_can_update_quantity=punchout_supplier_can_update_quantity,
            purchase_order_number=purchase_order_number,
            purchase_order_uuid=purchase_order_uuid,
            purchased_currency_rate=purchased_currency_rate,
            requester=requester,
            spend_allocation=spend_allocation,
            submitted_date=submitted_date,
            taxes=taxes,
            receive_log_count=receive_log_count,
            approval_history=approval_history,
            flags=flags,
        )

        purchase_order_line_item_read.additional_properties = d
        return purchase_order_line_item_read

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
