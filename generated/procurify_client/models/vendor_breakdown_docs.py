from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.breakdown_docs import BreakdownDocs


T = TypeVar("T", bound="VendorBreakdownDocs")


@_attrs_define
class VendorBreakdownDocs:
    speed: BreakdownDocs
    accuracy: BreakdownDocs
    quality: BreakdownDocs
    cost: BreakdownDocs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speed = self.speed.to_dict()

        accuracy = self.accuracy.to_dict()

        quality = self.quality.to_dict()

        cost = self.cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speed": speed,
                "accuracy": accuracy,
                "quality": quality,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.breakdown_docs import BreakdownDocs

        d = dict(src_dict)
        speed = BreakdownDocs.from_dict(d.pop("speed"))

        accuracy = BreakdownDocs.from_dict(d.pop("accuracy"))

        quality = BreakdownDocs.from_dict(d.pop("quality"))

        cost = BreakdownDocs.from_dict(d.pop("cost"))

        vendor_breakdown_docs = cls(
            speed=speed,
            accuracy=accuracy,
            quality=quality,
            cost=cost,
        )

        vendor_breakdown_docs.additional_properties = d
        return vendor_breakdown_docs

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
