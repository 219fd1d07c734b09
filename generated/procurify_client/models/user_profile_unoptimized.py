from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pending_approvals_count_docs import PendingApprovalsCountDocs
    from ..models.simple_department import SimpleDepartment
    from ..models.simple_location import SimpleLocation
    from ..models.simple_role_read import SimpleRoleRead
    from ..models.simple_user_profile import SimpleUserProfile


T = TypeVar("T", bound="UserProfileUnoptimized")


@_attrs_define
class UserProfileUnoptimized:
    """A user with their department, location and role."""

    user: int
    email: str
    department: None | SimpleDepartment
    approval_delegatee: SimpleUserProfile
    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    location: SimpleLocation | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    phone: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    role: SimpleRoleRead | Unset = UNSET
    pending_approvals_count: PendingApprovalsCountDocs | Unset = UNSET
    expected_return_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_department import SimpleDepartment

        user = self.user

        email = self.email

        department: dict[str, Any] | None
        if isinstance(self.department, SimpleDepartment):
            department = self.department.to_dict()
        else:
            department = self.department

        approval_delegatee = self.approval_delegatee.to_dict()

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        is_active = self.is_active

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        pending_approvals_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_approvals_count, Unset):
            pending_approvals_count = self.pending_approvals_count.to_dict()

        expected_return_date: str | Unset = UNSET
        if not isinstance(self.expected_return_date, Unset):
            expected_return_date = self.expected_return_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "email": email,
                "department": department,
                "approval_delegatee": approval_delegatee,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if location is not UNSET:
            field_dict["location"] = location
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if position is not UNSET:
            field_dict["position"] = position
        if role is not UNSET:
            field_dict["role"] = role
        if pending_approvals_count is not UNSET:
            field_dict["pending_approvals_count"] = pending_approvals_count
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pending_approvals_count_docs import PendingApprovalsCountDocs
        from ..models.simple_department import SimpleDepartment
        from ..models.simple_location import SimpleLocation
        from ..models.simple_role_read import SimpleRoleRead
        from ..models.simple_user_profile import SimpleUserProfile

        d = dict(src_dict)
        user = d.pop("user")

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

        approval_delegatee = SimpleUserProfile.from_dict(d.pop("approval_delegatee"))

        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _location = d.pop("location", UNSET)
        location: SimpleLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = SimpleLocation.from_dict(_location)

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        is_active = d.pop("is_active", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        _role = d.pop("role", UNSET)
        role: SimpleRoleRead | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = SimpleRoleRead.from_dict(_role)

        _pending_approvals_count = d.pop("pending_approvals_count", UNSET)
        pending_approvals_count: PendingApprovalsCountDocs | Unset
        if isinstance(_pending_approvals_count, Unset):
            pending_approvals_count = UNSET
        else:
            pending_approvals_count = PendingApprovalsCountDocs.from_dict(
                _pending_approvals_count
            )

        _expected_return_date = d.pop("expected_return_date", UNSET)
        expected_return_date: datetime.date | Unset
        if isinstance(_expected_return_date, Unset):
            expected_return_date = UNSET
        else:
            expected_return_date = datetime.date.fromisoformat(_expected_return_date)

        user_profile_unoptimized = cls(
            user=user,
            email=email,
            department=department,
            approval_delegatee=approval_delegatee,
            id=id,
            first_name=first_name,
            last_name=last_name,
            location=location,
            profile_image=profile_image,
            is_active=is_active,
            phone=phone,
            position=position,
            role=role,
            pending_approvals_count=pending_approvals_count,
            expected_return_date=expected_return_date,
        )

        user_profile_unoptimized.additional_properties = d
        return user_profile_unoptimized

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
