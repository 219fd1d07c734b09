from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    uuid: UUID
    vendor: int
    currency: int
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    balance: int | None | Unset = UNSET
    gl_code: str | Unset = UNSET
    type_: int | Unset = UNSET
    """ Card network code (0-7; the documents do not name the values). """
    category: int | None | Unset = UNSET
    """ Card category code (undocumented values). """
    external_id: str | Unset = UNSET
    """ External id of the Credit Card """
    status: int | None | Unset = UNSET
    """ Card status code (undocumented values). """
    require_activation: bool | Unset = UNSET
    """ Does this card require new activation? """
    last_changed_by: int | None | Unset = UNSET
    payment_method: int | None | Unset = UNSET
    creator: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        vendor = self.vendor

        currency = self.currency

        id = self.id

        is_active = self.is_active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        name = self.name

        number = self.number

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        gl_code = self.gl_code

        type_ = self.type_

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        external_id = self.external_id

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        require_activation = self.require_activation

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        payment_method: int | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        creator: int | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "vendor": vendor,
                "currency": currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if balance is not UNSET:
            field_dict["balance"] = balance
        if gl_code is not UNSET:
            field_dict["gl_code"] = gl_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if status is not UNSET:
            field_dict["status"] = status
        if require_activation is not UNSET:
            field_dict["require_activation"] = require_activation
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        vendor = d.pop("vendor")

        currency = d.pop("currency")

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        gl_code = d.pop("gl_code", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_category(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        external_id = d.pop("external_id", UNSET)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        require_activation = d.pop("require_activation", UNSET)

        def _parse_last_changed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        def _parse_payment_method(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_creator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        credit_card = cls(
            uuid=uuid,
            vendor=vendor,
            currency=currency,
            id=id,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            number=number,
            balance=balance,
            gl_code=gl_code,
            type_=type_,
            category=category,
            external_id=external_id,
            status=status,
            require_activation=require_activation,
            last_changed_by=last_changed_by,
            payment_method=payment_method,
            creator=creator,
        )

        credit_card.additional_properties = d
        return credit_card

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
