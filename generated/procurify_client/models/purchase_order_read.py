from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_user_summary import SimpleUserSummary


T = TypeVar("T", bound="PurchaseOrderRead")


@_attrs_define
class PurchaseOrderRead:
    """A purchase order nested in another record."""

    uuid: UUID
    purchaser: SimpleUserSummary
    number: str | Unset = UNSET
    vendor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        purchaser = self.purchaser.to_dict()

        number = self.number

        vendor_name: None | str | Unset
        if isinstance(self.vendor_name, Unset):
            vendor_name = UNSET
        else:
            vendor_name = self.vendor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "purchaser": purchaser,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_user_summary import SimpleUserSummary

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        purchaser = SimpleUserSummary.from_dict(d.pop("purchaser"))

        number = d.pop("number", UNSET)

        def _parse_vendor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_name = _parse_vendor_name(d.pop("vendor_name", UNSET))

        purchase_order_read = cls(
            uuid=uuid,
            purchaser=purchaser,
            number=number,
            vendor_name=vendor_name,
        )

        purchase_order_read.additional_properties = d
        return purchase_order_read

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
