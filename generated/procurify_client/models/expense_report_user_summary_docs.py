from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_delegatee_docs import ApprovalDelegateeDocs


T = TypeVar("T", bound="ExpenseReportUserSummaryDocs")


@_attrs_define
class ExpenseReportUserSummaryDocs:
    email: str
    approval_delegatee: ApprovalDelegateeDocs | None
    id: int | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    position: None | str | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    expected_return_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs

        email = self.email

        approval_delegatee: dict[str, Any] | None
        if isinstance(self.approval_delegatee, ApprovalDelegateeDocs):
            approval_delegatee = self.approval_delegatee.to_dict()
        else:
            approval_delegatee = self.approval_delegatee

        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

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
                "email": email,
                "approval_delegatee": approval_delegatee,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if position is not UNSET:
            field_dict["position"] = position
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.approval_delegatee_docs import ApprovalDelegateeDocs

        d = dict(src_dict)
        email = d.pop("email")

        def _parse_approval_delegatee(data: object) -> ApprovalDelegateeDocs | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_delegatee_type_0 = ApprovalDelegateeDocs.from_dict(data)

                return approval_delegatee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalDelegateeDocs | None, data)

        approval_delegatee = _parse_approval_delegatee(d.pop("approval_delegatee"))

        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

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

        expense_report_user_summary_docs = cls(
            email=email,
            approval_delegatee=approval_delegatee,
            id=id,
            first_name=first_name,
            last_name=last_name,
            position=position,
            profile_image=profile_image,
            expected_return_date=expected_return_date,
        )

        expense_report_user_summary_docs.additional_properties = d
        return expense_report_user_summary_docs

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
