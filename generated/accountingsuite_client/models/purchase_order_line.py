from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLine")


@_attrs_define
class PurchaseOrderLine:
    """A purchase-order line as returned; the item's code is under `item`."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    item: str | Unset = UNSET
    """ The item's code. """
    item_description: str | Unset = UNSET
    """ The item's description. """
    price: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    quantity: float | Unset = UNSET
    """ A quantity, decimal(10,4) on the server. """
    unit_of_measure: str | Unset = UNSET
    """ Unit of measure of the line. """
    line_total: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    project: str | Unset = UNSET
    """ Project of the line. """
    class_: str | Unset = UNSET
    """ Class of the line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        item = self.item

        item_description = self.item_description

        price = self.price

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        line_total = self.line_total

        project = self.project

        class_ = self.class_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
            }
        )
        if item is not UNSET:
            field_dict["item"] = item
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if line_total is not UNSET:
            field_dict["line_total"] = line_total
        if project is not UNSET:
            field_dict["project"] = project
        if class_ is not UNSET:
            field_dict["class"] = class_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        item = d.pop("item", UNSET)

        item_description = d.pop("item_description", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        line_total = d.pop("line_total", UNSET)

        project = d.pop("project", UNSET)

        class_ = d.pop("class", UNSET)

        purchase_order_line = cls(
            api_code=api_code,
            item=item,
            item_description=item_description,
            price=price,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            line_total=line_total,
            project=project,
            class_=class_,
        )

        purchase_order_line.additional_properties = d
        return purchase_order_line

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
