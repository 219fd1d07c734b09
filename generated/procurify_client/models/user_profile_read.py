from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_department import SimpleDepartment


T = TypeVar("T", bound="UserProfileRead")


@_attrs_define
class UserProfileRead:
    email: str
    department: None | SimpleDepartment
    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_department import SimpleDepartment

        email = self.email

        department: dict[str, Any] | None
        if isinstance(self.department, SimpleDepartment):
            department = self.department.to_dict()
        else:
            department = self.department

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "department": department,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_department import SimpleDepartment

        d = dict(src_dict)
        email = d.pop("email")

        def _parse_department(data: object) -> None | SimpleDepartment:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = SimpleDepartment.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleDepartment, data)

        department = _parse_department(d.pop("department"))

        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        user_profile_read = cls(
            email=email,
            department=department,
            id=id,
            first_name=first_name,
            last_name=last_name,
        )

        user_profile_read.additional_properties = d
        return user_profile_read

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
