from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_docs import BillDocs
    from ..models.user_docs import UserDocs
    from ..models.vendor_payment_method_read import VendorPaymentMethodRead


T = TypeVar("T", bound="BillPaymentDocs")


@_attrs_define
class BillPaymentDocs:
    bill: BillDocs
    user: UserDocs
    payment_method: VendorPaymentMethodRead
    """ A vendor's payment details. """
    id: int | Unset = UNSET
    amount: str | Unset = UNSET
    transaction: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill = self.bill.to_dict()

        user = self.user.to_dict()

        payment_method = self.payment_method.to_dict()

        id = self.id

        amount = self.amount

        transaction: int | None | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        else:
            transaction = self.transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bill": bill,
                "user": user,
                "payment_method": payment_method,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bill_docs import BillDocs
        from ..models.user_docs import UserDocs
        from ..models.vendor_payment_method_read import VendorPaymentMethodRead

        d = dict(src_dict)
        bill = BillDocs.from_dict(d.pop("bill"))

        user = UserDocs.from_dict(d.pop("user"))

        payment_method = VendorPaymentMethodRead.from_dict(d.pop("payment_method"))

        id = d.pop("id", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_transaction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        bill_payment_docs = cls(
            bill=bill,
            user=user,
            payment_method=payment_method,
            id=id,
            amount=amount,
            transaction=transaction,
        )

        bill_payment_docs.additional_properties = d
        return bill_payment_docs

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
