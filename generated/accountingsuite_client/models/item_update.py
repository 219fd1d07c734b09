from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemUpdate")


@_attrs_define
class ItemUpdate:
    """Changes to an item; only the fields sent are changed (not the type)."""

    item_code: str | Unset = UNSET
    """ New code; must not belong to another item. """
    item_description: str | Unset = UNSET
    """ What the item is. """
    item_type: ItemType | Unset = UNSET
    """ `product` tracks inventory (a sale needs stock); `service` does not. """
    item_category: str | Unset = UNSET
    """ Name of an existing item category. """
    unit_of_measure: str | Unset = UNSET
    """ Name of an existing unit of measure. """
    cf1_string: str | Unset = UNSET
    """ Text custom field 1. """
    cf1_num: float | Unset = UNSET
    """ Number custom field 1. """
    cf2_string: str | Unset = UNSET
    """ Text custom field 2. """
    cf2_num: float | Unset = UNSET
    """ Number custom field 2. """
    cf3_string: str | Unset = UNSET
    """ Text custom field 3. """
    cf3_num: float | Unset = UNSET
    """ Number custom field 3. """
    cf4_string: str | Unset = UNSET
    """ Text custom field 4. """
    cf4_num: float | Unset = UNSET
    """ Number custom field 4. """
    cf5_string: str | Unset = UNSET
    """ Text custom field 5. """
    cf5_num: float | Unset = UNSET
    """ Number custom field 5. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        item_description = self.item_description

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.value

        item_category = self.item_category

        unit_of_measure = self.unit_of_measure

        cf1_string = self.cf1_string

        cf1_num = self.cf1_num

        cf2_string = self.cf2_string

        cf2_num = self.cf2_num

        cf3_string = self.cf3_string

        cf3_num = self.cf3_num

        cf4_string = self.cf4_string

        cf4_num = self.cf4_num

        cf5_string = self.cf5_string

        cf5_num = self.cf5_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_code is not UNSET:
            field_dict["item_code"] = item_code
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_category is not UNSET:
            field_dict["item_category"] = item_category
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if cf1_string is not UNSET:
            field_dict["cf1_string"] = cf1_string
        if cf1_num is not UNSET:
            field_dict["cf1_num"] = cf1_num
        if cf2_string is not UNSET:
            field_dict["cf2_string"] = cf2_string
        if cf2_num is not UNSET:
            field_dict["cf2_num"] = cf2_num
        if cf3_string is not UNSET:
            field_dict["cf3_string"] = cf3_string
        if cf3_num is not UNSET:
            field_dict["cf3_num"] = cf3_num
        if cf4_string is not UNSET:
            field_dict["cf4_string"] = cf4_string
        if cf4_num is not UNSET:
            field_dict["cf4_num"] = cf4_num
        if cf5_string is not UNSET:
            field_dict["cf5_string"] = cf5_string
        if cf5_num is not UNSET:
            field_dict["cf5_num"] = cf5_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code", UNSET)

        item_description = d.pop("item_description", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: ItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = ItemType(_item_type)

        item_category = d.pop("item_category", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        cf1_string = d.pop("cf1_string", UNSET)

        cf1_num = d.pop("cf1_num", UNSET)

        cf2_string = d.pop("cf2_string", UNSET)

        cf2_num = d.pop("cf2_num", UNSET)

        cf3_string = d.pop("cf3_string", UNSET)

        cf3_num = d.pop("cf3_num", UNSET)

        cf4_string = d.pop("cf4_string", UNSET)

        cf4_num = d.pop("cf4_num", UNSET)

        cf5_string = d.pop("cf5_string", UNSET)

        cf5_num = d.pop("cf5_num", UNSET)

        item_update = cls(
            item_code=item_code,
            item_description=item_description,
            item_type=item_type,
            item_category=item_category,
            unit_of_measure=unit_of_measure,
            cf1_string=cf1_string,
            cf1_num=cf1_num,
            cf2_string=cf2_string,
            cf2_num=cf2_num,
            cf3_string=cf3_string,
            cf3_num=cf3_num,
            cf4_string=cf4_string,
            cf4_num=cf4_num,
            cf5_string=cf5_string,
            cf5_num=cf5_num,
        )

        item_update.additional_properties = d
        return item_update

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
