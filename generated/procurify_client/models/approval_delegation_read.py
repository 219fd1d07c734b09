from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_user_profile import SimpleUserProfile
    from ..models.user_profile_read import UserProfileRead


T = TypeVar("T", bound="ApprovalDelegationRead")


@_attrs_define
class ApprovalDelegationRead:
    approval_delegatee: None | UserProfileRead
    delegator: None | SimpleUserProfile
    setter: None | SimpleUserProfile
    expected_return_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_user_profile import SimpleUserProfile
        from ..models.user_profile_read import UserProfileRead

        approval_delegatee: dict[str, Any] | None
        if isinstance(self.approval_delegatee, UserProfileRead):
            approval_delegatee = self.approval_delegatee.to_dict()
        else:
            approval_delegatee = self.approval_delegatee

        delegator: dict[str, Any] | None
        if isinstance(self.delegator, SimpleUserProfile):
            delegator = self.delegator.to_dict()
        else:
            delegator = self.delegator

        setter: dict[str, Any] | None
        if isinstance(self.setter, SimpleUserProfile):
            setter = self.setter.to_dict()
        else:
            setter = self.setter

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
                "approval_delegatee": approval_delegatee,
                "delegator": delegator,
                "setter": setter,
            }
        )
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.simple_user_profile import SimpleUserProfile
        from ..models.user_profile_read import UserProfileRead

        d = dict(src_dict)

        def _parse_approval_delegatee(data: object) -> None | UserProfileRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_delegatee_type_0 = UserProfileRead.from_dict(data)

                return approval_delegatee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserProfileRead, data)

        approval_delegatee = _parse_approval_delegatee(d.pop("approval_delegatee"))

        def _parse_delegator(data: object) -> None | SimpleUserProfile:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delegator_type_0 = SimpleUserProfile.from_dict(data)

                return delegator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleUserProfile, data)

        delegator = _parse_delegator(d.pop("delegator"))

        def _parse_setter(data: object) -> None | SimpleUserProfile:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                setter_type_0 = SimpleUserProfile.from_dict(data)

                return setter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleUserProfile, data)

        setter = _parse_setter(d.pop("setter"))

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

        approval_delegation_read = cls(
            approval_delegatee=approval_delegatee,
            delegator=delegator,
            setter=setter,
            expected_return_date=expected_return_date,
        )

        approval_delegation_read.additional_properties = d
        return approval_delegation_read

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
