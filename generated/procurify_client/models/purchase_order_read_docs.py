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
    from ..models.price_modifier_docs import PriceModifierDocs
    from ..models.simple_currency import SimpleCurrency
    from ..models.simple_user import SimpleUser
    from ..models.simple_vendor import SimpleVendor


T = TypeVar("T", bound="PurchaseOrderReadDocs")


@_attrs_define
class PurchaseOrderReadDocs:
    """A purchase order as closing it returns it."""

    id: int
    number: str
    pref_vendor: SimpleVendor
    """ A vendor by id and name, nested in credit-card records. """
    promise_date: datetime.datetime
    purchased_currency: SimpleCurrency
    purchaser: SimpleUser
    subtotal: str
    total: str
    uuid: UUID
    total_amount: str
    version: int | Unset = UNSET
    po_num: None | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    discount: PriceModifierDocs | Unset = UNSET
    freight: None | str | Unset = UNSET
    fulfilment_status: FulfilmentStatus | str | Unset = UNSET
    item_count: int | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    other: None | str | Unset = UNSET
    procurify_po: int | Unset = UNSET
    punchout_system: int | None | Unset = UNSET
    purchase_agreement: int | None | Unset = UNSET
    purchase_agreement_status: int | None | Unset = UNSET
    """ Status code of the purchase agreement (contract) the order draws on; no document names the values. """
    purchased_currency_rate: None | str | Unset = UNSET
    state: int | PurchaseOrderState | Unset = UNSET
    punchout_items_rejected: bool | Unset = UNSET
    currency: str | Unset = ""
    email_status: None | str | Unset = UNSET
    email_status_updated_at: datetime.datetime | None | Unset = UNSET
    punchout_supplier_name: None | str | Unset = UNSET
    punchout_supplier_icon: None | str | Unset = UNSET
    punchout_vendor_reference: int | None | Unset = UNSET
    has_blanket_order_items: bool | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        pref_vendor = self.pref_vendor.to_dict()

        promise_date = self.promise_date.isoformat()

        purchased_currency = self.purchased_currency.to_dict()

        purchaser = self.purchaser.to_dict()

        subtotal = self.subtotal

        total = self.total

        uuid = str(self.uuid)

        total_amount = self.total_amount

        version = self.version

        po_num: None | str | Unset
        if isinstance(self.po_num, Unset):
            po_num = UNSET
        else:
            po_num = self.po_num

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        freight: None | str | Unset
        if isinstance(self.freight, Unset):
            freight = UNSET
        else:
            freight = self.freight

        fulfilment_status: str | Unset
        if isinstance(self.fulfilment_status, Unset):
            fulfilment_status = UNSET
        elif isinstance(self.fulfilment_status, FulfilmentStatus):
            fulfilment_status = self.fulfilment_status.value
        else:
            fulfilment_status = self.fulfilment_status

        item_count = self.item_count

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        other: None | str | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        procurify_po = self.procurify_po

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

        purchased_currency_rate: None | str | Unset
        if isinstance(self.purchased_currency_rate, Unset):
            purchased_currency_rate = UNSET
        else:
            purchased_currency_rate = self.purchased_currency_rate

        state: int | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, PurchaseOrderState):
            state = self.state.value
        else:
            state = self.state

        punchout_items_rejected = self.punchout_items_rejected

        currency = self.currency

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        else:
            email_status = self.email_status

        email_status_updated_at: None | str | Unset
        if isinstance(self.email_status_updated_at, Unset):
            email_status_updated_at = UNSET
        elif isinstance(self.email_status_updated_at, datetime.datetime):
            email_status_updated_at = self.email_status_updated_at.isoformat()
        else:
            email_status_updated_at = self.email_status_updated_at

        punchout_supplier_name: None | str | Unset
        if isinstance(self.punchout_supplier_name, Unset):
            punchout_supplier_name = UNSET
        else:
            punchout_supplier_name = self.punchout_supplier_name

        punchout_supplier_icon: None | str | Unset
        if isinstance(self.punchout_supplier_icon, Unset):
            punchout_supplier_icon = UNSET
        else:
            punchout_supplier_icon = self.punchout_supplier_icon

        punchout_vendor_reference: int | None | Unset
        if isinstance(self.punchout_vendor_reference, Unset):
            punchout_vendor_reference = UNSET
        else:
            punchout_vendor_reference = self.punchout_vendor_reference

        has_blanket_order_items = self.has_blanket_order_items

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "pref_vendor": pref_vendor,
                "promise_date": promise_date,
                "purchased_currency": purchased_currency,
                "purchaser": purchaser,
                "subtotal": subtotal,
                "total": total,
                "uuid": uuid,
                "total_amount": total_amount,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if po_num is not UNSET:
            field_dict["PO_Num"] = po_num
        if date is not UNSET:
            field_dict["date"] = date
        if discount is not UNSET:
            field_dict["discount"] = discount
        if freight is not UNSET:
            field_dict["freight"] = freight
        if fulfilment_status is not UNSET:
            field_dict["fulfilment_status"] = fulfilment_status
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if other is not UNSET:
            field_dict["other"] = other
        if procurify_po is not UNSET:
            field_dict["procurify_PO"] = procurify_po
        if punchout_system is not UNSET:
            field_dict["punchout_system"] = punchout_system
        if purchase_agreement is not UNSET:
            field_dict["purchase_agreement"] = purchase_agreement
        if purchase_agreement_status is not UNSET:
            field_dict["purchase_agreement_status"] = purchase_agreement_status
        if purchased_currency_rate is not UNSET:
            field_dict["purchased_currency_rate"] = purchased_currency_rate
        if state is not UNSET:
            field_dict["state"] = state
        if punchout_items_rejected is not UNSET:
            field_dict["punchout_items_rejected"] = punchout_items_rejected
        if currency is not UNSET:
            field_dict["currency"] = currency
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if email_status_updated_at is not UNSET:
            field_dict["email_status_updated_at"] = email_status_updated_at
        if punchout_supplier_name is not UNSET:
            field_dict["punchout_supplier_name"] = punchout_supplier_name
        if punchout_supplier_icon is not UNSET:
            field_dict["punchout_supplier_icon"] = punchout_supplier_icon
        if punchout_vendor_reference is not UNSET:
            field_dict["punchout_vendor_reference"] = punchout_vendor_reference
        if has_blanket_order_items is not UNSET:
            field_dict["has_blanket_order_items"] = has_blanket_order_items
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price_modifier_docs import PriceModifierDocs
        from ..models.simple_currency import SimpleCurrency
        from ..models.simple_user import SimpleUser
        from ..models.simple_vendor import SimpleVendor

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        pref_vendor = SimpleVendor.from_dict(d.pop("pref_vendor"))

        promise_date = datetime.datetime.fromisoformat(d.pop("promise_date"))

        purchased_currency = SimpleCurrency.from_dict(d.pop("purchased_currency"))

        purchaser = SimpleUser.from_dict(d.pop("purchaser"))

        subtotal = d.pop("subtotal")

        total = d.pop("total")

        uuid = UUID(d.pop("uuid"))

        total_amount = d.pop("total_amount")

        version = d.pop("version", UNSET)

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

        _discount = d.pop("discount", UNSET)
        discount: PriceModifierDocs | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = PriceModifierDocs.from_dict(_discount)

        def _parse_freight(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freight = _parse_freight(d.pop("freight", UNSET))

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

        item_count = d.pop("item_count", UNSET)

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        def _parse_other(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        procurify_po = d.pop("procurify_PO", UNSET)

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

        def _parse_purchased_currency_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchased_currency_rate = _parse_purchased_currency_rate(
            d.pop("purchased_currency_rate", UNSET)
        )

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

        punchout_items_rejected = d.pop("punchout_items_rejected", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_email_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_status = _parse_email_status(d.pop("email_status", UNSET))

        def _parse_email_status_updated_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return email_status_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_status_updated_at = _parse_email_status_updated_at(
            d.pop("email_status_updated_at", UNSET)
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

        def _parse_punchout_supplier_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        punchout_supplier_icon = _parse_punchout_supplier_icon(
            d.pop("punchout_supplier_icon", UNSET)
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

        purchase_order_read_docs = cls(
            id=id,
            number=number,
            pref_vendor=pref_vendor,
            promise_date=promise_date,
            purchased_currency=purchased_currency,
            purchaser=purchaser,
            subtotal=subtotal,
            total=total,
            uuid=uuid,
            total_amount=total_amount,
            version=version,
            po_num=po_num,
            date=date,
            discount=discount,
            freight=freight,
            fulfilment_status=fulfilment_status,
            item_count=item_count,
            last_modified=last_modified,
            other=other,
            procurify_po=procurify_po,
            punchout_system=punchout_system,
            purchase_agreement=purchase_agreement,
            purchase_agreement_status=purchase_agreement_status,
            purchased_currency_rate=purchased_currency_rate,
            state=state,
            punchout_items_rejected=punchout_items_rejected,
            currency=currency,
            email_status=email_status,
            email_status_updated_at=email_status_updated_at,
            punchout_supplier_name=punchout_supplier_name,
            punchout_supplier_icon=punchout_supplier_icon,
            punchout_vendor_reference=punchout_vendor_reference,
            has_blanket_order_items=has_blanket_order_items,
            expiry_date=expiry_date,
        )

        purchase_order_read_docs.additional_properties = d
        return purchase_order_read_docs

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
