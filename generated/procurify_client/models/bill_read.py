from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ap_bill_payment_docs import APBillPaymentDocs
    from ..models.approver_read import ApproverRead
    from ..models.attachment import Attachment
    from ..models.bill_cost_read import BillCostRead
    from ..models.bill_item_read import BillItemRead
    from ..models.bill_purchase_order_docs import BillPurchaseOrderDocs
    from ..models.bill_status_read import BillStatusRead
    from ..models.comment import Comment
    from ..models.currency import Currency
    from ..models.simple_user_summary import SimpleUserSummary
    from ..models.user_summary import UserSummary
    from ..models.vendor_read import VendorRead
    from ..models.version_choices_docs import VersionChoicesDocs


T = TypeVar("T", bound="BillRead")


@_attrs_define
class BillRead:
    """An accounts-payable bill in full: vendor, items, payments, approvals and totals."""

    uuid: UUID
    user: UserSummary
    vendor: VendorRead
    """ A vendor nested in another record (catalog items, purchase orders, bills). """
    items: list[BillItemRead]
    costs: list[BillCostRead]
    invoice_attachments: list[Attachment]
    bill_statuses: list[BillStatusRead]
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    version: int | Unset = UNSET
    id: int | Unset = UNSET
    approval_chain: int | None | Unset = UNSET
    approver: ApproverRead | None | Unset = UNSET
    comments: list[Comment] | Unset = UNSET
    version_choices: list[VersionChoicesDocs] | Unset = UNSET
    tax_amount: float | Unset = UNSET
    inclusive_tax_amount: float | Unset = UNSET
    exclusive_tax_amount: float | Unset = UNSET
    subtotal_cost: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    total_cost_with_tax: float | Unset = UNSET
    converted_total_cost: float | Unset = UNSET
    next_approver_choices: list[ApproverRead] | None | Unset = UNSET
    locked: bool | Unset = UNSET
    bill_payment: APBillPaymentDocs | None | Unset = UNSET
    creditcard: int | Unset = UNSET
    creditcard_name: str | Unset = UNSET
    last_export_user: SimpleUserSummary | Unset = UNSET
    last_export_date: datetime.date | Unset = UNSET
    vendor_name: str | Unset = UNSET
    vendor_contact: str | Unset = UNSET
    vendor_address_one: str | Unset = UNSET
    vendor_address_two: str | Unset = UNSET
    vendor_postal_code: str | Unset = UNSET
    vendor_city: str | Unset = UNSET
    vendor_state_province: str | Unset = UNSET
    vendor_country: str | Unset = UNSET
    last_modified_datetime: datetime.datetime | Unset = UNSET
    submitted_date: datetime.datetime | None | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: datetime.datetime | None | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    payment_terms: str | Unset = UNSET
    status: int | Unset = UNSET
    """ Bill status code (0-8; the documents do not name the values). """
    type_: int | Unset = UNSET
    """ Code 0, 1 or 2 (the documents do not name the values). """
    active: bool | Unset = UNSET
    note: str | Unset = UNSET
    gl_post_date: datetime.datetime | None | Unset = UNSET
    group: int | None | Unset = UNSET
    payment_method: int | None | Unset = UNSET
    payment_method_name: str | Unset = UNSET
    added_purchase_orders: list[BillPurchaseOrderDocs] | Unset = UNSET
    shipping_amount: float | Unset = UNSET
    invoice_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ap_bill_payment_docs import APBillPaymentDocs
        from ..models.approver_read import ApproverRead

        uuid = str(self.uuid)

        user = self.user.to_dict()

        vendor = self.vendor.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        costs = []
        for costs_item_data in self.costs:
            costs_item = costs_item_data.to_dict()
            costs.append(costs_item)

        invoice_attachments = []
        for invoice_attachments_item_data in self.invoice_attachments:
            invoice_attachments_item = invoice_attachments_item_data.to_dict()
            invoice_attachments.append(invoice_attachments_item)

        bill_statuses = []
        for bill_statuses_item_data in self.bill_statuses:
            bill_statuses_item = bill_statuses_item_data.to_dict()
            bill_statuses.append(bill_statuses_item)

        currency = self.currency.to_dict()

        version = self.version

        id = self.id

        approval_chain: int | None | Unset
        if isinstance(self.approval_chain, Unset):
            approval_chain = UNSET
        else:
            approval_chain = self.approval_chain

        approver: dict[str, Any] | None | Unset
        if isinstance(self.approver, Unset):
            approver = UNSET
        elif isinstance(self.approver, ApproverRead):
            approver = self.approver.to_dict()
        else:
            approver = self.approver

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        version_choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.version_choices, Unset):
            version_choices = []
            for version_choices_item_data in self.version_choices:
                version_choices_item = version_choices_item_data.to_dict()
                version_choices.append(version_choices_item)

        tax_amount = self.tax_amount

        inclusive_tax_amount = self.inclusive_tax_amount

        exclusive_tax_amount = self.exclusive_tax_amount

        subtotal_cost = self.subtotal_cost

        total_cost = self.total_cost

        total_cost_with_tax = self.total_cost_with_tax

        converted_total_cost = self.converted_total_cost

        next_approver_choices: list[dict[str, Any]] | None | Unset
        if isinstance(self.next_approver_choices, Unset):
            next_approver_choices = UNSET
        elif isinstance(self.next_approver_choices, list):
            next_approver_choices = []
            for next_approver_choices_type_0_item_data in self.next_approver_choices:
                next_approver_choices_type_0_item = (
                    next_approver_choices_type_0_item_data.to_dict()
                )
                next_approver_choices.append(next_approver_choices_type_0_item)

        else:
            next_approver_choices = self.next_approver_choices

        locked = self.locked

        bill_payment: dict[str, Any] | None | Unset
        if isinstance(self.bill_payment, Unset):
            bill_payment = UNSET
        elif isinstance(self.bill_payment, APBillPaymentDocs):
            bill_payment = self.bill_payment.to_dict()
        else:
            bill_payment = self.bill_payment

        creditcard = self.creditcard

        creditcard_name = self.creditcard_name

        last_export_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_export_user, Unset):
            last_export_user = self.last_export_user.to_dict()

        last_export_date: str | Unset = UNSET
        if not isinstance(self.last_export_date, Unset):
            last_export_date = self.last_export_date.isoformat()

        vendor_name = self.vendor_name

        vendor_contact = self.vendor_contact

        vendor_address_one = self.vendor_address_one

        vendor_address_two = self.vendor_address_two

        vendor_postal_code = self.vendor_postal_code

        vendor_city = self.vendor_city

        vendor_state_province = self.vendor_state_province

        vendor_country = self.vendor_country

        last_modified_datetime: str | Unset = UNSET
        if not isinstance(self.last_modified_datetime, Unset):
            last_modified_datetime = self.last_modified_datetime.isoformat()

        submitted_date: None | str | Unset
        if isinstance(self.submitted_date, Unset):
            submitted_date = UNSET
        elif isinstance(self.submitted_date, datetime.datetime):
            submitted_date = self.submitted_date.isoformat()
        else:
            submitted_date = self.submitted_date

        invoice_number = self.invoice_number

        invoice_date: None | str | Unset
        if isinstance(self.invoice_date, Unset):
            invoice_date = UNSET
        elif isinstance(self.invoice_date, datetime.datetime):
            invoice_date = self.invoice_date.isoformat()
        else:
            invoice_date = self.invoice_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        payment_terms = self.payment_terms

        status = self.status

        type_ = self.type_

        active = self.active

        note = self.note

        gl_post_date: None | str | Unset
        if isinstance(self.gl_post_date, Unset):
            gl_post_date = UNSET
        elif isinstance(self.gl_post_date, datetime.datetime):
            gl_post_date = self.gl_post_date.isoformat()
        else:
            gl_post_date = self.gl_post_date

        group: int | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        payment_method: int | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_method_name = self.payment_method_name

        added_purchase_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added_purchase_orders, Unset):
            added_purchase_orders = []
            for added_purchase_orders_item_data in self.added_purchase_orders:
                added_purchase_orders_item = added_purchase_orders_item_data.to_dict()
                added_purchase_orders.append(added_purchase_orders_item)

        shipping_amount = self.shipping_amount

        invoice_uuid = self.invoice_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "user": user,
                "vendor": vendor,
                "items": items,
                "costs": costs,
                "invoice_attachments": invoice_attachments,
                "bill_statuses": bill_statuses,
                "currency": currency,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if id is not UNSET:
            field_dict["id"] = id
        if approval_chain is not UNSET:
            field_dict["approval_chain"] = approval_chain
        if approver is not UNSET:
            field_dict["approver"] = approver
        if comments is not UNSET:
            field_dict["comments"] = comments
        if version_choices is not UNSET:
            field_dict["version_choices"] = version_choices
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if inclusive_tax_amount is not UNSET:
            field_dict["inclusive_tax_amount"] = inclusive_tax_amount
        if exclusive_tax_amount is not UNSET:
            field_dict["exclusive_tax_amount"] = exclusive_tax_amount
        if subtotal_cost is not UNSET:
            field_dict["subtotal_cost"] = subtotal_cost
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if total_cost_with_tax is not UNSET:
            field_dict["total_cost_with_tax"] = total_cost_with_tax
        if converted_total_cost is not UNSET:
            field_dict["converted_total_cost"] = converted_total_cost
        if next_approver_choices is not UNSET:
            field_dict["next_approver_choices"] = next_approver_choices
        if locked is not UNSET:
            field_dict["locked"] = locked
        if bill_payment is not UNSET:
            field_dict["bill_payment"] = bill_payment
        if creditcard is not UNSET:
            field_dict["creditcard"] = creditcard
        if creditcard_name is not UNSET:
            field_dict["creditcard_name"] = creditcard_name
        if last_export_user is not UNSET:
            field_dict["last_export_user"] = last_export_user
        if last_export_date is not UNSET:
            field_dict["last_export_date"] = last_export_date
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if vendor_contact is not UNSET:
            field_dict["vendor_contact"] = vendor_contact
        if vendor_address_one is not UNSET:
            field_dict["vendor_address_one"] = vendor_address_one
        if vendor_address_two is not UNSET:
            field_dict["vendor_address_two"] = vendor_address_two
        if vendor_postal_code is not UNSET:
            field_dict["vendor_postal_code"] = vendor_postal_code
        if vendor_city is not UNSET:
            field_dict["vendor_city"] = vendor_city
        if vendor_state_province is not UNSET:
            field_dict["vendor_state_province"] = vendor_state_province
        if vendor_country is not UNSET:
            field_dict["vendor_country"] = vendor_country
        if last_modified_datetime is not UNSET:
            field_dict["last_modified_datetime"] = last_modified_datetime
        if submitted_date is not UNSET:
            field_dict["submitted_date"] = submitted_date
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if note is not UNSET:
            field_dict["note"] = note
        if gl_post_date is not UNSET:
            field_dict["gl_post_date"] = gl_post_date
        if group is not UNSET:
            field_dict["group"] = group
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_name is not UNSET:
            field_dict["payment_method_name"] = payment_method_name
        if added_purchase_orders is not UNSET:
            field_dict["added_purchase_orders"] = added_purchase_orders
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if invoice_uuid is not UNSET:
            field_dict["invoice_uuid"] = invoice_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ap_bill_payment_docs import APBillPaymentDocs
        from ..models.approver_read import ApproverRead
        from ..models.attachment import Attachment
        from ..models.bill_cost_read import BillCostRead
        from ..models.bill_item_read import BillItemRead
        from ..models.bill_purchase_order_docs import BillPurchaseOrderDocs
        from ..models.bill_status_read import BillStatusRead
        from ..models.comment import Comment
        from ..models.currency import Currency
        from ..models.simple_user_summary import SimpleUserSummary
        from ..models.user_summary import UserSummary
        from ..models.vendor_read import VendorRead
        from ..models.version_choices_docs import VersionChoicesDocs

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        user = UserSummary.from_dict(d.pop("user"))

        vendor = VendorRead.from_dict(d.pop("vendor"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BillItemRead.from_dict(items_item_data)

            items.append(items_item)

        costs = []
        _costs = d.pop("costs")
        for costs_item_data in _costs:
            costs_item = BillCostRead.from_dict(costs_item_data)

            costs.append(costs_item)

        invoice_attachments = []
        _invoice_attachments = d.pop("invoice_attachments")
        for invoice_attachments_item_data in _invoice_attachments:
            invoice_attachments_item = Attachment.from_dict(
                invoice_attachments_item_data
            )

            invoice_attachments.append(invoice_attachments_item)

        bill_statuses = []
        _bill_statuses = d.pop("bill_statuses")
        for bill_statuses_item_data in _bill_statuses:
            bill_statuses_item = BillStatusRead.from_dict(bill_statuses_item_data)

            bill_statuses.append(bill_statuses_item)

        currency = Currency.from_dict(d.pop("currency"))

        version = d.pop("version", UNSET)

        id = d.pop("id", UNSET)

        def _parse_approval_chain(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approval_chain = _parse_approval_chain(d.pop("approval_chain", UNSET))

        def _parse_approver(data: object) -> ApproverRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approver_type_0 = ApproverRead.from_dict(data)

                return approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApproverRead | None | Unset, data)

        approver = _parse_approver(d.pop("approver", UNSET))

        _comments = d.pop("comments", UNSET)
        comments: list[Comment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = Comment.from_dict(comments_item_data)

                comments.append(comments_item)

        _version_choices = d.pop("version_choices", UNSET)
        version_choices: list[VersionChoicesDocs] | Unset = UNSET
        if _version_choices is not UNSET:
            version_choices = []
            for version_choices_item_data in _version_choices:
                version_choices_item = VersionChoicesDocs.from_dict(
                    version_choices_item_data
                )

                version_choices.append(version_choices_item)

        tax_amount = d.pop("tax_amount", UNSET)

        inclusive_tax_amount = d.pop("inclusive_tax_amount", UNSET)

        exclusive_tax_amount = d.pop("exclusive_tax_amount", UNSET)

        subtotal_cost = d.pop("subtotal_cost", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        total_cost_with_tax = d.pop("total_cost_with_tax", UNSET)

        converted_total_cost = d.pop("converted_total_cost", UNSET)

        def _parse_next_approver_choices(
            data: object,
        ) -> list[ApproverRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                next_approver_choices_type_0 = []
                _next_approver_choices_type_0 = data
                for (
                    next_approver_choices_type_0_item_data
                ) in _next_approver_choices_type_0:
                    next_approver_choices_type_0_item = ApproverRead.from_dict(
                        next_approver_choices_type_0_item_data
                    )

                    next_approver_choices_type_0.append(
                        next_approver_choices_type_0_item
                    )

                return next_approver_choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApproverRead] | None | Unset, data)

        next_approver_choices = _parse_next_approver_choices(
            d.pop("next_approver_choices", UNSET)
        )

        locked = d.pop("locked", UNSET)

        def _parse_bill_payment(data: object) -> APBillPaymentDocs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bill_payment_type_0 = APBillPaymentDocs.from_dict(data)

                return bill_payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(APBillPaymentDocs | None | Unset, data)

        bill_payment = _parse_bill_payment(d.pop("bill_payment", UNSET))

        creditcard = d.pop("creditcard", UNSET)

        creditcard_name = d.pop("creditcard_name", UNSET)

        _last_export_user = d.pop("last_export_user", UNSET)
        last_export_user: SimpleUserSummary | Unset
        if isinstance(_last_export_user, Unset):
            last_export_user = UNSET
        else:
            last_export_user = SimpleUserSummary.from_dict(_last_export_user)

        _last_export_date = d.pop("last_export_date", UNSET)
        last_export_date: datetime.date | Unset
        if isinstance(_last_export_date, Unset):
            last_export_date = UNSET
        else:
            last_export_date = datetime.date.fromisoformat(_last_export_date)

        vendor_name = d.pop("vendor_name", UNSET)

        vendor_contact = d.pop("vendor_contact", UNSET)

        vendor_address_one = d.pop("vendor_address_one", UNSET)

        vendor_address_two = d.pop("vendor_address_two", UNSET)

        vendor_postal_code = d.pop("vendor_postal_code", UNSET)

        vendor_city = d.pop("vendor_city", UNSET)

        vendor_state_province = d.pop("vendor_state_province", UNSET)

        vendor_country = d.pop("vendor_country", UNSET)

        _last_modified_datetime = d.pop("last_modified_datetime", UNSET)
        last_modified_datetime: datetime.datetime | Unset
        if isinstance(_last_modified_datetime, Unset):
            last_modified_datetime = UNSET
        else:
            last_modified_datetime = datetime.datetime.fromisoformat(
                _last_modified_datetime
            )

        def _parse_submitted_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_date_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_date = _parse_submitted_date(d.pop("submitted_date", UNSET))

        invoice_number = d.pop("invoice_number", UNSET)

        def _parse_invoice_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_date_type_0 = datetime.datetime.fromisoformat(data)

                return invoice_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        invoice_date = _parse_invoice_date(d.pop("invoice_date", UNSET))

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        payment_terms = d.pop("payment_terms", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        active = d.pop("active", UNSET)

        note = d.pop("note", UNSET)

        def _parse_gl_post_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gl_post_date_type_0 = datetime.datetime.fromisoformat(data)

                return gl_post_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        gl_post_date = _parse_gl_post_date(d.pop("gl_post_date", UNSET))

        def _parse_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_payment_method(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        payment_method_name = d.pop("payment_method_name", UNSET)

        _added_purchase_orders = d.pop("added_purchase_orders", UNSET)
        added_purchase_orders: list[BillPurchaseOrderDocs] | Unset = UNSET
        if _added_purchase_orders is not UNSET:
            added_purchase_orders = []
            for added_purchase_orders_item_data in _added_purchase_orders:
                added_purchase_orders_item = BillPurchaseOrderDocs.from_dict(
                    added_purchase_orders_item_data
                )

                added_purchase_orders.append(added_purchase_orders_item)

        shipping_amount = d.pop("shipping_amount", UNSET)

        invoice_uuid = d.pop("invoice_uuid", UNSET)

        bill_read = cls(
            uuid=uuid,
            user=user,
            vendor=vendor,
            items=items,
            costs=costs,
            invoice_attachments=invoice_attachments,
            bill_statuses=bill_statuses,
            currency=currency,
            version=version,
            id=id,
            approval_chain=approval_chain,
            approver=approver,
            comments=comments,
            version_choices=version_choices,
            tax_amount=tax_amount,
            inclusive_tax_amount=inclusive_tax_amount,
            exclusive_tax_amount=exclusive_tax_amount,
            subtotal_cost=subtotal_cost,
            total_cost=total_cost,
            total_cost_with_tax=total_cost_with_tax,
            converted_total_cost=converted_total_cost,
            next_approver_choices=next_approver_choices,
            locked=locked,
            bill_payment=bill_payment,
            creditcard=creditcard,
            creditcard_name=creditcard_name,
            last_export_user=last_export_user,
            last_export_date=last_export_date,
            vendor_name=vendor_name,
            vendor_contact=vendor_contact,
            vendor_address_one=vendor_address_one,
            vendor_address_two=vendor_address_two,
            vendor_postal_code=vendor_postal_code,
            vendor_city=vendor_city,
            vendor_state_province=vendor_state_province,
            vendor_country=vendor_country,
            last_modified_datetime=last_modified_datetime,
            submitted_date=submitted_date,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            payment_terms=payment_terms,
            status=status,
            type_=type_,
            active=active,
            note=note,
            gl_post_date=gl_post_date,
            group=group,
            payment_method=payment_method,
            payment_method_name=payment_method_name,
            added_purchase_orders=added_purchase_orders,
            shipping_amount=shipping_amount,
            invoice_uuid=invoice_uuid,
        )

        bill_read.additional_properties = d
        return bill_read

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
