from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.payment_method_read_data_type_0 import PaymentMethodReadDataType0


T = TypeVar("T", bound="PaymentMethodRead")


@_attrs_define
class PaymentMethodRead:
    """A payment method attached to a vendor."""

    data: None | PaymentMethodReadDataType0
    currency: Currency | None
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: int | None | PaymentMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency
        from ..models.payment_method_read_data_type_0 import PaymentMethodReadDataType0

        data: dict[str, Any] | None
        if isinstance(self.data, PaymentMethodReadDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        currency: dict[str, Any] | None
        if isinstance(self.currency, Currency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        id = self.id

        name = self.name

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaymentMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency
        from ..models.payment_method_read_data_type_0 import PaymentMethodReadDataType0

        d = dict(src_dict)

        def _parse_data(data: object) -> None | PaymentMethodReadDataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = PaymentMethodReadDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodReadDataType0, data)

        data = _parse_data(d.pop("data"))

        def _parse_currency(data: object) -> Currency | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = Currency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None, data)

        currency = _parse_currency(d.pop("currency"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> int | None | PaymentMethodType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = PaymentMethodType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | PaymentMethodType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        payment_method_read = cls(
            data=data,
            currency=currency,
            id=id,
            name=name,
            type_=type_,
        )

        payment_method_read.additional_properties = d
        return payment_method_read

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
