from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_payment_method_data import CompanyPaymentMethodData
    from ..models.currency import Currency


T = TypeVar("T", bound="CompanyPaymentMethod")


@_attrs_define
class CompanyPaymentMethod:
    """A payment method of the company, as creating one returns it."""

    data: CompanyPaymentMethodData
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: int | PaymentMethodType | Unset = UNSET
    currency: Currency | Unset = UNSET
    """ A currency and its exchange rate to the company's base currency. """
    gl_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        gl_code = self.gl_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if gl_code is not UNSET:
            field_dict["gl_code"] = gl_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_payment_method_data import CompanyPaymentMethodData
        from ..models.currency import Currency

        d = dict(src_dict)
        data = CompanyPaymentMethodData.from_dict(d.pop("data"))

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

        gl_code = d.pop("gl_code", UNSET)

        company_payment_method = cls(
            data=data,
            id=id,
            name=name,
            type_=type_,
            currency=currency,
            gl_code=gl_code,
        )

        company_payment_method.additional_properties = d
        return company_payment_method

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
