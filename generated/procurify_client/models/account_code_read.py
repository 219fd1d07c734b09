from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCodeRead")


@_attrs_define
class AccountCodeRead:
    """An account code (GL code) of the chart of accounts."""

    description: str
    code: str
    id: int | Unset = UNSET
    applied_accounts_count: int | Unset = UNSET
    code_length: int | Unset = UNSET
    account_type: AccountType | int | None | Unset = UNSET
    active: bool | Unset = UNSET
    parent: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        code = self.code

        id = self.id

        applied_accounts_count = self.applied_accounts_count

        code_length = self.code_length

        account_type: int | None | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, AccountType):
            account_type = self.account_type.value
        else:
            account_type = self.account_type

        active = self.active

        parent: int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "code": code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if applied_accounts_count is not UNSET:
            field_dict["applied_accounts_count"] = applied_accounts_count
        if code_length is not UNSET:
            field_dict["code_length"] = code_length
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if active is not UNSET:
            field_dict["active"] = active
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        code = d.pop("code")

        id = d.pop("id", UNSET)

        applied_accounts_count = d.pop("applied_accounts_count", UNSET)

        code_length = d.pop("code_length", UNSET)

        def _parse_account_type(data: object) -> AccountType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                account_type_type_0 = AccountType(data)

                return account_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountType | int | None | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

        active = d.pop("active", UNSET)

        def _parse_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        account_code_read = cls(
            description=description,
            code=code,
            id=id,
            applied_accounts_count=applied_accounts_count,
            code_length=code_length,
            account_type=account_type,
            active=active,
            parent=parent,
        )

        account_code_read.additional_properties = d
        return account_code_read

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
