from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unoptimized_account_code import UnoptimizedAccountCode
    from ..models.unoptimized_department_read import UnoptimizedDepartmentRead


T = TypeVar("T", bound="SpendAccountRead")


@_attrs_define
class SpendAccountRead:
    account_code: None | UnoptimizedAccountCode
    department: None | UnoptimizedDepartmentRead
    id: int | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unoptimized_account_code import UnoptimizedAccountCode
        from ..models.unoptimized_department_read import UnoptimizedDepartmentRead

        account_code: dict[str, Any] | None
        if isinstance(self.account_code, UnoptimizedAccountCode):
            account_code = self.account_code.to_dict()
        else:
            account_code = self.account_code

        department: dict[str, Any] | None
        if isinstance(self.department, UnoptimizedDepartmentRead):
            department = self.department.to_dict()
        else:
            department = self.department

        id = self.id

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_code": account_code,
                "department": department,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unoptimized_account_code import UnoptimizedAccountCode
        from ..models.unoptimized_department_read import UnoptimizedDepartmentRead

        d = dict(src_dict)

        def _parse_account_code(data: object) -> None | UnoptimizedAccountCode:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_code_type_0 = UnoptimizedAccountCode.from_dict(data)

                return account_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnoptimizedAccountCode, data)

        account_code = _parse_account_code(d.pop("account_code"))

        def _parse_department(data: object) -> None | UnoptimizedDepartmentRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = UnoptimizedDepartmentRead.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnoptimizedDepartmentRead, data)

        department = _parse_department(d.pop("department"))

        id = d.pop("id", UNSET)

        active = d.pop("active", UNSET)

        spend_account_read = cls(
            account_code=account_code,
            department=department,
            id=id,
            active=active,
        )

        spend_account_read.additional_properties = d
        return spend_account_read

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
