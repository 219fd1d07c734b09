from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfilment_status import FulfilmentStatus
from ..models.purchase_order_state import PurchaseOrderState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_summary import AddressSummary
    from ..models.cost_details import CostDetails
    from ..models.credit_card_read import CreditCardRead
    from ..models.currency_summary import CurrencySummary
    from ..models.custom_field_value_read import CustomFieldValueRead
    from ..models.price_modifier_docs import PriceModifierDocs
    from ..models.purchase_order_contract import PurchaseOrderContract
    from ..models.purchase_order_line_item_read import PurchaseOrderLineItemRead
    from ..models.term_or_method import TermOrMethod
    from ..models.user_summary import UserSummary
    from ..models.vendor_read import VendorRead


T = TypeVar("T", bound="PurchaseOrderDetail")


@_attrs_define
class PurchaseOrderDetail:
    """A purchase order in full, with its order items (`order_items`), buyer and receiver, terms and costs."""

    uuid: UUID
    purchaser: UserSummary
    buyer_name: str
    buyer_contact: str
    buyer_address_line_one: str
    buyer_postal_code: str
    buyer_city: str
    buyer_country: str
    buyer_address: AddressSummary
    receiver_name: str
    receiver_contact: str
    receiver_address_line_one: str
    receiver_postal_code: str
    receiver_city: str
    receiver_country: str
    receiver_address: AddressSummary
    pref_vendor: VendorRead
    """ A vendor nested in another record (catalog items, purchase orders, bills). """
    payment_terms: str
    shipping_terms: str
    shipping_method: TermOrMethod
    """ A named payment term, shipping term, payment method or shipping method (all four share this shape). """
    promise_date: datetime.datetime
    subtotal: str
    total: str
    purchased_currency: CurrencySummary
    contract: PurchaseOrderContract
    """ The contract (purchase agreement) a purchase order draws on. """
    order_items: list[PurchaseOrderLineItemRead]
    creditcard_is_editable: bool
    creditcard: CreditCardRead | None
    payment_term: TermOrMethod
    """ A named payment term, shipping term, payment method or shipping method (all four share this shape). """
    shipping_term: TermOrMethod
    """ A named payment term, shipping term, payment method or shipping method (all four share this shape). """
    version: int | Unset = UNSET
    number: str | Unset = UNSET
    procurify_po: int | Unset = UNSET
    po_num: None | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    buyer_state_province: str | Unset = UNSET
    receiver_state_province: str | Unset = UNSET
    vendor_name: None | str | Unset = UNSET
    vendor_contact: None | str | Unset = UNSET
    vendor_address_line_one: None | str | Unset = UNSET
    vendor_postal_code: None | str | Unset = UNSET
    vendor_city: None | str | Unset = UNSET
    vendor_state_province: None | str | Unset = UNSET
    vendor_country: None | str | Unset = UNSET
    freight: None | str | Unset = UNSET
    tax: PriceModifierDocs | Unset = UNSET
    discount: PriceModifierDocs | Unset = UNSET
    other: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    purchased_currency_rate: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    state: int | PurchaseOrderState | Unset = UNSET
    fulfilment_status: FulfilmentStatus | str | Unset = UNSET
    disclaimer_description: None | str | Unset = UNSET
    disclaimer_text: None | str | Unset = UNSET
    recorded_date: datetime.datetime | None | Unset = UNSET
    closed_date: datetime.datetime | None | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    staged_for_export: bool | Unset = UNSET
    item_count: int | Unset = UNSET
    most_recent_version: int | Unset = UNSET
    punchout_system: int | None | Unset = UNSET
    purchase_agreement: int | None | Unset = UNSET
    purchase_agreement_status: int | None | Unset = UNSET
    """ Status code of the purchase agreement (contract) the order draws on; no document names the values. """
    punchout_vendor_reference: int | None | Unset = UNSET
    punchout_supplier_icon: None | str | Unset = UNSET
    punchout_supplier_name: None | str | Unset = UNSET
    has_blanket_order_items: bool | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    custom_fields: list[CustomFieldValueRead] | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_details import CostDetails
        from ..models.credit_card_read import CreditCardRead

        uuid = str(self.uuid)

        purchaser = self.purchaser.to_dict()

        buyer_name = self.buyer_name

        buyer_contact = self.buyer_contact

        buyer_address_line_one = self.buyer_address_line_one

        buyer_postal_code = self.buyer_postal_code

        buyer_city = self.buyer_city

        buyer_country = self.buyer_country

        buyer_address = self.buyer_address.to_dict()

        receiver_name = self.receiver_name

        receiver_contact = self.receiver_contact

        receiver_address_line_one = self.receiver_address_line_one

        receiver_postal_code = self.receiver_postal_code

        receiver_city = self.receiver_city

        receiver_country = self.receiver_country

        receiver_address = self.receiver_address.to_dict()

        pref_vendor = self.pref_vendor.to_dict()

        payment_terms = self.payment_terms

        shipping_terms = self.shipping_terms

        shipping_method = self.shipping_method.to_dict()

        promise_date = self.promise_date.isoformat()

        subtotal = self.subtotal

        total = self.total

        purchased_currency = self.purchased_currency.to_dict()

        contract = self.contract.to_dict()

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        creditcard_is_editable = self.creditcard_is_editable

        creditcard: dict[str, Any] | None
        if isinstance(self.creditcard, CreditCardRead):
            creditcard = self.creditcard.to_dict()
        else:
            creditcard = self.creditcard

        payment_term = self.payment_term.to_dict()

        shipping_term = self.shipping_term.to_dict()

        version = self.version

        number = self.number

        procurify_po = self.procurify_po

        po_num: None | str | Unset
        if isinstance(self.po_num, Unset):
            po_num = UNSET
        else:
            po_num = self.po_num

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        buyer_state_province = self.buyer_state_province

        receiver_state_province = self.receiver_state_province

        vendor_name: None | str | Unset
        if isinstance(self.vendor_name, Unset):
            vendor_name = UNSET
        else:
            vendor_name = self.vendor_name

        vendor_contact: None | str | Unset
        if isinstance(self.vendor_contact, Unset):
            vendor_contact = UNSET
        else:
            vendor_contact = self.vendor_contact

        vendor_address_line_one: None | str | Unset
        if isinstance(self.vendor_address_line_one, Unset):
            vendor_address_line_one = UNSET
        else:
            vendor_address_line_one = self.vendor_address_line_one

        vendor_postal_code: None | str | Unset
        if isinstance(self.vendor_postal_code, Unset):
            vendor_postal_code = UNSET
        else:
            vendor_postal_code = self.vendor_postal_code

        vendor_city: None | str | Unset
        if isinstance(self.vendor_city, Unset):
            vendor_city = UNSET
        else:
            vendor_city = self.vendor_city

        vendor_state_province: None | str | Unset
        if isinstance(self.vendor_state_province, Unset):
            vendor_state_province = UNSET
        else:
            vendor_state_province = self.vendor_state_province

        vendor_country: None | str | Unset
        if isinstance(self.vendor_country, Unset):
            vendor_country = UNSET
        else:
            vendor_country = self.vendor_country

        freight: None | str | Unset
        if isinstance(self.freight, Unset):
            freight = UNSET
        else:
            freight = self.freight

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        other: None | str | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        purchased_currency_rate: None | str | Unset
        if isinstance(self.purchased_currency_rate, Unset):
            purchased_currency_rate = UNSET
        else:
            purchased_currency_rate = self.purchased_currency_rate

        active = self.active

        state: int | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, PurchaseOrderState):
            state = self.state.value
        else:
            state = self.state

        fulfilment_status: str | Unset
        if isinstance(self.fulfilment_status, Unset):
            fulfilment_status = UNSET
        elif isinstance(self.fulfilment_status, FulfilmentStatus):
            fulfilment_status = self.fulfilment_status.value
        else:
            fulfilment_status = self.fulfilment_status

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

        recorded_date: None | str | Unset
        if isinstance(self.recorded_date, Unset):
            recorded_date = UNSET
        elif isinstance(self.recorded_date, datetime.datetime):
            recorded_date = self.recorded_date.isoformat()
        else:
            recorded_date = self.recorded_date

        closed_date: None | str | Unset
        if isinstance(self.closed_date, Unset):
            closed_date = UNSET
        elif isinstance(self.closed_date, datetime.datetime):
            closed_date = self.closed_date.isoformat()
        else:
            closed_date = self.closed_date

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        staged_for_export = self.staged_for_export

        item_count = self.item_count

        most_recent_version = self.most_recent_version

        punchout_system: int | None | Unset
        if isinstance(self.punchout_system, Unset):
            punchout_system = UNSET
        else:
            punchout_system = self.punchout_system

        purchase_agreement: int | None | Unset
        if isinstance(self.purchase_agreement, Unset):
            purchase_agreement = UNSET
        else:
            purchase_agreement = self.purchase_agreement

        purchase_agreement_status: int | None | Unset
        if isinstance(self.purchase_agreement_status, Unset):
            purchase_agreement_status = UNSET
        else:
            purchase_agreement_status = self.purchase_agreement_status

        punchout_vendor_reference: int | None | Unset
        if isinstance(self.punchout_vendor_reference, Unset):
            punchout_vendor_reference = UNSET
        else:
            punchout_vendor_reference = self.punchout_vendor_reference

        punchout_supplier_icon: None | str | Unset
        if isinstance(self.punchout_supplier_icon, Unset):
            punchout_supplier_icon = UNSET
        else:
            punchout_supplier_icon = self.punchout_supplier_icon

        punchout_supplier_name: None | str | Unset
        if isinstance(self.punchout_supplier_name, Unset):
            punchout_supplier_name = UNSET
        else:
            punchout_supplier_name = self.punchout_supplier_name

        has_blanket_order_items = self.has_blanket_order_items

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        cost_details: dict[str, Any] | None | Unset
        if isinstance(self.cost_details, Unset):
            cost_details = UNSET
        elif isinstance(self.cost_details, CostDetails):
            cost_details = self.cost_details.to_dict()
        else:
            cost_details = self.cost_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "purchaser": purchaser,
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
                "pref_vendor": pref_vendor,
                "payment_terms": payment_terms,
                "shipping_terms": shipping_terms,
                "shipping_method": shipping_method,
                "promise_date": promise_date,
                "subtotal": subtotal,
                "total": total,
                "purchased_currency": purchased_currency,
                "contract": contract,
                "order_items": order_items,
                "creditcard_is_editable": creditcard_is_editable,
                "creditcard": creditcard,
                "payment_term": payment_term,
                "shipping_term": shipping_term,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if number is not UNSET:
            field_dict["number"] = number
        if procurify_po is not UNSET:
            field_dict["procurify_PO"] = procurify_po
        if po_num is not UNSET:
            field_dict["PO_Num"] = po_num
        if date is not UNSET:
            field_dict["date"] = date
        if buyer_state_province is not UNSET:
            field_dict["buyer_state_province"] = buyer_state_province
        if receiver_state_province is not UNSET:
            field_dict["receiver_state_province"] = receiver_state_province
        if vendor_name is not UNSET:
            field_dict["vendor_name"] = vendor_name
        if vendor_contact is not UNSET:
            field_dict["vendor_contact"] = vendor_contact
        if vendor_address_line_one is not UNSET:
            field_dict["vendor_addressLineOne"] = vendor_address_line_one
        if vendor_postal_code is not UNSET:
            field_dict["vendor_postalCode"] = vendor_postal_code
        if vendor_city is not UNSET:
            field_dict["vendor_city"] = vendor_city
        if vendor_state_province is not UNSET:
            field_dict["vendor_state_province"] = vendor_state_province
        if vendor_country is not UNSET:
            field_dict["vendor_country"] = vendor_country
        if freight is not UNSET:
            field_dict["freight"] = freight
        if tax is not UNSET:
            field_dict["tax"] = tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if other is not UNSET:
            field_dict["other"] = other
        if comment is not UNSET:
            field_dict["comment"] = comment
        if purchased_currency_rate is not UNSET:
            field_dict["purchased_currency_rate"] = purchased_currency_rate
        if active is not UNSET:
            field_dict["active"] = active
        if state is not UNSET:
            field_dict["state"] = state
        if fulfilment_status is not UNSET:
            field_dict["fulfilment_status"] = fulfilment_status
        if disclaimer_description is not UNSET:
            field_dict["disclaimer_description"] = disclaimer_description
        if disclaimer_text is not UNSET:
            field_dict["disclaimer_text"] = disclaimer_text
        if recorded_date is not UNSET:
            field_dict["recorded_date"] = recorded_date
        if closed_date is not UNSET:
            field_dict["closed_date"] = closed_date
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if staged_for_export is not UNSET:
            field_dict["staged_for_export"] = staged_for_export
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if most_recent_version is not UNSET:
            field_dict["most_recent_version"] = most_recent_version
        if punchout_system is not UNSET:
            field_dict["punchout_system"] = punchout_system
        if purchase_agreement is not UNSET:
            field_dict["purchase_agreement"] = purchase_agreement
        if purchase_agreement_status is not UNSET:
            field_dict["purchase_agreement_status"] = purchase_agreement_status
        if punchout_vendor_reference is not UNSET:
            field_dict["punchout_vendor_reference"] = punchout_vendor_reference
        if punchout_supplier_icon is not UNSET:
            field_dict["punchout_supplier_icon"] = punchout_supplier_icon
        if punchout_supplier_name is not UNSET:
            field_dict["punchout_supplier_name"] = punchout_supplier_name
        if has_blanket_order_items is not UNSET:
            field_dict["has_blanket_order_items"] = has_blanket_order_items
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if cost_details is not UNSET:
            field_dict["cost_details"] = cost_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address_summary import AddressSummary
        from ..models.cost_details import CostDetails
        from ..models.credit_card_read import CreditCardRead
        from ..models.currency_summary import CurrencySummary
        from ..models.custom_field_value_read import CustomFieldValueRead
        from ..models.price_modifier_docs import PriceModifierDocs
        from ..models.purchase_order_contract import PurchaseOrderContract
        from ..models.purchase_order_line_item_read import PurchaseOrderLineItemRead
        from ..models.term_or_method import TermOrMethod
        from ..models.user_summary import UserSummary
        from ..models.vendor_read import VendorRead

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        purchaser = UserSummary.from_dict(d.pop("purchaser"))

        buyer_name = d.pop("buyer_name")

        buyer_contact = d.pop("buyer_contact")

        buyer_address_line_one = d.pop("buyer_addressLineOne")

        buyer_postal_code = d.pop("buyer_postalCode")

        buyer_city = d.pop("buyer_city")

        buyer_country = d.pop("buyer_country")

        buyer_address = AddressSummary.from_dict(d.pop("buyer_address"))

        receiver_name = d.pop("receiver_name")

        receiver_contact = d.pop("receiver_contact")

        receiver_address_line_one = d.pop("receiver_addressLineOne")

        receiver_postal_code = d.pop("receiver_postalCode")

        receiver_city = d.pop("receiver_city")

        receiver_country = d.pop("receiver_country")

        receiver_address = AddressSummary.from_dict(d.pop("receiver_address"))

        pref_vendor = VendorRead.from_dict(d.pop("pref_vendor"))

        payment_terms = d.pop("payment_terms")

        shipping_terms = d.pop("shipping_terms")

        shipping_method = TermOrMethod.from_dict(d.pop("shipping_method"))

        promise_date = datetime.datetime.fromisoformat(d.pop("promise_date"))

        subtotal = d.pop("subtotal")

        total = d.pop("total")

        purchased_currency = CurrencySummary.from_dict(d.pop("purchased_currency"))

        contract = PurchaseOrderContract.from_dict(d.pop("contract"))

        order_items = []
        _order_items = d.pop("order_items")
        for order_items_item_data in _order_items:
            order_items_item = PurchaseOrderLineItemRead.from_dict(
                order_items_item_data
            )

            order_items.append(order_items_item)

        creditcard_is_editable = d.pop("creditcard_is_editable")

        def _parse_creditcard(data: object) -> CreditCardRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creditcard_type_0 = CreditCardRead.from_dict(data)

                return creditcard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditCardRead | None, data)

        creditcard = _parse_creditcard(d.pop("creditcard"))

        payment_term = TermOrMethod.from_dict(d.pop("payment_term"))

        shipping_term = TermOrMethod.from_dict(d.pop("shipping_term"))

        version = d.pop("version", UNSET)

        number = d.pop("number", UNSET)

        procurify_po = d.pop("procurify_PO", UNSET)

        def _parse_po_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        po_num = _parse_po_num(d.pop("PO_Num", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        buyer_state_province = d.pop("buyer_state_province", UNSET)

        receiver_state_province = d.pop("receiver_state_province", UNSET)

        def _parse_vendor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_name = _parse_vendor_name(d.pop("vendor_name", UNSET))

        def _parse_vendor_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_contact = _parse_vendor_contact(d.pop("vendor_contact", UNSET))

        def _parse_vendor_address_line_one(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_address_line_one = _parse_vendor_address_line_one(
            d.pop("vendor_addressLineOne", UNSET)
        )

        def _parse_vendor_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_postal_code = _parse_vendor_postal_code(
            d.pop("vendor_postalCode", UNSET)
        )

        def _parse_vendor_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_city = _parse_vendor_city(d.pop("vendor_city", UNSET))

        def _parse_vendor_state_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_state_province = _parse_vendor_state_province(
            d.pop("vendor_state_province", UNSET)
        )

        def _parse_vendor_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_country = _parse_vendor_country(d.pop("vendor_country", UNSET))

        def _parse_freight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freight = _parse_freight(d.pop("freight", UNSET))

        _tax = d.pop("tax", UNSET)
        tax: PriceModifierDocs | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = PriceModifierDocs.from_dict(_tax)

        _discount = d.pop("discount", UNSET)
        discount: PriceModifierDocs | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = PriceModifierDocs.from_dict(_discount)

        def _parse_other(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_purchased_currency_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchased_currency_rate = _parse_purchased_currency_rate(
            d.pop("purchased_currency_rate", UNSET)
        )

        active = d.pop("active", UNSET)

        def _parse_state(data: object) -> int | PurchaseOrderState | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                state_type_0 = PurchaseOrderState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | PurchaseOrderState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_fulfilment_status(data: object) -> FulfilmentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fulfilment_status_type_0 = FulfilmentStatus(data)

                return fulfilment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FulfilmentStatus | str | Unset, data)

        fulfilment_status = _parse_fulfilment_status(d.pop("fulfilment_status", UNSET))

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

        def _parse_recorded_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_date_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        recorded_date = _parse_recorded_date(d.pop("recorded_date", UNSET))

        def _parse_closed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_date_type_0 = datetime.datetime.fromisoformat(data)

                return closed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_date = _parse_closed_date(d.pop("closed_date", UNSET))

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        staged_for_export = d.pop("staged_for_export", UNSET)

        item_count = d.pop("item_count", UNSET)

        most_recent_version = d.pop("most_recent_version", UNSET)

        def _parse_punchout_system(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        punchout_system = _parse_punchout_system(d.pop("punchout_system", UNSET))

        def _parse_purchase_agreement(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_agreement = _parse_purchase_agreement(
            d.pop("purchase_agreement", UNSET)
        )

        def _parse_purchase_agreement_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_agreement_status = _parse_purchase_agreement_status(
            d.pop("purchase_agreement_status", UNSET)
        )

        def _parse_punchout_vendor_reference(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        punchout_vendor_reference = _parse_punchout_vendor_reference(
            d.pop("punchout_vendor_reference", UNSET)
        )

        def _parse_punchout_supplier_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_icon = _parse_punchout_supplier_icon(
            d.pop("punchout_supplier_icon", UNSET)
        )

        def _parse_punchout_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_name = _parse_punchout_supplier_name(
            d.pop("punchout_supplier_name", UNSET)
        )

        has_blanket_order_items = d.pop("has_blanket_order_items", UNSET)

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValueRead] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValueRead.from_dict(
                    custom_fields_item_data
                )

                custom_fields.append(custom_fields_item)

        def _parse_cost_details(data: object) -> CostDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_details_type_0 = CostDetails.from_dict(data)

                return cost_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostDetails | None | Unset, data)

        cost_details = _parse_cost_details(d.pop("cost_details", UNSET))

        purchase_order_detail = cls(
            uuid=uuid,
            purchaser=purchaser,
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
            pref_vendor=pref_vendor,
            payment_terms=payment_terms,
            shipping_terms=shipping_terms,
            shipping_method=shipping_method,
            promise_date=promise_date,
            subtotal=subtotal,
            total=total,
            purchased_currency=purchased_currency,
            contract=contract,
            order_items=order_items,
            creditcard_is_editable=creditcard_is_editable,
            creditcard=creditcard,
            payment_term=payment_term,
            shipping_term=shipping_term,
            version=version,
            number=number,
            procurify_po=procurify_po,
            po_num=po_num,
            date=date,
            buyer_state_province=buyer_state_province,
            receiver_state_province=receiver_state_province,
            vendor_name=vendor_name,
            vendor_contact=vendor_contact,
            vendor_address_line_one=vendor_address_line_one,
            vendor_postal_code=vendor_postal_code,
            vendor_city=vendor_city,
            vendor_state_province=vendor_state_province,
            vendor_country=vendor_country,
            freight=freight,
            tax=tax,
            discount=discount,
            other=other,
            comment=comment,
            purchased_currency_rate=purchased_currency_rate,
            active=active,
            state=state,
            fulfilment_status=fulfilment_status,
            disclaimer_description=disclaimer_description,
            disclaimer_text=disclaimer_text,
            recorded_date=recorded_date,
            closed_date=closed_date,
            last_modified=last_modified,
            staged_for_export=staged_for_export,
            item_count=item_count,
            most_recent_version=most_recent_version,
            punchout_system=punchout_system,
            purchase_agreement=purchase_agreement,
            purchase_agreement_status=purchase_agreement_status,
            punchout_vendor_reference=punchout_vendor_reference,
            punchout_supplier_icon=punchout_supplier_icon,
            punchout_supplier_name=punchout_supplier_name,
            has_blanket_order_items=has_blanket_order_items,
            expiry_date=expiry_date,
            custom_fields=custom_fields,
            cost_details=cost_details,
        )

        purchase_order_detail.additional_properties = d
        return purchase_order_detail

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
