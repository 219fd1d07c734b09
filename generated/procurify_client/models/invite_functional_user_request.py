from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_id_validation_serializers_request import (
        LocationIdValidationSerializersRequest,
    )


T = TypeVar("T", bound="InviteFunctionalUserRequest")


@_attrs_define
class InviteFunctionalUserRequest:
    """A user to invite."""

    email: str
    send_invitation_email: bool | Unset = True
    first_name: str | Unset = ""
    last_name: str | Unset = ""
    phone: str | Unset = ""
    position: str | Unset = ""
    role_id: int | Unset = 0
    all_locations: bool | Unset = False
    locations: list[LocationIdValidationSerializersRequest] | Unset = UNSET
    home_department: int | Unset = 0
    home_location: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        send_invitation_email = self.send_invitation_email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        position = self.position

        role_id = self.role_id

        all_locations = self.all_locations

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        home_department = self.home_department

        home_location = self.home_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if send_invitation_email is not UNSET:
            field_dict["send_invitation_email"] = send_invitation_email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if position is not UNSET:
            field_dict["position"] = position
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if all_locations is not UNSET:
            field_dict["all_locations"] = all_locations
        if locations is not UNSET:
            field_dict["locations"] = locations
        if home_department is not UNSET:
            field_dict["home_department"] = home_department
        if home_location is not UNSET:
            field_dict["home_location"] = home_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_id_validation_serializers_request import (
            LocationIdValidationSerializersRequest,
        )

        d = dict(src_dict)
        email = d.pop("email")

        send_invitation_email = d.pop("send_invitation_email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        position = d.pop("position", UNSET)

        role_id = d.pop("role_id", UNSET)

        all_locations = d.pop("all_locations", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[LocationIdValidationSerializersRequest] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = LocationIdValidationSerializersRequest.from_dict(
                    locations_item_data
                )

                locations.append(locations_item)

        home_department = d.pop("home_department", UNSET)

        home_location = d.pop("home_location", UNSET)

        invite_functional_user_request = cls(
            email=email,
            send_invitation_email=send_invitation_email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            position=position,
            role_id=role_id,
            all_locations=all_locations,
            locations=locations,
            home_department=home_department,
            home_location=home_location,
        )

        invite_functional_user_request.additional_properties = d
        return invite_functional_user_request

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
