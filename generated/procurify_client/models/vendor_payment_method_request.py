from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_payment_method_request_data import (
        VendorPaymentMethodRequestData,
    )


T = TypeVar("T", bound="VendorPaymentMethodRequest")


@_attrs_define
class VendorPaymentMethodRequest:
    """Payment details to add to a vendor."""

    vendor: int
    data: VendorPaymentMethodRequestData
    name: str | Unset = UNSET
    type_: PaymentMethodType | Unset = UNSET
    """ Payment method type. CHEQUE is another name for CHECK (1). The method's `data` object depends on it: OTHER
    `{description}`, CHECK `{payable_to}`, ACH `{routing_number, account_number, company_name}`. """
    currency: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor

        data = self.data.to_dict()

        name = self.name

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor": vendor,
                "data": data,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vendor_payment_method_request_data import (
            VendorPaymentMethodRequestData,
        )

        d = dict(src_dict)
        vendor = d.pop("vendor")

        data = VendorPaymentMethodRequestData.from_dict(d.pop("data"))

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PaymentMethodType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentMethodType(_type_)

        currency = d.pop("currency", UNSET)

        vendor_payment_method_request = cls(
            vendor=vendor,
            data=data,
            name=name,
            type_=type_,
            currency=currency,
        )

        vendor_payment_method_request.additional_properties = d
        return vendor_payment_method_request

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
