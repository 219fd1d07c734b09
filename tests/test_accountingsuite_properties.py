"""Property: any record the read schemas allow parses and round-trips.

The read schemas are the contract with the server; the generated models are
what callers get.  Records drawn from each read schema (hypothesis-jsonschema,
including keys the schema does not name, which the models keep as additional
properties) must parse with ``from_dict`` and come back unchanged from
``to_dict``.  And the order the generated response parsers rely on must hold:
``ErrorBody`` (tried first) accepts every error body and refuses every record.

The schemas are drawn in three groups, each bounded by the active hypothesis
profile ("ci": 60 examples), so the file stays well under a minute on CI.
"""

from __future__ import annotations

import functools
from typing import Any

import accountingsuite_client.models as models
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from ledgerlink.specs import json_schema

GROUPS = {
    "master_data": ("Company", "Item", "CashReceipt"),
    "sales_documents": ("CashSale", "SalesInvoice", "SalesOrder"),
    "purchases_and_events": ("PurchaseOrder", "ItemWebhook", "ErrorBody"),
}


def reachable(schema: dict[str, Any]) -> dict[str, Any]:
    """The standalone schema with only the ``$defs`` it uses.

    hypothesis-jsonschema canonicalises every definition it is given; keeping
    the unused ones out makes building a strategy several times faster.
    """
    definitions: dict[str, Any] = schema["$defs"]
    keep: set[str] = set()
    pending: list[Any] = [{k: v for k, v in schema.items() if k != "$defs"}]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref.removeprefix("#/$defs/")
                if name not in keep:
                    keep.add(name)
                    pending.append(definitions[name])
            pending.extend(v for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            pending.extend(node)
    return {**schema, "$defs": {name: definitions[name] for name in sorted(keep)}}


@functools.cache
def records(schema: str) -> st.SearchStrategy[Any]:
    return from_schema(reachable(json_schema("accountingsuite", schema)))


def named_records(names: tuple[str, ...]) -> st.SearchStrategy[tuple[str, Any]]:
    return st.sampled_from(names).flatmap(
        lambda name: st.tuples(st.just(name), records(name))
    )


def test_pruning_keeps_every_definition_a_schema_needs() -> None:
    pruned = reachable(json_schema("accountingsuite", "SalesOrder"))
    assert set(pruned["$defs"]) == {
        "SalesOrder",
        "SalesOrderLine",
        "ApiCode",
        "WireDate",
        "Amount",
        "Quantity",
    }


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_records_of_the_read_schemas_round_trip(group: str) -> None:
    @given(named_records(GROUPS[group]))
    def round_trip(drawn: tuple[str, dict[str, Any]]) -> None:
        name, record = drawn
        parsed = getattr(models, name).from_dict(record)
        assert parsed.to_dict() == record
        if name == "ErrorBody":
            assert models.ErrorBody.from_dict(record).status is models.ErrorStatus.ERROR
        elif record.get("status") != "error":  # an open extra key could say so
            with pytest.raises((KeyError, ValueError)):
                models.ErrorBody.from_dict(record)

    round_trip()
