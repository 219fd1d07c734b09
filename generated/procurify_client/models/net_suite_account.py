from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.net_suite_account_custom_fields import NetSuiteAccountCustomFields


T = TypeVar("T", bound="NetSuiteAccount")


@_attrs_define
class NetSuiteAccount:
    """An account code as the NetSuite integration reports it."""

    id: int
    code: int | str
    """ Account code. The page shows it as a string in one answer and as a number in another, so both are accepted.
    """
    account_type: str
    """ Label of the account type, e.g. `Expense` (the request sends the numeric `AccountType`). """
    description: None | str | Unset = UNSET
    """ What the account is for. """
    parent: int | None | Unset = UNSET
    """ Id of the parent account, or null. """
    active: bool | Unset = UNSET
    external_id: int | str | Unset = UNSET
    """ Id of the NetSuite record. Shown both as a string and as a number, so both are accepted. """
    custom_fields: NetSuiteAccountCustomFields | Unset = UNSET
    """ Custom field values by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: int | str
        code = self.code

        account_type = self.account_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parent: int | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        active = self.active

        external_id: int | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "account_type": account_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent is not UNSET:
            field_dict["parent"] = parent
        if active is not UNSET:
            field_dict["active"] = active
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.net_suite_account_custom_fields import NetSuiteAccountCustomFields

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(d.pop("code"))

        account_type = d.pop("account_type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        active = d.pop("active", UNSET)

        def _parse_external_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: NetSuiteAccountCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = NetSuiteAccountCustomFields.from_dict(_custom_fields)

        net_suite_account = cls(
            id=id,
            code=code,
            account_type=account_type,
            description=description,
            parent=parent,
            active=active,
            external_id=external_id,
            custom_fields=custom_fields,
        )

        net_suite_account.additional_properties = d
        return net_suite_account

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
