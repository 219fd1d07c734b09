from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentLine")


@_attrs_define
class DocumentLine:
    """A line of a cash sale or sales invoice, as returned."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    item_code: str | Unset = UNSET
    """ The item's code. """
    item_description: str | Unset = UNSET
    """ The item's description. """
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

        item_code = self.item_code

        item_description = self.item_description

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
        if item_code is not UNSET:
            field_dict["item_code"] = item_code
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
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

        item_code = d.pop("item_code", UNSET)

        item_description = d.pop("item_description", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        line_total = d.pop("line_total", UNSET)

        document_line = cls(
            api_code=api_code,
            item_code=item_code,
            item_description=item_description,
            price=price,
            quantity=quantity,
            line_total=line_total,
        )

        document_line.additional_properties = d
        return document_line

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
