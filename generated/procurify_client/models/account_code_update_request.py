from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCodeUpdateRequest")


@_attrs_define
class AccountCodeUpdateRequest:
    """An account code to replace; `parent` is accepted although the vendor document omits it."""

    description: str
    code: str
    account_type: AccountType | Unset = UNSET
    """ Account (code) type, as in the account-code type tables. """
    parent: int | None | Unset = UNSET
    """ Id of the parent account code, or null for a top-level code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        code = self.code

        account_type: int | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

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
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        code = d.pop("code")

        _account_type = d.pop("account_type", UNSET)
        account_type: AccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = AccountType(_account_type)

        def _parse_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        account_code_update_request = cls(
            description=description,
            code=code,
            account_type=account_type,
            parent=parent,
        )

        account_code_update_request.additional_properties = d
        return account_code_update_request

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
