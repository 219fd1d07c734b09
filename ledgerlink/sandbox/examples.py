"""Complete, valid instances of a spec's response schemas, to dress records in.

Procurify's read models carry dozens of fields (nested users, addresses,
terms, permissions) that no sync reads but every response must have to match
the spec.  Instead of hand-writing them, the sandbox fills each schema once
with plain valid values (empty lists, ``false``, the first enum member,
a fixed date) and lays the record's meaningful fields over that template.  Nullable
fields are left ``null`` unless the record says otherwise.
Because the template comes from the spec, the sandbox follows the spec as it
changes; the conformance test proves the result still validates.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import orjson

from ledgerlink import specs

FIXED_DATETIME = "2024-01-02T03:04:05Z"
FIXED_DATE = "2024-01-02"
FIXED_UUID = "00000000-0000-4000-8000-000000000000"
_MAX_DEPTH = 6


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return FIXED_DATETIME
    if fmt == "date":
        return FIXED_DATE
    if fmt == "uuid":
        return FIXED_UUID
    if fmt == "email":
        return "user@example.com"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    pattern = schema.get("pattern")
    candidates = ["", "0", "0.00", "0000", "a", "A1", "x@example.com"]
    minimum: int = schema.get("minLength", 0)
    for candidate in candidates:
        if len(candidate) < minimum:
            continue
        if pattern is None or re.search(pattern, candidate):
            return candidate
    return "x" * max(minimum, 1)


def _number(schema: dict[str, Any], default: int) -> int:
    value = default
    if "minimum" in schema:
        value = max(value, int(schema["minimum"]))
    if "maximum" in schema:
        value = min(value, int(schema["maximum"]))
    return value


def instance(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """A value valid against ``schema`` (``$ref``s resolved in ``defs``)."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return instance(defs[name], defs, depth)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            options = schema[keyword]
            if any(option.get("type") == "null" for option in options):
                return None  # nullable: the smallest valid value
            chosen = next((o for o in options if o.get("type") != "null"), options[0])
            return instance(chosen, defs, depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = instance(part, defs, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    types = schema.get("type")
    if isinstance(types, list):
        if "null" in types:
            return None
        types = next(t for t in types if t != "null")
    if types is None and "properties" in schema:
        types = "object"
    if types == "object":
        required = set(schema.get("required", []))
        return {
            name: instance(sub, defs, depth + 1)
            for name, sub in schema.get("properties", {}).items()
            if depth < _MAX_DEPTH or name in required
        }
    if types == "array":
        count = schema.get("minItems", 0)
        return [
            instance(schema.get("items", {}), defs, depth + 1) for _ in range(count)
        ]
    if types == "string":
        return _string(schema)
    if types == "integer":
        return _number(schema, 1)
    if types == "number":
        return _number(schema, 0)
    if types == "boolean":
        return False
    return None


@functools.cache
def _template(service: str, name: str) -> bytes:
    """The schema's filled instance, serialized once: loading it is a fast deep copy."""
    schemas = specs.load_spec(service)["components"]["schemas"]
    return orjson.dumps(instance(schemas[name], schemas))


@functools.cache
def properties(service: str, name: str) -> frozenset[str]:
    """The property names of a component schema (empty when there is no such schema)."""
    schema = specs.load_spec(service)["components"]["schemas"].get(name, {})
    return frozenset(schema.get("properties", {}))


def dress(service: str, name: str, values: dict[str, Any]) -> dict[str, Any]:
    """The schema's template with ``values`` laid over it (only keys the schema has)."""
    out: dict[str, Any] = orjson.loads(_template(service, name))
    known = properties(service, name)
    out.update({key: value for key, value in values.items() if key in known})
    return out
