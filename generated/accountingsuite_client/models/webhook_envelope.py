from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_action import WebhookAction
from ..models.webhook_resource import WebhookResource

T = TypeVar("T", bound="WebhookEnvelope")


@_attrs_define
class WebhookEnvelope:
    """The keys every webhook payload carries."""

    action: WebhookAction
    """ What happened to the record. """
    resource: WebhookResource
    """ Which kind of record changed.  Purchase orders send no webhooks. """
    apisecretkey: str = _attrs_field(repr=False)
    """ The account's key (a secret), the payload's only proof of origin; compare it in constant time and drop it
    before logging. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        resource = self.resource.value

        apisecretkey = self.apisecretkey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "resource": resource,
                "apisecretkey": apisecretkey,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = WebhookAction(d.pop("action"))

        resource = WebhookResource(d.pop("resource"))

        apisecretkey = d.pop("apisecretkey")

        webhook_envelope = cls(
            action=action,
            resource=resource,
            apisecretkey=apisecretkey,
        )

        webhook_envelope.additional_properties = d
        return webhook_envelope

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
