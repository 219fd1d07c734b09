from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vendor_type import VendorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term_or_method_request import TermOrMethodRequest


T = TypeVar("T", bound="OptimizedVendorRequest")


@_attrs_define
class OptimizedVendorRequest:
    """A vendor to create, or to replace in full."""

    name: str
    """ Name of the vendor """
    email: list[str]
    type_: VendorType
    """ Vendor type. 1 OTHER holds free-text vendor names from requests; 2 HIDDEN is reserved for system vendors
    (e.g. Amazon Business); 3 PREFERRED is the default and the only type requesters see (with OTHER); 4 REGULAR
    vendors are for AP and purchasers; 5 EMPLOYEE vendors appear only in AP employee lists; 6 CC_PROVIDER vendors
    are credit-card providers. The vendors `type` filter also accepts 7, which no document names. """
    overall_score: None | str
    active: bool | Unset = UNSET
    address_line_one: None | str | Unset = UNSET
    """ First line of address """
    address_line_two: None | str | Unset = UNSET
    """ Second line of address """
    postal_code: None | str | Unset = UNSET
    """ Postal or Zip code of the vendor """
    city: None | str | Unset = UNSET
    """ City of the vendor """
    state_province: None | str | Unset = UNSET
    """ State or Province of the vendor """
    country: None | str | Unset = UNSET
    """ Country of the vendor """
    phone_one: None | str | Unset = UNSET
    """ Primary phone no. of the vendor """
    phone_two: None | str | Unset = UNSET
    """ Secondary phone no. of the vendor """
    fax: None | str | Unset = UNSET
    """ Fax no. of the vendor """
    comments: None | str | Unset = UNSET
    """ Notes about the vendor """
    contact: None | str | Unset = UNSET
    """ Contact person of the vendor """
    url: None | str | Unset = UNSET
    """ Website of the vendor """
    external_id: None | str | Unset = UNSET
    """ External id of the vendor """
    currency: int | None | Unset = UNSET
    payment_term_ref: None | TermOrMethodRequest | Unset = UNSET
    shipping_term_ref: None | TermOrMethodRequest | Unset = UNSET
    payment_method_ref: None | TermOrMethodRequest | Unset = UNSET
    shipping_method_ref: None | TermOrMethodRequest | Unset = UNSET
    tax: int | None | Unset = UNSET
    default_payment_method: int | None | Unset = UNSET
    is_1099_eligible: bool | None | Unset = UNSET
    is_auto_email_po_enabled: bool | Unset = UNSET
    po_pdf_labels: str | Unset = UNSET
    """ Placeholder for a KVStore value """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.term_or_method_request import TermOrMethodRequest

        name = self.name

        email = self.email

        type_ = self.type_.value

        overall_score: None | str
        overall_score = self.overall_score

        active = self.active

        address_line_one: None | str | Unset
        if isinstance(self.address_line_one, Unset):
            address_line_one = UNSET
        else:
            address_line_one = self.address_line_one

        address_line_two: None | str | Unset
        if isinstance(self.address_line_two, Unset):
            address_line_two = UNSET
        else:
            address_line_two = self.address_line_two

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_province: None | str | Unset
        if isinstance(self.state_province, Unset):
            state_province = UNSET
        else:
            state_province = self.state_province

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        phone_one: None | str | Unset
        if isinstance(self.phone_one, Unset):
            phone_one = UNSET
        else:
            phone_one = self.phone_one

        phone_two: None | str | Unset
        if isinstance(self.phone_two, Unset):
            phone_two = UNSET
        else:
            phone_two = self.phone_two

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        currency: int | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        payment_term_ref: dict[str, Any] | None | Unset
        if isinstance(self.payment_term_ref, Unset):
            payment_term_ref = UNSET
        elif isinstance(self.payment_term_ref, TermOrMethodRequest):
            payment_term_ref = self.payment_term_ref.to_dict()
        else:
            payment_term_ref = self.payment_term_ref

        shipping_term_ref: dict[str, Any] | None | Unset
        if isinstance(self.shipping_term_ref, Unset):
            shipping_term_ref = UNSET
        elif isinstance(self.shipping_term_ref, TermOrMethodRequest):
            shipping_term_ref = self.shipping_term_ref.to_dict()
        else:
            shipping_term_ref = self.shipping_term_ref

        payment_method_ref: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_ref, Unset):
            payment_method_ref = UNSET
        elif isinstance(self.payment_method_ref, TermOrMethodRequest):
            payment_method_ref = self.payment_method_ref.to_dict()
        else:
            payment_method_ref = self.payment_method_ref

        shipping_method_ref: dict[str, Any] | None | Unset
        if isinstance(self.shipping_method_ref, Unset):
            shipping_method_ref = UNSET
        elif isinstance(self.shipping_method_ref, TermOrMethodRequest):
            shipping_method_ref = self.shipping_method_ref.to_dict()
        else:
            shipping_method_ref = self.shipping_method_ref

        tax: int | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        default_payment_method: int | None | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        else:
            default_payment_method = self.default_payment_method

        is_1099_eligible: bool | None | Unset
        if isinstance(self.is_1099_eligible, Unset):
            is_1099_eligible = UNSET
        else:
            is_1099_eligible = self.is_1099_eligible

        is_auto_email_po_enabled = self.is_auto_email_po_enabled

        po_pdf_labels = self.po_pdf_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "type": type_,
                "overall_score": overall_score,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if address_line_one is not UNSET:
            field_dict["addressLineOne"] = address_line_one
        if address_line_two is not UNSET:
            field_dict["addressLineTwo"] = address_line_two
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if state_province is not UNSET:
            field_dict["state_province"] = state_province
        if country is not UNSET:
            field_dict["country"] = country
        if phone_one is not UNSET:
            field_dict["phoneOne"] = phone_one
        if phone_two is not UNSET:
            field_dict["phoneTwo"] = phone_two
        if fax is not UNSET:
            field_dict["fax"] = fax
        if comments is not UNSET:
            field_dict["comments"] = comments
        if contact is not UNSET:
            field_dict["contact"] = contact
        if url is not UNSET:
            field_dict["url"] = url
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_term_ref is not UNSET:
            field_dict["payment_term_ref"] = payment_term_ref
        if shipping_term_ref is not UNSET:
            field_dict["shipping_term_ref"] = shipping_term_ref
        if payment_method_ref is not UNSET:
            field_dict["payment_method_ref"] = payment_method_ref
        if shipping_method_ref is not UNSET:
            field_dict["shipping_method_ref"] = shipping_method_ref
        if tax is not UNSET:
            field_dict["tax"] = tax
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method
        if is_1099_eligible is not UNSET:
            field_dict["is_1099_eligible"] = is_1099_eligible
        if is_auto_email_po_enabled is not UNSET:
            field_dict["is_auto_email_po_enabled"] = is_auto_email_po_enabled
        if po_pdf_labels is not UNSET:
            field_dict["po_pdf_labels"] = po_pdf_labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.term_or_method_request import TermOrMethodRequest

        d = dict(src_dict)
        name = d.pop("name")

        email = cast(list[str], d.pop("email"))

        type_ = VendorType(d.pop("type"))

        def _parse_overall_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        overall_score = _parse_overall_score(d.pop("overall_score"))

        active = d.pop("active", UNSET)

        def _parse_address_line_one(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_one = _parse_address_line_one(d.pop("addressLineOne", UNSET))

        def _parse_address_line_two(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_two = _parse_address_line_two(d.pop("addressLineTwo", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_province = _parse_state_province(d.pop("state_province", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_phone_one(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_one = _parse_phone_one(d.pop("phoneOne", UNSET))

        def _parse_phone_two(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_two = _parse_phone_two(d.pop("phoneTwo", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_payment_term_ref(data: object) -> None | TermOrMethodRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_term_ref_type_0 = TermOrMethodRequest.from_dict(data)

                return payment_term_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TermOrMethodRequest | Unset, data)

        payment_term_ref = _parse_payment_term_ref(d.pop("payment_term_ref", UNSET))

        def _parse_shipping_term_ref(
            data: object,
        ) -> None | TermOrMethodRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_term_ref_type_0 = TermOrMethodRequest.from_dict(data)

                return shipping_term_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TermOrMethodRequest | Unset, data)

        shipping_term_ref = _parse_shipping_term_ref(d.pop("shipping_term_ref", UNSET))

        def _parse_payment_method_ref(
            data: object,
        ) -> None | TermOrMethodRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_ref_type_0 = TermOrMethodRequest.from_dict(data)

                return payment_method_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TermOrMethodRequest | Unset, data)

        payment_method_ref = _parse_payment_method_ref(
            d.pop("payment_method_ref", UNSET)
        )

        def _parse_shipping_method_ref(
            data: object,
        ) -> None | TermOrMethodRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_method_ref_type_0 = TermOrMethodRequest.from_dict(data)

                return shipping_method_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TermOrMethodRequest | Unset, data)

        shipping_method_ref = _parse_shipping_method_ref(
            d.pop("shipping_method_ref", UNSET)
        )

        def _parse_tax(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        def _parse_default_payment_method(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_payment_method = _parse_default_payment_method(
            d.pop("default_payment_method", UNSET)
        )

        def _parse_is_1099_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_1099_eligible = _parse_is_1099_eligible(d.pop("is_1099_eligible", UNSET))

        is_auto_email_po_enabled = d.pop("is_auto_email_po_enabled", UNSET)

        po_pdf_labels = d.pop("po_pdf_labels", UNSET)

        optimized_vendor_request = cls(
            name=name,
            email=email,
            type_=type_,
            overall_score=overall_score,
            active=active,
            address_line_one=address_line_one,
            address_line_two=address_line_two,
            postal_code=postal_code,
            city=city,
            state_province=state_province,
            country=country,
            phone_one=phone_one,
            phone_two=phone_two,
            fax=fax,
            comments=comments,
            contact=contact,
            url=url,
            external_id=external_id,
            currency=currency,
            payment_term_ref=payment_term_ref,
            shipping_term_ref=shipping_term_ref,
            payment_method_ref=payment_method_ref,
            shipping_method_ref=shipping_method_ref,
            tax=tax,
            default_payment_method=default_payment_method,
            is_1099_eligible=is_1099_eligible,
            is_auto_email_po_enabled=is_auto_email_po_enabled,
            po_pdf_labels=po_pdf_labels,
        )

        optimized_vendor_request.additional_properties = d
        return optimized_vendor_request

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
