from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetSuiteAccountCreateRequest")


@_attrs_define
class NetSuiteAccountCreateRequest:
    """An account code to create from NetSuite."""

    code: int | str
    """ Account code. The page shows it as a string in one answer and as a number in another, so both are accepted.
    """
    account_type: AccountType
    """ Account (code) type, as in the account-code type tables. """
    external_id: int | str
    """ Id of the NetSuite record. Shown both as a string and as a number, so both are accepted. """
    description: str | Unset = UNSET
    """ What the account is for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        account_type = self.account_type.value

        external_id: int | str
        external_id = self.external_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "account_type": account_type,
                "external_id": external_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(d.pop("code"))

        account_type = AccountType(d.pop("account_type"))

        def _parse_external_id(data: object) -> int | str:
            return cast(int | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        description = d.pop("description", UNSET)

        net_suite_account_create_request = cls(
            code=code,
            account_type=account_type,
            external_id=external_id,
            description=description,
        )

        net_suite_account_create_request.additional_properties = d
        return net_suite_account_create_request

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
