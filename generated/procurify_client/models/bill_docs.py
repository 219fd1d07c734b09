from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_docs import VendorDocs


T = TypeVar("T", bound="BillDocs")


@_attrs_define
class BillDocs:
    vendor: VendorDocs
    """ A vendor named on a bill, by id and name. """
    group: int
    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    tax_amount: float | Unset = UNSET
    vendor_name: str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    status: int | Unset = UNSET
    """ Bill status code (0-8; the documents do not name the values). """
    type_: int | Unset = UNSET
    """ Code 0, 1 or 2 (the documents do not name the values). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor.to_dict()

        group = self.group

        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        tax_amount = self.tax_amount

        vendor_name = self.vendor_name

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor": vendor,
                "group": group,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vendor_docs import VendorDocs

        d = dict(src_dict)
        vendor = VendorDocs.from_dict(d.pop("vendor"))

        group = d.pop("group")

        id = d.pop("id", UNSET)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        tax_amount = d.pop("tax_amount", UNSET)

        vendor_name = d.pop("vendor_name", UNSET)

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

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        bill_docs = cls(
            vendor=vendor,
            group=group,
            id=id,
            uuid=uuid,
            tax_amount=tax_amount,
            vendor_name=vendor_name,
            due_date=due_date,
            status=status,
            type_=type_,
        )

        bill_docs.additional_properties = d
        return bill_docs

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
