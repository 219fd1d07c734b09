from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthToken")


@_attrs_define
class OAuthToken:
    """An access token for the `Authorization: Bearer` header; cache it until it expires."""

    access_token: str = _attrs_field(repr=False)
    """ The bearer token. A secret: never log it. """
    expires_in: int
    """ Lifetime of the token in seconds (86400, 24 hours). """
    token_type: str
    """ Always `Bearer`. """
    scope: str | Unset = UNSET
    """ Space-separated scopes naming the domain and the user, e.g. `urn:procurify-api:domain:acme urn:procurify-
    api:email:ap@acme.com`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "token_type": token_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        token_type = d.pop("token_type")

        scope = d.pop("scope", UNSET)

        o_auth_token = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            scope=scope,
        )

        o_auth_token.additional_properties = d
        return o_auth_token

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
