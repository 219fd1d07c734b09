from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_action import WebhookAction
from ..models.webhook_resource import WebhookResource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemWebhook")


@_attrs_define
class ItemWebhook:
    """An item change notification: the whole item, as `get_item` returns it, plus the envelope keys."""

    api_code: str
    """ A record identifier (UUID).  The nil UUID means "no record". """
    action: WebhookAction
    """ What happened to the record. """
    resource: WebhookResource
    """ Which kind of record changed.  Purchase orders send no webhooks. """
    apisecretkey: str = _attrs_field(repr=False)
    """ The account's key (a secret), the payload's only proof of origin; compare it in constant time and drop it
    before logging. """
    item_code: str | Unset = UNSET
    """ The item's code, unique in the ledger. """
    item_description: str | Unset = UNSET
    """ What the item is. """
    item_type: str | Unset = UNSET
    """ `product` or `service`. """
    category: str | Unset = UNSET
    """ Name of the item's category (`item_category` on write). """
    unit_of_measure: str | Unset = UNSET
    """ Name of the unit the item is counted in. """
    item_price: float | Unset = UNSET
    """ Money, decimal(15,2) on the server: the bounds are the column's (13 integer digits).  The two decimals are
    not a schema constraint (`multipleOf` is unreliable on binary floats).  Parse JSON into `Decimal` to keep it
    exact; the generated model does not convert it. """
    costing_method: str | Unset = UNSET
    """ How inventory cost is computed, e.g. `weighted_average`. """
    cogs_account: str | Unset = UNSET
    """ Cost-of-goods-sold account code (empty for services). """
    inventory_or_expense_account: str | Unset = UNSET
    """ Inventory account (products) or expense account (services). """
    income_account: str | Unset = UNSET
    """ Income account code. """
    price_levels: list[Any] | Unset = UNSET
    """ Prices per price level; the page shows only empty lists. """
    cf1_string: str | Unset = UNSET
    """ Text custom field 1. """
    cf1_num: float | Unset = UNSET
    """ Number custom field 1. """
    cf2_string: str | Unset = UNSET
    """ Text custom field 2. """
    cf2_num: float | Unset = UNSET
    """ Number custom field 2. """
    cf3_string: str | Unset = UNSET
    """ Text custom field 3. """
    cf3_num: float | Unset = UNSET
    """ Number custom field 3. """
    cf4_string: str | Unset = UNSET
    """ Text custom field 4. """
    cf4_num: float | Unset = UNSET
    """ Number custom field 4. """
    cf5_string: str | Unset = UNSET
    """ Text custom field 5. """
    cf5_num: float | Unset = UNSET
    """ Number custom field 5. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_code = self.api_code

        action = self.action.value

        resource = self.resource.value

        apisecretkey = self.apisecretkey

        item_code = self.item_code

        item_description = self.item_description

        item_type = self.item_type

        category = self.category

        unit_of_measure = self.unit_of_measure

        item_price = self.item_price

        costing_method = self.costing_method

        cogs_account = self.cogs_account

        inventory_or_expense_account = self.inventory_or_expense_account

        income_account = self.income_account

        price_levels: list[Any] | Unset = UNSET
        if not isinstance(self.price_levels, Unset):
            price_levels = self.price_levels

        cf1_string = self.cf1_string

        cf1_num = self.cf1_num

        cf2_string = self.cf2_string

        cf2_num = self.cf2_num

        cf3_string = self.cf3_string

        cf3_num = self.cf3_num

        cf4_string = self.cf4_string

        cf4_num = self.cf4_num

        cf5_string = self.cf5_string

        cf5_num = self.cf5_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_code": api_code,
                "action": action,
                "resource": resource,
                "apisecretkey": apisecretkey,
            }
        )
        if item_code is not UNSET:
            field_dict["item_code"] = item_code
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if category is not UNSET:
            field_dict["category"] = category
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if item_price is not UNSET:
            field_dict["item_price"] = item_price
        if costing_method is not UNSET:
            field_dict["costing_method"] = costing_method
        if cogs_account is not UNSET:
            field_dict["cogs_account"] = cogs_account
        if inventory_or_expense_account is not UNSET:
            field_dict["inventory_or_expense_account"] = inventory_or_expense_account
        if income_account is not UNSET:
            field_dict["income_account"] = income_account
        if price_levels is not UNSET:
            field_dict["price_levels"] = price_levels
        if cf1_string is not UNSET:
            field_dict["cf1_string"] = cf1_string
        if cf1_num is not UNSET:
            field_dict["cf1_num"] = cf1_num
        if cf2_string is not UNSET:
            field_dict["cf2_string"] = cf2_string
        if cf2_num is not UNSET:
            field_dict["cf2_num"] = cf2_num
        if cf3_string is not UNSET:
            field_dict["cf3_string"] = cf3_string
        if cf3_num is not UNSET:
            field_dict["cf3_num"] = cf3_num
        if cf4_string is not UNSET:
            field_dict["cf4_string"] = cf4_string
        if cf4_num is not UNSET:
            field_dict["cf4_num"] = cf4_num
        if cf5_string is not UNSET:
            field_dict["cf5_string"] = cf5_string
        if cf5_num is not UNSET:
            field_dict["cf5_num"] = cf5_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_code = d.pop("api_code")

        action = WebhookAction(d.pop("action"))

        resource = WebhookResource(d.pop("resource"))

        apisecretkey = d.pop("apisecretkey")

        item_code = d.pop("item_code", UNSET)

        item_description = d.pop("item_description", UNSET)

        item_type = d.pop("item_type", UNSET)

        category = d.pop("category", UNSET)

        unit_of_measure = d.pop("unit_of_measure", UNSET)

        item_price = d.pop("item_price", UNSET)

        costing_method = d.pop("costing_method", UNSET)

        cogs_account = d.pop("cogs_account", UNSET)

        inventory_or_expense_account = d.pop("inventory_or_expense_account", UNSET)

        income_account = d.pop("income_account", UNSET)

        price_levels = cast(list[Any], d.pop("price_levels", UNSET))

        cf1_string = d.pop("cf1_string", UNSET)

        cf1_num = d.pop("cf1_num", UNSET)

        cf2_string = d.pop("cf2_string", UNSET)

        cf2_num = d.pop("cf2_num", UNSET)

        cf3_string = d.pop("cf3_string", UNSET)

        cf3_num = d.pop("cf3_num", UNSET)

        cf4_string = d.pop("cf4_string", UNSET)

        cf4_num = d.pop("cf4_num", UNSET)

        cf5_string = d.pop("cf5_string", UNSET)

        cf5_num = d.pop("cf5_num", UNSET)

        item_webhook = cls(
            api_code=api_code,
            action=action,
            resource=resource,
            apisecretkey=apisecretkey,
            item_code=item_code,
            item_description=item_description,
            item_type=item_type,
            category=category,
            unit_of_measure=unit_of_measure,
            item_price=item_price,
            costing_method=costing_method,
            cogs_account=cogs_account,
            inventory_or_expense_account=inventory_or_expense_account,
            income_account=income_account,
            price_levels=price_levels,
            cf1_string=cf1_string,
            cf1_num=cf1_num,
            cf2_string=cf2_string,
            cf2_num=cf2_num,
            cf3_string=cf3_string,
            cf3_num=cf3_num,
            cf4_string=cf4_string,
            cf4_num=cf4_num,
            cf5_string=cf5_string,
            cf5_num=cf5_num,
        )

        item_webhook.additional_properties = d
        return item_webhook

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
