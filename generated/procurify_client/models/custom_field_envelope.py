from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_read import CustomFieldRead
    from ..models.empty_metadata import EmptyMetadata


T = TypeVar("T", bound="CustomFieldEnvelope")


@_attrs_define
class CustomFieldEnvelope:
    """One CustomFieldRead record in the standard envelope."""

    data: CustomFieldRead
    """ A custom field of order items. """
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
        from ..models.custom_field_read import CustomFieldRead
        from ..models.empty_metadata import EmptyMetadata

        d = dict(src_dict)
        data = CustomFieldRead.from_dict(d.pop("data"))

        _metadata = d.pop("metadata", UNSET)
        metadata: EmptyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EmptyMetadata.from_dict(_metadata)

        custom_field_envelope = cls(
            data=data,
            metadata=metadata,
        )

        custom_field_envelope.additional_properties = d
        return custom_field_envelope

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
