from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_user_summary import SimpleUserSummary


T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    """A company credit card issued by a card-provider vendor. The reference samples add `assignees` and `currency_name` to
    what the vendor document lists.

    """

    uuid: None | UUID
    vendor: int
    currency: int
    id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
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
    status: None | str | Unset = UNSET
    """ Activation status of the card, e.g. `pending`. """
    require_activation: bool | Unset = UNSET
    """ Does this card require new activation? """
    last_changed_by: int | None | Unset = UNSET
    payment_method: int | None | Unset = UNSET
    creator: int | None | Unset = UNSET
    assignees: list[SimpleUserSummary] | Unset = UNSET
    """ Users who may spend on the card. """
    currency_name: None | str | Unset = UNSET
    """ Code of the card's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: None | str
        if isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        vendor = self.vendor

        currency = self.currency

        id = self.id

        is_active = self.is_active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        status: None | str | Unset
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

        assignees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = []
            for assignees_item_data in self.assignees:
                assignees_item = assignees_item_data.to_dict()
                assignees.append(assignees_item)

        currency_name: None | str | Unset
        if isinstance(self.currency_name, Unset):
            currency_name = UNSET
        else:
            currency_name = self.currency_name

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
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if currency_name is not UNSET:
            field_dict["currency_name"] = currency_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_user_summary import SimpleUserSummary

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        uuid = _parse_uuid(d.pop("uuid"))

        vendor = d.pop("vendor")

        currency = d.pop("currency")

        id = d.pop("id", UNSET)

        is_active = d.pop("is_active", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

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

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        _assignees = d.pop("assignees", UNSET)
        assignees: list[SimpleUserSummary] | Unset = UNSET
        if _assignees is not UNSET:
            assignees = []
            for assignees_item_data in _assignees:
                assignees_item = SimpleUserSummary.from_dict(assignees_item_data)

                assignees.append(assignees_item)

        def _parse_currency_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_name = _parse_currency_name(d.pop("currency_name", UNSET))

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
            assignees=assignees,
            currency_name=currency_name,
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
