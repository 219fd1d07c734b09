from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_purchase_edit import OrderItemPurchaseEdit
    from ..models.purchase_order_update_discount import PurchaseOrderUpdateDiscount
    from ..models.purchase_order_update_tax import PurchaseOrderUpdateTax


T = TypeVar("T", bound="PurchaseOrderUpdate")


@_attrs_define
class PurchaseOrderUpdate:
    """A purchase order as an update returns it."""

    version: int
    order_items: list[OrderItemPurchaseEdit]
    buyer_name: str
    buyer_contact: str
    buyer_address_line_one: str
    buyer_postal_code: str
    buyer_city: str
    buyer_country: str
    buyer_address: int
    receiver_name: str
    receiver_contact: str
    receiver_address_line_one: str
    receiver_postal_code: str
    receiver_city: str
    receiver_country: str
    receiver_address: int
    promise_date: datetime.datetime
    discount: PurchaseOrderUpdateDiscount
    tax: PurchaseOrderUpdateTax
    po_num: None | str | Unset = UNSET
    buyer_state_province: str | Unset = UNSET
    comment: None | str | Unset = UNSET
    receiver_state_province: str | Unset = UNSET
    freight: None | str | Unset = UNSET
    other: None | str | Unset = UNSET
    disclaimer_description: None | str | Unset = UNSET
    disclaimer_text: None | str | Unset = UNSET
    payment_term_ref: int | None | Unset = UNSET
    shipping_term_ref: int | None | Unset = UNSET
    payment_method_ref: int | None | Unset = UNSET
    shipping_method_ref: int | None | Unset = UNSET
    creditcard: int | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    contract: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        buyer_name = self.buyer_name

        buyer_contact = self.buyer_contact

        buyer_address_line_one = self.buyer_address_line_one

        buyer_postal_code = self.buyer_postal_code

        buyer_city = self.buyer_city

        buyer_country = self.buyer_country

        buyer_address = self.buyer_address

        receiver_name = self.receiver_name

        receiver_contact = self.receiver_contact

        receiver_address_line_one = self.receiver_address_line_one

        receiver_postal_code = self.receiver_postal_code

        receiver_city = self.receiver_city

        receiver_country = self.receiver_country

        receiver_address = self.receiver_address

        promise_date = self.promise_date.isoformat()

        discount = self.discount.to_dict()

        tax = self.tax.to_dict()

        po_num: None | str | Unset
        if isinstance(self.po_num, Unset):
            po_num = UNSET
        else:
            po_num = self.po_num

        buyer_state_province = self.buyer_state_province

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        receiver_state_province = self.receiver_state_province

        freight: None | str | Unset
        if isinstance(self.freight, Unset):
            freight = UNSET
        else:
            freight = self.freight

        other: None | str | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        disclaimer_description: None | str | Unset
        if isinstance(self.disclaimer_description, Unset):
            disclaimer_description = UNSET
        else:
            disclaimer_description = self.disclaimer_description

        disclaimer_text: None | str | Unset
        if isinstance(self.disclaimer_text, Unset):
            disclaimer_text = UNSET
        else:
            disclaimer_text = self.disclaimer_text

        payment_term_ref: int | None | Unset
        if isinstance(self.payment_term_ref, Unset):
            payment_term_ref = UNSET
        else:
            payment_term_ref = self.payment_term_ref

        shipping_term_ref: int | None | Unset
        if isinstance(self.shipping_term_ref, Unset):
            shipping_term_ref = UNSET
        else:
            shipping_term_ref = self.shipping_term_ref

        payment_method_ref: int | None | Unset
        if isinstance(self.payment_method_ref, Unset):
            payment_method_ref = UNSET
        else:
            payment_method_ref = self.payment_method_ref

        shipping_method_ref: int | None | Unset
        if isinstance(self.shipping_method_ref, Unset):
            shipping_method_ref = UNSET
        else:
            shipping_method_ref = self.shipping_method_ref

        creditcard: int | None | Unset
        if isinstance(self.creditcard, Unset):
            creditcard = UNSET
        else:
            creditcard = self.creditcard

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        contract: int | None | Unset
        if isinstance(self.contract, Unset):
            contract = UNSET
        else:
            contract = self.contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "order_items": order_items,
                "buyer_name": buyer_name,
                "buyer_contact": buyer_contact,
                "buyer_addressLineOne": buyer_address_line_one,
                "buyer_postalCode": buyer_postal_code,
                "buyer_city": buyer_city,
                "buyer_country": buyer_country,
                "buyer_address": buyer_address,
                "receiver_name": receiver_name,
                "receiver_contact": receiver_contact,
                "receiver_addressLineOne": receiver_address_line_one,
                "receiver_postalCode": receiver_postal_code,
                "receiver_city": receiver_city,
                "receiver_country": receiver_country,
                "receiver_address": receiver_address,
                "promise_date": promise_date,
                "discount": discount,
                "tax": tax,
            }
        )
        if po_num is not UNSET:
            field_dict["PO_Num"] = po_num
        if buyer_state_province is not UNSET:
            field_dict["buyer_state_province"] = buyer_state_province
        if comment is not UNSET:
            field_dict["comment"] = comment
        if receiver_state_province is not UNSET:
            field_dict["receiver_state_province"] = receiver_state_province
        if freight is not UNSET:
            field_dict["freight"] = freight
        if other is not UNSET:
            field_dict["other"] = other
        if disclaimer_description is not UNSET:
            field_dict["disclaimer_description"] = disclaimer_description
        if disclaimer_text is not UNSET:
            field_dict["disclaimer_text"] = disclaimer_text
        if payment_term_ref is not UNSET:
            field_dict["payment_term_ref"] = payment_term_ref
        if shipping_term_ref is not UNSET:
            field_dict["shipping_term_ref"] = shipping_term_ref
        if payment_method_ref is not UNSET:
            field_dict["payment_method_ref"] = payment_method_ref
        if shipping_method_ref is not UNSET:
            field_dict["shipping_method_ref"] = shipping_method_ref
        if creditcard is not UNSET:
            field_dict["creditcard"] = creditcard
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if contract is not UNSET:
            field_dict["contract"] = contract

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_item_purchase_edit import OrderItemPurchaseEdit
        from ..models.purchase_order_update_discount import PurchaseOrderUpdateDiscount
        from ..models.purchase_order_update_tax import PurchaseOrderUpdateTax

        d = dict(src_dict)
        version = d.pop("version")

        order_items = []
        _order_items = d.pop("order_items")
        for order_items_item_data in _order_items:
            order_items_item = OrderItemPurchaseEdit.from_dict(order_items_item_data)

            order_items.append(order_items_item)

        buyer_name = d.pop("buyer_name")

        buyer_contact = d.pop("buyer_contact")

        buyer_address_line_one = d.pop("buyer_addressLineOne")

        buyer_postal_code = d.pop("buyer_postalCode")

        buyer_city = d.pop("buyer_city")

        buyer_country = d.pop("buyer_country")

        buyer_address = d.pop("buyer_address")

        receiver_name = d.pop("receiver_name")

        receiver_contact = d.pop("receiver_contact")

        receiver_address_line_one = d.pop("receiver_addressLineOne")

        receiver_postal_code = d.pop("receiver_postalCode")

        receiver_city = d.pop("receiver_city")

        receiver_country = d.pop("receiver_country")

        receiver_address = d.pop("receiver_address")

        promise_date = datetime.datetime.fromisoformat(d.pop("promise_date"))

        discount = PurchaseOrderUpdateDiscount.from_dict(d.pop("discount"))

        tax = PurchaseOrderUpdateTax.from_dict(d.pop("tax"))

        def _parse_po_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        po_num = _parse_po_num(d.pop("PO_Num", UNSET))

        buyer_state_province = d.pop("buyer_state_province", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        receiver_state_province = d.pop("receiver_state_province", UNSET)

        def _parse_freight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freight = _parse_freight(d.pop("freight", UNSET))

        def _parse_other(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        def _parse_disclaimer_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disclaimer_description = _parse_disclaimer_description(
            d.pop("disclaimer_description", UNSET)
        )

        def _parse_disclaimer_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disclaimer_text = _parse_disclaimer_text(d.pop("disclaimer_text", UNSET))

        def _parse_payment_term_ref(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_term_ref = _parse_payment_term_ref(d.pop("payment_term_ref", UNSET))

        def _parse_shipping_term_ref(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_term_ref = _parse_shipping_term_ref(d.pop("shipping_term_ref", UNSET))

        def _parse_payment_method_ref(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_method_ref = _parse_payment_method_ref(
            d.pop("payment_method_ref", UNSET)
        )

        def _parse_shipping_method_ref(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_method_ref = _parse_shipping_method_ref(
            d.pop("shipping_method_ref", UNSET)
        )

        def _parse_creditcard(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creditcard = _parse_creditcard(d.pop("creditcard", UNSET))

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_contract(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract = _parse_contract(d.pop("contract", UNSET))

        purchase_order_update = cls(
            version=version,
            order_items=order_items,
            buyer_name=buyer_name,
            buyer_contact=buyer_contact,
            buyer_address_line_one=buyer_address_line_one,
            buyer_postal_code=buyer_postal_code,
            buyer_city=buyer_city,
            buyer_country=buyer_country,
            buyer_address=buyer_address,
            receiver_name=receiver_name,
            receiver_contact=receiver_contact,
            receiver_address_line_one=receiver_address_line_one,
            receiver_postal_code=receiver_postal_code,
            receiver_city=receiver_city,
            receiver_country=receiver_country,
            receiver_address=receiver_address,
            promise_date=promise_date,
            discount=discount,
            tax=tax,
            po_num=po_num,
            buyer_state_province=buyer_state_province,
            comment=comment,
            receiver_state_province=receiver_state_province,
            freight=freight,
            other=other,
            disclaimer_description=disclaimer_description,
            disclaimer_text=disclaimer_text,
            payment_term_ref=payment_term_ref,
            shipping_term_ref=shipping_term_ref,
            payment_method_ref=payment_method_ref,
            shipping_method_ref=shipping_method_ref,
            creditcard=creditcard,
            expiry_date=expiry_date,
            contract=contract,
        )

        purchase_order_update.additional_properties = d
        return purchase_order_update

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
