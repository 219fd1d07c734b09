from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_location import SimpleLocation


T = TypeVar("T", bound="DepartmentRead")


@_attrs_define
class DepartmentRead:
    """A department and the location it belongs to."""

    branch: SimpleLocation
    name: str
    id: int | Unset = UNSET
    external_id: None | str | Unset = UNSET
    """ External id """
    active: bool | Unset = UNSET
    punchout_email: None | str | Unset = UNSET
    is_active_for_account_code: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch.to_dict()

        name = self.name

        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        active = self.active

        punchout_email: None | str | Unset
        if isinstance(self.punchout_email, Unset):
            punchout_email = UNSET
        else:
            punchout_email = self.punchout_email

        is_active_for_account_code = self.is_active_for_account_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if active is not UNSET:
            field_dict["active"] = active
        if punchout_email is not UNSET:
            field_dict["punchout_email"] = punchout_email
        if is_active_for_account_code is not UNSET:
            field_dict["is_active_for_account_code"] = is_active_for_account_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_location import SimpleLocation

        d = dict(src_dict)
        branch = SimpleLocation.from_dict(d.pop("branch"))

        name = d.pop("name")

        id = d.pop("id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        active = d.pop("active", UNSET)

        def _parse_punchout_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_email = _parse_punchout_email(d.pop("punchout_email", UNSET))

        is_active_for_account_code = d.pop("is_active_for_account_code", UNSET)

        department_read = cls(
            branch=branch,
            name=name,
            id=id,
            external_id=external_id,
            active=active,
            punchout_email=punchout_email,
            is_active_for_account_code=is_active_for_account_code,
        )

        department_read.additional_properties = d
        return department_read

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
