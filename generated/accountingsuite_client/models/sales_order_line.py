from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderLine")


@_attrs_define
class SalesOrderLine:
    """A sales-order line as returned; the item's code is under `Product` (capital P)."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    product: str | Unset = UNSET
    """ The item's code. """
    price: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    quantity: float | Unset = UNSET
    """ A quantity, decimal(10,4) on the server. """
    line_total: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        product = self.product

        price = self.price

        quantity = self.quantity

        line_total = self.line_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
            }
        )
        if product is not UNSET:
            field_dict["Product"] = product
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if line_total is not UNSET:
            field_dict["line_total"] = line_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        product = d.pop("Product", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        line_total = d.pop("line_total", UNSET)

        sales_order_line = cls(
            api_code=api_code,
            product=product,
            price=price,
            quantity=quantity,
            line_total=line_total,
        )

        sales_order_line.additional_properties = d
        return sales_order_line

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
