from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_summary import BranchSummary


T = TypeVar("T", bound="DepartmentSummary")


@_attrs_define
class DepartmentSummary:
    branch: BranchSummary | None
    name: str
    id: int | Unset = UNSET
    external_id: None | str | Unset = UNSET
    """ External id """
    punchout_email: None | str | Unset = UNSET
    """ PunchOut Email """
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.branch_summary import BranchSummary

        branch: dict[str, Any] | None
        if isinstance(self.branch, BranchSummary):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        name = self.name

        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        punchout_email: None | str | Unset
        if isinstance(self.punchout_email, Unset):
            punchout_email = UNSET
        else:
            punchout_email = self.punchout_email

        active = self.active

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
        if punchout_email is not UNSET:
            field_dict["punchout_email"] = punchout_email
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.branch_summary import BranchSummary

        d = dict(src_dict)

        def _parse_branch(data: object) -> BranchSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_type_0 = BranchSummary.from_dict(data)

                return branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BranchSummary | None, data)

        branch = _parse_branch(d.pop("branch"))

        name = d.pop("name")

        id = d.pop("id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_punchout_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_email = _parse_punchout_email(d.pop("punchout_email", UNSET))

        active = d.pop("active", UNSET)

        department_summary = cls(
            branch=branch,
            name=name,
            id=id,
            external_id=external_id,
            punchout_email=punchout_email,
            active=active,
        )

        department_summary.additional_properties = d
        return department_summary

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
