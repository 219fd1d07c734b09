from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegisterAppRequest")


@_attrs_define
class RegisterAppRequest:
    """An application to register under a developer account."""

    appname: str
    """ Name shown to users when they connect. """
    redirect_uri: str
    """ Where users are sent back after `authorize`. """
    apisecretkey: str = _attrs_field(repr=False)
    """ The developer account's own key (a secret). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appname = self.appname

        redirect_uri = self.redirect_uri

        apisecretkey = self.apisecretkey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appname": appname,
                "redirect_uri": redirect_uri,
                "apisecretkey": apisecretkey,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        appname = d.pop("appname")

        redirect_uri = d.pop("redirect_uri")

        apisecretkey = d.pop("apisecretkey")

        register_app_request = cls(
            appname=appname,
            redirect_uri=redirect_uri,
            apisecretkey=apisecretkey,
        )

        register_app_request.additional_properties = d
        return register_app_request

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
