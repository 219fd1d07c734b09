from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType

T = TypeVar("T", bound="OAuthTokenRequest")


@_attrs_define
class OAuthTokenRequest:
    """The form fields of the code exchange."""

    client_secret: str = _attrs_field(repr=False)
    """ The developer account's apisecretkey (a secret). """
    client_id: str
    """ The application's `client_id`. """
    code: str
    """ The code `authorize` passed to the redirect URI. """
    grant_type: GrantType
    """ The OAuth grant used; only the authorization-code grant exists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret

        client_id = self.client_id

        code = self.code

        grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
                "client_id": client_id,
                "code": code,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_secret = d.pop("client_secret")

        client_id = d.pop("client_id")

        code = d.pop("code")

        grant_type = GrantType(d.pop("grant_type"))

        o_auth_token_request = cls(
            client_secret=client_secret,
            client_id=client_id,
            code=code,
            grant_type=grant_type,
        )

        o_auth_token_request.additional_properties = d
        return o_auth_token_request

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
