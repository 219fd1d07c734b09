from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.session_create import SessionCreate
    from ..models.simple_user_summary import SimpleUserSummary
    from ..models.simple_vendor import SimpleVendor


T = TypeVar("T", bound="CreditCardRead")


@_attrs_define
class CreditCardRead:
    vendor: SimpleVendor
    """ A vendor by id and name, nested in credit-card records. """
    currency: Currency
    """ A currency and its exchange rate to the company's base currency. """
    assignees: list[SimpleUserSummary]
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    type_: int | Unset = UNSET
    """ Card network code (0-7; the documents do not name the values). """
    balance: int | None | Unset = UNSET
    last_reconciliation_date: datetime.datetime | Unset = UNSET
    last_reconciliation_balance: float | Unset = UNSET
    session: SessionCreate | Unset = UNSET
    gl_code: str | Unset = UNSET
    last_statement_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor.to_dict()

        currency = self.currency.to_dict()

        assignees = []
        for assignees_item_data in self.assignees:
            assignees_item = assignees_item_data.to_dict()
            assignees.append(assignees_item)

        id = self.id

        name = self.name

        number = self.number

        type_ = self.type_

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        last_reconciliation_date: str | Unset = UNSET
        if not isinstance(self.last_reconciliation_date, Unset):
            last_reconciliation_date = self.last_reconciliation_date.isoformat()

        last_reconciliation_balance = self.last_reconciliation_balance

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        gl_code = self.gl_code

        last_statement_date: str | Unset = UNSET
        if not isinstance(self.last_statement_date, Unset):
            last_statement_date = self.last_statement_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor": vendor,
                "currency": currency,
                "assignees": assignees,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if balance is not UNSET:
            field_dict["balance"] = balance
        if last_reconciliation_date is not UNSET:
            field_dict["last_reconciliation_date"] = last_reconciliation_date
        if last_reconciliation_balance is not UNSET:
            field_dict["last_reconciliation_balance"] = last_reconciliation_balance
        if session is not UNSET:
            field_dict["session"] = session
        if gl_code is not UNSET:
            field_dict["gl_code"] = gl_code
        if last_statement_date is not UNSET:
            field_dict["last_statement_date"] = last_statement_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency
        from ..models.session_create import SessionCreate
        from ..models.simple_user_summary import SimpleUserSummary
        from ..models.simple_vendor import SimpleVendor

        d = dict(src_dict)
        vendor = SimpleVendor.from_dict(d.pop("vendor"))

        currency = Currency.from_dict(d.pop("currency"))

        assignees = []
        _assignees = d.pop("assignees")
        for assignees_item_data in _assignees:
            assignees_item = SimpleUserSummary.from_dict(assignees_item_data)

            assignees.append(assignees_item)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        _last_reconciliation_date = d.pop("last_reconciliation_date", UNSET)
        last_reconciliation_date: datetime.datetime | Unset
        if isinstance(_last_reconciliation_date, Unset):
            last_reconciliation_date = UNSET
        else:
            last_reconciliation_date = datetime.datetime.fromisoformat(
                _last_reconciliation_date
            )

        last_reconciliation_balance = d.pop("last_reconciliation_balance", UNSET)

        _session = d.pop("session", UNSET)
        session: SessionCreate | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = SessionCreate.from_dict(_session)

        gl_code = d.pop("gl_code", UNSET)

        _last_statement_date = d.pop("last_statement_date", UNSET)
        last_statement_date: datetime.datetime | Unset
        if isinstance(_last_statement_date, Unset):
            last_statement_date = UNSET
        else:
            last_statement_date = datetime.datetime.fromisoformat(_last_statement_date)

        credit_card_read = cls(
            vendor=vendor,
            currency=currency,
            assignees=assignees,
            id=id,
            name=name,
            number=number,
            type_=type_,
            balance=balance,
            last_reconciliation_date=last_reconciliation_date,
            last_reconciliation_balance=last_reconciliation_balance,
            session=session,
            gl_code=gl_code,
            last_statement_date=last_statement_date,
        )

        credit_card_read.additional_properties = d
        return credit_card_read

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
