from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approver_read import ApproverRead
    from ..models.bill_list_view_approver_user_docs import BillListViewApproverUserDocs
    from ..models.simple_currency import SimpleCurrency
    from ..models.simple_user import SimpleUser
    from ..models.simple_user_profile import SimpleUserProfile
    from ..models.vendor_docs import VendorDocs


T = TypeVar("T", bound="SimpleBill")


@_attrs_define
class SimpleBill:
    """A bill as the bill list shows it."""

    currency: SimpleCurrency
    uuid: UUID
    vendor: VendorDocs
    """ A vendor named on a bill, by id and name. """
    user: SimpleUser
    version: int | Unset = UNSET
    id: int | Unset = UNSET
    status: int | Unset = UNSET
    """ Bill status code (0-8; the documents do not name the values). """
    locked: bool | Unset = UNSET
    items: list[int] | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    total_cost_with_tax: float | Unset = UNSET
    invoice_date: datetime.datetime | None | Unset = UNSET
    next_approver_choices: list[ApproverRead] | None | Unset = UNSET
    last_export_user: SimpleUserProfile | Unset = UNSET
    last_modified_datetime: datetime.datetime | Unset = UNSET
    last_export_date: datetime.date | Unset = UNSET
    submitted_date: datetime.datetime | None | Unset = UNSET
    gl_post_date: datetime.datetime | None | Unset = UNSET
    invoice_number: str | Unset = UNSET
    group: int | None | Unset = UNSET
    type_: int | Unset = UNSET
    """ Code 0, 1 or 2 (the documents do not name the values). """
    approver: BillListViewApproverUserDocs | None | Unset = UNSET
    past_due: bool | Unset = UNSET
    payment_uuid: None | Unset | UUID = UNSET
    invoice_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill_list_view_approver_user_docs import (
            BillListViewApproverUserDocs,
        )

        currency = self.currency.to_dict()

        uuid = str(self.uuid)

        vendor = self.vendor.to_dict()

        user = self.user.to_dict()

        version = self.version

        id = self.id

        status = self.status

        locked = self.locked

        items: list[int] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        total_cost_with_tax = self.total_cost_with_tax

        invoice_date: None | str | Unset
        if isinstance(self.invoice_date, Unset):
            invoice_date = UNSET
        elif isinstance(self.invoice_date, datetime.datetime):
            invoice_date = self.invoice_date.isoformat()
        else:
            invoice_date = self.invoice_date

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

        last_export_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_export_user, Unset):
            last_export_user = self.last_export_user.to_dict()

        last_modified_datetime: str | Unset = UNSET
        if not isinstance(self.last_modified_datetime, Unset):
            last_modified_datetime = self.last_modified_datetime.isoformat()

        last_export_date: str | Unset = UNSET
        if not isinstance(self.last_export_date, Unset):
            last_export_date = self.last_export_date.isoformat()

        submitted_date: None | str | Unset
        if isinstance(self.submitted_date, Unset):
            submitted_date = UNSET
        elif isinstance(self.submitted_date, datetime.datetime):
            submitted_date = self.submitted_date.isoformat()
        else:
            submitted_date = self.submitted_date

        gl_post_date: None | str | Unset
        if isinstance(self.gl_post_date, Unset):
            gl_post_date = UNSET
        elif isinstance(self.gl_post_date, datetime.datetime):
            gl_post_date = self.gl_post_date.isoformat()
        else:
            gl_post_date = self.gl_post_date

        invoice_number = self.invoice_number

        group: int | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        type_ = self.type_

        approver: dict[str, Any] | None | Unset
        if isinstance(self.approver, Unset):
            approver = UNSET
        elif isinstance(self.approver, BillListViewApproverUserDocs):
            approver = self.approver.to_dict()
        else:
            approver = self.approver

        past_due = self.past_due

        payment_uuid: None | str | Unset
        if isinstance(self.payment_uuid, Unset):
            payment_uuid = UNSET
        elif isinstance(self.payment_uuid, UUID):
            payment_uuid = str(self.payment_uuid)
        else:
            payment_uuid = self.payment_uuid

        invoice_uuid = self.invoice_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "uuid": uuid,
                "vendor": vendor,
                "user": user,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if locked is not UNSET:
            field_dict["locked"] = locked
        if items is not UNSET:
            field_dict["items"] = items
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if total_cost_with_tax is not UNSET:
            field_dict["total_cost_with_tax"] = total_cost_with_tax
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if next_approver_choices is not UNSET:
            field_dict["next_approver_choices"] = next_approver_choices
        if last_export_user is not UNSET:
            field_dict["last_export_user"] = last_export_user
        if last_modified_datetime is not UNSET:
            field_dict["last_modified_datetime"] = last_modified_datetime
        if last_export_date is not UNSET:
            field_dict["last_export_date"] = last_export_date
        if submitted_date is not UNSET:
            field_dict["submitted_date"] = submitted_date
        if gl_post_date is not UNSET:
            field_dict["gl_post_date"] = gl_post_date
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if group is not UNSET:
            field_dict["group"] = group
        if type_ is not UNSET:
            field_dict["type"] = type_
        if approver is not UNSET:
            field_dict["approver"] = approver
        if past_due is not UNSET:
            field_dict["past_due"] = past_due
        if payment_uuid is not UNSET:
            field_dict["payment_uuid"] = payment_uuid
        if invoice_uuid is not UNSET:
            field_dict["invoice_uuid"] = invoice_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approver_read import ApproverRead
        from ..models.bill_list_view_approver_user_docs import (
            BillListViewApproverUserDocs,
        )
        from ..models.simple_currency import SimpleCurrency
        from ..models.simple_user import SimpleUser
        from ..models.simple_user_profile import SimpleUserProfile
        from ..models.vendor_docs import VendorDocs

        d = dict(src_dict)
        currency = SimpleCurrency.from_dict(d.pop("currency"))

        uuid = UUID(d.pop("uuid"))

        vendor = VendorDocs.from_dict(d.pop("vendor"))

        user = SimpleUser.from_dict(d.pop("user"))

        version = d.pop("version", UNSET)

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        locked = d.pop("locked", UNSET)

        items = cast(list[int], d.pop("items", UNSET))

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

        total_cost_with_tax = d.pop("total_cost_with_tax", UNSET)

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

        _last_export_user = d.pop("last_export_user", UNSET)
        last_export_user: SimpleUserProfile | Unset
        if isinstance(_last_export_user, Unset):
            last_export_user = UNSET
        else:
            last_export_user = SimpleUserProfile.from_dict(_last_export_user)

        _last_modified_datetime = d.pop("last_modified_datetime", UNSET)
        last_modified_datetime: datetime.datetime | Unset
        if isinstance(_last_modified_datetime, Unset):
            last_modified_datetime = UNSET
        else:
            last_modified_datetime = datetime.datetime.fromisoformat(
                _last_modified_datetime
            )

        _last_export_date = d.pop("last_export_date", UNSET)
        last_export_date: datetime.date | Unset
        if isinstance(_last_export_date, Unset):
            last_export_date = UNSET
        else:
            last_export_date = datetime.date.fromisoformat(_last_export_date)

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

        invoice_number = d.pop("invoice_number", UNSET)

        def _parse_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_approver(
            data: object,
        ) -> BillListViewApproverUserDocs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approver_type_0 = BillListViewApproverUserDocs.from_dict(data)

                return approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillListViewApproverUserDocs | None | Unset, data)

        approver = _parse_approver(d.pop("approver", UNSET))

        past_due = d.pop("past_due", UNSET)

        def _parse_payment_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_uuid_type_0 = UUID(data)

                return payment_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        payment_uuid = _parse_payment_uuid(d.pop("payment_uuid", UNSET))

        invoice_uuid = d.pop("invoice_uuid", UNSET)

        simple_bill = cls(
            currency=currency,
            uuid=uuid,
            vendor=vendor,
            user=user,
            version=version,
            id=id,
            status=status,
            locked=locked,
            items=items,
            due_date=due_date,
            total_cost_with_tax=total_cost_with_tax,
            invoice_date=invoice_date,
            next_approver_choices=next_approver_choices,
            last_export_user=last_export_user,
            last_modified_datetime=last_modified_datetime,
            last_export_date=last_export_date,
            submitted_date=submitted_date,
            gl_post_date=gl_post_date,
            invoice_number=invoice_number,
            group=group,
            type_=type_,
            approver=approver,
            past_due=past_due,
            payment_uuid=payment_uuid,
            invoice_uuid=invoice_uuid,
        )

        simple_bill.additional_properties = d
        return simple_bill

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
