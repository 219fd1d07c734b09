from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in a list: shared by every paged list answer."""

    count: int
    """ Records in the whole list. """
    next_: None | str
    """ URL of the next page, or null on the last page. """
    previous: None | str
    """ URL of the previous page, or null on the first page. """
    page_size: int
    """ Records per page. """
    num_pages: int
    """ Pages in the whole list. """
    current_page: int
    """ The 1-based number of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        page_size = self.page_size

        num_pages = self.num_pages

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "page_size": page_size,
                "num_pages": num_pages,
                "current_page": current_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        page_size = d.pop("page_size")

        num_pages = d.pop("num_pages")

        current_page = d.pop("current_page")

        pagination = cls(
            count=count,
            next_=next_,
            previous=previous,
            page_size=page_size,
            num_pages=num_pages,
            current_page=current_page,
        )

        pagination.additional_properties = d
        return pagination

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
