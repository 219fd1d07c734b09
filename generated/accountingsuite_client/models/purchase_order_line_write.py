from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLineWrite")


@_attrs_define
class PurchaseOrderLineWrite:
    """A purchase-order line to send; `line_total` must be `quantity × price`."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    price: float
    """ Unit price. """
    quantity: float
    """ Quantity ordered. """
    line_total: float
    """ Exactly `quantity × price`. """
    unit_of_measure: str | Unset = UNSET
    """ Name of an existing unit of measure. """
    project: str | Unset = UNSET
    """ Name of an existing project. """
    class_: str | Unset = UNSET
    """ Name of an existing class. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        price = self.price

        quantity = self.quantity

        line_total = self.line_total

        unit_of_measure = self.unit_of_measure

        project = self.project

        class_ = self.class_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
                "price": price,
                "quantity": quantity,
                "line_total": line_total,
            }
        )
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if project is not UNSET:
            field_dict["project"] = project
        if class_ is not UNSET:
            field_dict["class"] = class_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        price = d.pop("price")

        quantity = d.pop("quantity")

        line_total = d.pop("line_total")

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        project = d.pop("project", UNSET)

        class_ = d.pop("class", UNSET)

        purchase_order_line_write = cls(
            api_code=api_code,
            price=price,
            quantity=quantity,
            line_total=line_total,
            unit_of_measure=unit_of_measure,
            project=project,
            class_=class_,
        )

        purchase_order_line_write.additional_properties = d
        return purchase_order_line_write

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
