"""Records generated from the spec's own response schemas parse and round-trip.

hypothesis-jsonschema draws JSON documents that satisfy a component schema of
``specs/procurify.yaml`` (null types, open enums, decimal-string patterns,
extra keys the schema allows); the generated model of the same name must
parse each one and ``to_dict()`` must give it back.  Timestamps are compared
as instants: the models hold ``datetime`` values and write them back with
``isoformat()``, which may spell the same instant differently.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import procurify_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from ledgerlink.specs import json_schema

# The records the rest of ledgerlink reads (vendors, catalog items, purchase
# orders and their items) plus every list envelope shape and the token answer.
# Examples per schema: the big nested records cost ~0.3 s an example.
SCHEMAS = {
    "OAuthToken": 25,
    "Pagination": 25,
    "NetSuiteAccount": 25,
    "CurrencyPage": 15,
    "OptimizedVendor": 15,
    "OptimizedVendorRequest": 15,
    "CatalogItemRead": 10,
    "OrderItem": 15,
    "PurchaseOrderDocs": 8,
}
# hypothesis-jsonschema does not know the uuid format; the server sends real UUIDs.
FORMATS = {"uuid": st.uuids().map(str)}
_DEF = re.compile(r'"#/\$defs/([^"]+)"')


def reachable_schema(name: str) -> dict[str, Any]:
    """The component as JSON Schema, with only the definitions it reaches.

    hypothesis-jsonschema resolves every definition it is given; carrying all
    of the spec's ~200 components makes each draw very slow.
    """
    full = json_schema("procurify", name)
    definitions = full["$defs"]
    keep: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current not in keep:
            keep.add(current)
            todo += _DEF.findall(json.dumps(definitions[current]))
    return {**full, "$defs": {key: definitions[key] for key in keep}}


def as_instant(value: str) -> datetime.datetime | datetime.date | None:
    for parse in (datetime.datetime.fromisoformat, datetime.date.fromisoformat):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def equivalent(produced: Any, expected: Any) -> bool:
    """Equal JSON, except that timestamps spelling the same instant are equal."""
    if isinstance(produced, dict) and isinstance(expected, dict):
        return produced.keys() == expected.keys() and all(
            equivalent(produced[k], expected[k]) for k in produced
        )
    if isinstance(produced, list) and isinstance(expected, list):
        return len(produced) == len(expected) and all(
            equivalent(a, b) for a, b in zip(produced, expected, strict=True)
        )
    if isinstance(produced, str) and isinstance(expected, str) and produced != expected:
        left, right = as_instant(produced), as_instant(expected)
        return left is not None and left == right
    return type(produced) is type(expected) and produced == expected


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_generated_records_round_trip(name: str) -> None:
    model = getattr(models, name)
    records = from_schema(reachable_schema(name), custom_formats=FORMATS)

    @settings(
        max_examples=min(SCHEMAS[name], settings.default.max_examples),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(records)
    def check(record: dict[str, Any]) -> None:
        parsed = model.from_dict(record)
        assert equivalent(parsed.to_dict(), record), record

    check()
