from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.vendor_payment_method_data import VendorPaymentMethodData


T = TypeVar("T", bound="VendorPaymentMethod")


@_attrs_define
class VendorPaymentMethod:
    """A vendor's payment details, as creating them returns them."""

    vendor: int
    data: VendorPaymentMethodData
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: int | PaymentMethodType | Unset = UNSET
    currency: Currency | Unset = UNSET
    """ A currency and its exchange rate to the company's base currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor

        data = self.data.to_dict()

        id = self.id

        name = self.name

        type_: int | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaymentMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor": vendor,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency
        from ..models.vendor_payment_method_data import VendorPaymentMethodData

        d = dict(src_dict)
        vendor = d.pop("vendor")

        data = VendorPaymentMethodData.from_dict(d.pop("data"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> int | PaymentMethodType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = PaymentMethodType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | PaymentMethodType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        vendor_payment_method = cls(
            vendor=vendor,
            data=data,
            id=id,
            name=name,
            type_=type_,
            currency=currency,
        )

        vendor_payment_method.additional_properties = d
        return vendor_payment_method

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
