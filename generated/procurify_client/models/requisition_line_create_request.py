from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_item_custom_field_request import LineItemCustomFieldRequest


T = TypeVar("T", bound="RequisitionLineCreateRequest")


@_attrs_define
class RequisitionLineCreateRequest:
    """One line of a requisition to submit."""

    item_name: str
    vendor_name: str
    account_code: str
    unit_price: str
    quantity: str
    unit: str
    currency_code: str
    custom_fields: list[LineItemCustomFieldRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_name = self.item_name

        vendor_name = self.vendor_name

        account_code = self.account_code

        unit_price = self.unit_price

        quantity = self.quantity

        unit = self.unit

        currency_code = self.currency_code

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_name": item_name,
                "vendor_name": vendor_name,
                "account_code": account_code,
                "unit_price": unit_price,
                "quantity": quantity,
                "unit": unit,
                "currency_code": currency_code,
                "custom_fields": custom_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item_custom_field_request import LineItemCustomFieldRequest

        d = dict(src_dict)
        item_name = d.pop("item_name")

        vendor_name = d.pop("vendor_name")

        account_code = d.pop("account_code")

        unit_price = d.pop("unit_price")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        currency_code = d.pop("currency_code")

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = LineItemCustomFieldRequest.from_dict(
                custom_fields_item_data
            )

            custom_fields.append(custom_fields_item)

        requisition_line_create_request = cls(
            item_name=item_name,
            vendor_name=vendor_name,
            account_code=account_code,
            unit_price=unit_price,
            quantity=quantity,
            unit=unit,
            currency_code=currency_code,
            custom_fields=custom_fields,
        )

        requisition_line_create_request.additional_properties = d
        return requisition_line_create_request

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
