from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_type import PaymentMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="PaymentMethodDocs")


@_attrs_define
class PaymentMethodDocs:
    vendor: int
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: int | PaymentMethodType | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor

        currency = self.currency.to_dict()

        id = self.id

        name = self.name

        type_: int | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PaymentMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor": vendor,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        vendor = d.pop("vendor")

        currency = Currency.from_dict(d.pop("currency"))

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

        data = d.pop("data", UNSET)

        payment_method_docs = cls(
            vendor=vendor,
            currency=currency,
            id=id,
            name=name,
            type_=type_,
            data=data,
        )

        payment_method_docs.additional_properties = d
        return payment_method_docs

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
