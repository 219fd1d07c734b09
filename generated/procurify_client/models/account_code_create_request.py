from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCodeCreateRequest")


@_attrs_define
class AccountCodeCreateRequest:
    """An account code to create."""

    description: str
    code: str
    parent: int | None | Unset = UNSET
    account_type: AccountType | Unset = UNSET
    """ Account (code) type, as in the account-code type tables. """
    departments: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        code = self.code

        parent: int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        account_type: int | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        departments: list[int] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "code": code,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if departments is not UNSET:
            field_dict["departments"] = departments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        code = d.pop("code")

        def _parse_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        _account_type = d.pop("account_type", UNSET)
        account_type: AccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = AccountType(_account_type)

        departments = cast(list[int], d.pop("departments", UNSET))

        account_code_create_request = cls(
            description=description,
            code=code,
            parent=parent,
            account_type=account_type,
            departments=departments,
        )

        account_code_create_request.additional_properties = d
        return account_code_create_request

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
