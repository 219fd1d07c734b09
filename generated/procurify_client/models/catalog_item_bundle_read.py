from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_item_read_serializer_with_quantity import (
        CatalogItemReadSerializerWithQuantity,
    )


T = TypeVar("T", bound="CatalogItemBundleRead")


@_attrs_define
class CatalogItemBundleRead:
    """A named bundle of catalog items, each with a quantity."""

    name: str
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    image: str | Unset = UNSET
    active: bool | Unset = UNSET
    items: list[CatalogItemReadSerializerWithQuantity] | Unset = UNSET
    items_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        id = self.id

        image = self.image

        active = self.active

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        items_count = self.items_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if active is not UNSET:
            field_dict["active"] = active
        if items is not UNSET:
            field_dict["items"] = items
        if items_count is not UNSET:
            field_dict["items_count"] = items_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalog_item_read_serializer_with_quantity import (
            CatalogItemReadSerializerWithQuantity,
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        image = d.pop("image", UNSET)

        active = d.pop("active", UNSET)

        _items = d.pop("items", UNSET)
        items: list[CatalogItemReadSerializerWithQuantity] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CatalogItemReadSerializerWithQuantity.from_dict(
                    items_item_data
                )

                items.append(items_item)

        items_count = d.pop("items_count", UNSET)

        catalog_item_bundle_read = cls(
            name=name,
            description=description,
            id=id,
            image=image,
            active=active,
            items=items,
            items_count=items_count,
        )

        catalog_item_bundle_read.additional_properties = d
        return catalog_item_bundle_read

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
