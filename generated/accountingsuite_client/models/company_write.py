from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_type import CompanyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_lines_write import CompanyLinesWrite


T = TypeVar("T", bound="CompanyWrite")


@_attrs_define
class CompanyWrite:
    """A company to create.  Without `company_type` the company is a customer.  `company_code` is assigned by the server
    and refused here.

    """

    company_name: str
    """ The company's name; must not exist yet. """
    company_type: CompanyType | Unset = UNSET
    """ What the company is to us. """
    website: str | Unset = UNSET
    """ Web site. """
    price_level: str | Unset = UNSET
    """ Name of an existing price level. """
    notes: str | Unset = UNSET
    """ Free text. """
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
    lines: CompanyLinesWrite | Unset = UNSET
    """ Addresses to add or change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        company_type: str | Unset = UNSET
        if not isinstance(self.company_type, Unset):
            company_type = self.company_type.value

        website = self.website

        price_level = self.price_level

        notes = self.notes

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

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_name": company_name,
            }
        )
        if company_type is not UNSET:
            field_dict["company_type"] = company_type
        if website is not UNSET:
            field_dict["website"] = website
        if price_level is not UNSET:
            field_dict["price_level"] = price_level
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_lines_write import CompanyLinesWrite

        d = dict(src_dict)
        company_name = d.pop("company_name")

        _company_type = d.pop("company_type", UNSET)
        company_type: CompanyType | Unset
        if isinstance(_company_type, Unset):
            company_type = UNSET
        else:
            company_type = CompanyType(_company_type)

        website = d.pop("website", UNSET)

        price_level = d.pop("price_level", UNSET)

        notes = d.pop("notes", UNSET)

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

        _lines = d.pop("lines", UNSET)
        lines: CompanyLinesWrite | Unset
        if isinstance(_lines, Unset):
            lines = UNSET
        else:
            lines = CompanyLinesWrite.from_dict(_lines)

        company_write = cls(
            company_name=company_name,
            company_type=company_type,
            website=website,
            price_level=price_level,
            notes=notes,
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
            lines=lines,
        )

        company_write.additional_properties = d
        return company_write

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
