from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.procurify_domain import ProcurifyDomain


T = TypeVar("T", bound="DomainSwitching")


@_attrs_define
class DomainSwitching:
    active: bool
    procurify_domains: list[ProcurifyDomain]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        procurify_domains = []
        for procurify_domains_item_data in self.procurify_domains:
            procurify_domains_item = procurify_domains_item_data.to_dict()
            procurify_domains.append(procurify_domains_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "procurify_domains": procurify_domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.procurify_domain import ProcurifyDomain

        d = dict(src_dict)
        active = d.pop("active")

        procurify_domains = []
        _procurify_domains = d.pop("procurify_domains")
        for procurify_domains_item_data in _procurify_domains:
            procurify_domains_item = ProcurifyDomain.from_dict(
                procurify_domains_item_data
            )

            procurify_domains.append(procurify_domains_item)

        domain_switching = cls(
            active=active,
            procurify_domains=procurify_domains,
        )

        domain_switching.additional_properties = d
        return domain_switching

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
