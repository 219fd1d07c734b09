from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch import Branch
    from ..models.currency_summary import CurrencySummary
    from ..models.department_summary import DepartmentSummary
    from ..models.master_logger import MasterLogger
    from ..models.named_reference import NamedReference
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="OrderRead")


@_attrs_define
class OrderRead:
    """A requisition (order) with its requester, approvals and totals."""

    uuid: UUID
    branch: Branch
    user: UserSummary
    department: DepartmentSummary
    logs: list[MasterLogger]
    date_required: datetime.datetime
    next_approver: UserSummary
    description: None | str | Unset = UNSET
    num: int | Unset = UNSET
    currency: CurrencySummary | Unset = UNSET
    total_cost_in_base_currency: float | Unset = UNSET
    item_count: int | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    date_modified: datetime.datetime | Unset = UNSET
    line_count: int | None | Unset = UNSET
    purchased_count: int | Unset = UNSET
    total_price: None | str | Unset = UNSET
    status: int | OrderStatus | Unset = UNSET
    approval_delegatee: int | None | Unset = UNSET
    punchout_group: NamedReference | None | Unset = UNSET
    punchout_shipping_address: NamedReference | None | Unset = UNSET
    punchout_items_rejected: bool | Unset = UNSET
    punchout_supplier_name: None | str | Unset = UNSET
    punchout_supplier_icon: None | str | Unset = UNSET
    punchout_vendor_reference: int | None | Unset = UNSET
    has_blanket_order_items: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.named_reference import NamedReference

        uuid = str(self.uuid)

        branch = self.branch.to_dict()

        user = self.user.to_dict()

        department = self.department.to_dict()

        logs = []
        for logs_item_data in self.logs:
            logs_item = logs_item_data.to_dict()
            logs.append(logs_item)

        date_required = self.date_required.isoformat()

        next_approver = self.next_approver.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        num = self.num

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        total_cost_in_base_currency = self.total_cost_in_base_currency

        item_count = self.item_count

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

        line_count: int | None | Unset
        if isinstance(self.line_count, Unset):
            line_count = UNSET
        else:
            line_count = self.line_count

        purchased_count = self.purchased_count

        total_price: None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        status: int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        approval_delegatee: int | None | Unset
        if isinstance(self.approval_delegatee, Unset):
            approval_delegatee = UNSET
        else:
            approval_delegatee = self.approval_delegatee

        punchout_group: dict[str, Any] | None | Unset
        if isinstance(self.punchout_group, Unset):
            punchout_group = UNSET
        elif isinstance(self.punchout_group, NamedReference):
            punchout_group = self.punchout_group.to_dict()
        else:
            punchout_group = self.punchout_group

        punchout_shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.punchout_shipping_address, Unset):
            punchout_shipping_address = UNSET
        elif isinstance(self.punchout_shipping_address, NamedReference):
            punchout_shipping_address = self.punchout_shipping_address.to_dict()
        else:
            punchout_shipping_address = self.punchout_shipping_address

        punchout_items_rejected = self.punchout_items_rejected

        punchout_supplier_name: None | str | Unset
        if isinstance(self.punchout_supplier_name, Unset):
            punchout_supplier_name = UNSET
        else:
            punchout_supplier_name = self.punchout_supplier_name

        punchout_supplier_icon: None | str | Unset
        if isinstance(self.punchout_supplier_icon, Unset):
            punchout_supplier_icon = UNSET
        else:
            punchout_supplier_icon = self.punchout_supplier_icon

        punchout_vendor_reference: int | None | Unset
        if isinstance(self.punchout_vendor_reference, Unset):
            punchout_vendor_reference = UNSET
        else:
            punchout_vendor_reference = self.punchout_vendor_reference

        has_blanket_order_items = self.has_blanket_order_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "branch": branch,
                "user": user,
                "department": department,
                "logs": logs,
                "dateRequired": date_required,
                "next_approver": next_approver,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if num is not UNSET:
            field_dict["num"] = num
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_cost_in_base_currency is not UNSET:
            field_dict["total_cost_in_base_currency"] = total_cost_in_base_currency
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if date is not UNSET:
            field_dict["date"] = date
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if line_count is not UNSET:
            field_dict["lineCount"] = line_count
        if purchased_count is not UNSET:
            field_dict["purchasedCount"] = purchased_count
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if status is not UNSET:
            field_dict["status"] = status
        if approval_delegatee is not UNSET:
            field_dict["approval_delegatee"] = approval_delegatee
        if punchout_group is not UNSET:
            field_dict["punchout_group"] = punchout_group
        if punchout_shipping_address is not UNSET:
            field_dict["punchout_shipping_address"] = punchout_shipping_address
        if punchout_items_rejected is not UNSET:
            field_dict["punchout_items_rejected"] = punchout_items_rejected
        if punchout_supplier_name is not UNSET:
            field_dict["punchout_supplier_name"] = punchout_supplier_name
        if punchout_supplier_icon is not UNSET:
            field_dict["punchout_supplier_icon"] = punchout_supplier_icon
        if punchout_vendor_reference is not UNSET:
            field_dict["punchout_vendor_reference"] = punchout_vendor_reference
        if has_blanket_order_items is not UNSET:
            field_dict["has_blanket_order_items"] = has_blanket_order_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branch import Branch
        from ..models.currency_summary import CurrencySummary
        from ..models.department_summary import DepartmentSummary
        from ..models.master_logger import MasterLogger
        from ..models.named_reference import NamedReference
        from ..models.user_summary import UserSummary

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        branch = Branch.from_dict(d.pop("branch"))

        user = UserSummary.from_dict(d.pop("user"))

        department = DepartmentSummary.from_dict(d.pop("department"))

        logs = []
        _logs = d.pop("logs")
        for logs_item_data in _logs:
            logs_item = MasterLogger.from_dict(logs_item_data)

            logs.append(logs_item)

        date_required = datetime.datetime.fromisoformat(d.pop("dateRequired"))

        next_approver = UserSummary.from_dict(d.pop("next_approver"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        num = d.pop("num", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: CurrencySummary | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CurrencySummary.from_dict(_currency)

        total_cost_in_base_currency = d.pop("total_cost_in_base_currency", UNSET)

        item_count = d.pop("item_count", UNSET)

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _date_modified = d.pop("dateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        def _parse_line_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_count = _parse_line_count(d.pop("lineCount", UNSET))

        purchased_count = d.pop("purchasedCount", UNSET)

        def _parse_total_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_price = _parse_total_price(d.pop("totalPrice", UNSET))

        def _parse_status(data: object) -> int | OrderStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_approval_delegatee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approval_delegatee = _parse_approval_delegatee(
            d.pop("approval_delegatee", UNSET)
        )

        def _parse_punchout_group(data: object) -> NamedReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                punchout_group_type_0 = NamedReference.from_dict(data)

                return punchout_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamedReference | None | Unset, data)

        punchout_group = _parse_punchout_group(d.pop("punchout_group", UNSET))

        def _parse_punchout_shipping_address(
            data: object,
        ) -> NamedReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                punchout_shipping_address_type_0 = NamedReference.from_dict(data)

                return punchout_shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamedReference | None | Unset, data)

        punchout_shipping_address = _parse_punchout_shipping_address(
            d.pop("punchout_shipping_address", UNSET)
        )

        punchout_items_rejected = d.pop("punchout_items_rejected", UNSET)

        def _parse_punchout_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_name = _parse_punchout_supplier_name(
            d.pop("punchout_supplier_name", UNSET)
        )

        def _parse_punchout_supplier_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_icon = _parse_punchout_supplier_icon(
            d.pop("punchout_supplier_icon", UNSET)
        )

        def _parse_punchout_vendor_reference(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        punchout_vendor_reference = _parse_punchout_vendor_reference(
            d.pop("punchout_vendor_reference", UNSET)
        )

        has_blanket_order_items = d.pop("has_blanket_order_items", UNSET)

        order_read = cls(
            uuid=uuid,
            branch=branch,
            user=user,
            department=department,
            logs=logs,
            date_required=date_required,
            next_approver=next_approver,
            description=description,
            num=num,
            currency=currency,
            total_cost_in_base_currency=total_cost_in_base_currency,
            item_count=item_count,
            ip_address=ip_address,
            date=date,
            date_modified=date_modified,
            line_count=line_count,
            purchased_count=purchased_count,
            total_price=total_price,
            status=status,
            approval_delegatee=approval_delegatee,
            punchout_group=punchout_group,
            punchout_shipping_address=punchout_shipping_address,
            punchout_items_rejected=punchout_items_rejected,
            punchout_supplier_name=punchout_supplier_name,
            punchout_supplier_icon=punchout_supplier_icon,
            punchout_vendor_reference=punchout_vendor_reference,
            has_blanket_order_items=has_blanket_order_items,
        )

        order_read.additional_properties = d
        return order_read

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
