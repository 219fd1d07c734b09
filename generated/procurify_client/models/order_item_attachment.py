from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_attachment_type import OrderItemAttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemAttachment")


@_attrs_define
class OrderItemAttachment:
    attachment: str
    name: str
    user: int
    item: int
    id: int | Unset = UNSET
    upload_datetime: datetime.datetime | Unset = UNSET
    type_: OrderItemAttachmentType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment

        name = self.name

        user = self.user

        item = self.item

        id = self.id

        upload_datetime: str | Unset = UNSET
        if not isinstance(self.upload_datetime, Unset):
            upload_datetime = self.upload_datetime.isoformat()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderItemAttachmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "name": name,
                "user": user,
                "item": item,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if upload_datetime is not UNSET:
            field_dict["upload_datetime"] = upload_datetime
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attachment = d.pop("attachment")

        name = d.pop("name")

        user = d.pop("user")

        item = d.pop("item")

        id = d.pop("id", UNSET)

        _upload_datetime = d.pop("upload_datetime", UNSET)
        upload_datetime: datetime.datetime | Unset
        if isinstance(_upload_datetime, Unset):
            upload_datetime = UNSET
        else:
            upload_datetime = datetime.datetime.fromisoformat(_upload_datetime)

        def _parse_type_(data: object) -> OrderItemAttachmentType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OrderItemAttachmentType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderItemAttachmentType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        order_item_attachment = cls(
            attachment=attachment,
            name=name,
            user=user,
            item=item,
            id=id,
            upload_datetime=upload_datetime,
            type_=type_,
        )

        order_item_attachment.additional_properties = d
        return order_item_attachment

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
