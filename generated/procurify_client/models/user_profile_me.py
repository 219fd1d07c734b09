from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_delegatee_docs import ApprovalDelegateeDocs
    from ..models.department_location_read import DepartmentLocationRead
    from ..models.domain_switching import DomainSwitching
    from ..models.user_profile_me_systemaccess_cache import (
        UserProfileMeSystemaccessCache,
    )


T = TypeVar("T", bound="UserProfileMe")


@_attrs_define
class UserProfileMe:
    """The calling user, with their location and company settings."""

    systemaccess_cache: UserProfileMeSystemaccessCache
    email: str
    user: int
    id: int | Unset = UNSET
    domains: DomainSwitching | Unset = UNSET
    headquarter_logo: str | Unset = UNSET
    approval_delegatee: ApprovalDelegateeDocs | None | Unset = UNSET
    is_approval_delegatee: bool | Unset = UNSET
    department: DepartmentLocationRead | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    position: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    notifications: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    pending_invite: bool | Unset = UNSET
    role: int | Unset = UNSET
    """ Id of the user's role. """
    mobile: bool | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    slack_user_id: str | Unset = UNSET
    is_sso_enabled: bool | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs

        systemaccess_cache = self.systemaccess_cache.to_dict()

        email = self.email

        user = self.user

        id = self.id

        domains: dict[str, Any] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains.to_dict()

        headquarter_logo = self.headquarter_logo

        approval_delegatee: dict[str, Any] | None | Unset
        if isinstance(self.approval_delegatee, Unset):
            approval_delegatee = UNSET
        elif isinstance(self.approval_delegatee, ApprovalDelegateeDocs):
            approval_delegatee = self.approval_delegatee.to_dict()
        else:
            approval_delegatee = self.approval_delegatee

        is_approval_delegatee = self.is_approval_delegatee

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        notifications = self.notifications

        is_active = self.is_active

        pending_invite = self.pending_invite

        role = self.role

        mobile = self.mobile

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        slack_user_id = self.slack_user_id

        is_sso_enabled = self.is_sso_enabled

        last_changed_by: int | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        else:
            last_changed_by = self.last_changed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemaccess_cache": systemaccess_cache,
                "email": email,
                "user": user,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if domains is not UNSET:
            field_dict["domains"] = domains
        if headquarter_logo is not UNSET:
            field_dict["headquarter_logo"] = headquarter_logo
        if approval_delegatee is not UNSET:
            field_dict["approval_delegatee"] = approval_delegatee
        if is_approval_delegatee is not UNSET:
            field_dict["is_approval_delegatee"] = is_approval_delegatee
        if department is not UNSET:
            field_dict["department"] = department
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if position is not UNSET:
            field_dict["position"] = position
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if pending_invite is not UNSET:
            field_dict["pending_invite"] = pending_invite
        if role is not UNSET:
            field_dict["role"] = role
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if slack_user_id is not UNSET:
            field_dict["slack_user_id"] = slack_user_id
        if is_sso_enabled is not UNSET:
            field_dict["is_sso_enabled"] = is_sso_enabled
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs
        from ..models.department_location_read import DepartmentLocationRead
        from ..models.domain_switching import DomainSwitching
        from ..models.user_profile_me_systemaccess_cache import (
            UserProfileMeSystemaccessCache,
        )

        d = dict(src_dict)
        systemaccess_cache = UserProfileMeSystemaccessCache.from_dict(
            d.pop("systemaccess_cache")
        )

        email = d.pop("email")

        user = d.pop("user")

        id = d.pop("id", UNSET)

        _domains = d.pop("domains", UNSET)
        domains: DomainSwitching | Unset
        if isinstance(_domains, Unset):
            domains = UNSET
        else:
            domains = DomainSwitching.from_dict(_domains)

        headquarter_logo = d.pop("headquarter_logo", UNSET)

        def _parse_approval_delegatee(
            data: object,
        ) -> ApprovalDelegateeDocs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_delegatee_type_0 = ApprovalDelegateeDocs.from_dict(data)

                return approval_delegatee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalDelegateeDocs | None | Unset, data)

        approval_delegatee = _parse_approval_delegatee(
            d.pop("approval_delegatee", UNSET)
        )

        is_approval_delegatee = d.pop("is_approval_delegatee", UNSET)

        _department = d.pop("department", UNSET)
        department: DepartmentLocationRead | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentLocationRead.from_dict(_department)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        notifications = d.pop("notifications", UNSET)

        is_active = d.pop("is_active", UNSET)

        pending_invite = d.pop("pending_invite", UNSET)

        role = d.pop("role", UNSET)

        mobile = d.pop("mobile", UNSET)

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        slack_user_id = d.pop("slack_user_id", UNSET)

        is_sso_enabled = d.pop("is_sso_enabled", UNSET)

        def _parse_last_changed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        user_profile_me = cls(
            systemaccess_cache=systemaccess_cache,
            email=email,
            user=user,
            id=id,
            domains=domains,
            headquarter_logo=headquarter_logo,
            approval_delegatee=approval_delegatee,
            is_approval_delegatee=is_approval_delegatee,
            department=department,
            created_at=created_at,
            updated_at=updated_at,
            first_name=first_name,
            last_name=last_name,
            position=position,
            phone=phone,
            address=address,
            notifications=notifications,
            is_active=is_active,
            pending_invite=pending_invite,
            role=role,
            mobile=mobile,
            profile_image=profile_image,
            slack_user_id=slack_user_id,
            is_sso_enabled=is_sso_enabled,
            last_changed_by=last_changed_by,
        )

        user_profile_me.additional_properties = d
        return user_profile_me

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
