from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_delegatee_docs import ApprovalDelegateeDocs
    from ..models.department_summary import DepartmentSummary


T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    department: DepartmentSummary | None
    email: str
    user: int
    id: int | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    position: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    notifications: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    mobile: bool | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    slack_user_id: str | Unset = UNSET
    is_sso_enabled: bool | Unset = UNSET
    last_changed_by: int | None | Unset = UNSET
    approval_delegatee: ApprovalDelegateeDocs | None | Unset = UNSET
    expected_return_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs
        from ..models.department_summary import DepartmentSummary

        department: dict[str, Any] | None
        if isinstance(self.department, DepartmentSummary):
            department = self.department.to_dict()
        else:
            department = self.department

        email = self.email

        user = self.user

        id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        approval_delegatee: dict[str, Any] | None | Unset
        if isinstance(self.approval_delegatee, Unset):
            approval_delegatee = UNSET
        elif isinstance(self.approval_delegatee, ApprovalDelegateeDocs):
            approval_delegatee = self.approval_delegatee.to_dict()
        else:
            approval_delegatee = self.approval_delegatee

        expected_return_date: None | str | Unset
        if isinstance(self.expected_return_date, Unset):
            expected_return_date = UNSET
        elif isinstance(self.expected_return_date, datetime.date):
            expected_return_date = self.expected_return_date.isoformat()
        else:
            expected_return_date = self.expected_return_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department": department,
                "email": email,
                "user": user,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if approval_delegatee is not UNSET:
            field_dict["approval_delegatee"] = approval_delegatee
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs
        from ..models.department_summary import DepartmentSummary

        d = dict(src_dict)

        def _parse_department(data: object) -> DepartmentSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = DepartmentSummary.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepartmentSummary | None, data)

        department = _parse_department(d.pop("department"))

        email = d.pop("email")

        user = d.pop("user")

        id = d.pop("id", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

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

        def _parse_expected_return_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_return_date_type_0 = datetime.date.fromisoformat(data)

                return expected_return_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_return_date = _parse_expected_return_date(
            d.pop("expected_return_date", UNSET)
        )

        user_summary = cls(
            department=department,
            email=email,
            user=user,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            first_name=first_name,
            last_name=last_name,
            position=position,
            phone=phone,
            address=address,
            notifications=notifications,
            is_active=is_active,
            mobile=mobile,
            profile_image=profile_image,
            slack_user_id=slack_user_id,
            is_sso_enabled=is_sso_enabled,
            last_changed_by=last_changed_by,
            approval_delegatee=approval_delegatee,
            expected_return_date=expected_return_date,
        )

        user_summary.additional_properties = d
        return user_summary

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
