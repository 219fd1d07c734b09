from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.string_boolean import StringBoolean
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_order import SalesOrder


T = TypeVar("T", bound="SalesOrderList2014")


@_attrs_define
class SalesOrderList2014:
    """One page of sales orders under the key the 2014 server uses, `Sales Orders`.  The key is required so that the three
    list shapes are told apart.

    """

    sales_orders: list[SalesOrder]
    """ The records of this page. """
    more_records: bool | StringBoolean | Unset = UNSET
    """ Companies, items and sales orders: whether another page follows. Absent on servers that do not page. """
    num_records_listed: int | Unset = UNSET
    """ Companies, items and sales orders: how many records this page holds. """
    total_num_records: int | Unset = UNSET
    """ Companies, items and sales orders: how many records exist in all. """
    has_more: bool | StringBoolean | Unset = UNSET
    """ Cash sales and invoices: whether another page follows. """
    num_of_records: int | Unset = UNSET
    """ Cash sales and invoices: how many records this page holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_orders = []
        for sales_orders_item_data in self.sales_orders:
            sales_orders_item = sales_orders_item_data.to_dict()
            sales_orders.append(sales_orders_item)

        more_records: bool | str | Unset
        if isinstance(self.more_records, Unset):
            more_records = UNSET
        elif isinstance(self.more_records, StringBoolean):
            more_records = self.more_records.value
        else:
            more_records = self.more_records

        num_records_listed = self.num_records_listed

        total_num_records = self.total_num_records

        has_more: bool | str | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        elif isinstance(self.has_more, StringBoolean):
            has_more = self.has_more.value
        else:
            has_more = self.has_more

        num_of_records = self.num_of_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Sales Orders": sales_orders,
            }
        )
        if more_records is not UNSET:
            field_dict["more_records"] = more_records
        if num_records_listed is not UNSET:
            field_dict["num_records_listed"] = num_records_listed
        if total_num_records is not UNSET:
            field_dict["total_num_records"] = total_num_records
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if num_of_records is not UNSET:
            field_dict["numOfRecords"] = num_of_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sales_order import SalesOrder

        d = dict(src_dict)
        sales_orders = []
        _sales_orders = d.pop("Sales Orders")
        for sales_orders_item_data in _sales_orders:
            sales_orders_item = SalesOrder.from_dict(sales_orders_item_data)

            sales_orders.append(sales_orders_item)

        def _parse_more_records(data: object) -> bool | StringBoolean | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_more_records_type_1 = StringBoolean(data)

                return componentsschemas_more_records_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StringBoolean | Unset, data)

        more_records = _parse_more_records(d.pop("more_records", UNSET))

        num_records_listed = d.pop("num_records_listed", UNSET)

        total_num_records = d.pop("total_num_records", UNSET)

        def _parse_has_more(data: object) -> bool | StringBoolean | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_has_more_type_1 = StringBoolean(data)

                return componentsschemas_has_more_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StringBoolean | Unset, data)

        has_more = _parse_has_more(d.pop("has_more", UNSET))

        num_of_records = d.pop("numOfRecords", UNSET)

        sales_order_list_2014 = cls(
            sales_orders=sales_orders,
            more_records=more_records,
            num_records_listed=num_records_listed,
            total_num_records=total_num_records,
            has_more=has_more,
            num_of_records=num_of_records,
        )

        sales_order_list_2014.additional_properties = d
        return sales_order_list_2014

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
