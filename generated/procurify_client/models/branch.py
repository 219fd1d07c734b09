from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setup_stage import SetupStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    name: str
    phone_one: str
    local_currency: int
    id: int | Unset = UNSET
    external_id: None | str | Unset = UNSET
    """ External id """
    url: None | str | Unset = UNSET
    logo: str | Unset = UNSET
    language: int | Unset = UNSET
    """ Language code; 1 is the only documented value. """
    multiple_locations: bool | Unset = UNSET
    location_timezone: None | str | Unset = UNSET
    """ IANA time zone name, e.g. `America/Vancouver`. """
    user_limit: int | Unset = UNSET
    budget_overture_toggle: bool | Unset = UNSET
    purchase_filtering: bool | Unset = UNSET
    catalog_permission: bool | Unset = UNSET
    separate_expense_approval: bool | Unset = UNSET
    standalone_travel_approval: bool | Unset = UNSET
    phone_two: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    fiscal_year_end_day: int | None | Unset = UNSET
    fiscal_year_end_month: int | None | Unset = UNSET
    begin_date: datetime.datetime | Unset = UNSET
    ported: bool | Unset = UNSET
    port_date: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    activated: bool | Unset = UNSET
    setup_stage: SetupStage | str | Unset = UNSET
    contact_person: int | None | Unset = UNSET
    buyer_address: int | None | Unset = UNSET
    shipping_address: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_one = self.phone_one

        local_currency = self.local_currency

        id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        logo = self.logo

        language = self.language

        multiple_locations = self.multiple_locations

        location_timezone: None | str | Unset
        if isinstance(self.location_timezone, Unset):
            location_timezone = UNSET
        else:
            location_timezone = self.location_timezone

        user_limit = self.user_limit

        budget_overture_toggle = self.budget_overture_toggle

        purchase_filtering = self.purchase_filtering

        catalog_permission = self.catalog_permission

        separate_expense_approval = self.separate_expense_approval

        standalone_travel_approval = self.standalone_travel_approval

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fiscal_year_end_day: int | None | Unset
        if isinstance(self.fiscal_year_end_day, Unset):
            fiscal_year_end_day = UNSET
        else:
            fiscal_year_end_day = self.fiscal_year_end_day

        fiscal_year_end_month: int | None | Unset
        if isinstance(self.fiscal_year_end_month, Unset):
            fiscal_year_end_month = UNSET
        else:
            fiscal_year_end_month = self.fiscal_year_end_month

        begin_date: str | Unset = UNSET
        if not isinstance(self.begin_date, Unset):
            begin_date = self.begin_date.isoformat()

        ported = self.ported

        port_date: None | str | Unset
        if isinstance(self.port_date, Unset):
            port_date = UNSET
        elif isinstance(self.port_date, datetime.datetime):
            port_date = self.port_date.isoformat()
        else:
            port_date = self.port_date

        active = self.active

        activated = self.activated

        setup_stage: str | Unset
        if isinstance(self.setup_stage, Unset):
            setup_stage = UNSET
        elif isinstance(self.setup_stage, SetupStage):
            setup_stage = self.setup_stage.value
        else:
            setup_stage = self.setup_stage

        contact_person: int | None | Unset
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        buyer_address: int | None | Unset
        if isinstance(self.buyer_address, Unset):
            buyer_address = UNSET
        else:
            buyer_address = self.buyer_address

        shipping_address: int | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = self.shipping_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phoneOne": phone_one,
                "localCurrency": local_currency,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if url is not UNSET:
            field_dict["url"] = url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if language is not UNSET:
            field_dict["language"] = language
        if multiple_locations is not UNSET:
            field_dict["multipleLocations"] = multiple_locations
        if location_timezone is not UNSET:
            field_dict["locationTimezone"] = location_timezone
        if user_limit is not UNSET:
            field_dict["userLimit"] = user_limit
        if budget_overture_toggle is not UNSET:
            field_dict["budgetOvertureToggle"] = budget_overture_toggle
        if purchase_filtering is not UNSET:
            field_dict["purchase_filtering"] = purchase_filtering
        if catalog_permission is not UNSET:
            field_dict["catalog_permission"] = catalog_permission
        if separate_expense_approval is not UNSET:
            field_dict["separate_expense_approval"] = separate_expense_approval
        if standalone_travel_approval is not UNSET:
            field_dict["standalone_travel_approval"] = standalone_travel_approval
        if phone_two is not UNSET:
            field_dict["phoneTwo"] = phone_two
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if fiscal_year_end_day is not UNSET:
            field_dict["fiscalYearEndDay"] = fiscal_year_end_day
        if fiscal_year_end_month is not UNSET:
            field_dict["fiscalYearEndMonth"] = fiscal_year_end_month
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if ported is not UNSET:
            field_dict["ported"] = ported
        if port_date is not UNSET:
            field_dict["port_date"] = port_date
        if active is not UNSET:
            field_dict["active"] = active
        if activated is not UNSET:
            field_dict["activated"] = activated
        if setup_stage is not UNSET:
            field_dict["setup_stage"] = setup_stage
        if contact_person is not UNSET:
            field_dict["contactPerson"] = contact_person
        if buyer_address is not UNSET:
            field_dict["buyerAddress"] = buyer_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        phone_one = d.pop("phoneOne")

        local_currency = d.pop("localCurrency")

        id = d.pop("id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        logo = d.pop("logo", UNSET)

        language = d.pop("language", UNSET)

        multiple_locations = d.pop("multipleLocations", UNSET)

        def _parse_location_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_timezone = _parse_location_timezone(d.pop("locationTimezone", UNSET))

        user_limit = d.pop("userLimit", UNSET)

        budget_overture_toggle = d.pop("budgetOvertureToggle", UNSET)

        purchase_filtering = d.pop("purchase_filtering", UNSET)

        catalog_permission = d.pop("catalog_permission", UNSET)

        separate_expense_approval = d.pop("separate_expense_approval", UNSET)

        standalone_travel_approval = d.pop("standalone_travel_approval", UNSET)

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_fiscal_year_end_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fiscal_year_end_day = _parse_fiscal_year_end_day(
            d.pop("fiscalYearEndDay", UNSET)
        )

        def _parse_fiscal_year_end_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fiscal_year_end_month = _parse_fiscal_year_end_month(
            d.pop("fiscalYearEndMonth", UNSET)
        )

        _begin_date = d.pop("beginDate", UNSET)
        begin_date: datetime.datetime | Unset
        if isinstance(_begin_date, Unset):
            begin_date = UNSET
        else:
            begin_date = datetime.datetime.fromisoformat(_begin_date)

        ported = d.pop("ported", UNSET)

        def _parse_port_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                port_date_type_0 = datetime.datetime.fromisoformat(data)

                return port_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        port_date = _parse_port_date(d.pop("port_date", UNSET))

        active = d.pop("active", UNSET)

        activated = d.pop("activated", UNSET)

        def _parse_setup_stage(data: object) -> SetupStage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_stage_type_0 = SetupStage(data)

                return setup_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SetupStage | str | Unset, data)

        setup_stage = _parse_setup_stage(d.pop("setup_stage", UNSET))

        def _parse_contact_person(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contact_person = _parse_contact_person(d.pop("contactPerson", UNSET))

        def _parse_buyer_address(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buyer_address = _parse_buyer_address(d.pop("buyerAddress", UNSET))

        def _parse_shipping_address(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shippingAddress", UNSET))

        branch = cls(
            name=name,
            phone_one=phone_one,
            local_currency=local_currency,
            id=id,
            external_id=external_id,
            url=url,
            logo=logo,
            language=language,
            multiple_locations=multiple_locations,
            location_timezone=location_timezone,
            user_limit=user_limit,
            budget_overture_toggle=budget_overture_toggle,
            purchase_filtering=purchase_filtering,
            catalog_permission=catalog_permission,
            separate_expense_approval=separate_expense_approval,
            standalone_travel_approval=standalone_travel_approval,
            phone_two=phone_two,
            fax=fax,
            email=email,
            fiscal_year_end_day=fiscal_year_end_day,
            fiscal_year_end_month=fiscal_year_end_month,
            begin_date=begin_date,
            ported=ported,
            port_date=port_date,
            active=active,
            activated=activated,
            setup_stage=setup_stage,
            contact_person=contact_person,
            buyer_address=buyer_address,
            shipping_address=shipping_address,
        )

        branch.additional_properties = d
        return branch

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
