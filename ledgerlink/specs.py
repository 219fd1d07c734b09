"""The curated OpenAPI documents in ``specs/`` as JSON Schemas.

Several parts of the project check data against the specs: tests generate
records from response schemas (hypothesis-jsonschema), the mapping proves its
output matches the target's request schema, and the sandbox refuses requests
the spec forbids.  They all need the same thing: one component schema as a
standalone JSON Schema whose ``$ref``s resolve.  OpenAPI 3.1 schemas are JSON
Schema 2020-12, so the only change is to carry ``components/schemas`` along
as ``$defs`` and point the references there.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
_COMPONENT_REF = "#/components/schemas/"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load_spec(service: str) -> dict[str, Any]:
    """The parsed ``specs/<service>.yaml`` (cached: the files are large)."""
    with (SPECS_DIR / f"{service}.yaml").open() as handle:
        # libyaml's loader when PyYAML has it: the Procurify spec takes 1.4 s
        # with the pure-Python loader and 0.2 s with this one, same result.
        document: dict[str, Any] = yaml.load(handle, Loader=_LOADER)
    return document


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                "#/$defs/" + value.removeprefix(_COMPONENT_REF)
                if key == "$ref"
                and isinstance(value, str)
                and value.startswith(_COMPONENT_REF)
                else _rewrite_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(item) for item in node]
    return node


@functools.cache
def _definitions(service: str) -> dict[str, Any]:
    schemas: dict[str, Any] = (
        load_spec(service).get("components", {}).get("schemas", {})
    )
    rewritten: dict[str, Any] = _rewrite_refs(schemas)
    return rewritten


def json_schema(service: str, schema: dict[str, Any] | str) -> dict[str, Any]:
    """A standalone JSON Schema for a component name or an inline spec schema."""
    root = (
        {"$ref": f"#/$defs/{schema}"}
        if isinstance(schema, str)
        else _rewrite_refs(schema)
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **root,
        "$defs": _definitions(service),
    }


@functools.cache
def validator(service: str, component: str) -> Draft202012Validator:
    """A cached validator for one component schema of one service."""
    return Draft202012Validator(json_schema(service, component))
