from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_metadata import EmptyMetadata
    from ..models.vendor_detail import VendorDetail


T = TypeVar("T", bound="VendorDetailEnvelope")


@_attrs_define
class VendorDetailEnvelope:
    """One VendorDetail record in the standard envelope."""

    data: VendorDetail
    """ A vendor in full, as reading or creating one returns it: terms and methods expanded, currency and
    performance included. """
    metadata: EmptyMetadata | Unset = UNSET
    """ Metadata of a single-record answer; the API sends `{}`. Extra keys are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.empty_metadata import EmptyMetadata
        from ..models.vendor_detail import VendorDetail

        d = dict(src_dict)
        data = VendorDetail.from_dict(d.pop("data"))

        _metadata = d.pop("metadata", UNSET)
        metadata: EmptyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EmptyMetadata.from_dict(_metadata)

        vendor_detail_envelope = cls(
            data=data,
            metadata=metadata,
        )

        vendor_detail_envelope.additional_properties = d
        return vendor_detail_envelope

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
