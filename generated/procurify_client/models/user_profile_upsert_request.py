from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfileUpsertRequest")


@_attrs_define
class UserProfileUpsertRequest:
    """A user profile to replace."""

    email: str
    first_name: str
    last_name: str
    location: int | None
    department: int | None
    id: int | Unset = UNSET
    user: int | Unset = UNSET
    position: str | Unset = ""
    phone: str | Unset = ""
    profile_image: None | str | Unset = UNSET
    is_sso_enabled: bool | Unset = False
    mark_for_skip: bool | Unset = False
    mark_for_delete: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        location: int | None
        location = self.location

        department: int | None
        department = self.department

        id = self.id

        user = self.user

        position = self.position

        phone = self.phone

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        is_sso_enabled = self.is_sso_enabled

        mark_for_skip = self.mark_for_skip

        mark_for_delete = self.mark_for_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "lastName": last_name,
                "location": location,
                "department": department,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user
        if position is not UNSET:
            field_dict["position"] = position
        if phone is not UNSET:
            field_dict["phone"] = phone
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if is_sso_enabled is not UNSET:
            field_dict["is_sso_enabled"] = is_sso_enabled
        if mark_for_skip is not UNSET:
            field_dict["mark_for_skip"] = mark_for_skip
        if mark_for_delete is not UNSET:
            field_dict["mark_for_delete"] = mark_for_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        def _parse_location(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        location = _parse_location(d.pop("location"))

        def _parse_department(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        department = _parse_department(d.pop("department"))

        id = d.pop("id", UNSET)

        user = d.pop("user", UNSET)

        position = d.pop("position", UNSET)

        phone = d.pop("phone", UNSET)

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        is_sso_enabled = d.pop("is_sso_enabled", UNSET)

        mark_for_skip = d.pop("mark_for_skip", UNSET)

        mark_for_delete = d.pop("mark_for_delete", UNSET)

        user_profile_upsert_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            location=location,
            department=department,
            id=id,
            user=user,
            position=position,
            phone=phone,
            profile_image=profile_image,
            is_sso_enabled=is_sso_enabled,
            mark_for_skip=mark_for_skip,
            mark_for_delete=mark_for_delete,
        )

        user_profile_upsert_request.additional_properties = d
        return user_profile_upsert_request

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
