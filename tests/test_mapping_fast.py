"""The inline fast-path checks refuse what the detailed converter refuses.

:mod:`mapping.fast` tests lists of plain values, date-times, scalar unions and
a text transform's limit inline instead of calling their hooks; a record that
fails such a test must still be reported with the detailed converter's path
and reason, and a good record must convert to the same output as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from mapping import fast
from mapping.api import bind, convert, resolve_pair
from mapping.declaration import Options
from mapping.errors import Reason
from tests.fixtures.mapping.records import LOOKUPS, build

VENDOR = ("procurify.vendor", "accountingsuite.company")


def _failures(record: dict[str, Any]) -> list[tuple[str, str, Reason]]:
    result = convert(
        VENDOR,
        [build("procurify.vendor", 0), record],
        lookups=LOOKUPS,
        options=Options(procurify_currency=1),
        form="json",
    )
    assert [index for index, _ in result.converted] == [0]
    assert {f.index for f in result.failures} == {1}
    return [(f.path, f.target_field, f.reason) for f in result.failures]


@pytest.mark.parametrize(
    ("field", "value", "path", "reason"),
    [
        ("email", ["ap@vendor.example", 5], "email[1]", Reason.WRONG_TYPE),
        ("email", "ap@vendor.example", "email", Reason.WRONG_TYPE),
        ("type", "preferred", "type", Reason.UNKNOWN_ENUM),
        ("type", True, "type", Reason.WRONG_TYPE),  # not VendorType(1)
        ("dateModified", "2024-03-01T25:15:22Z", "dateModified", Reason.INVALID_DATE),
        ("dateModified", 20240301, "dateModified", Reason.WRONG_TYPE),
        ("name", "x" * 151, "name", Reason.TOO_LONG),
        ("url", "u" * 201, "url", Reason.TOO_LONG),
    ],
)
def test_a_value_the_inline_checks_refuse_is_reported_by_path(
    field: str, value: Any, path: str, reason: Reason
) -> None:
    record = build("procurify.vendor", 1)
    record[field] = value
    failures = _failures(record)
    assert [(p, r) for p, _target, r in failures] == [(path, reason)]


def test_the_inline_paths_accept_what_the_hooks_accept() -> None:
    bound = bind(resolve_pair(VENDOR))
    quick = bound.structure
    record = build("procurify.vendor", 2)
    record.update(type=7, email=[], dateModified="2024-03-01T14:15:22+02:00")
    vendor = quick(record)
    assert vendor.type_ == 7
    assert vendor.email == [] and vendor.email is not record["email"]
    assert vendor.date_modified.utcoffset() is not None


def test_the_fast_structure_raises_invalid_not_a_half_built_model() -> None:
    from procurify_client.models import VendorRead

    from mapping import converter

    hook = converter.converter(detailed=False).get_structure_hook(VendorRead)
    record = build("procurify.vendor", 3)
    record["email"] = ["a@b.example", None]
    with pytest.raises(fast.Invalid):
        hook(record, VendorRead)
