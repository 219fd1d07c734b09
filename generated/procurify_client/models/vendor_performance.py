from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_breakdown_docs import VendorBreakdownDocs


T = TypeVar("T", bound="VendorPerformance")


@_attrs_define
class VendorPerformance:
    """Scores of a vendor's delivery and quality."""

    overall_score: float | Unset = UNSET
    average_delivery_time: None | str | Unset = UNSET
    breakdown: VendorBreakdownDocs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_score = self.overall_score

        average_delivery_time: None | str | Unset
        if isinstance(self.average_delivery_time, Unset):
            average_delivery_time = UNSET
        else:
            average_delivery_time = self.average_delivery_time

        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overall_score is not UNSET:
            field_dict["overall_score"] = overall_score
        if average_delivery_time is not UNSET:
            field_dict["average_delivery_time"] = average_delivery_time
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vendor_breakdown_docs import VendorBreakdownDocs

        d = dict(src_dict)
        overall_score = d.pop("overall_score", UNSET)

        def _parse_average_delivery_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_delivery_time = _parse_average_delivery_time(
            d.pop("average_delivery_time", UNSET)
        )

        _breakdown = d.pop("breakdown", UNSET)
        breakdown: VendorBreakdownDocs | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = VendorBreakdownDocs.from_dict(_breakdown)

        vendor_performance = cls(
            overall_score=overall_score,
            average_delivery_time=average_delivery_time,
            breakdown=breakdown,
        )

        vendor_performance.additional_properties = d
        return vendor_performance

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
