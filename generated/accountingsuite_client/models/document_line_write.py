from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentLineWrite")


@_attrs_define
class DocumentLineWrite:
    """A line of a cash sale, sales invoice or sales order to send; `api_code` is the item's."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    price: float
    """ Unit price. """
    quantity: float
    """ Quantity sold. """
    line_total: float
    """ The line's amount: stored as sent on cash sales and invoices; on sales orders it must equal `quantity ×
    price` exactly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        price = self.price

        quantity = self.quantity

        line_total = self.line_total

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        price = d.pop("price")

        quantity = d.pop("quantity")

        line_total = d.pop("line_total")

        document_line_write = cls(
            api_code=api_code,
            price=price,
            quantity=quantity,
            line_total=line_total,
        )

        document_line_write.additional_properties = d
        return document_line_write

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
