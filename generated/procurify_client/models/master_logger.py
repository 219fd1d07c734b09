from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_delegation_read import ApprovalDelegationRead
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="MasterLogger")


@_attrs_define
class MasterLogger:
    user: UserSummary
    next_approver: UserSummary
    nextApprover: UserSummary
    approval_delegation: ApprovalDelegationRead | None
    id: int | Unset = UNSET
    date_time: datetime.datetime | Unset = UNSET
    action: int | Unset = UNSET
    """ Approval-log action code (the documents do not name the values). """
    line_qty_pass: None | str | Unset = UNSET
    line_qty_fail: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    line_item: int | None | Unset = UNSET
    po: int | None | Unset = UNSET
    inventory_item: int | None | Unset = UNSET
    stocking_parent: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_delegation_read import ApprovalDelegationRead

        user = self.user.to_dict()

        next_approver = self.next_approver.to_dict()

        nextApprover = self.nextApprover.to_dict()

        approval_delegation: dict[str, Any] | None
        if isinstance(self.approval_delegation, ApprovalDelegationRead):
            approval_delegation = self.approval_delegation.to_dict()
        else:
            approval_delegation = self.approval_delegation

        id = self.id

        date_time: str | Unset = UNSET
        if not isinstance(self.date_time, Unset):
            date_time = self.date_time.isoformat()

        action = self.action

        line_qty_pass: None | str | Unset
        if isinstance(self.line_qty_pass, Unset):
            line_qty_pass = UNSET
        else:
            line_qty_pass = self.line_qty_pass

        line_qty_fail: None | str | Unset
        if isinstance(self.line_qty_fail, Unset):
            line_qty_fail = UNSET
        else:
            line_qty_fail = self.line_qty_fail

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        line_item: int | None | Unset
        if isinstance(self.line_item, Unset):
            line_item = UNSET
        else:
            line_item = self.line_item

        po: int | None | Unset
        if isinstance(self.po, Unset):
            po = UNSET
        else:
            po = self.po

        inventory_item: int | None | Unset
        if isinstance(self.inventory_item, Unset):
            inventory_item = UNSET
        else:
            inventory_item = self.inventory_item

        stocking_parent: int | None | Unset
        if isinstance(self.stocking_parent, Unset):
            stocking_parent = UNSET
        else:
            stocking_parent = self.stocking_parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "next_approver": next_approver,
                "nextApprover": nextApprover,
                "approval_delegation": approval_delegation,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if date_time is not UNSET:
            field_dict["dateTime"] = date_time
        if action is not UNSET:
            field_dict["action"] = action
        if line_qty_pass is not UNSET:
            field_dict["line_qty_pass"] = line_qty_pass
        if line_qty_fail is not UNSET:
            field_dict["line_qty_fail"] = line_qty_fail
        if order is not UNSET:
            field_dict["order"] = order
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if po is not UNSET:
            field_dict["PO"] = po
        if inventory_item is not UNSET:
            field_dict["inventoryItem"] = inventory_item
        if stocking_parent is not UNSET:
            field_dict["stocking_parent"] = stocking_parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_delegation_read import ApprovalDelegationRead
        from ..models.user_summary import UserSummary

        d = dict(src_dict)
        user = UserSummary.from_dict(d.pop("user"))

        next_approver = UserSummary.from_dict(d.pop("next_approver"))

        nextApprover = UserSummary.from_dict(d.pop("nextApprover"))

        def _parse_approval_delegation(data: object) -> ApprovalDelegationRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_delegation_type_0 = ApprovalDelegationRead.from_dict(data)

                return approval_delegation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalDelegationRead | None, data)

        approval_delegation = _parse_approval_delegation(d.pop("approval_delegation"))

        id = d.pop("id", UNSET)

        _date_time = d.pop("dateTime", UNSET)
        date_time: datetime.datetime | Unset
        if isinstance(_date_time, Unset):
            date_time = UNSET
        else:
            date_time = datetime.datetime.fromisoformat(_date_time)

        action = d.pop("action", UNSET)

        def _parse_line_qty_pass(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_qty_pass = _parse_line_qty_pass(d.pop("line_qty_pass", UNSET))

        def _parse_line_qty_fail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_qty_fail = _parse_line_qty_fail(d.pop("line_qty_fail", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_line_item(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_item = _parse_line_item(d.pop("lineItem", UNSET))

        def _parse_po(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        po = _parse_po(d.pop("PO", UNSET))

        def _parse_inventory_item(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        inventory_item = _parse_inventory_item(d.pop("inventoryItem", UNSET))

        def _parse_stocking_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stocking_parent = _parse_stocking_parent(d.pop("stocking_parent", UNSET))

        master_logger = cls(
            user=user,
            next_approver=next_approver,
            nextApprover=nextApprover,
            approval_delegation=approval_delegation,
            id=id,
            date_time=date_time,
            action=action,
            line_qty_pass=line_qty_pass,
            line_qty_fail=line_qty_fail,
            order=order,
            line_item=line_item,
            po=po,
            inventory_item=inventory_item,
            stocking_parent=stocking_parent,
        )

        master_logger.additional_properties = d
        return master_logger

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
